"""Index segments built in worker processes (indexing.search.builders) answer every query
exactly as segments written in the importing process do: same documents, same order,
same pages, for an import and for a reindex; and nothing but page fields crosses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import archive_app.importer as importer_module
import archive_app.search as search_module
from archive_app.session import Archive
from archive_app.settings import Settings
from indexing.search import SearchRequest
from indexing.search.builders import BuiltSegment, SegmentBuilders
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
