"""The hand-labelled mention set (tests/eval/mentions/) read into pages and gold labels,
and the scores the tests hold the mention engine to.

A document is a text file: ``# lang:`` / ``# note:`` header lines, pages separated by a
line ``===== page =====``, and every mention of a registered person labelled inline as
``[[key|surface text]]`` (a name: the whole span a redactor must remove) or
``[[key@|surface text]]`` (an e-mail address or handle built from the name).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tests.conftest import REPO

SET = REPO / "tests" / "eval" / "mentions"
HELD_OUT = REPO / "tests" / "eval" / "mentions_heldout"  # written without seeing the engine
PAGE_BREAK = re.compile(r"^===== page =====[ \t]*\r?\n?", re.MULTILINE)
LABEL = re.compile(r"\[\[([A-Za-z0-9_-]+)(@?)\|(.*?)\]\]", re.DOTALL)


@dataclass(frozen=True)
class Label:
    key: str
    start: int
    end: int
    address: bool  # an e-mail address or handle, not a name


@dataclass
class Page:
    text: str
    labels: list[Label]


@dataclass
class Document:
    name: str
    lang: str
    pages: list[Page]

    def persons(self) -> set[str]:
        return {label.key for page in self.pages for label in page.labels}


@dataclass(frozen=True)
class Person:
    key: str
    name: str
    aliases: tuple[str, ...]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, where: str, expected: Iterable[object], found: Iterable[object]) -> None:
        want, got = set(expected), set(found)
        self.tp += len(want & got)
        self.fp += len(got - want)
        self.fn += len(want - got)
        self.errors += [f"{where}: unexpected {x}" for x in sorted(map(str, got - want))]
        self.errors += [f"{where}: missed {x}" for x in sorted(map(str, want - got))]

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def line(self, name: str) -> str:
        return (
            f"{name:<38} precision {self.precision:.3f}  recall {self.recall:.3f}"
            f"  (tp {self.tp}, fp {self.fp}, fn {self.fn})"
        )


def parse_page(raw: str) -> Page:
    text: list[str] = []
    labels: list[Label] = []
    at = 0
    length = 0
    for m in LABEL.finditer(raw):
        before = raw[at : m.start()]
        text.append(before)
        length += len(before)
        surface = m[3]
        labels.append(Label(m[1], length, length + len(surface), bool(m[2])))
        text.append(surface)
        length += len(surface)
        at = m.end()
    text.append(raw[at:])
    return Page("".join(text), labels)


def parse_document(path: Path) -> Document:
    raw = path.read_text(encoding="utf-8")
    lang = ""
    lines = raw.split("\n")
    while lines and lines[0].startswith("# "):
        header = lines.pop(0)
        if header.startswith("# lang:"):
            lang = header.split(":", 1)[1].strip()
    body = "\n".join(lines)
    pages = [parse_page(part) for part in PAGE_BREAK.split(body)]
    return Document(path.stem, lang, pages)


def load_persons(folder: Path = SET) -> list[Person]:
    data = json.loads((folder / "persons.json").read_text(encoding="utf-8"))
    return [
        Person(str(p["key"]), str(p["name"]), tuple(str(a) for a in p.get("aliases", [])))
        for p in data["persons"]
    ]


def load_documents(folder: Path = SET) -> list[Document]:
    return [parse_document(p) for p in sorted((folder / "documents").glob("*.txt"))]


def load_queries(folder: Path = SET) -> list[tuple[str, str]]:
    data = json.loads((folder / "queries.json").read_text(encoding="utf-8"))
    return [(str(q["query"]), str(q["person"])) for q in data["queries"]]


def letters(text: str, start: int, end: int) -> set[int]:
    """Offsets of the letters and digits in ``text[start:end]``."""
    return {i for i in range(start, end) if text[i].isalnum()}
