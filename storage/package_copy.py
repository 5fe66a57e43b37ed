"""storage layer: copying one case's rows from an archive into a new package file.

Rows keep their ids in the package (a fresh archive with no documents, persons or cases
of its own), except legal articles, which are matched by citation because the package
has its own seeded registry. Document bytes are streamed chunk by chunk.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from storage import audit
from storage.audit import AuditEntry

if TYPE_CHECKING:
    from storage.database import Database


def _marks(values: Iterable[Any]) -> str:
    return ",".join("?" for _ in values)


def _in_batches(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _rows(db: Database, sql: str, ids: list[int]) -> list[Any]:
    """``sql`` with ``IN ({ids})`` slots, run in batches (SQLite limits parameters)."""
    slots = sql.count("{ids}")
    found: list[Any] = []
    for part in _in_batches(ids):
        found += db.all(sql.format(ids=_marks(part)), tuple(part) * slots)
    return found


def _insert(db: Database, table: str, row: dict[str, Any]) -> None:
    columns = list(row)
    db.execute(
        f"INSERT INTO {table}({', '.join(columns)}) VALUES ({_marks(columns)})",
        tuple(row[c] for c in columns),
    )


def case_document_ids(db: Database, case_id: int) -> list[int]:
    rows = db.all(
        "SELECT document_id FROM document_cases WHERE case_id = ? ORDER BY document_id", (case_id,)
    )
    return [int(r[0]) for r in rows]


def with_attachments(db: Database, ids: Iterable[int]) -> list[int]:
    """The documents and, recursively, the attachments stored with them."""
    found = set(ids)
    frontier = list(found)
    while frontier:
        rows = _rows(
            db,
            "SELECT id FROM documents WHERE parent_id IN ({ids})"
            " UNION SELECT child_id FROM attachment_links WHERE parent_id IN ({ids})",
            frontier,
        )
        frontier = [int(r[0]) for r in rows if int(r[0]) not in found]
        found.update(frontier)
    return sorted(found)


def persons_for(db: Database, ids: list[int]) -> list[int]:
    """Persons the documents are tagged with, redacted for, or (suggested) mention."""
    rows = _rows(
        db,
        "SELECT person_id FROM document_persons WHERE document_id IN ({ids})"
        " UNION SELECT person_id FROM redactions WHERE person_id IS NOT NULL"
        " AND document_id IN ({ids})"
        " UNION SELECT target_id FROM suggestions WHERE kind = 'person'"
        " AND document_id IN ({ids})",
        ids,
    )
    return sorted({int(r[0]) for r in rows})


def cases_for(db: Database, ids: list[int]) -> list[int]:
    rows = _rows(
        db, "SELECT DISTINCT case_id FROM document_cases WHERE document_id IN ({ids})", ids
    )
    return sorted({int(r[0]) for r in rows})  # batches of ids each name the case


def articles_for(db: Database, ids: list[int]) -> list[int]:
    rows = _rows(
        db,
        "SELECT article_id FROM document_articles WHERE document_id IN ({ids})"
        " UNION SELECT target_id FROM suggestions WHERE kind = 'article'"
        " AND document_id IN ({ids})",
        ids,
    )
    return sorted({int(r[0]) for r in rows})


def copy_document(src: Database, dst: Database, doc_id: int) -> list[str]:
    """The document row, its bytes, pages and origin; returns its page texts."""
    row = dict(src.one("SELECT * FROM documents WHERE id = ?", (doc_id,)))
    row["parent_id"] = None  # set once every document is in (copy_parents)
    _insert(dst, "documents", row)
    for (chunk_id,) in src.all(
        "SELECT id FROM document_chunks WHERE document_id = ? ORDER BY seq", (doc_id,)
    ):
        chunk = src.one(
            "SELECT document_id, seq, data FROM document_chunks WHERE id = ?", (chunk_id,)
        )
        _insert(dst, "document_chunks", dict(chunk))
    pages = [dict(r) for r in src.all("SELECT * FROM pages WHERE document_id = ?", (doc_id,))]
    for page in pages:
        _insert(dst, "pages", page)
    origin = src.one("SELECT * FROM document_origins WHERE document_id = ?", (doc_id,))
    if origin is not None:
        dst.execute("DELETE FROM document_origins WHERE document_id = ?", (doc_id,))
        _insert(dst, "document_origins", dict(origin))
    return [p["text"] for p in sorted(pages, key=lambda p: int(p["page_no"]))]


def copy_parents(src: Database, dst: Database, ids: list[int]) -> None:
    """Parents and attachment links among the copied documents."""
    inside = set(ids)
    for row in _rows(src, "SELECT id, parent_id FROM documents WHERE id IN ({ids})", ids):
        if row["parent_id"] is not None and int(row["parent_id"]) in inside:
            dst.execute(
                "UPDATE documents SET parent_id = ? WHERE id = ?", (row["parent_id"], row["id"])
            )
    for row in _rows(src, "SELECT * FROM attachment_links WHERE child_id IN ({ids})", ids):
        if int(row["parent_id"]) in inside:
            _insert(dst, "attachment_links", dict(row))


def copy_persons(src: Database, dst: Database, person_ids: list[int]) -> None:
    for row in _rows(src, "SELECT * FROM persons WHERE id IN ({ids})", person_ids):
        _insert(dst, "persons", dict(row))
    for row in _rows(src, "SELECT * FROM person_aliases WHERE person_id IN ({ids})", person_ids):
        _insert(dst, "person_aliases", dict(row))


def copy_cases(src: Database, dst: Database, case_ids: list[int]) -> None:
    for row in _rows(src, "SELECT * FROM cases WHERE id IN ({ids})", case_ids):
        _insert(dst, "cases", dict(row))


def copy_articles(src: Database, dst: Database, article_ids: list[int]) -> dict[int, int]:
    """Articles by citation (added with their instrument when the package lacks them);
    returns source id -> package id."""
    mapping: dict[int, int] = {}
    for row in _rows(src, "SELECT * FROM legal_articles WHERE id IN ({ids})", article_ids):
        found = dst.scalar("SELECT id FROM legal_articles WHERE citation = ?", (row["citation"],))
        if found is None:
            if dst.scalar("SELECT 1 FROM instruments WHERE code = ?", (row["instrument"],)) is None:
                name = src.scalar(
                    "SELECT name FROM instruments WHERE code = ?", (row["instrument"],)
                )
                _insert(dst, "instruments", {"code": row["instrument"], "name": name or ""})
            values = {k: row[k] for k in row.keys() if k != "id"}  # noqa: SIM118 - sqlite Row
            _insert(dst, "legal_articles", values)
            found = dst.scalar(
                "SELECT id FROM legal_articles WHERE citation = ?", (row["citation"],)
            )
        mapping[int(row["id"])] = int(found)
    return mapping


def copy_links(
    src: Database,
    dst: Database,
    ids: list[int],
    *,
    case_ids: set[int],
    articles: dict[int, int],
) -> None:
    for row in _rows(src, "SELECT * FROM document_persons WHERE document_id IN ({ids})", ids):
        _insert(dst, "document_persons", dict(row))
    for row in _rows(src, "SELECT * FROM document_cases WHERE document_id IN ({ids})", ids):
        if int(row["case_id"]) in case_ids:
            _insert(dst, "document_cases", dict(row))
    for row in _rows(src, "SELECT * FROM document_articles WHERE document_id IN ({ids})", ids):
        _insert(dst, "document_articles", {**dict(row), "article_id": articles[row["article_id"]]})


def copy_redactions(src: Database, dst: Database, ids: list[int]) -> int:
    rows = _rows(src, "SELECT * FROM redactions WHERE document_id IN ({ids}) ORDER BY id", ids)
    for row in rows:
        _insert(dst, "redactions", {k: row[k] for k in row.keys() if k != "id"})  # noqa: SIM118
    return len(rows)


def copy_suggestions(src: Database, dst: Database, ids: list[int], articles: dict[int, int]) -> int:
    rows = _rows(src, "SELECT * FROM suggestions WHERE document_id IN ({ids}) ORDER BY id", ids)
    for row in rows:
        values = {k: row[k] for k in row.keys() if k != "id"}  # noqa: SIM118 - sqlite Row
        if row["kind"] == "article":
            values["target_id"] = articles[int(row["target_id"])]
        _insert(dst, "suggestions", values)
    return len(rows)


def audit_excerpt(
    src: Database, ids: list[int], person_ids: list[int], case_ids: list[int]
) -> list[AuditEntry]:
    """The source's audit entries about these documents, persons and cases."""
    targets = {f"#{i}" for i in ids}
    targets |= {f"person #{i}" for i in person_ids}
    targets |= {f"case #{i}" for i in case_ids}
    return [e for e in audit.entries(src) if e.target in targets]


