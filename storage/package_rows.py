"""storage layer: the rows a package merge reads and writes beyond the ordinary repositories
(person lineage ids, suggestions with their decisions, redactions compared by content)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from storage.clock import utc_now
from storage.documents import LINK_TABLES

if TYPE_CHECKING:
    from storage.database import Database


def person_uids(db: Database) -> dict[int, str]:
    return {int(r[0]): str(r[1]) for r in db.all("SELECT id, uid FROM persons")}


def set_person_uid(db: Database, person_id: int, uid: str) -> None:
    db.execute("UPDATE persons SET uid = ? WHERE id = ?", (uid, person_id))


def case_fields(db: Database) -> dict[int, dict[str, str]]:
    return {
        int(r["id"]): {
            "name": r["name"],
            "reference": r["reference"],
            "description": r["description"],
        }
        for r in db.all("SELECT id, name, reference, description FROM cases")
    }


def update_case(db: Database, case_id: int, changes: dict[str, str]) -> None:
    for column in ("reference", "description"):
        if column in changes:
            db.execute(f"UPDATE cases SET {column} = ? WHERE id = ?", (changes[column], case_id))


def suggestions(db: Database, document_id: int) -> list[dict[str, Any]]:
    rows = db.all(
        "SELECT kind, target_id, evidence, state, created_at, decided_by, decided_at"
        " FROM suggestions WHERE document_id = ? ORDER BY id",
        (document_id,),
    )
    return [dict(r) for r in rows]


def put_suggestion(db: Database, document_id: int, row: dict[str, Any]) -> bool:
    """Add a suggestion, or carry a decision onto a pending one; True if anything changed."""
    current = db.one(
        "SELECT id, state FROM suggestions WHERE document_id = ? AND kind = ? AND target_id = ?",
        (document_id, row["kind"], row["target_id"]),
    )
    if current is None:
        db.execute(
            "INSERT INTO suggestions(document_id, kind, target_id, evidence, state, created_at,"
            " decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                document_id,
                row["kind"],
                row["target_id"],
                row["evidence"],
                row["state"],
                row["created_at"] or utc_now(),
                row["decided_by"],
                row["decided_at"],
            ),
        )
        return True
    if current["state"] == "pending" and row["state"] != "pending":
        db.execute(
            "UPDATE suggestions SET state = ?, decided_by = ?, decided_at = ? WHERE id = ?",
            (row["state"], row["decided_by"], row["decided_at"], current["id"]),
        )
        return True
    return False


def evidence_is_valid(text: str) -> bool:
    try:
        value = json.loads(text)
    except ValueError:
        return False
    return isinstance(value, list) and all(
        isinstance(e, dict) and isinstance(e.get("page"), int) and isinstance(e.get("text"), str)
        for e in value
    )


def documents_of_person(db: Database, person_id: int) -> list[int]:
    rows = db.all("SELECT document_id FROM document_persons WHERE person_id = ?", (person_id,))
    return [int(r[0]) for r in rows]


def merged_before(db: Database, digest: str) -> str | None:
    """When a package with this seal was merged here before (the audit log says), or None."""
    for row in db.all("SELECT at, details FROM audit_log WHERE action = 'package.merge'"):
        try:
            details = json.loads(row["details"])
        except ValueError:
            continue
        if isinstance(details, dict) and details.get("digest") == digest:
            return str(row["at"])
    return None


def set_parent(db: Database, document_id: int, parent_id: int) -> None:
    db.execute(
        "UPDATE documents SET parent_id = ? WHERE id = ? AND parent_id IS NULL",
        (parent_id, document_id),
    )


def attachment_links(db: Database) -> list[tuple[int, int, str]]:
    rows = db.all("SELECT parent_id, child_id, filename FROM attachment_links")
    return [(int(r[0]), int(r[1]), str(r[2])) for r in rows]


def add_instrument(db: Database, code: str, name: str) -> None:
    db.execute("INSERT OR IGNORE INTO instruments(code, name) VALUES (?, ?)", (code, name))


def links(db: Database, kind: str, document_id: int) -> list[tuple[int, str, str]]:
    """(target id, added by, source) of a document's person/article/case tags."""
    table, column = LINK_TABLES[kind]
    rows = db.all(
        f"SELECT {column}, added_by, source FROM {table} WHERE document_id = ?",
        (document_id,),
    )
    return [(int(r[0]), str(r[1]), str(r[2])) for r in rows]
