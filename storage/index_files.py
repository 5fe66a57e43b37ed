"""storage layer: the rows behind the full-text index: its files (``index_files``) and
its settings (``index_meta``).

The index layer's Whoosh ``Storage`` adapter reads and writes files only through these
functions. Names are Whoosh's file names; an index called ``MAIN`` owns ``_MAIN_<gen>.toc``
and ``MAIN_<segment>.<ext>``, so two indexes (the one searched and one being rebuilt
aside) live side by side and ``delete_index`` removes one of them only.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from storage.database import Database


# -- files ------------------------------------------------------------------------------
def write(db: Database, name: str, data: bytes) -> None:
    db.execute(
        "INSERT INTO index_files(name, data, modified) VALUES (?, ?, ?)"
        " ON CONFLICT(name) DO UPDATE SET data = excluded.data,"
        " modified = excluded.modified",
        (name, data, time.time()),
    )


def read(db: Database, name: str) -> bytes:
    """One file's bytes (empty if there is no such file)."""
    value = db.scalar("SELECT data FROM index_files WHERE name = ?", (name,))
    return bytes(value) if value is not None else b""


def open_blob(db: Database, name: str) -> tuple[Any, int] | None:
    """A read-only blob handle on one file and its length, or None if there is no such file."""
    row = db.one("SELECT id, length(data) FROM index_files WHERE name = ?", (name,))
    if row is None:
        return None
    return db.read_blob("index_files", "data", int(row[0])), int(row[1])


def names(db: Database) -> list[str]:
    return [str(r[0]) for r in db.all("SELECT name FROM index_files ORDER BY name")]


def exists(db: Database, name: str) -> bool:
    return db.one("SELECT 1 FROM index_files WHERE name = ?", (name,)) is not None


def modified(db: Database, name: str) -> float | None:
    value = db.scalar("SELECT modified FROM index_files WHERE name = ?", (name,))
    return None if value is None else float(value)


def length(db: Database, name: str) -> int | None:
    value = db.scalar("SELECT length(data) FROM index_files WHERE name = ?", (name,))
    return None if value is None else int(value)


def delete(db: Database, name: str) -> bool:
    """Remove one file; False if there was none."""
    cur = db.execute("DELETE FROM index_files WHERE name = ?", (name,))
    return int(cur.rowcount) > 0


def rename(db: Database, old: str, new: str) -> None:
    db.execute("DELETE FROM index_files WHERE name = ?", (new,))
    db.execute("UPDATE index_files SET name = ? WHERE name = ?", (new, old))


def delete_all(db: Database) -> None:
    db.execute("DELETE FROM index_files")


_OF_INDEX = "(substr(name, 1, ?) = ? OR substr(name, 1, ?) = ?)"


def _of_index(index_name: str) -> tuple[int, str, int, str]:
    """Parameters of ``_OF_INDEX``: the files of one index (segments, tables of contents)."""
    segments, tocs = index_name + "_", "_" + index_name + "_"
    return (len(segments), segments, len(tocs), tocs)


def delete_index(db: Database, index_name: str) -> int:
    """Remove every file of one index (its tables of contents and segments); returns the
    number of files removed. Files of other indexes stay (names compared case-sensitively)."""
    cur = db.execute(f"DELETE FROM index_files WHERE {_OF_INDEX}", _of_index(index_name))
    return int(cur.rowcount)


def fingerprint(db: Database, index_name: str) -> str:
    """A checksum of one index's files as they are now: every file's name, row and length.
    Whoosh never writes a file twice (a segment keeps its files for life; a commit writes
    a new table of contents and deletes the old one), so every commit changes it, and so
    does any file added, removed, renamed or resized behind it. Reads no file's bytes:
    SQLite takes a blob's length from its row header (a column stored after the blob,
    such as ``modified``, would walk the blob's every page)."""
    digest = hashlib.sha256()
    for row_id, name, size in db.all(
        f"SELECT id, name, length(data) FROM index_files WHERE {_OF_INDEX} ORDER BY name",
        _of_index(index_name),
    ):
        digest.update(f"{int(row_id)}\0{name}\0{int(size)}\n".encode())
    return digest.hexdigest()


def total_size(db: Database) -> int:
    return int(db.scalar("SELECT coalesce(sum(length(data)), 0) FROM index_files"))


# -- settings ---------------------------------------------------------------------------
def meta(db: Database, key: str) -> str | None:
    value = db.scalar("SELECT value FROM index_meta WHERE key = ?", (key,))
    return None if value is None else str(value)


def set_meta(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO index_meta(key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def delete_meta(db: Database, key: str) -> None:
    db.execute("DELETE FROM index_meta WHERE key = ?", (key,))


# -- documents the index has not been told about (schema 13) ---------------------------
def anything_pending(db: Database) -> bool:
    """Whether a document changed (added, removed, pages, notes) since an index commit
    last took it in (rows noted by triggers, see ``storage.schema``)."""
    return db.one("SELECT 1 FROM index_pending LIMIT 1") is not None


def pending_documents(db: Database) -> set[int]:
    return {int(r[0]) for r in db.all("SELECT document_id FROM index_pending")}


def forget_pending(db: Database, document_ids: Iterable[int]) -> None:
    """The index took these documents in (inside the transaction of its commit)."""
    db.executemany(
        "DELETE FROM index_pending WHERE document_id = ?", [(int(d),) for d in document_ids]
    )


def forget_all_pending(db: Database) -> None:
    db.execute("DELETE FROM index_pending")
