"""storage layer: the rows of tag suggestions (``suggestions``) and what the recognisers
need from the registry. The suggestion service (``archive_app.suggestions``) decides;
this module only reads and writes rows."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from storage.clock import utc_now

if TYPE_CHECKING:
    from storage.database import Database

_SELECT = """
SELECT s.id, s.document_id, s.kind, s.target_id, s.evidence, s.state,
       coalesce(p.name, a.citation) AS label
FROM suggestions s
LEFT JOIN persons p ON s.kind = 'person' AND p.id = s.target_id
LEFT JOIN legal_articles a ON s.kind = 'article' AND a.id = s.target_id
WHERE s.document_id = ? AND coalesce(p.name, a.citation) IS NOT NULL
"""
_NOT_TAGGED = """
AND NOT EXISTS (SELECT 1 FROM document_persons dp
                WHERE s.kind = 'person' AND dp.document_id = s.document_id
                AND dp.person_id = s.target_id)
AND NOT EXISTS (SELECT 1 FROM document_articles da
                WHERE s.kind = 'article' AND da.document_id = s.document_id
                AND da.article_id = s.target_id)
"""
_ORDER = """
ORDER BY s.kind = 'person', a.instrument, CAST(a.article AS INTEGER), a.article,
         a.part IS NOT NULL, a.part, p.name
"""


# -- the registry, as the recognisers read it ----------------------------------------------
def citations(db: Database) -> list[str]:
    return [str(r[0]) for r in db.all("SELECT citation FROM legal_articles")]


def article_ids(db: Database) -> dict[str, int]:
    """Citation -> id of every article in the registry."""
    return {str(r[1]): int(r[0]) for r in db.all("SELECT id, citation FROM legal_articles")}


def person_names(db: Database) -> list[tuple[int, str]]:
    """(person id, name or alias), every name and alias of every person."""
    rows = db.all(
        "SELECT id, name FROM persons UNION ALL SELECT person_id, alias FROM person_aliases"
    )
    return [(int(r[0]), str(r[1])) for r in rows]


def instruments(db: Database) -> list[tuple[str, str]]:
    return [(str(r[0]), str(r[1])) for r in db.all("SELECT code, name FROM instruments")]


def tagged(db: Database, document_id: int) -> set[tuple[str, int]]:
    """The document's tags as (kind, id), persons and articles."""
    persons = db.all("SELECT person_id FROM document_persons WHERE document_id = ?", (document_id,))
    articles = db.all(
        "SELECT article_id FROM document_articles WHERE document_id = ?", (document_id,)
    )
    return {("person", int(r[0])) for r in persons} | {("article", int(r[0])) for r in articles}


# -- suggestion rows -----------------------------------------------------------------------
def rows_of(db: Database, document_id: int) -> list[Any]:
    """Every stored suggestion of a document (id, kind, target_id, state, evidence)."""
    return db.all(
        "SELECT id, kind, target_id, state, evidence FROM suggestions WHERE document_id = ?",
        (document_id,),
    )


def delete(db: Database, row_id: int) -> None:
    db.execute("DELETE FROM suggestions WHERE id = ?", (row_id,))


def insert(
    db: Database, document_id: int, kind: str, target_id: int, state: str, evidence: str | None
) -> int:
    if evidence is None:
        cur = db.execute(
            "INSERT INTO suggestions(document_id, kind, target_id, state, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (document_id, kind, target_id, state, utc_now()),
        )
    else:
        cur = db.execute(
            "INSERT INTO suggestions(document_id, kind, target_id, evidence, state,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (document_id, kind, target_id, evidence, state, utc_now()),
        )
    return int(cur.lastrowid)


def set_evidence(db: Database, row_id: int, evidence: str) -> None:
    db.execute("UPDATE suggestions SET evidence = ? WHERE id = ?", (evidence, row_id))


def any_stored(db: Database, document_id: int) -> bool:
    row = db.one("SELECT 1 FROM suggestions WHERE document_id = ? LIMIT 1", (document_id,))
    return row is not None


def find(db: Database, document_id: int, kind: str, target_id: int) -> Any:
    """The row (id, state) of one suggestion, or None."""
    return db.one(
        "SELECT id, state FROM suggestions WHERE document_id = ? AND kind = ? AND target_id = ?",
        (document_id, kind, target_id),
    )


def decide(db: Database, ids: list[int], state: str, *, actor: str) -> None:
    now = utc_now()
    db.executemany(
        "UPDATE suggestions SET state = ?, decided_by = ?, decided_at = ? WHERE id = ?",
        [(state, actor, now, i) for i in ids],
    )


def labelled(db: Database, document_id: int, *, pending: bool) -> list[Any]:
    """Suggestions with their label (name or citation), articles first: pending ones not
    tagged meanwhile, or the decided ones."""
    if pending:
        sql = _SELECT + " AND s.state = 'pending'" + _NOT_TAGGED + _ORDER
    else:
        sql = _SELECT + " AND s.state != 'pending'" + _ORDER
    return db.all(sql, (document_id,))
