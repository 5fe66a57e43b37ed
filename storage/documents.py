"""storage layer: document rows, their page texts and their tag links."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from storage.clock import utc_now
from storage.errors import NotFound

if TYPE_CHECKING:
    from storage.database import Database

EDITABLE_FIELDS = ("title", "doc_type", "language", "doc_date", "source", "confidentiality")


@dataclass
class DocumentRecord:
    id: int
    sha256: str
    title: str
    doc_type: str
    language: str | None
    doc_date: str | None
    source: str
    confidentiality: str
    filename: str
    media_type: str
    size: int
    page_count: int
    imported_at: str
    status: str
    parent_id: int | None
    persons: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    cases: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class NewDocument:
    title: str
    doc_type: str
    language: str | None
    doc_date: str | None
    source: str
    confidentiality: str
    filename: str
    media_type: str
    page_count: int
    status: str
    parent_id: int | None = None


def insert(db: Database, doc: NewDocument, *, sha256: str, size: int) -> int:
    cur = db.execute(
        "INSERT INTO documents(sha256, title, doc_type, language, doc_date, source,"
        " confidentiality, filename, media_type, size, page_count, imported_at, status, parent_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            sha256,
            doc.title,
            doc.doc_type,
            doc.language,
            doc.doc_date,
            doc.source,
            doc.confidentiality,
            doc.filename,
            doc.media_type,
            size,
            doc.page_count,
            utc_now(),
            doc.status,
            doc.parent_id,
        ),
    )
    return int(cur.lastrowid)


def insert_pages(db: Database, document_id: int, texts: list[str]) -> None:
    """Every page in one statement that writes many rows: SQLite gives such a statement
    its own journal, so a full disk undoes this statement only (``StorageFull``) and the
    transaction with the files written before it stays (a one-row INSERT that hits
    SQLITE_FULL makes SQLite roll back the whole transaction)."""
    if not texts:
        return
    db.execute(
        "INSERT INTO pages(document_id, page_no, text)"
        " SELECT ?, CAST(key AS INTEGER) + 1, value FROM json_each(?)",
        (document_id, json.dumps(texts, ensure_ascii=False)),
    )


def id_by_sha256(db: Database, sha256: str) -> int | None:
    value = db.scalar("SELECT id FROM documents WHERE sha256 = ?", (sha256,))
    return None if value is None else int(value)


def _record(db: Database, row: Any) -> DocumentRecord:
    doc_id = int(row["id"])
    return DocumentRecord(
        id=doc_id,
        sha256=row["sha256"],
        title=row["title"],
        doc_type=row["doc_type"],
        language=row["language"],
        doc_date=row["doc_date"],
        source=row["source"],
        confidentiality=row["confidentiality"],
        filename=row["filename"],
        media_type=row["media_type"],
        size=int(row["size"]),
        page_count=int(row["page_count"]),
        imported_at=row["imported_at"],
        status=row["status"],
        parent_id=row["parent_id"],
        persons=[
            r[0]
            for r in db.all(
                "SELECT p.name FROM document_persons dp JOIN persons p ON p.id = dp.person_id"
                " WHERE dp.document_id = ? ORDER BY p.name",
                (doc_id,),
            )
        ],
        articles=[
            r[0]
            for r in db.all(
                "SELECT a.citation FROM document_articles da"
                " JOIN legal_articles a ON a.id = da.article_id"
                " WHERE da.document_id = ? ORDER BY a.instrument, CAST(a.article AS INTEGER),"
                " a.part",
                (doc_id,),
            )
        ],
        cases=[
            r[0]
            for r in db.all(
                "SELECT c.name FROM document_cases dc JOIN cases c ON c.id = dc.case_id"
                " WHERE dc.document_id = ? ORDER BY c.name",
                (doc_id,),
            )
        ],
    )


def get(db: Database, document_id: int) -> DocumentRecord:
    row = db.one("SELECT * FROM documents WHERE id = ?", (document_id,))
    if row is None:
        raise NotFound(f"no document #{document_id}")
    return _record(db, row)


def list_all(db: Database) -> list[DocumentRecord]:
    return [_record(db, r) for r in db.all("SELECT * FROM documents ORDER BY id")]


def children(db: Database, document_id: int) -> list[int]:
    """Attachments of a document: those first found in it, and those it shares with others."""
    rows = db.all(
        "SELECT id FROM documents WHERE parent_id = ?"
        " UNION SELECT child_id FROM attachment_links WHERE parent_id = ? ORDER BY 1",
        (document_id, document_id),
    )
    return [int(r[0]) for r in rows]


def link_attachment(db: Database, parent_id: int, child_id: int, filename: str) -> None:
    """Record that ``child_id`` (stored once) is also an attachment of ``parent_id``."""
    if parent_id == child_id:
        return
    db.execute(
        "INSERT OR IGNORE INTO attachment_links(parent_id, child_id, filename) VALUES (?, ?, ?)",
        (parent_id, child_id, filename),
    )


def consent_counts(db: Database, document_id: int) -> dict[str, int]:
    """How many persons tagged on the document have each consent value (no names)."""
    rows = db.all(
        "SELECT p.consent, count(*) FROM document_persons dp JOIN persons p"
        " ON p.id = dp.person_id WHERE dp.document_id = ? GROUP BY p.consent",
        (document_id,),
    )
    return {str(r[0]): int(r[1]) for r in rows}


def count(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM documents"))


def page_counts(db: Database) -> list[tuple[int, int]]:
    """``(document id, page count)`` of every document, by id."""
    rows = db.all("SELECT id, page_count FROM documents ORDER BY id")
    return [(int(r[0]), int(r[1] or 0)) for r in rows]


def page_texts(db: Database, document_id: int) -> list[str]:
    rows = db.all("SELECT text FROM pages WHERE document_id = ? ORDER BY page_no", (document_id,))
    return [r[0] for r in rows]


def update_fields(db: Database, document_id: int, changes: dict[str, Any]) -> None:
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
    for name, value in changes.items():
        db.execute(f"UPDATE documents SET {name} = ? WHERE id = ?", (value, document_id))


def delete(db: Database, document_id: int) -> None:
    db.execute("DELETE FROM documents WHERE id = ?", (document_id,))


# -- links (document <-> person / article / case) --------------------------------------
LINK_TABLES = {
    "person": ("document_persons", "person_id"),
    "article": ("document_articles", "article_id"),
    "case": ("document_cases", "case_id"),
}


def link(
    db: Database, kind: str, document_id: int, target_id: int, *, actor: str, source: str
) -> bool:
    """Link a document to a person/article/case; False if the link existed already."""
    table, column = LINK_TABLES[kind]
    cur = db.execute(
        f"INSERT OR IGNORE INTO {table}(document_id, {column}, added_by, added_at, source)"
        " VALUES (?, ?, ?, ?, ?)",
        (document_id, target_id, actor, utc_now(), source),
    )
    return int(cur.rowcount) > 0


def linked_documents(db: Database, kind: str, target_id: int) -> set[int]:
    """Documents linked to one person, article or case (``kind``: person/article/case)."""
    table, column = LINK_TABLES[kind]
    rows = db.all(f"SELECT document_id FROM {table} WHERE {column} = ?", (target_id,))
    return {int(r[0]) for r in rows}


def unlink(db: Database, kind: str, document_id: int, target_id: int) -> bool:
    table, column = LINK_TABLES[kind]
    cur = db.execute(
        f"DELETE FROM {table} WHERE document_id = ? AND {column} = ?", (document_id, target_id)
    )
    return int(cur.rowcount) > 0