def copy_bases(src: Database, dst: Database, keys: list[tuple[str, str]]) -> None:
    for kind, key in keys:
        row = src.one("SELECT * FROM sync_bases WHERE kind = ? AND key = ?", (kind, key))
        if row is not None:
            _insert(dst, "sync_bases", dict(row))


def _has_table(db: Database, name: str) -> bool:
    return (
        db.scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
        is not None
    )


def copy_ocr(src: Database, dst: Database, ids: list[int]) -> int:
    """OCR texts and word boxes of the documents, and pages still queued for OCR."""
    copied = 0
    for table in ("ocr_pages", "ocr_queue"):
        if not (_has_table(src, table) and _has_table(dst, table)):
            continue
        for row in _rows(src, f"SELECT * FROM {table} WHERE document_id IN ({{ids}})", ids):
            _insert(dst, table, dict(row))
            copied += 1
    return copied


def copy_ocr_of(src: Database, dst: Database, src_id: int, dst_id: int) -> int:
    """A merged document's OCR rows (pages already read here are kept)."""
    copied = 0
    for table in ("ocr_pages", "ocr_queue"):
        if not (_has_table(src, table) and _has_table(dst, table)):
            continue
        for row in src.all(f"SELECT * FROM {table} WHERE document_id = ?", (src_id,)):
            values = {**dict(row), "document_id": dst_id}
            columns = list(values)
            marks = ",".join("?" for _ in columns)
            cur = dst.execute(
                f"INSERT OR IGNORE INTO {table}({', '.join(columns)}) VALUES ({marks})",
                tuple(values[c] for c in columns),
            )
            copied += int(cur.rowcount)
    return copied


