"""storage layer: the registries of persons (with aliases), legal articles and cases."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from storage.clock import utc_now
from storage.errors import Conflict, NotFound
from storage.seed import citation_for

if TYPE_CHECKING:
    from storage.database import Database

CITATION_RE = re.compile(
    r"^(?P<inst>[A-Z][A-Z0-9-]*)\s+(?P<art>\d+[A-Za-z0-9.-]*)(?:\((?P<part>[^()]+)\))?$"
)


@dataclass
class PersonRecord:
    id: int
    name: str
    role: str
    status: str
    consent: str
    notes: str
    aliases: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ArticleRecord:
    id: int
    citation: str
    instrument: str
    article: str
    part: str | None
    title: str
    user_defined: bool


@dataclass(frozen=True)
class CaseRecord:
    id: int
    name: str
    reference: str
    description: str


# -- persons -----------------------------------------------------------------------
def add_person(
    db: Database, name: str, *, aliases: list[str], role: str, status: str, consent: str, notes: str
) -> int:
    name = name.strip()
    if not name:
        raise Conflict("a person needs a name")
    if any(_fold(r[0]) == _fold(name) for r in db.all("SELECT name FROM persons")):
        raise Conflict(f"a person named {name!r} is already registered")
    with db.atomic():
        cur = db.execute(
            "INSERT INTO persons(name, role, status, consent, notes, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (name, role, status, consent, notes, utc_now()),
        )
        person_id = int(cur.lastrowid)
        for alias in aliases:
            add_alias(db, person_id, alias)
    return person_id


def add_alias(db: Database, person_id: int, alias: str) -> bool:
    alias = alias.strip()
    if not alias:
        return False
    cur = db.execute(
        "INSERT OR IGNORE INTO person_aliases(person_id, alias) VALUES (?, ?)", (person_id, alias)
    )
    return int(cur.rowcount) > 0


def remove_alias(db: Database, person_id: int, alias: str) -> bool:
    cur = db.execute(
        "DELETE FROM person_aliases WHERE person_id = ? AND alias = ?", (person_id, alias.strip())
    )
    return int(cur.rowcount) > 0


def _person(db: Database, row: Any) -> PersonRecord:
    aliases = [
        r[0]
        for r in db.all(
            "SELECT alias FROM person_aliases WHERE person_id = ? ORDER BY alias", (row["id"],)
        )
    ]
    return PersonRecord(
        id=int(row["id"]),
        name=row["name"],
        role=row["role"],
        status=row["status"],
        consent=row["consent"],
        notes=row["notes"],
        aliases=aliases,
    )


def _fold(text: str) -> str:
    """Case-insensitive in every script (SQLite's NOCASE folds ASCII only)."""
    return " ".join(text.casefold().split())


def _ids_by_name(db: Database, name: str) -> list[int]:
    """Persons whose name or an alias equals ``name``, ignoring case and spacing."""
    key = _fold(name)
    rows = db.all("SELECT id, name FROM persons UNION SELECT person_id, alias FROM person_aliases")
    return sorted({int(r[0]) for r in rows if _fold(r[1]) == key})


def find_person(db: Database, ref: str) -> PersonRecord:
    """A person by id (``12`` or ``#12``), exact name or alias (case-insensitive)."""
    ref = ref.strip()
    row = None
    if ref.lstrip("#").isdigit():
        row = db.one("SELECT * FROM persons WHERE id = ?", (int(ref.lstrip("#")),))
    if row is None:
        ids = _ids_by_name(db, ref)
        if len(ids) > 1:
            raise Conflict(f"{ref!r} names several persons; use the id")
        row = db.one("SELECT * FROM persons WHERE id = ?", (ids[0],)) if ids else None
    if row is None:
        raise NotFound(f"no person {ref!r} in the registry; add them with 'person add'")
    return _person(db, row)


def list_persons(db: Database) -> list[PersonRecord]:
    return [_person(db, r) for r in db.all("SELECT * FROM persons ORDER BY name")]


def update_person(db: Database, person_id: int, changes: dict[str, str]) -> None:
    allowed = {"name", "role", "status", "consent", "notes"}
    if set(changes) - allowed:
        raise ValueError(f"not editable: {', '.join(sorted(set(changes) - allowed))}")
    if "name" in changes:
        changes = {**changes, "name": changes["name"].strip()}
        if not changes["name"]:
            raise Conflict("a person needs a name")
        others = db.all("SELECT name FROM persons WHERE id != ?", (person_id,))
        if any(_fold(r[0]) == _fold(changes["name"]) for r in others):
            raise Conflict(f"a person named {changes['name']!r} is already registered")
    for column, value in changes.items():
        db.execute(f"UPDATE persons SET {column} = ? WHERE id = ?", (value, person_id))


# -- legal articles ------------------------------------------------------------------
def parse_citation(citation: str) -> tuple[str, str, str | None]:
    """``KZ-CC 174(2)`` -> ("KZ-CC", "174", "2"); raises Conflict on another shape."""
    match = CITATION_RE.match(" ".join(citation.split()))
    if not match:
        raise Conflict(
            f"{citation!r} is not a citation of the form INSTRUMENT ARTICLE[(PART)],"
            " e.g. 'KZ-CC 174(2)' or 'ICCPR 19'"
        )
    return match["inst"], match["art"], match["part"]


def add_article(db: Database, citation: str, *, title: str, instrument_name: str = "") -> int:
    instrument, article, part = parse_citation(citation)
    canonical = citation_for(instrument, article, part)
    if db.scalar("SELECT id FROM legal_articles WHERE citation = ?", (canonical,)) is not None:
        raise Conflict(f"{canonical} is already in the registry")
    with db.atomic():
        if db.scalar("SELECT code FROM instruments WHERE code = ?", (instrument,)) is None:
            if not instrument_name:
                raise Conflict(f"unknown instrument {instrument}; give its full name to add it")
            db.execute(
                "INSERT INTO instruments(code, name) VALUES (?, ?)", (instrument, instrument_name)
            )
        cur = db.execute(
            "INSERT INTO legal_articles(citation, instrument, article, part, title, user_defined)"
            " VALUES (?, ?, ?, ?, ?, 1)",
            (canonical, instrument, article, part, title),
        )
    return int(cur.lastrowid)


def _article(row: Any) -> ArticleRecord:
    return ArticleRecord(
        id=int(row["id"]),
        citation=row["citation"],
        instrument=row["instrument"],
        article=row["article"],
        part=row["part"],
        title=row["title"],
        user_defined=bool(row["user_defined"]),
    )


def find_article(db: Database, citation: str) -> ArticleRecord:
    instrument, article, part = parse_citation(citation)
    row = db.one(
        "SELECT * FROM legal_articles WHERE citation = ?",
        (citation_for(instrument, article, part),),
    )
    if row is None:
        raise NotFound(f"no article {citation!r} in the registry; add it with 'article add'")
    return _article(row)


def article_by_id(db: Database, article_id: int) -> ArticleRecord | None:
    row = db.one("SELECT * FROM legal_articles WHERE id = ?", (article_id,))
    return None if row is None else _article(row)


def list_articles(db: Database, instrument: str | None = None) -> list[ArticleRecord]:
    sql = "SELECT * FROM legal_articles"
    params: tuple[str, ...] = ()
    if instrument:
        sql += " WHERE instrument = ?"
        params = (instrument,)
    sql += " ORDER BY instrument, CAST(article AS INTEGER), article, part IS NOT NULL, part"
    return [_article(r) for r in db.all(sql, params)]


def instruments(db: Database) -> dict[str, str]:
    return {
        r["code"]: r["name"] for r in db.all("SELECT code, name FROM instruments ORDER BY code")
    }


# -- cases ---------------------------------------------------------------------------
def add_case(db: Database, name: str, *, reference: str, description: str) -> int:
    name = name.strip()
    if not name:
        raise Conflict("a case needs a name")
    if db.scalar("SELECT id FROM cases WHERE name = ?", (name,)) is not None:
        raise Conflict(f"a case named {name!r} already exists")
    cur = db.execute(
        "INSERT INTO cases(name, reference, description, created_at) VALUES (?, ?, ?, ?)",
        (name, reference, description, utc_now()),
    )
    return int(cur.lastrowid)


def find_case(db: Database, ref: str) -> CaseRecord:
    ref = ref.strip()
    row = None
    if ref.lstrip("#").isdigit():
        row = db.one("SELECT * FROM cases WHERE id = ?", (int(ref.lstrip("#")),))
    if row is None:
        row = db.one("SELECT * FROM cases WHERE name = ?", (ref,))
    if row is None:
        raise NotFound(f"no case {ref!r}; add it with 'case add'")
    return CaseRecord(int(row["id"]), row["name"], row["reference"], row["description"])


def list_cases(db: Database) -> list[CaseRecord]:
    return [
        CaseRecord(int(r["id"]), r["name"], r["reference"], r["description"])
        for r in db.all("SELECT * FROM cases ORDER BY name")
    ]
