"""storage layer: facts of a chronology (schema 10) with their persons and articles.

A fact is a short statement with its own date - ``date_kind`` exact, month, year, range
or tbd, ``date_start``/``date_end`` ISO text as far as known - its case, its source
(document and page, the Bates label once exported, the quoted passage) and a status.
The archive is encrypted, so statements and quotes may name persons here; what leaves
it (chronologies, drafts) is checked against consent above this layer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from storage.clock import utc_now
from storage.errors import Conflict, NotFound
from storage.submission_schema import DATE_KINDS, FACT_STATUSES

if TYPE_CHECKING:
    from storage.database import Database

EDITABLE = (
    "statement",
    "date_kind",
    "date_start",
    "date_end",
    "status",
    "case_id",
    "document_id",
    "page_no",
    "quote",
    "bates",
    "notes",
)


@dataclass(frozen=True)
class FactRecord:
    id: int
    case_id: int | None
    statement: str
    date_kind: str
    date_start: str | None
    date_end: str | None
    status: str
    document_id: int | None
    page_no: int | None
    quote: str
    bates: str
    notes: str
    created_by: str
    created_at: str
    updated_at: str
    person_ids: tuple[int, ...] = ()
    article_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class NewFact:
    statement: str
    case_id: int | None = None
    date_kind: str = "tbd"
    date_start: str | None = None
    date_end: str | None = None
    status: str = "undisputed"
    document_id: int | None = None
    page_no: int | None = None
    quote: str = ""
    bates: str = ""
    notes: str = ""
    person_ids: tuple[int, ...] = field(default_factory=tuple)
    article_ids: tuple[int, ...] = field(default_factory=tuple)


def _check(values: dict[str, Any]) -> None:
    if not str(values.get("statement", "x")).strip():
        raise Conflict("a fact needs a statement")
    kind = values.get("date_kind", "tbd")
    if kind not in DATE_KINDS:
        raise Conflict(f"unknown date kind {kind!r}; one of: {', '.join(DATE_KINDS)}")
    if values.get("status", "undisputed") not in FACT_STATUSES:
        raise Conflict(f"a fact's status is one of: {', '.join(FACT_STATUSES)}")
    if kind == "tbd" and (values.get("date_start") or values.get("date_end")):
        raise Conflict("a fact dated 'to be determined' carries no date")
    if kind != "tbd" and not values.get("date_start"):
        raise Conflict(f"a fact dated by {kind} needs a date")
    if kind == "range" and not values.get("date_end"):
        raise Conflict("a date range needs an end")
    if kind != "range" and values.get("date_end"):
        raise Conflict("only a date range has an end")
    page = values.get("page_no")
    if page is not None and int(page) < 1:
        raise Conflict("page numbers start at 1")
    if page is not None and values.get("document_id") is None:
        raise Conflict("a page needs its document")


def _exists(db: Database, table: str, row_id: int | None, what: str) -> None:
    if row_id is not None and db.scalar(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)) is None:
        raise NotFound(f"no {what} #{row_id}")


def add(db: Database, fact: NewFact, *, actor: str) -> int:
    values = {k: getattr(fact, k) for k in EDITABLE}
    _check(values)
    _exists(db, "cases", fact.case_id, "case")
    _exists(db, "documents", fact.document_id, "document")
    now = utc_now()
    with db.atomic():
        cur = db.execute(
            "INSERT INTO facts(statement, case_id, date_kind, date_start, date_end, status,"
            " document_id, page_no, quote, bates, notes, created_by, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                fact.statement.strip(),
                fact.case_id,
                fact.date_kind,
                fact.date_start,
                fact.date_end,
                fact.status,
                fact.document_id,
                fact.page_no,
                fact.quote,
                fact.bates.strip(),
                fact.notes,
                actor,
                now,
                now,
            ),
        )
        fact_id = int(cur.lastrowid)
        set_links(db, fact_id, person_ids=fact.person_ids, article_ids=fact.article_ids)
    return fact_id


def set_links(
    db: Database,
    fact_id: int,
    *,
    person_ids: tuple[int, ...] | None = None,
    article_ids: tuple[int, ...] | None = None,
) -> None:
    """Replace the fact's persons and/or articles (None leaves them as they are)."""
    if person_ids is not None:
        for pid in person_ids:
            _exists(db, "persons", pid, "person")
        db.execute("DELETE FROM fact_persons WHERE fact_id = ?", (fact_id,))
        for pid in dict.fromkeys(person_ids):
            db.execute("INSERT INTO fact_persons(fact_id, person_id) VALUES (?, ?)", (fact_id, pid))
    if article_ids is not None:
        for aid in article_ids:
            _exists(db, "legal_articles", aid, "article")
        db.execute("DELETE FROM fact_articles WHERE fact_id = ?", (fact_id,))
        for aid in dict.fromkeys(article_ids):
            db.execute(
                "INSERT INTO fact_articles(fact_id, article_id) VALUES (?, ?)", (fact_id, aid)
            )


