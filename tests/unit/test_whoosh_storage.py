"""The archive's Whoosh Storage behaves like Whoosh's own storages.

The contract tests follow FileStorage (missing files raise OSError, which Whoosh
catches and retries on; a rename from a missing name leaves the target alone).
The Whoosh tests are adapted from whoosh-reloaded's tests/test_misc.py
(test_storage_creation, test_ramstorage) and tests/test_indexing.py (creation,
deletion and optimisation on a storage), run on ArchiveStorage inside a
transaction instead of FileStorage/RamStorage. Not adapted: the file-lock tests
(test_filelock_simple, test_threaded_filelock: ArchiveStorage locks are
in-process locks, the archive's own file lock keeps other processes out), the
multi-process writer tests (test_mpwriter: one database thread writes), and
mmap (supports_mmap is False: nothing is mapped from an encrypted file).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from whoosh import fields
from whoosh.filedb.filestore import RamStorage

from archive_app.session import Archive
from indexing.search.storage import ArchiveStorage
from storage.database import Database


@pytest.fixture
def db(archive: Archive) -> Iterator[Database]:
    with archive.db.atomic():
        archive.db.execute("DELETE FROM index_files")
        yield archive.db
        archive.db.execute("DELETE FROM index_files")


def _write(st: ArchiveStorage, name: str, data: bytes) -> None:
    f = st.create_file(name)
    f.write(data)
    f.close()


def test_missing_files_raise_oserror_like_filestorage(db: Database) -> None:
    st = ArchiveStorage(db)
    for call in (st.open_file, st.file_length, st.file_modified, st.delete_file):
        with pytest.raises(OSError):
            call("nope")
    ram = RamStorage()  # Whoosh's own in-memory storage raises too, for a missing file
    with pytest.raises((OSError, KeyError, NameError)):
        ram.delete_file("nope")


def test_rename_from_a_missing_name_keeps_the_target(db: Database) -> None:
    st = ArchiveStorage(db)
    _write(st, "target", b"keep me")
    with pytest.raises(OSError):
        st.rename_file("missing", "target")
    assert st.open_file("target").read() == b"keep me"
    _write(st, "a", b"A")
    with pytest.raises(NameError):
        st.rename_file("a", "target", safe=True)
    st.rename_file("a", "target")
    assert st.open_file("target").read() == b"A" and not st.file_exists("a")


def test_files_round_trip_and_list(db: Database) -> None:
    st = ArchiveStorage(db)
    _write(st, "x", b"0123456789" * 10_000)
    assert st.file_length("x") == 100_000 and "x" in st.list()
    f = st.open_file("x")
    f.seek(99_995)
    assert f.read() == b"56789"
    st.delete_file("x")
    assert not st.file_exists("x")


# -- adapted from whoosh-reloaded tests/test_misc.py ------------------------------------
def test_storage_creation(db: Database) -> None:
    st = ArchiveStorage(db).create()
    schema = fields.Schema(text=fields.TEXT)
    ix = st.create_index(schema)
    with ix.writer() as w:
        w.add_document(text="alfa bravo")
        w.add_document(text="bracho charlie")
    assert st.list()
    st.destroy()
    assert st.list() == []


def test_ramstorage_lock(db: Database) -> None:
    st = ArchiveStorage(db)
    lock = st.lock("test")
    assert lock.acquire(False)
    lock.release()


# -- adapted from whoosh-reloaded tests/test_indexing.py --------------------------------
def test_creation_deletion_and_optimize(db: Database) -> None:
    schema = fields.Schema(key=fields.ID(stored=True), value=fields.TEXT)
    ix = ArchiveStorage(db).create_index(schema)
    for n in range(3):  # three segments
        with ix.writer() as w:
            w.add_document(key=f"k{n}", value=f"alfa bravo {n}")
    with ix.writer() as w:
        w.delete_by_term("key", "k1")
    with ix.searcher() as s:
        assert sorted(d["key"] for d in s.all_stored_fields()) == ["k0", "k2"]
    ix.optimize()
    with ix.searcher() as s:
        assert s.doc_count() == 2 and len(s.reader().leaf_readers()) == 1
    assert ix.doc_count_all() == 2
