"""storage layer: notes on a document (schema 12): a lawyer's remark with its author and
dates. A note goes with its document (ON DELETE CASCADE)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from storage.clock import utc_now
from storage.errors import NotFound

if TYPE_CHECKING:
    from storage.database import Database


@dataclass(frozen=True)
class NoteRecord:
    id: int
    document_id: int
    author: str
    created_at: str
    edited_at: str | None
    text: str


def _record(row: Any) -> NoteRecord:
    return NoteRecord(
        id=int(row["id"]),
        document_id=int(row["document_id"]),
        author=str(row["author"]),
        created_at=str(row["created_at"]),
        edited_at=row["edited_at"],
        text=str(row["text"]),
    )


def add(db: Database, document_id: int, text: str, *, author: str) -> int:
    cur = db.execute(
        "INSERT INTO document_notes(document_id, author, created_at, text) VALUES (?, ?, ?, ?)",
        (document_id, author, utc_now(), text),
    )
    return int(cur.lastrowid)


def get(db: Database, note_id: int) -> NoteRecord:
    row = db.one("SELECT * FROM document_notes WHERE id = ?", (note_id,))
    if row is None:
        raise NotFound(f"no note #{note_id}")
    return _record(row)


def for_document(db: Database, document_id: int) -> list[NoteRecord]:
    """The document's notes, oldest first."""
    rows = db.all("SELECT * FROM document_notes WHERE document_id = ? ORDER BY id", (document_id,))
    return [_record(r) for r in rows]


def texts(db: Database, document_id: int) -> list[str]:
    """The texts of the document's notes, oldest first (for the search index)."""
    rows = db.all(
        "SELECT text FROM document_notes WHERE document_id = ? ORDER BY id", (document_id,)
    )
    return [str(r[0]) for r in rows]


def documents_with_notes(db: Database) -> set[int]:
    return {int(r[0]) for r in db.all("SELECT DISTINCT document_id FROM document_notes")}


def edit(db: Database, note_id: int, text: str) -> None:
    cur = db.execute(
        "UPDATE document_notes SET text = ?, edited_at = ? WHERE id = ?",
        (text, utc_now(), note_id),
    )
    if int(cur.rowcount) == 0:
        raise NotFound(f"no note #{note_id}")


def delete(db: Database, note_id: int) -> None:
    cur = db.execute("DELETE FROM document_notes WHERE id = ?", (note_id,))
    if int(cur.rowcount) == 0:
        raise NotFound(f"no note #{note_id}")


# -- case packages: notes travel with their documents ----------------------------------------
def _has_notes(db: Database) -> bool:
    """False for a package written before schema 12 (it has no notes)."""
    found = db.scalar(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'document_notes'"
    )
    return found is not None


def copy_for_documents(src: Database, dst: Database, ids: list[int]) -> int:
    """The notes of documents ``ids`` into a package (documents keep their ids there)."""
    copied = 0
    for doc_id in ids:
        for note in for_document(src, doc_id):
            insert_copy(dst, doc_id, note)
            copied += 1
    return copied


def from_package(src: Database, document_id: int) -> list[NoteRecord]:
    return for_document(src, document_id) if _has_notes(src) else []


def insert_copy(db: Database, document_id: int, note: NoteRecord) -> None:
    """A note as another archive wrote it: its author and dates kept."""
    db.execute(
        "INSERT INTO document_notes(document_id, author, created_at, edited_at, text)"
        " VALUES (?, ?, ?, ?, ?)",
        (document_id, note.author, note.created_at, note.edited_at, note.text),
    )


def take_edit(db: Database, note_id: int, text: str, edited_at: str | None) -> None:
    """A later edit of the same note made in another archive."""
    db.execute(
        "UPDATE document_notes SET text = ?, edited_at = ? WHERE id = ?",
        (text, edited_at, note_id),
    )