# -- submission records (package format 2) ---------------------------------------------
def facts_for(db: Database, case_ids: list[int], ids: list[int]) -> list[int]:
    """The facts of the shared cases, and facts of no case that cite a shared document."""
    if not _has_table(db, "facts"):
        return []
    found = {
        int(r[0]) for r in _rows(db, "SELECT id FROM facts WHERE case_id IN ({ids})", case_ids)
    }
    found |= {
        int(r[0])
        for r in _rows(
            db, "SELECT id FROM facts WHERE case_id IS NULL AND document_id IN ({ids})", ids
        )
    }
    return sorted(found)


def fact_person_ids(db: Database, fact_ids: list[int]) -> set[int]:
    rows = _rows(db, "SELECT person_id FROM fact_persons WHERE fact_id IN ({ids})", fact_ids)
    return {int(r[0]) for r in rows}


def fact_article_ids(db: Database, fact_ids: list[int]) -> set[int]:
    rows = _rows(db, "SELECT article_id FROM fact_articles WHERE fact_id IN ({ids})", fact_ids)
    return {int(r[0]) for r in rows}


def copy_submission(
    src: Database,
    dst: Database,
    *,
    fact_ids: list[int],
    case_ids: list[int],
    person_ids: list[int],
    doc_ids: list[int],
    articles: dict[int, int],
) -> dict[str, int]:
    """Facts (with their persons and articles), remedies of the cases, consent, details and
    places of detention of the persons. A document the package does not hold is cited by
    none of them there (the link is dropped, never pointed elsewhere). Returns counts."""
    counts = dict.fromkeys(("facts", "remedies", "consents", "details", "detentions"), 0)
    if not (_has_table(src, "facts") and _has_table(dst, "facts")):
        return counts
    docs, cases, persons = set(doc_ids), set(case_ids), set(person_ids)

    def doc_or_none(value: Any) -> Any:
        return value if value is not None and int(value) in docs else None

    for row in _rows(src, "SELECT * FROM facts WHERE id IN ({ids}) ORDER BY id", fact_ids):
        values = dict(row)
        if values["case_id"] is not None and int(values["case_id"]) not in cases:
            values["case_id"] = None
        values["document_id"] = doc_or_none(values["document_id"])
        if values["document_id"] is None:
            values["page_no"] = None
        _insert(dst, "facts", values)
        counts["facts"] += 1
    for row in _rows(src, "SELECT * FROM fact_persons WHERE fact_id IN ({ids})", fact_ids):
        if int(row["person_id"]) in persons:
            _insert(dst, "fact_persons", dict(row))
    for row in _rows(src, "SELECT * FROM fact_articles WHERE fact_id IN ({ids})", fact_ids):
        if int(row["article_id"]) in articles:
            _insert(dst, "fact_articles", {**dict(row), "article_id": articles[row["article_id"]]})
    for row in _rows(src, "SELECT * FROM remedies WHERE case_id IN ({ids}) ORDER BY id", case_ids):
        _insert(
            dst,
            "remedies",
            {**dict(row), "ruling_document_id": doc_or_none(row["ruling_document_id"])},
        )
        counts["remedies"] += 1
    for row in _rows(src, "SELECT * FROM consents WHERE person_id IN ({ids})", person_ids):
        _insert(
            dst,
            "consents",
            {**dict(row), "proof_document_id": doc_or_none(row["proof_document_id"])},
        )
        counts["consents"] += 1
    for row in _rows(src, "SELECT * FROM person_details WHERE person_id IN ({ids})", person_ids):
        _insert(dst, "person_details", dict(row))
        counts["details"] += 1
    for row in _rows(
        src, "SELECT * FROM detention_places WHERE person_id IN ({ids}) ORDER BY id", person_ids
    ):
        _insert(dst, "detention_places", dict(row))
        counts["detentions"] += 1
    return counts
