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
# A file is a row of ``index_files`` (name, time) and its bytes in ``index_chunks`` rows of
# CHUNK_BYTES (schema 14): SQLite reaches an offset inside one blob by walking its overflow
# pages from the start, so a read near the end of one large blob read all of it. A file
# written before schema 14 keeps its bytes in ``index_files.data`` (a chunked file leaves
# that empty) and is read from there until it is written again.
CHUNK_BYTES = 128 * 1024
_LENGTH = (
    "length(f.data) + coalesce((SELECT sum(length(c.data)) FROM index_chunks c"
    " WHERE c.file_id = f.id), 0)"
)


def write(db: Database, name: str, data: bytes) -> None:
    db.execute(
        "INSERT INTO index_files(name, data, modified) VALUES (?, x'', ?)"
        " ON CONFLICT(name) DO UPDATE SET data = x'', modified = excluded.modified",
        (name, time.time()),
    )
    file_id = int(db.scalar("SELECT id FROM index_files WHERE name = ?", (name,)))
    db.execute("DELETE FROM index_chunks WHERE file_id = ?", (file_id,))
    view = memoryview(data)
    db.executemany(
        "INSERT INTO index_chunks(file_id, seq, data) VALUES (?, ?, ?)",
        (
            (file_id, seq, bytes(view[start : start + CHUNK_BYTES]))
            for seq, start in enumerate(range(0, len(view), CHUNK_BYTES))
        ),
    )


def read(db: Database, name: str) -> bytes:
    """One file's bytes (empty if there is no such file)."""
    row = db.one("SELECT id, data FROM index_files WHERE name = ?", (name,))
    if row is None:
        return b""
    if len(row[1]):
        return bytes(row[1])
    return b"".join(
        bytes(r[0])
        for r in db.all("SELECT data FROM index_chunks WHERE file_id = ? ORDER BY seq", (row[0],))
    )


Part = tuple[str, int, int]  # (table, row id, length): where a stretch of a file is stored


def parts(db: Database, name: str) -> list[Part] | None:
    """Where one file's bytes are, in order, or None if there is no such file; read each
    part with ``open_part``."""
    row = db.one("SELECT id, length(data) FROM index_files WHERE name = ?", (name,))
    if row is None:
        return None
    if int(row[1]):
        return [("index_files", int(row[0]), int(row[1]))]
    return [
        ("index_chunks", int(r[0]), int(r[1]))
        for r in db.all(
            "SELECT id, length(data) FROM index_chunks WHERE file_id = ? ORDER BY seq", (row[0],)
        )
    ]


def open_part(db: Database, part: Part) -> Any:
    """A read-only blob handle on one part of a file (see ``parts``)."""
    table, row_id, _length = part
    return db.read_blob(table, "data", row_id)


def names(db: Database) -> list[str]:
    return [str(r[0]) for r in db.all("SELECT name FROM index_files ORDER BY name")]


def exists(db: Database, name: str) -> bool:
    return db.one("SELECT 1 FROM index_files WHERE name = ?", (name,)) is not None


def modified(db: Database, name: str) -> float | None:
    value = db.scalar("SELECT modified FROM index_files WHERE name = ?", (name,))
    return None if value is None else float(value)


def length(db: Database, name: str) -> int | None:
    value = db.scalar(f"SELECT {_LENGTH} FROM index_files f WHERE f.name = ?", (name,))
    return None if value is None else int(value)


def delete(db: Database, name: str) -> bool:
    """Remove one file (its chunks go with it); False if there was none."""
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
    """A checksum of one index's files as they are now: every file's name, rows and length.
    Whoosh never writes a file twice (a segment keeps its files for life; a commit writes
    a new table of contents and deletes the old one), so every commit changes it, and so
    does any file added, removed, renamed or resized behind it. Reads no file's bytes:
    SQLite takes a blob's length from its row header (a column stored after the blob,
    such as ``modified``, would walk the blob's every page)."""
    digest = hashlib.sha256()
    for row in db.all(
        "SELECT f.id, f.name, length(f.data), count(c.id), coalesce(sum(c.id), 0),"
        " coalesce(sum(length(c.data)), 0)"
        " FROM index_files f LEFT JOIN index_chunks c ON c.file_id = f.id"
        f" WHERE {_OF_INDEX} GROUP BY f.id ORDER BY f.name",
        _of_index(index_name),
    ):
        digest.update(("\0".join(str(value) for value in row) + "\n").encode())
    return digest.hexdigest()


def total_size(db: Database) -> int:
    return int(
        db.scalar(
            "SELECT (SELECT coalesce(sum(length(data)), 0) FROM index_files)"
            " + (SELECT coalesce(sum(length(data)), 0) FROM index_chunks)"
        )
    )


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
