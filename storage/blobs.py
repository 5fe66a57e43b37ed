"""storage layer: document bytes stored and read back in fixed-size chunks.

A file is streamed in and out one chunk at a time, so a 300 MB original never
sits in memory whole; the SHA-256 is computed on the way in and can be
re-checked on the way out.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from storage.database import Database

CHUNK_SIZE = 1024 * 1024


def write_chunks(db: Database, document_id: int, stream: BinaryIO) -> tuple[int, str]:
    """Store ``stream`` under ``document_id``; return (bytes written, sha256)."""
    digest = hashlib.sha256()
    total = 0
    seq = 0
    with db.atomic():
        while True:
            chunk = stream.read(CHUNK_SIZE)
            if not chunk:
                break
            digest.update(chunk)
            total += len(chunk)
            db.execute(
                "INSERT INTO document_chunks(document_id, seq, data) VALUES (?, ?, ?)",
                (document_id, seq, chunk),
            )
            seq += 1
    return total, digest.hexdigest()


def iter_chunks(db: Database, document_id: int) -> Iterator[bytes]:
    """The original bytes, in order, one chunk per row (not all fetched at once)."""
    ids = [
        int(r[0])
        for r in db.all(
            "SELECT id FROM document_chunks WHERE document_id = ? ORDER BY seq", (document_id,)
        )
    ]
    for rowid in ids:
        yield bytes(db.scalar("SELECT data FROM document_chunks WHERE id = ?", (rowid,)))


def stored_digest(db: Database, document_id: int) -> tuple[int, str]:
    digest = hashlib.sha256()
    total = 0
    for chunk in iter_chunks(db, document_id):
        digest.update(chunk)
        total += len(chunk)
    return total, digest.hexdigest()


def stored_size(db: Database, document_id: int) -> int:
    return int(
        db.scalar(
            "SELECT coalesce(sum(length(data)), 0) FROM document_chunks WHERE document_id = ?",
            (document_id,),
        )
    )
