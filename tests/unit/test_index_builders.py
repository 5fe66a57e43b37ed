"""Index segments built in worker processes (indexing.search.builders) answer every query
exactly as segments written in the importing process do: same documents, same order,
same pages, for an import and for a reindex; and nothing but page fields crosses."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import pytest

import archive_app.importer as importer_module
import archive_app.search as search_module
from archive_app.session import Archive
from archive_app.settings import Settings
from indexing.search import SearchRequest
from indexing.search.builders import (
    MERGE_WORK,
    BuiltSegment,
    SegmentBuilders,
    SourceSegment,
    _Builder,
)
from storage import documents as doc_repo
from tests.conftest import PASSPHRASE

QUERIES = (
    "detained",
    "заседание",
    "Seitkali",
    "Сейткали",
    '"Special Rapporteur"',
    "Atajurt",
    "Maksutkhan",
    "Мақсұтхан",
    "detent*",
    "rapporter~",
    "article:174",
    "lang:ru",
    "court OR сот",
)


def _answers(archive: Archive) -> dict[str, list[tuple[int, list[int]]]]:
    out = {}
    for query in QUERIES:
        result = archive.search.search(SearchRequest(query, limit=100))
        out[query] = [(hit.id, [page.page for page in hit.pages]) for hit in result.hits]
    return out


def _import(tmp_path: Path, name: str, corpus: Path) -> Archive:
    archive, _ = Archive.create(tmp_path / name, PASSPHRASE, Settings(actor="tester"))
    report = archive.importer().import_paths([corpus])
    assert report.imported
    return archive


def test_segments_built_in_workers_answer_like_segments_built_here(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer_module, "BUILDER_MIN_FILES", 10**9)
    monkeypatch.setattr(search_module, "REINDEX_BUILDERS_MIN_PAGES", 10**9)
    here = _import(tmp_path, "here.archive", corpus)
    monkeypatch.setattr(importer_module, "BUILDER_MIN_FILES", 1)
    monkeypatch.setattr(search_module, "REINDEX_BUILDERS_MIN_PAGES", 1)
    monkeypatch.setattr(SegmentBuilders, "SLICE_PAGES", 3)  # pages spread over both workers
    built = _import(tmp_path, "built.archive", corpus)
    try:
        expected = _answers(here)
        assert any(expected.values())
        assert _answers(built) == expected
        assert built.search.status().ok
        assert built.search.reindex()
        assert _answers(built) == expected
        assert built.search.status().ok
        assert built.index._builders is None  # stopped when the job ended
    finally:
        here.close()
        built.close()


def test_a_builder_that_dies_fails_the_batch_and_keeps_the_index(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_module, "REINDEX_BUILDERS_MIN_PAGES", 1)
    archive = _import(tmp_path, "case.archive", corpus)
    try:
        before = _answers(archive)
        name = archive.index.name

        def dying_finish(self: SegmentBuilders) -> list[BuiltSegment]:
            self._flush()
            for send in self._sends:
                send.result()  # the worker holds the pages ...
            for builder in self._builders:
                builder._stop()  # ... and is gone (killed, out of memory)
            return original(self)

        original = SegmentBuilders.finish
        monkeypatch.setattr(SegmentBuilders, "finish", dying_finish)
        with pytest.raises(Exception, match="builder"):
            archive.search.reindex()
        assert archive.index.name == name
        assert _answers(archive) == before
        assert archive.search.status().ok
    finally:
        archive.close()


def _pooled(writer: Any, segments: list[Any]) -> None:
    """Whoosh's own merge (every posting through the writer's pool), for comparison."""
    from whoosh.reading import SegmentReader

    for segment in segments:
        reader = SegmentReader(writer.storage, writer.schema, segment)
        writer.add_reader(reader)
        reader.close()


def _layout(archive: Archive) -> list[int]:
    return [r.doc_count_all() for r, _ in archive.index.searcher().reader().leaf_readers()]


def test_segments_merged_term_by_term_answer_like_whoosh_merges(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Segments merged term by term (indexing.search.merging), deletions included, hold
    exactly what Whoosh's pooled merge of the same segments holds."""
    from indexing.search import index as index_module
    from indexing.search.merging import add_segments

    monkeypatch.setattr(importer_module, "BUILDER_MIN_FILES", 10**9)
    monkeypatch.setattr(importer_module, "BATCH_FILES", 2)  # many commits: merges
    streamed = _import(tmp_path, "streamed.archive", corpus)
    monkeypatch.setattr(index_module, "add_segments", _pooled)
    pooled = _import(tmp_path, "pooled.archive", corpus)
    try:
        assert _layout(streamed) == _layout(pooled)
        assert max(_layout(streamed)) > 2 * index_module.MERGE_FACTOR  # merges happened
        assert _answers(streamed) == _answers(pooled)
        for archive, merge in ((streamed, add_segments), (pooled, _pooled)):
            monkeypatch.setattr(index_module, "add_segments", merge)
            with archive.db.atomic(), archive.index.writing() as batch:  # deletions ...
                for doc_id in range(1, 40, 3):
                    batch.remove(doc_id)
            for _ in range(6):  # ... then merges of segments that have them
                with archive.db.atomic(), archive.index.writing() as batch:
                    batch.update(50)
        assert _layout(streamed) == _layout(pooled)
        assert _answers(streamed) == _answers(pooled)
    finally:
        streamed.close()
        pooled.close()


