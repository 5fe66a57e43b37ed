"""storage layer: saved searches (schema 12): a name (unique, case-insensitive), the query
text and its sort, who saved it and when. Kept in the archive, unlike the session's
history of searches, which is wiped on lock."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from storage.clock import utc_now
from storage.errors import Conflict, NotFound

if TYPE_CHECKING:
    from storage.database import Database


@dataclass(frozen=True)
class SavedSearch:
    id: int
    name: str
    query: str
    sort: str
    author: str
    created_at: str
    updated_at: str


def _record(row: Any) -> SavedSearch:
    return SavedSearch(
        id=int(row["id"]),
        name=str(row["name"]),
        query=str(row["query"]),
        sort=str(row["sort"]),
        author=str(row["author"]),
        created_at=str(row["created_at"]),
        updated_at=str(row["updated_at"]),
    )


def _name_free(db: Database, name: str, *, but: int | None = None) -> None:
    other = db.scalar("SELECT id FROM saved_searches WHERE name = ? AND id IS NOT ?", (name, but))
    if other is not None:
        raise Conflict(f"a saved search is already called “{name}”")


def add(db: Database, name: str, query: str, sort: str, *, author: str) -> int:
    _name_free(db, name)
    now = utc_now()
    cur = db.execute(
        "INSERT INTO saved_searches(name, query, sort, author, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (name, query, sort, author, now, now),
    )
    return int(cur.lastrowid)


def get(db: Database, search_id: int) -> SavedSearch:
    row = db.one("SELECT * FROM saved_searches WHERE id = ?", (search_id,))
    if row is None:
        raise NotFound(f"no saved search #{search_id}")
    return _record(row)


def find(db: Database, name: str) -> SavedSearch:
    """By name (case-insensitive), or ``#id``."""
    if name.startswith("#") and name[1:].isdigit():
        return get(db, int(name[1:]))
    row = db.one("SELECT * FROM saved_searches WHERE name = ?", (name.strip(),))
    if row is None:
        raise NotFound(f"no saved search called “{name}”")
    return _record(row)


def list_all(db: Database) -> list[SavedSearch]:
    rows = db.all("SELECT * FROM saved_searches ORDER BY name COLLATE NOCASE, id")
    return [_record(r) for r in rows]


def update(
    db: Database,
    search_id: int,
    *,
    name: str | None = None,
    query: str | None = None,
    sort: str | None = None,
) -> None:
    current = get(db, search_id)
    if name is not None:
        _name_free(db, name, but=search_id)
    db.execute(
        "UPDATE saved_searches SET name = ?, query = ?, sort = ?, updated_at = ? WHERE id = ?",
        (
            current.name if name is None else name,
            current.query if query is None else query,
            current.sort if sort is None else sort,
            utc_now(),
            search_id,
        ),
    )


def delete(db: Database, search_id: int) -> None:
    cur = db.execute("DELETE FROM saved_searches WHERE id = ?", (search_id,))
    if int(cur.rowcount) == 0:
        raise NotFound(f"no saved search #{search_id}")
