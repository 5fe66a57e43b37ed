"""storage layer: the rows a search reads beside the full-text index: the dates, titles and
import times of the documents found (to sort them), every document in browse order, page
texts of a hit, the documents linked to a person/article/case (facet filters by id) and
facet counts.

The documents found are put in a temporary table (``temp.search_hits``, in memory:
``temp_store = MEMORY``) so that facet counts are joins, not long ``IN`` lists.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from storage import documents as doc_repo

if TYPE_CHECKING:
    from storage.database import Database

# group -> (SQL of (value, count, id)); id is None for groups that are plain values.
# Each query starts from the (small) set of hits: CROSS JOIN fixes that join order, since
# SQLite has no statistics for the temp table and would otherwise scan whole tables.
FACETS: dict[str, str] = {
    "persons": "SELECT p.name, count(*), p.id FROM temp.search_hits h CROSS JOIN"
    " document_persons x ON x.document_id = h.id JOIN persons p ON p.id = x.person_id"
    " GROUP BY p.id",
    "articles": "SELECT a.citation, count(*), a.id FROM temp.search_hits h CROSS JOIN"
    " document_articles x ON x.document_id = h.id JOIN legal_articles a ON a.id = x.article_id"
    " GROUP BY a.id",
    "cases": "SELECT c.name, count(*), c.id FROM temp.search_hits h CROSS JOIN document_cases x"
    " ON x.document_id = h.id JOIN cases c ON c.id = x.case_id GROUP BY c.id",
    "types": "SELECT d.doc_type, count(*), NULL FROM temp.search_hits h CROSS JOIN documents d"
    " ON d.id = h.id GROUP BY d.doc_type",
    "languages": "SELECT coalesce(d.language, 'unknown'), count(*), NULL FROM temp.search_hits h"
    " CROSS JOIN documents d ON d.id = h.id GROUP BY 1",
    "years": "SELECT substr(d.doc_date, 1, 4), count(*), NULL FROM temp.search_hits h CROSS JOIN"
    " documents d ON d.id = h.id WHERE d.doc_date IS NOT NULL GROUP BY 1",
}
FILTER_KINDS = {"persons": "person", "articles": "article", "cases": "case"}


def set_hits(db: Database, ids: list[int]) -> None:
    """The documents found, for ``hit_keys``, ``existing_hits`` and ``facet_rows``. One
    statement (the ids as one JSON array): row by row, each insert was a transaction."""
    db.execute("CREATE TEMP TABLE IF NOT EXISTS search_hits(id INTEGER PRIMARY KEY)")
    db.execute("DELETE FROM temp.search_hits")
    if ids:
        db.execute(
            "INSERT INTO temp.search_hits(id) SELECT value FROM json_each(?)",
            (json.dumps([int(i) for i in ids]),),
        )


class HitKeys(NamedTuple):
    """What the results can be sorted by, for one document found."""

    date: str | None
    title: str
    imported_at: str


def hit_keys(db: Database) -> dict[int, HitKeys]:
    """Date, title and import time of every document found that still exists."""
    rows = db.all(
        "SELECT d.id, d.doc_date, d.title, d.imported_at FROM temp.search_hits h"
        " CROSS JOIN documents d ON d.id = h.id"
    )
    return {int(r[0]): HitKeys(r[1], str(r[2] or ""), str(r[3] or "")) for r in rows}


def existing_hits(db: Database) -> set[int]:
    """The documents found that still exist (``hit_keys`` without the keys)."""
    rows = db.all("SELECT d.id FROM temp.search_hits h CROSS JOIN documents d ON d.id = h.id")
    return {int(r[0]) for r in rows}


@dataclass(frozen=True)
class HitRow:
    """What a result shows of a document found."""

    id: int
    title: str
    filename: str
    doc_type: str
    date: str | None


def hit_rows(db: Database, ids: list[int]) -> dict[int, HitRow]:
    """Title, file name, type and date of the documents ``ids`` (one page of results)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = db.all(
        f"SELECT id, title, filename, doc_type, doc_date FROM documents WHERE id IN ({marks})",
        tuple(ids),
    )
    return {int(r[0]): HitRow(int(r[0]), r[1], r[2], r[3], r[4]) for r in rows}


def facet_rows(db: Database) -> dict[str, list[tuple[str, int, int | None]]]:
    """``(value, count, id)`` per facet group over the documents found."""
    return {
        name: [(str(r[0]), int(r[1]), None if r[2] is None else int(r[2])) for r in db.all(sql)]
        for name, sql in FACETS.items()
    }


BROWSE_ORDER = {
    "relevance": "d.id DESC",  # nothing typed: the newest first
    "date": "d.doc_date IS NULL, d.doc_date DESC, d.id DESC",  # undated last
    "date-asc": "d.doc_date IS NULL, d.doc_date ASC, d.id ASC",
    "added": "d.imported_at DESC, d.id DESC",
    "title": "d.id",  # sorted by the caller (case folded in every script)
}


def browse_ids(db: Database, *, sort: str = "relevance") -> list[int]:
    """Every document, in the order ``sort`` names (see ``BROWSE_ORDER``)."""
    if sort == "title":
        rows = db.all("SELECT d.id, d.title FROM documents d")
        return [int(r[0]) for r in sorted(rows, key=lambda r: (str(r[1]).casefold(), r[0]))]
    order = BROWSE_ORDER[sort]
    return [int(r[0]) for r in db.all(f"SELECT d.id FROM documents d ORDER BY {order}")]


def linked_documents(db: Database, group: str, target_id: int) -> set[int]:
    """Documents linked to one person, article or case (``group`` as the facets name it)."""
    return doc_repo.linked_documents(db, FILTER_KINDS[group], target_id)


def page_texts(db: Database, document_id: int, numbers: list[int]) -> dict[int, str]:
    if not numbers:
        return {}
    marks = ",".join("?" * len(numbers))
    rows: list[Any] = db.all(
        f"SELECT page_no, text FROM pages WHERE document_id = ? AND page_no IN ({marks})",
        (document_id, *numbers),
    )
    return {int(r[0]): str(r[1]) for r in rows}