def update(db: Database, fact_id: int, changes: dict[str, Any]) -> FactRecord:
    """Change fields of a fact; returns it as it is now."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise Conflict(f"not editable: {', '.join(sorted(unknown))}")
    current = get(db, fact_id)
    merged = {k: getattr(current, k) for k in EDITABLE} | changes
    _check(merged)
    _exists(db, "cases", merged["case_id"], "case")
    _exists(db, "documents", merged["document_id"], "document")
    with db.atomic():
        for column, value in changes.items():
            db.execute(f"UPDATE facts SET {column} = ? WHERE id = ?", (value, fact_id))
        db.execute("UPDATE facts SET updated_at = ? WHERE id = ?", (utc_now(), fact_id))
    return get(db, fact_id)


def delete(db: Database, fact_id: int) -> None:
    get(db, fact_id)
    db.execute("DELETE FROM facts WHERE id = ?", (fact_id,))


def _record(db: Database, row: Any) -> FactRecord:
    fact_id = int(row["id"])
    persons = tuple(
        int(r[0])
        for r in db.all(
            "SELECT person_id FROM fact_persons WHERE fact_id = ? ORDER BY 1", (fact_id,)
        )
    )
    articles = tuple(
        int(r[0])
        for r in db.all(
            "SELECT article_id FROM fact_articles WHERE fact_id = ? ORDER BY 1", (fact_id,)
        )
    )
    return FactRecord(
        id=fact_id,
        case_id=row["case_id"],
        statement=row["statement"],
        date_kind=row["date_kind"],
        date_start=row["date_start"],
        date_end=row["date_end"],
        status=row["status"],
        document_id=row["document_id"],
        page_no=row["page_no"],
        quote=row["quote"],
        bates=row["bates"],
        notes=row["notes"],
        created_by=row["created_by"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        person_ids=persons,
        article_ids=articles,
    )


def get(db: Database, fact_id: int) -> FactRecord:
    row = db.one("SELECT * FROM facts WHERE id = ?", (fact_id,))
    if row is None:
        raise NotFound(f"no fact #{fact_id}")
    return _record(db, row)


def query(
    db: Database,
    *,
    case_id: int | None = None,
    person_id: int | None = None,
    document_id: int | None = None,
    status: str | None = None,
) -> list[FactRecord]:
    """Facts in date order (undated last), then in the order they were added."""
    where: list[str] = []
    params: list[Any] = []
    if case_id is not None:
        where.append("case_id = ?")
        params.append(case_id)
    if person_id is not None:
        where.append("id IN (SELECT fact_id FROM fact_persons WHERE person_id = ?)")
        params.append(person_id)
    if document_id is not None:
        where.append("document_id = ?")
        params.append(document_id)
    if status is not None:
        where.append("status = ?")
        params.append(status)
    sql = "SELECT * FROM facts"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY date_start IS NULL, date_start, id"
    return [_record(db, r) for r in db.all(sql, tuple(params))]


def set_bates(db: Database, fact_id: int, label: str) -> None:
    db.execute(
        "UPDATE facts SET bates = ?, updated_at = ? WHERE id = ?", (label, utc_now(), fact_id)
    )
