"""storage layer: consent per person and mechanism, and what mechanisms ask about a person.

``consents`` (schema 10) holds one row per person and mechanism (wgad, sp, hrc): consent
to submit (with its date and the document that proves it), how the person may be named
in a public report (full name, initials, not at all), whether they asked to be
anonymised in a decision, and whether the submitter's identity must stay confidential.
A person without a row has given nothing for that mechanism.

``person_details`` keeps the fields the registry lacks (date of birth, nationality,
identity document, ...); ``detention_places`` the places of detention with dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from storage.clock import utc_now
from storage.errors import Conflict, NotFound
from storage.submission_schema import MECHANISMS, NAMING, PERSON_DETAIL_FIELDS, YES_NO

if TYPE_CHECKING:
    from storage.database import Database

CONSENT_FIELDS = (
    "submit",
    "submit_date",
    "proof_document_id",
    "public_naming",
    "anonymised",
    "submitter_confidential",
    "notes",
)


@dataclass(frozen=True)
class ConsentRecord:
    person_id: int
    mechanism: str
    submit: str = "unknown"
    submit_date: str | None = None
    proof_document_id: int | None = None
    public_naming: str = "unknown"
    anonymised: str = "unknown"
    submitter_confidential: str = "unknown"
    notes: str = ""
    recorded_by: str = ""
    recorded_at: str = ""


@dataclass(frozen=True)
class DetentionPlace:
    id: int
    person_id: int
    place: str
    authority: str
    date_from: str | None
    date_to: str | None
    notes: str


def _person_exists(db: Database, person_id: int) -> None:
    if db.scalar("SELECT 1 FROM persons WHERE id = ?", (person_id,)) is None:
        raise NotFound(f"no person #{person_id}")


def check_mechanism(mechanism: str) -> str:
    if mechanism not in MECHANISMS:
        raise Conflict(f"unknown mechanism {mechanism!r}; one of: {', '.join(MECHANISMS)}")
    return mechanism


def _check(values: dict[str, Any]) -> None:
    for name in ("submit", "anonymised", "submitter_confidential"):
        if values.get(name, "unknown") not in YES_NO:
            raise Conflict(f"{name} is one of: {', '.join(YES_NO)}")
    if values.get("public_naming", "unknown") not in NAMING:
        raise Conflict(f"public naming is one of: {', '.join(NAMING)}")


def get(db: Database, person_id: int, mechanism: str) -> ConsentRecord | None:
    row = db.one(
        "SELECT * FROM consents WHERE person_id = ? AND mechanism = ?",
        (person_id, check_mechanism(mechanism)),
    )
    return _record(row) if row is not None else None


def _record(row: Any) -> ConsentRecord:
    return ConsentRecord(**{k: row[k] for k in row.keys()})  # noqa: SIM118 - sqlite Row


def for_person(db: Database, person_id: int) -> list[ConsentRecord]:
    return [
        _record(r)
        for r in db.all(
            "SELECT * FROM consents WHERE person_id = ? ORDER BY mechanism", (person_id,)
        )
    ]


def put(
    db: Database, person_id: int, mechanism: str, changes: dict[str, Any], *, actor: str
) -> ConsentRecord:
    """Record (or change) a person's consent for a mechanism; fields not given are kept."""
    check_mechanism(mechanism)
    _person_exists(db, person_id)
    unknown = set(changes) - set(CONSENT_FIELDS)
    if unknown:
        raise Conflict(f"not a consent field: {', '.join(sorted(unknown))}")
    current = get(db, person_id, mechanism) or ConsentRecord(person_id, mechanism)
    values = {k: getattr(current, k) for k in CONSENT_FIELDS} | changes
    _check(values)
    doc = values["proof_document_id"]
    if doc is not None and db.scalar("SELECT 1 FROM documents WHERE id = ?", (doc,)) is None:
        raise NotFound(f"no document #{doc}")
    db.execute(
        "INSERT OR REPLACE INTO consents(person_id, mechanism, submit, submit_date,"
        " proof_document_id, public_naming, anonymised, submitter_confidential, notes,"
        " recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (person_id, mechanism, *(values[k] for k in CONSENT_FIELDS), actor, utc_now()),
    )
    result = get(db, person_id, mechanism)
    assert result is not None
    return result


# -- person details --------------------------------------------------------------------
def details(db: Database, person_id: int) -> dict[str, str]:
    return {
        r["field"]: r["value"]
        for r in db.all(
            "SELECT field, value FROM person_details WHERE person_id = ? ORDER BY field",
            (person_id,),
        )
    }


def set_detail(db: Database, person_id: int, name: str, value: str) -> None:
    """Set one detail; an empty value removes it."""
    if name not in PERSON_DETAIL_FIELDS:
        raise Conflict(f"unknown detail {name!r}; one of: {', '.join(PERSON_DETAIL_FIELDS)}")
    _person_exists(db, person_id)
    if value.strip():
        db.execute(
            "INSERT OR REPLACE INTO person_details(person_id, field, value) VALUES (?, ?, ?)",
            (person_id, name, value.strip()),
        )
    else:
        db.execute(
            "DELETE FROM person_details WHERE person_id = ? AND field = ?", (person_id, name)
        )


def add_detention(
    db: Database,
    person_id: int,
    place: str,
    *,
    authority: str = "",
    date_from: str | None = None,
    date_to: str | None = None,
    notes: str = "",
) -> int:
    _person_exists(db, person_id)
    if not place.strip():
        raise Conflict("a place of detention needs a name")
    cur = db.execute(
        "INSERT INTO detention_places(person_id, place, authority, date_from, date_to, notes)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (person_id, place.strip(), authority.strip(), date_from, date_to, notes),
    )
    return int(cur.lastrowid)


def detentions(db: Database, person_id: int) -> list[DetentionPlace]:
    return [
        DetentionPlace(
            int(r["id"]),
            int(r["person_id"]),
            r["place"],
            r["authority"],
            r["date_from"],
            r["date_to"],
            r["notes"],
        )
        for r in db.all(
            "SELECT * FROM detention_places WHERE person_id = ?"
            " ORDER BY date_from IS NULL, date_from, id",
            (person_id,),
        )
    ]
