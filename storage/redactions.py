"""storage layer: redactions saved per document (schema 6), so a review can be resumed.

A row is one decision a reviewer made on one document: a term, a registered person
(every alias is applied at export time, so aliases added later count too), a pattern
(phone, e-mail, IIN, ID, date of birth), a rectangle on a page or a whole page withheld,
each with a reason code. The archive is encrypted, so the redacted text may live here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from storage.clock import utc_now
from storage.errors import Conflict, NotFound
from storage.schema import REDACTION_KINDS, REDACTION_REASONS

if TYPE_CHECKING:
    from storage.database import Database


@dataclass(frozen=True)
class RedactionRecord:
    id: int
    document_id: int
    kind: str
    value: str
    person_id: int | None
    page_no: int | None
    box: tuple[float, float, float, float] | None
    reason: str
    created_by: str
    created_at: str


@dataclass(frozen=True)
class NewRedaction:
    kind: str
    reason: str
    value: str = ""
    person_id: int | None = None
    page_no: int | None = None
    box: tuple[float, float, float, float] | None = None


def _check(item: NewRedaction) -> None:
    if item.kind not in REDACTION_KINDS:
        raise Conflict(f"unknown redaction kind {item.kind!r}")
    if item.reason not in REDACTION_REASONS:
        raise Conflict(
            f"unknown reason code {item.reason!r}; one of: {', '.join(REDACTION_REASONS)}"
        )
    if item.kind in ("term", "pattern") and not item.value.strip():
        raise Conflict(f"a {item.kind} redaction needs a value")
    if item.kind == "person" and item.person_id is None:
        raise Conflict("a person redaction needs a person")
    if item.kind in ("rect", "page") and (item.page_no is None or item.page_no < 1):
        raise Conflict(f"a {item.kind} redaction needs a page number (from 1)")
    if item.kind == "rect":
        if item.box is None:
            raise Conflict("a rectangle redaction needs a box")
        x0, y0, x1, y1 = item.box
        if not (0.0 <= x0 < x1 <= 1.0 and 0.0 <= y0 < y1 <= 1.0):
            raise Conflict("a rectangle is given as fractions of the page: 0 <= x0 < x1 <= 1")


def add(db: Database, document_id: int, item: NewRedaction, *, actor: str) -> int:
    _check(item)
    if db.scalar("SELECT id FROM documents WHERE id = ?", (document_id,)) is None:
        raise NotFound(f"no document #{document_id}")
    x0, y0, x1, y1 = item.box if item.box is not None else (None, None, None, None)
    cur = db.execute(
        "INSERT INTO redactions(document_id, kind, value, person_id, page_no, x0, y0, x1, y1,"
        " reason, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            document_id,
            item.kind,
            item.value.strip(),
            item.person_id,
            item.page_no,
            x0,
            y0,
            x1,
            y1,
            item.reason,
            actor,
            utc_now(),
        ),
    )
    return int(cur.lastrowid)


def _record(row: Any) -> RedactionRecord:
    box = None
    if row["x0"] is not None:
        box = (float(row["x0"]), float(row["y0"]), float(row["x1"]), float(row["y1"]))
    return RedactionRecord(
        id=int(row["id"]),
        document_id=int(row["document_id"]),
        kind=row["kind"],
        value=row["value"],
        person_id=None if row["person_id"] is None else int(row["person_id"]),
        page_no=None if row["page_no"] is None else int(row["page_no"]),
        box=box,
        reason=row["reason"],
        created_by=row["created_by"],
        created_at=row["created_at"],
    )


def for_document(db: Database, document_id: int) -> list[RedactionRecord]:
    rows = db.all("SELECT * FROM redactions WHERE document_id = ? ORDER BY id", (document_id,))
    return [_record(r) for r in rows]


def get(db: Database, redaction_id: int) -> RedactionRecord:
    row = db.one("SELECT * FROM redactions WHERE id = ?", (redaction_id,))
    if row is None:
        raise NotFound(f"no redaction #{redaction_id}")
    return _record(row)


def remove(db: Database, redaction_id: int) -> bool:
    cur = db.execute("DELETE FROM redactions WHERE id = ?", (redaction_id,))
    return int(cur.rowcount) > 0


def clear(db: Database, document_id: int) -> int:
    cur = db.execute("DELETE FROM redactions WHERE document_id = ?", (document_id,))
    return int(cur.rowcount)


def counts(db: Database, document_ids: list[int]) -> dict[int, int]:
    """How many saved redactions each document has (documents without any are left out)."""
    found: dict[int, int] = {}
    for doc_id in document_ids:
        n = int(db.scalar("SELECT count(*) FROM redactions WHERE document_id = ?", (doc_id,)))
        if n:
            found[doc_id] = n
    return found
