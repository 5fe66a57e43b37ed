"""Precision and recall of the mention engine on the hand-labelled set (tests/eval/mentions/):
search (documents and pages), person suggestions and redaction spans, in English,
Russian and Kazakh, with bystanders, similar surnames and stem-sharing words among
the negatives. The figures are printed with every run and held to issue 9's targets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from archive_app.session import Archive
from archive_app.settings import Settings
from indexing.mentions.persons import PersonMatcher
from indexing.recognize.document import Registry, recognise
from indexing.search import SearchRequest
from indexing.translit import skeleton
from tests.conftest import PASSPHRASE
from tests.support.mention_eval import (
    HELD_OUT,
    SET,
    Document,
    Person,
    Score,
    letters,
    load_documents,
    load_persons,
    load_queries,
)

MIN_PRECISION = 0.98
MIN_RECALL = 0.97


@pytest.fixture(scope="module", params=[SET, HELD_OUT], ids=["tuned", "held-out"])
def eval_set(request: pytest.FixtureRequest) -> Path:
    folder: Path = request.param
    return folder


@pytest.fixture(scope="module")
def persons(eval_set: Path) -> list[Person]:
    return load_persons(eval_set)


@pytest.fixture(scope="module")
def documents(eval_set: Path) -> list[Document]:
    return load_documents(eval_set)


def _names(persons: list[Person]) -> list[tuple[int, str]]:
    return [(i, n) for i, p in enumerate(persons) for n in (p.name, *p.aliases)]


def _report(capsys: pytest.CaptureFixture[str], score: Score, name: str) -> None:
    with capsys.disabled():
        print(f"\n[mention eval] {score.line(name)}")
        for error in score.errors[:10]:
            print(f"[mention eval]   {error}")
    details = "\n".join(score.errors[:40])
    assert score.precision >= MIN_PRECISION, f"{name} precision\n{details}"
    assert score.recall >= MIN_RECALL, f"{name} recall\n{details}"


def test_the_set_is_large_and_varied_enough(eval_set: Path, documents: list[Document]) -> None:
    labels = [label for d in documents for page in d.pages for label in page.labels]
    assert len(documents) >= (40 if eval_set == SET else 20)
    assert len(labels) >= 150
    assert {d.lang.split("+")[0] for d in documents} >= {"en", "ru", "kk"}
    assert any(not d.persons() for d in documents)  # documents naming nobody registered


def test_redaction_spans(
    eval_set: Path,
    persons: list[Person],
    documents: list[Document],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Each labelled mention removed whole, by the person's own redaction; nothing else."""
    matcher = PersonMatcher(_names(persons))
    score = Score()
    for doc in documents:
        for page_no, page in enumerate(doc.pages, start=1):
            where = f"{doc.name} p{page_no}"
            hits = [h for h in matcher.find(page.text) if h.redact]
            for index, person in enumerate(persons):
                gold = [lb for lb in page.labels if lb.key == person.key]
                gold_letters = set().union(*(letters(page.text, g.start, g.end) for g in gold))
                mine = [h for h in hits if h.person_id == index]
                covered = set().union(*(letters(page.text, h.start, h.end) for h in mine))
                for g in gold:
                    if letters(page.text, g.start, g.end) <= covered:
                        score.tp += 1
                    else:
                        score.fn += 1
                        score.errors.append(f"{where}: missed {page.text[g.start : g.end]!r}")
                for h in mine:
                    if not letters(page.text, h.start, h.end) <= gold_letters:
                        score.fp += 1
                        score.errors.append(
                            f"{where}: {person.key} over {page.text[h.start : h.end]!r}"
                        )
    _report(capsys, score, f"{eval_set.name}: redaction spans")


def test_person_suggestions(
    eval_set: Path,
    persons: list[Person],
    documents: list[Document],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A registered person is proposed on every document naming them, and on no other."""
    registry = Registry([], _names(persons))
    score = Score()
    for doc in documents:
        findings = recognise([p.text for p in doc.pages], registry)
        found = {persons[i].key for i in findings.persons}
        score.add(doc.name, doc.persons(), found)
    _report(capsys, score, f"{eval_set.name}: person suggestions")


@pytest.fixture(scope="module")
def searchable(
    documents: list[Document], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Archive, dict[str, int]]]:
    folder = tmp_path_factory.mktemp("mentions")
    files = folder / "docs"
    files.mkdir()
    for doc in documents:
        (files / f"{doc.name}.txt").write_text(
            "\f".join(p.text for p in doc.pages), encoding="utf-8"
        )
    archive, _ = Archive.create(folder / "eval.archive", PASSPHRASE, Settings(actor="tester"))
    report = archive.importer().import_paths([files])
    ids = {Path(o.name).stem: o.document_id for o in report.outcomes if o.document_id}
    try:
        assert len(ids) == len(documents)
        yield archive, ids
    finally:
        archive.close()


def _prefixes(text: str) -> set[str]:
    return {skeleton(w)[:5] for w in re.findall(r"[^\W\d_]{5,}", text)}


def _alias_prefixes(query: str, person: Person) -> set[str]:
    """A query for a name only an alias has (a maiden name): the search finds that name,
    not the person's other names, so only labels spelling it are expected."""
    alias_only = set().union(*(_prefixes(a) for a in person.aliases)) - _prefixes(person.name)
    return _prefixes(query) & alias_only


def test_search_documents_and_pages(
    eval_set: Path,
    searchable: tuple[Archive, dict[str, int]],
    persons: list[Person],
    documents: list[Document],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A name typed in any script and form finds every document and page naming the person
    (e-mail addresses aside), and nothing else."""
    archive, ids = searchable
    by_id = {v: k for k, v in ids.items()}
    doc_score, page_score = Score(), Score()
    people = {p.key: p for p in persons}
    for query, key in load_queries(eval_set):
        only = _alias_prefixes(query, people[key])
        expected_pages = {
            (doc.name, n)
            for doc in documents
            for n, page in enumerate(doc.pages, start=1)
            if any(
                lb.key == key
                and not lb.address
                and (not only or _prefixes(page.text[lb.start : lb.end]) & only)
                for lb in page.labels
            )
        }
        result = archive.search.search(SearchRequest(query, limit=500, pages_per_hit=100))
        got_docs = {by_id[h.id] for h in result.hits}
        got_pages = {(by_id[h.id], p.page) for h in result.hits for p in h.pages}
        doc_score.add(query, {d for d, _ in expected_pages}, got_docs)
        page_score.add(query, expected_pages, got_pages)
    _report(capsys, doc_score, f"{eval_set.name}: search documents")
    _report(capsys, page_score, f"{eval_set.name}: search pages")
