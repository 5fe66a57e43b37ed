"""storage layer: the rows a search reads beside the full-text index: the dates of the
documents found, every document in browse order, page texts of a hit, the documents
linked to a person/article/case (facet filters by id) and facet counts.

The documents found are put in a temporary table (``temp.search_hits``, in memory:
``temp_store = MEMORY``) so that facet counts are joins, not long ``IN`` lists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
    """The documents found, for ``hit_dates`` and ``facet_rows``."""
    db.execute("CREATE TEMP TABLE IF NOT EXISTS search_hits(id INTEGER PRIMARY KEY)")
    db.execute("DELETE FROM temp.search_hits")
    db.executemany("INSERT INTO temp.search_hits(id) VALUES (?)", [(i,) for i in ids])


def hit_dates(db: Database) -> dict[int, str | None]:
    """Date of every document found that still exists (one deleted since is left out)."""
    rows = db.all(
        "SELECT d.id, d.doc_date FROM temp.search_hits h CROSS JOIN documents d ON d.id = h.id"
    )
    return {int(r[0]): r[1] for r in rows}


def facet_rows(db: Database) -> dict[str, list[tuple[str, int, int | None]]]:
    """``(value, count, id)`` per facet group over the documents found."""
    return {
        name: [(str(r[0]), int(r[1]), None if r[2] is None else int(r[2])) for r in db.all(sql)]
        for name, sql in FACETS.items()
    }


def browse_ids(db: Database, *, by_date: bool) -> list[int]:
    """Every document, newest first (by date: undated last)."""
    order = "d.doc_date IS NULL, d.doc_date DESC, d.id DESC" if by_date else "d.id DESC"
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
