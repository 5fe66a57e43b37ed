"""Issue 14, defect 9: the results sorted as a lawyer asks: best match, newest or oldest
document date first (undated last either way), by title, or last imported first; with a
query and without one (browsing)."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive_app.importer import ImportOptions
from archive_app.session import Archive
from indexing.search import SORTS, SearchRequest


@pytest.fixture
def dated(archive: Archive, tmp_path: Path) -> dict[str, int]:
    """Four documents about a hearing; imported in this order, titles not in it."""
    ids = {}
    for name, title, date in (
        ("b", "Бөлім: appeal", "2025-11-20"),
        ("a", "ruling of the court", None),
        ("c", "Appeal to the Supreme Court", "2026-01-14"),
        ("d", "апелляция", "2024-03-02"),
    ):
        path = tmp_path / f"{name}.txt"
        path.write_text(f"{title}\n\nThe hearing of the case {name}.", encoding="utf-8")
        options = ImportOptions(title=title, doc_date=date)
        ids[name] = archive.importer().import_paths([path], options).document_ids[0]
    return ids


def order(archive: Archive, query: str, sort: str) -> list[int]:
    result = archive.search.search(SearchRequest(query, sort=sort))
    return [hit.id for hit in result.hits]


@pytest.mark.parametrize("query", ["hearing", ""])
def test_every_sort_orders_the_results(archive: Archive, dated: dict[str, int], query: str) -> None:
    a, b, c, d = dated["a"], dated["b"], dated["c"], dated["d"]
    assert order(archive, query, "date") == [c, b, d, a]  # undated last
    assert order(archive, query, "date-asc") == [d, b, c, a]  # undated last here too
    assert order(archive, query, "title") == [c, a, d, b]  # case folded, Latin then Cyrillic
    assert order(archive, query, "added") == [d, c, a, b]
    assert sorted(order(archive, query, "relevance")) == sorted(dated.values())


def test_the_sorts_are_the_ones_offered(archive: Archive) -> None:
    assert set(SORTS) == {"relevance", "date", "date-asc", "title", "added"}
    with pytest.raises(ValueError, match="sort is one of"):
        archive.search.search(SearchRequest("", sort="size"))
