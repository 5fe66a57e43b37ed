"""The first search in a new process reads less (issue 15): each segment's page lengths
are read whole for BM25, and a search with many hits reads the page table once instead
of two columns per hit. Neither changes an answer: same documents, pages and scores."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive_app.session import Archive
from indexing.search import SearchRequest
from indexing.search import searching as searching_module

QUERIES = ("tribunal", "Almaty appeal", '"the appeal"', "witness OR hearing", "appe*", "tribnal~")


@pytest.fixture
def filled(archive: Archive, tmp_path: Path) -> Archive:
    words = ["tribunal", "appeal", "Almaty", "witness", "hearing", "the", "of", "a"]
    for n in range(30):
        text = " ".join(words[(n * k) % len(words)] for k in range(5 + n * 7))
        (tmp_path / f"d{n:02d}.txt").write_text(f"Document {n}. {text}\f{text} end", "utf-8")
    archive.importer().import_paths([tmp_path])
    return archive


def _answers(archive: Archive) -> list[list[tuple[int, float, list[int]]]]:
    out = []
    for query in QUERIES:
        result = archive.search.search(SearchRequest(query, limit=100))
        out.append([(h.id, round(h.score, 9), [p.page for p in h.pages]) for h in result.hits])
    return out


def test_lengths_read_whole_score_as_whoosh_does(
    filled: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    ours = _answers(filled)
    assert any(ours) and all(score > 0 for hits in ours for _id, score, _p in hits)
    monkeypatch.setattr(searching_module, "keep_lengths_in_memory", lambda reader: None)
    filled.index.invalidate()
    assert _answers(filled) == ours  # Whoosh's own column reads


def test_the_page_table_locates_hits_as_the_columns_do(
    filled: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    by_columns = _answers(filled)
    monkeypatch.setattr(searching_module, "TABLE_AFTER_HITS", 0)
    filled.index.invalidate()
    assert _answers(filled) == by_columns


def test_deleted_pages_and_new_segments_keep_their_lengths(
    filled: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _answers(filled)
    first = filled.search.search("tribunal").hits[0].id
    filled.documents.delete(first)
    (tmp_path / "late.txt").write_text("tribunal tribunal appeal", "utf-8")
    filled.importer().import_paths([tmp_path / "late.txt"])
    after = _answers(filled)
    assert after != before and first not in {i for hits in after for i, _s, _p in hits}
    monkeypatch.setattr(searching_module, "keep_lengths_in_memory", lambda reader: None)
    filled.index.invalidate()
    assert _answers(filled) == after
