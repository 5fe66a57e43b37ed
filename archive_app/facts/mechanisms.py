"""archive_app layer: the field lists and rules of each UN mechanism, read from resources/.

``resources/mechanisms/<id>.json`` holds, for the Working Group on Arbitrary Detention
(wgad), the Special Procedures (sp) and the Human Rights Committee (hrc): the official
documents the fields come from, what could not be verified, the languages accepted, the
rules (anonymity, page limits, domestic remedies, time limits) and the sections with
their fields. The draft generator reads them; nothing about a mechanism is code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from archive_app.errors import InvalidValue

MECHANISM_IDS = ("wgad", "sp", "hrc")


@dataclass(frozen=True)
class Field:
    id: str
    label: str
    source: str
    fill: str
    required: bool


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class Category:
    id: str
    title: str
    iccpr: tuple[str, ...]
    source: str


@dataclass(frozen=True)
class Mechanism:
    id: str
    name: str
    short: str
    addressee: str
    sources: tuple[dict[str, str], ...]
    verification: dict[str, Any]
    languages: tuple[str, ...]
    rules: dict[str, Any]
    categories: tuple[Category, ...]
    sections: tuple[Section, ...]

    def rule(self, name: str) -> Any:
        return self.rules.get(name)


def _parse(data: dict[str, Any]) -> Mechanism:
    return Mechanism(
        id=data["id"],
        name=data["name"],
        short=data.get("short", data["name"]),
        addressee=data.get("addressee", ""),
        sources=tuple(data.get("sources", [])),
        verification=dict(data.get("verification", {})),
        languages=tuple(data.get("languages", [])),
        rules=dict(data.get("rules", {})),
        categories=tuple(
            Category(c["id"], c["title"], tuple(c.get("iccpr", [])), c.get("source", ""))
            for c in data.get("categories", [])
        ),
        sections=tuple(
            Section(
                s["id"],
                s["title"],
                tuple(
                    Field(f["id"], f["label"], f["source"], f["fill"], bool(f["required"]))
                    for f in s["fields"]
                ),
            )
            for s in data["sections"]
        ),
    )


@lru_cache(maxsize=8)
def load(mechanism_id: str) -> Mechanism:
    if mechanism_id not in MECHANISM_IDS:
        raise InvalidValue(
            f"unknown mechanism {mechanism_id!r}; one of: {', '.join(MECHANISM_IDS)}"
        )
    path = resources.files("resources") / "mechanisms" / f"{mechanism_id}.json"
    return _parse(json.loads(path.read_text(encoding="utf-8")))


def all_mechanisms() -> list[Mechanism]:
    return [load(m) for m in MECHANISM_IDS]