def test_merges_run_by_a_builder_keep_every_answer(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With builders, merges run in a worker beside the next batch and are taken in by
    the next commit: the same pages answer every query (the order of near-equal scores
    may follow the segment layout), and segments are merged."""
    monkeypatch.setattr(importer_module, "BUILDER_MIN_FILES", 10**9)
    here = _import(tmp_path, "here.archive", corpus)
    monkeypatch.setattr(importer_module, "BUILDER_MIN_FILES", 1)
    monkeypatch.setattr(importer_module, "BATCH_FILES", 2)  # many commits: merges
    built = _import(tmp_path, "built.archive", corpus)
    try:
        commits = -(-len(built.search.search("").hits) // 2)
        assert len(_layout(built)) < commits / 2
        expected, found = _answers(here), _answers(built)
        assert {q: sorted(a) for q, a in found.items()} == {
            q: sorted(a) for q, a in expected.items()
        }
        assert built.search.status().ok
    finally:
        here.close()
        built.close()


def test_pages_go_to_the_builder_with_the_least_work_waiting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A builder busy with a merge gets no pages until the other has as much work waiting:
    both cores keep building (round robin left one idle while the other merged)."""
    release = threading.Event()
    monkeypatch.setattr(_Builder, "_send", lambda self, request: release.wait(10))
    monkeypatch.setattr(_Builder, "_merge", lambda self, request, frames: release.wait(10))
    monkeypatch.setattr(SegmentBuilders, "SLICE_PAGES", 4)
    builders = SegmentBuilders("", 2)
    try:
        builders.merge("MAIN", [SourceSegment("s1", 100, [], {}, {})])  # still running
        for n in range(80):
            builders.add("MAIN", {"pid": f"1:{n}", "text": "page"})
        merging, other = (b.sent for b in builders._builders)
    finally:
        release.set()
        builders.close()
    assert merging + other == 80
    assert other >= 100 * MERGE_WORK and merging <= 20


@pytest.mark.parametrize("share", [0.5, 0.45])
def test_a_reindex_gives_each_builder_a_segment_of_reindex_pages(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch, share: float
) -> None:
    """REINDEX_PAGES is each builder's share of a commit: pages that fit two builders'
    shares make one commit and one segment per builder, never half-size segments; and a
    few pages left after a commit (under REINDEX_TAIL of one) go with it, not into a
    commit of tiny segments."""
    from whoosh.index import FileIndex

    archive = _import(tmp_path, "case.archive", corpus)
    try:
        expected = _answers(archive)
        pages = sum(max(1, count) for _doc, count in doc_repo.page_counts(archive.db))
        monkeypatch.setattr(os, "cpu_count", lambda: 2)
        monkeypatch.setattr(search_module, "REINDEX_BUILDERS_MIN_PAGES", 1)
        monkeypatch.setattr(search_module, "REINDEX_BUILDERS", 2)
        monkeypatch.setattr(search_module, "REINDEX_PAGES", int(pages * share) + 1)
        monkeypatch.setattr(SegmentBuilders, "SLICE_PAGES", 3)
        assert archive.search.reindex()
        index = FileIndex(archive.index._storage, indexname=archive.index.name)
        assert len(index._segments()) == 2
        assert _answers(archive) == expected
    finally:
        archive.close()


def _segment(storage: Any) -> dict[Any, list[Any]]:
    """Every posting, page length and column value of the index in ``storage``."""
    from whoosh.index import FileIndex

    found: dict[Any, list[Any]] = {}
    with FileIndex(storage, indexname="MAIN").reader() as reader:
        for fieldname, btext in reader.all_terms():
            matcher = reader.postings(fieldname, btext)
            rows = []
            while matcher.is_active():
                rows.append((matcher.id(), matcher.weight(), matcher.value()))
                matcher.next()
            found[(fieldname, btext)] = rows
        for name in reader.schema.names():
            found[("length", name)] = [
                reader.doc_field_length(n, name) for n in range(reader.doc_count_all())
            ]
            if reader.has_column(name):
                found[("column", name)] = list(reader.column_reader(name))
    return found


def test_pages_added_a_field_at_a_time_make_the_segment_whoosh_makes(corpus: Path) -> None:
    """The writer's ``add_document`` (``termpool``: each field's postings into the pool at
    once) gives the same postings, lengths and columns as Whoosh's, a posting at a time."""
    from datetime import datetime

    from whoosh.index import FileIndex
    from whoosh.writing import SegmentWriter

    from indexing.search.codec import index_codec
    from indexing.search.schema import build_schema
    from indexing.search.storage import MemoryStorage
    from indexing.search.termpool import use_term_pool

    texts = [p.read_text(encoding="utf-8") for p in sorted((corpus / "text").glob("*.txt"))]
    docs = [
        {
            "pid": f"{n}:1",
            "doc": str(n),
            "page": n % 3,
            "text": text,
            "translit": text,
            "plain": text,
            "title": f"Title {n} Сейткали",
            "article": "kzcc.174.2,174",
            "lang": "ru" if n % 2 else "en",
            "date": datetime(2020, 1, 1 + n % 28),
        }
        for n, text in enumerate(texts * 2 + ["", "word word word"], start=1)
    ]
    built = []
    for stock in (True, False):
        storage = MemoryStorage()
        writer = use_term_pool(
            FileIndex.create(storage, build_schema(), "MAIN").writer(codec=index_codec())
        )
        assert "add_document" in vars(writer)  # the pool's own
        for fields in docs:
            if stock:
                SegmentWriter.add_document(writer, **fields)
            else:
                writer.add_document(**fields)
        writer.commit()
        built.append(_segment(storage))
    assert built[0] == built[1]
    assert len(built[0]) > 100


@pytest.mark.parametrize("how", ["cancel", "lock"])
def test_a_reindex_waiting_for_its_builders_stops_at_a_cancel_or_a_lock(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    """A reindex commit waiting for builders that hold its pages (a large share takes a
    builder many seconds) stops them at a cancel or a lock instead of waiting for them:
    the cancel returns False, the lock raises ArchiveClosed, the index stays as it was."""
    from archive_app.tasks import CancelToken
    from storage.errors import ArchiveClosed

    path = tmp_path / "case.archive"
    archive = _import(tmp_path, "case.archive", corpus)
    before, name = _answers(archive), archive.index.name
    monkeypatch.setattr(search_module, "REINDEX_BUILDERS_MIN_PAGES", 1)
    waiting, release = threading.Event(), threading.Event()

    def slow_send(self: _Builder, request: dict[str, Any]) -> None:
        if not release.wait(30):  # a builder still busy with the pages it was given
            raise OSError("the builder never took the pages")

    def finish(self: SegmentBuilders) -> list[BuiltSegment]:
        waiting.set()  # every page of the commit is read and sent: it waits for them
        return original(self)

    original = SegmentBuilders.finish
    monkeypatch.setattr(_Builder, "_send", slow_send)
    monkeypatch.setattr(SegmentBuilders, "finish", finish)
    token = CancelToken()
    stop = token.cancel if how == "cancel" else archive.db.abort
    stopper = threading.Thread(target=lambda: waiting.wait(30) and stop())
    stopper.start()
    try:
        if how == "cancel":
            assert archive.search.reindex(cancel=token) is False
        else:
            with pytest.raises(ArchiveClosed):
                archive.search.reindex(cancel=token)
    finally:
        release.set()
        stopper.join()
        archive.close()
    reopened = Archive.open(path, PASSPHRASE, Settings(actor="tester"))
    try:
        assert reopened.index.name == name
        assert _answers(reopened) == before
        assert reopened.search.status().ok
    finally:
        reopened.close()
