"""The index status on open (issue 15) reads no index file: every index commit records
a checksum of the index's files in ``index_meta`` and takes the documents it indexed out
of ``index_pending``, in its own transaction. Whatever leaves the meta behind (files
changed behind it, documents changed without the index, a rolled-back write) is not
trusted: the status then compares every document, as ``archive-app check`` does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from archive_app.notes import NoteService
from archive_app.session import Archive
from indexing.search import index as index_module
from indexing.search.storage import ArchiveStorage
from storage import index_files


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def imported(archive: Archive, tmp_path: Path) -> list[int]:
    paths = [
        _write(tmp_path, f"d{n}.txt", f"Document {n}: the tribunal met in Almaty. " * (n + 1))
        for n in range(4)
    ]
    return archive.importer().import_paths(paths).document_ids


class _FilesRead:
    """Counts the index files opened and the full comparisons run."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.files = 0
        self.full = 0
        opened = ArchiveStorage.open_file
        compare = index_module.SearchIndex.indexed_document_ids

        def open_file(storage: ArchiveStorage, name: str, *args: Any, **kwargs: Any) -> Any:
            self.files += 1
            return opened(storage, name, *args, **kwargs)

        def indexed(index: index_module.SearchIndex) -> set[int]:
            self.full += 1
            return compare(index)

        monkeypatch.setattr(ArchiveStorage, "open_file", open_file)
        monkeypatch.setattr(index_module.SearchIndex, "indexed_document_ids", indexed)


def _reopen(archive: Archive) -> None:
    archive.index.invalidate()


def test_status_on_open_reads_no_index_file_after_every_kind_of_write(
    archive: Archive, imported: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads = _FilesRead(monkeypatch)

    def quick_ok() -> bool:
        _reopen(archive)
        before = (reads.files, reads.full)
        status = archive.search.status(full=False)
        assert (reads.files, reads.full) == before, "the quick status read the index"
        return status.ok

    assert quick_ok()  # after an import
    archive.documents.delete(imported[0])
    assert quick_ok()
    note = NoteService(archive).add(imported[1], "Ask the quokka witness")
    assert quick_ok()
    NoteService(archive).edit(note.id, "Ask the wombat witness")
    assert quick_ok()
    assert archive.search.reindex()
    assert quick_ok()
    archive.importer().import_paths([_write(tmp_path, "late.txt", "A late letter.")])
    assert quick_ok()
    assert not index_files.anything_pending(archive.db)
    assert archive.search.status(full=True).ok  # and the full check agrees


def test_pages_changed_without_the_index_are_found_on_open(
    archive: Archive, imported: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    reads = _FilesRead(monkeypatch)
    with archive.db.atomic():  # the text changes, the index is not told
        archive.db.execute(
            "UPDATE pages SET text = 'one two' WHERE document_id = ? AND page_no = 1",
            (imported[2],),
        )
    _reopen(archive)
    status = archive.search.status(full=False)
    assert not status.ok and status.state == "stale"
    assert f"#{imported[2]}" in status.message
    assert reads.full == 1  # the quick check did not vouch for it: every document compared
    assert not archive.search.status(full=False).ok  # and it is not forgotten after that


def test_a_document_stored_without_the_index_is_found_on_open(
    archive: Archive, imported: list[int]
) -> None:
    with archive.db.atomic():
        archive.db.execute(
            "INSERT INTO documents(sha256, title, filename, media_type, size, page_count,"
            " imported_at) VALUES ('x', 'Unindexed', 'u.txt', 'text/plain', 1, 1, '2026')"
        )
    _reopen(archive)
    status = archive.search.status(full=False)
    assert status.state == "stale" and "1 missing" in status.message


def test_index_files_changed_behind_the_meta_are_not_trusted(
    archive: Archive, imported: list[int], tmp_path: Path
) -> None:
    segment = next(n for n in index_files.names(archive.db) if n.endswith(".seg"))
    with archive.db.atomic():  # a segment lost behind the index's back
        index_files.delete(archive.db, segment)
    _reopen(archive)
    assert archive.search.status(full=False).state == "damaged"
    # a later commit writes over it, but does not vouch for files it did not record
    archive.importer().import_paths([_write(tmp_path, "late.txt", "A late letter.")])
    _reopen(archive)
    assert not archive.search.status(full=False).ok


def test_a_commit_behind_the_meta_is_checked_in_full_and_then_trusted_again(
    archive: Archive, imported: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    reads = _FilesRead(monkeypatch)
    with archive.db.atomic():  # a file written beside the index by someone else
        index_files.write(archive.db, f"{archive.index.name}_stray.tmp", b"left over")
    _reopen(archive)
    assert archive.search.status(full=False).ok
    assert reads.full == 1
    _reopen(archive)
    assert archive.search.status(full=False).ok  # the full check recorded what it found
    assert reads.full == 1


def test_a_write_rolled_back_leaves_the_meta_with_its_files(
    archive: Archive, imported: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash in the middle of an index write: files and meta go back together."""
    reads = _FilesRead(monkeypatch)
    before = index_files.meta(archive.db, "files:" + archive.index.name)
    with pytest.raises(RuntimeError), archive.db.atomic():
        with archive.index.writing() as batch:
            batch.update(imported[1])
        assert index_files.meta(archive.db, "files:" + archive.index.name) != before
        raise RuntimeError("power cut")
    assert index_files.meta(archive.db, "files:" + archive.index.name) == before
    _reopen(archive)
    assert archive.search.status(full=False).ok and reads.full == 0
    assert archive.search.search("tribunal").total == len(imported)


def test_an_archive_without_the_meta_is_checked_in_full_once(
    archive: Archive, imported: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An archive from before schema 13 has no checksum recorded."""
    with archive.db.atomic():
        index_files.delete_meta(archive.db, "files:" + archive.index.name)
    reads = _FilesRead(monkeypatch)
    _reopen(archive)
    assert archive.search.status(full=False).ok and reads.full == 1
    _reopen(archive)
    assert archive.search.status(full=False).ok and reads.full == 1


def test_a_cancelled_rebuild_leaves_the_status_as_it_was(
    archive: Archive, imported: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from archive_app.tasks import CancelToken

    token = CancelToken()
    token.cancel()
    assert not archive.search.reindex(cancel=token)
    reads = _FilesRead(monkeypatch)
    _reopen(archive)
    assert archive.search.status(full=False).ok and reads.full == 0
