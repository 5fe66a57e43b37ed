"""storage layer: the domestic remedies of a case (schema 10), as ordered steps.

Each step has a kind (appeal, cassation, complaint to the prosecutor, ...), the date it
was filed, the body it went to, an outcome with its date and the ruling document. Steps
keep the order the lawyer gives them (``seq`` from 1); moving one renumbers the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from storage.clock import utc_now
from storage.errors import Conflict, NotFound
from storage.submission_schema import REMEDY_KINDS, REMEDY_OUTCOMES

if TYPE_CHECKING:
    from storage.database import Database

EDITABLE = ("kind", "filed_on", "body", "outcome", "decided_on", "ruling_document_id", "notes")


@dataclass(frozen=True)
class RemedyRecord:
    id: int
    case_id: int
    seq: int
    kind: str
    filed_on: str | None
    body: str
    outcome: str
    decided_on: str | None
    ruling_document_id: int | None
    notes: str


def _check(values: dict[str, Any]) -> None:
    if values.get("kind") not in REMEDY_KINDS:
        raise Conflict(f"a remedy's kind is one of: {', '.join(REMEDY_KINDS)}")
    if values.get("outcome", "pending") not in REMEDY_OUTCOMES:
        raise Conflict(f"a remedy's outcome is one of: {', '.join(REMEDY_OUTCOMES)}")
    doc = values.get("ruling_document_id")
    if doc is not None and not isinstance(doc, int):
        raise Conflict("a ruling is given by its document id")


def add(
    db: Database,
    case_id: int,
    *,
    kind: str,
    filed_on: str | None = None,
    body: str = "",
    outcome: str = "pending",
    decided_on: str | None = None,
    ruling_document_id: int | None = None,
    notes: str = "",
    actor: str,
) -> int:
    _check({"kind": kind, "outcome": outcome, "ruling_document_id": ruling_document_id})
    if db.scalar("SELECT 1 FROM cases WHERE id = ?", (case_id,)) is None:
        raise NotFound(f"no case #{case_id}")
    if ruling_document_id is not None and (
        db.scalar("SELECT 1 FROM documents WHERE id = ?", (ruling_document_id,)) is None
    ):
        raise NotFound(f"no document #{ruling_document_id}")
    seq = int(
        db.scalar("SELECT coalesce(max(seq), 0) + 1 FROM remedies WHERE case_id = ?", (case_id,))
    )
    cur = db.execute(
        "INSERT INTO remedies(case_id, seq, kind, filed_on, body, outcome, decided_on,"
        " ruling_document_id, notes, created_by, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            case_id,
            seq,
            kind,
            filed_on,
            body.strip(),
            outcome,
            decided_on,
            ruling_document_id,
            notes,
            actor,
            utc_now(),
        ),
    )
    return int(cur.lastrowid)


def _record(row: Any) -> RemedyRecord:
    return RemedyRecord(
        id=int(row["id"]),
        case_id=int(row["case_id"]),
        seq=int(row["seq"]),
        kind=row["kind"],
        filed_on=row["filed_on"],
        body=row["body"],
        outcome=row["outcome"],
        decided_on=row["decided_on"],
        ruling_document_id=row["ruling_document_id"],
        notes=row["notes"],
    )


def get(db: Database, remedy_id: int) -> RemedyRecord:
    row = db.one("SELECT * FROM remedies WHERE id = ?", (remedy_id,))
    if row is None:
        raise NotFound(f"no remedy #{remedy_id}")
    return _record(row)


def for_case(db: Database, case_id: int) -> list[RemedyRecord]:
    return [
        _record(r)
        for r in db.all("SELECT * FROM remedies WHERE case_id = ? ORDER BY seq", (case_id,))
    ]


def update(db: Database, remedy_id: int, changes: dict[str, Any]) -> RemedyRecord:
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise Conflict(f"not editable: {', '.join(sorted(unknown))}")
    current = get(db, remedy_id)
    _check({k: getattr(current, k) for k in EDITABLE} | changes)
    for column, value in changes.items():
        db.execute(f"UPDATE remedies SET {column} = ? WHERE id = ?", (value, remedy_id))
    return get(db, remedy_id)


def move(db: Database, remedy_id: int, new_seq: int) -> None:
    """Put a step at position ``new_seq`` (from 1) and renumber the others."""
    current = get(db, remedy_id)
    steps = [r.id for r in for_case(db, current.case_id) if r.id != remedy_id]
    new_seq = max(1, min(new_seq, len(steps) + 1))
    steps.insert(new_seq - 1, remedy_id)
    with db.atomic():
        # Two passes keep UNIQUE (case_id, seq) satisfied while renumbering.
        for i, step in enumerate(steps, 1):
            db.execute("UPDATE remedies SET seq = ? WHERE id = ?", (-i, step))
        for i, step in enumerate(steps, 1):
            db.execute("UPDATE remedies SET seq = ? WHERE id = ?", (i, step))


def delete(db: Database, remedy_id: int) -> None:
    current = get(db, remedy_id)
    with db.atomic():
        db.execute("DELETE FROM remedies WHERE id = ?", (remedy_id,))
        for i, step in enumerate(for_case(db, current.case_id), 1):
            db.execute("UPDATE remedies SET seq = ? WHERE id = ?", (i, step.id))
