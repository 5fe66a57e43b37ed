"""Precision and recall of the tag suggestions on a hand-labelled set (tests/eval/).

The set holds the shared corpus and short passages in English, Russian and
Kazakh, each with the tags a case officer would expect from the registry the
set describes. The scores are printed (``pytest -s``) and held to the targets of
issue 4: precision >= 0.95 and recall >= 0.9 for citations and for persons.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import pytest

from archive_app.session import Archive
from archive_app.suggestions import SuggestionService
from tests.conftest import REPO

EVAL_SET = REPO / "tests" / "eval" / "recognition_set.json"
MIN_PRECISION = 0.95
MIN_RECALL = 0.9


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, doc_id: str, expected: set[str], found: set[str]) -> None:
        self.tp += len(expected & found)
        self.fp += len(found - expected)
        self.fn += len(expected - found)
        self.errors += [f"{doc_id}: unexpected {x}" for x in sorted(found - expected)]
        self.errors += [f"{doc_id}: missed {x}" for x in sorted(expected - found)]

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def _pages(doc: dict[str, Any]) -> list[str]:
    if "file" in doc:
        return [(REPO / doc["file"]).read_text(encoding="utf-8")]
    return list(doc["pages"]) if "pages" in doc else [doc["text"]]


@pytest.fixture(scope="module")
def eval_set() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EVAL_SET.read_text(encoding="utf-8"))
    return data


def test_eval_set_is_big_enough_and_trilingual(eval_set: dict[str, Any]) -> None:
    docs = eval_set["documents"]
    assert len(docs) >= 40
    for lang in ("en", "ru", "kk"):
        assert sum(1 for d in docs if d["lang"] == lang) >= 10, lang
    assert len({d["id"] for d in docs}) == len(docs)


def test_precision_and_recall_meet_the_targets(
    archive: Archive, eval_set: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    for person in eval_set["persons"]:
        archive.registry.add_person(person["name"], aliases=person["aliases"])
    for citation in eval_set["articles"]:
        archive.registry.add_article(citation)
    names = {p.id: p.name for p in archive.registry.persons()}
    service = SuggestionService(archive)
    registry = service.registry()
    articles, persons = Score(), Score()
    subsets: dict[str, tuple[Score, Score]] = {}
    for doc in eval_set["documents"]:
        findings = service.propose(_pages(doc), registry)
        found_persons = {names[pid] for pid in findings.persons}
        groups = [doc["lang"]] + (["held-out"] if doc.get("held_out") else [])
        for a_score, p_score in [(articles, persons)] + [
            subsets.setdefault(g, (Score(), Score())) for g in groups
        ]:
            a_score.add(doc["id"], set(doc["articles"]), set(findings.articles))
            p_score.add(doc["id"], set(doc["persons"]), found_persons)

    with capsys.disabled():
        print(f"\nrecognition eval: {len(eval_set['documents'])} documents")
        for label, score in (("citations", articles), ("persons", persons)):
            print(
                f"  {label:<10} precision {score.precision:.3f}  recall {score.recall:.3f}"
                f"  (tp {score.tp}, fp {score.fp}, fn {score.fn})"
            )
        for group, (a, p) in sorted(subsets.items()):
            print(
                f"  {group:<8}  citations P {a.precision:.2f} R {a.recall:.2f} ({a.tp + a.fn});"
                f"  persons P {p.precision:.2f} R {p.recall:.2f} ({p.tp + p.fn})"
            )
        for error in articles.errors + persons.errors:
            print(f"    {error}")

    assert articles.precision >= MIN_PRECISION, articles.errors
    assert articles.recall >= MIN_RECALL, articles.errors
    assert persons.precision >= MIN_PRECISION, persons.errors
    assert persons.recall >= MIN_RECALL, persons.errors
