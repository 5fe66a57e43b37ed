"""The search's time budget is kept without a thread per query: the clock is read while
pages are collected, and a budget spent in the middle stops the collection there."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from whoosh import collectors as whoosh_collectors
from whoosh.searching import TimeLimit

from archive_app.session import Archive
from indexing.search import SearchRequest
from indexing.search import searching as searching_module
from indexing.search.query import plan_query


@pytest.fixture
def archive_with_pages(archive: Archive, tmp_path: Path) -> Archive:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(40):
        text = f"Statement {n}. The prosecutor questioned the witness about the protest.\n"
        (folder / f"s{n}.txt").write_text(text, encoding="utf-8")
    archive.importer().import_paths([folder])
    return archive


def test_a_search_starts_no_timer_thread(
    archive_with_pages: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_thread(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("a timer thread was started for a search")

    monkeypatch.setattr(whoosh_collectors.threading, "Timer", no_thread)
    result = archive_with_pages.search.search(SearchRequest("prosecutor", limit=100))
    assert result.total == 40 and not result.partial


class _Clock:
    """time.monotonic for the searching module: 0 until ``jump``, then far later."""

    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        return self.now


def test_a_budget_spent_while_collecting_stops_the_collection(
    archive_with_pages: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    searcher = archive_with_pages.index.searcher()
    query = plan_query("prosecutor", searcher.reader()).query
    clock = _Clock()
    monkeypatch.setattr(searching_module, "time", clock)
    collector = searching_module._TimedCollector(searcher.collector(limit=None), 5.0, None)
    seen: list[int] = []
    collect = collector.child.collect

    def collect_and_age(sub_docnum: int) -> None:
        seen.append(sub_docnum)
        clock.now = 10.0  # the budget is spent after the first page
        collect(sub_docnum)

    monkeypatch.setattr(collector.child, "collect", collect_and_age)
    with pytest.raises(TimeLimit):
        searcher.search_with_collector(query, collector)
    assert collector.timedout
    assert 1 <= len(seen) <= searching_module._TimedCollector.CLOCK_EVERY < 40
