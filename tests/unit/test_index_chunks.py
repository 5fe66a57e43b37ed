"""Index files are stored in chunks (schema 14, issue 15): a read anywhere in a large file
touches one chunk, and what is read is byte for byte what was written, across chunk
boundaries, in parts of the file (Whoosh's compound segments) and in files written
before schema 14 (one blob)."""

from __future__ import annotations

import os
import random
import time
from collections.abc import Iterator

import pytest

from archive_app.session import Archive
from indexing.search.storage import ArchiveStorage
from storage import index_files
from storage.database import Database

CHUNK = index_files.CHUNK_BYTES


@pytest.fixture
def db(archive: Archive) -> Iterator[Database]:
    with archive.db.atomic():
        yield archive.db


def _chunk_rows(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM index_chunks"))


def _write(st: ArchiveStorage, name: str, data: bytes) -> None:
    f = st.create_file(name)
    f.write(data)
    f.close()


def test_a_large_file_reads_back_anywhere(db: Database) -> None:
    data = os.urandom(3 * CHUNK + 1234)
    st = ArchiveStorage(db)
    before = _chunk_rows(db)
    _write(st, "MAIN_big.seg", data)
    assert _chunk_rows(db) - before == 4
    assert st.file_length("MAIN_big.seg") == len(data)
    assert index_files.read(db, "MAIN_big.seg") == data
    f = st.open_file("MAIN_big.seg")
    rng = random.Random(15)
    for _ in range(200):
        start = rng.randrange(len(data))
        size = rng.choice([1, 7, 100, CHUNK // 3, CHUNK + 5])
        f.seek(start)
        assert f.read(size) == data[start : start + size]
    f.seek(len(data) - 10)
    assert f.read(100) == data[-10:] and f.read(1) == b""
    part = f.subset(CHUNK - 50, CHUNK + 100)
    assert part.read() == data[CHUNK - 50 : 2 * CHUNK + 50]
    part.seek(10)
    assert part.read(20) == data[CHUNK - 40 : CHUNK - 20]
    other = f.subset(2 * CHUNK, 300)  # a second part reads beside the first one
    assert other.read(100) == data[2 * CHUNK : 2 * CHUNK + 100]
    assert part.read(10) == data[CHUNK - 20 : CHUNK - 10]
    part.close()
    other.close()
    f.close()


def test_rewrite_rename_and_delete_take_the_chunks_along(db: Database) -> None:
    st = ArchiveStorage(db)
    before = _chunk_rows(db)
    _write(st, "MAIN_a.seg", b"x" * (2 * CHUNK + 1))
    _write(st, "MAIN_a.seg", b"short")
    assert st.open_file("MAIN_a.seg").read() == b"short"
    assert _chunk_rows(db) - before == 1
    st.rename_file("MAIN_a.seg", "MAIN_b.seg")
    assert st.open_file("MAIN_b.seg").read() == b"short" and not st.file_exists("MAIN_a.seg")
    _write(st, "MAIN_empty.seg", b"")
    assert st.open_file("MAIN_empty.seg").read() == b"" and st.file_length("MAIN_empty.seg") == 0
    st.delete_file("MAIN_b.seg")
    st.delete_file("MAIN_empty.seg")
    assert _chunk_rows(db) == before


def test_a_file_written_before_chunks_is_read_from_its_blob(db: Database) -> None:
    data = os.urandom(CHUNK + 99)
    db.execute(
        "INSERT INTO index_files(name, data, modified) VALUES ('MAIN_old.seg', ?, ?)",
        (data, time.time()),
    )
    st = ArchiveStorage(db)
    assert st.file_length("MAIN_old.seg") == len(data)
    assert index_files.read(db, "MAIN_old.seg") == data
    f = st.open_file("MAIN_old.seg")
    f.seek(CHUNK)
    assert f.read(99) == data[CHUNK:]
    assert f.subset(10, 20).read() == data[10:30]
    before = index_files.total_size(db)
    _write(st, "MAIN_old.seg", data)  # written again: now in chunks
    assert index_files.read(db, "MAIN_old.seg") == data
    assert index_files.total_size(db) == before
    assert db.scalar("SELECT length(data) FROM index_files WHERE name = 'MAIN_old.seg'") == 0


def test_a_builder_reads_its_segments_without_copying_them() -> None:
    """A merge in a builder process opens its source segments from memory: the files and
    their parts are views of the bytes it holds, not copies (each copy of a 100 MB
    segment was 100 MB more at the builder's peak)."""
    from whoosh.filedb.compound import CompoundStorage

    from indexing.search.storage import MemoryStorage

    store = MemoryStorage()
    parts = MemoryStorage()
    payload = {"MAIN_s.pst": os.urandom(5000), "MAIN_s.trm": b"terms" * 100}
    for name, data in payload.items():
        f = parts.create_file(name)
        f.write(data)
        f.close()
    out = store.create_file("MAIN_s.seg")
    CompoundStorage.assemble(out, parts, sorted(payload))  # (closes ``out``)
    compound = CompoundStorage(store.open_file("MAIN_s.seg"))
    for name, data in payload.items():
        f = compound.open_file(name)
        assert f.read() == data
        f.seek(7)
        assert f.read(10) == data[7:17] and f.get(3, 4) == data[3:7]
        assert f._buf.obj is store.files["MAIN_s.seg"]  # a view, not a copy
        f.close()
