"""Index segments built in worker processes (indexing.search.builders) answer every query
exactly as segments written in the importing process do: same documents, same order,
same pages, for an import and for a reindex; and nothing but page fields crosses."""

from __future__ import annotations

from pathlib import Path

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
