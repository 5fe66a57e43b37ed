"""storage layer: the OCR queue and what OCR read on each page.

A queued page is removed in the transaction that stores its text, its words and the
page text the index and the suggestions read, so after a crash a page is either read
and stored whole or still queued.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from storage.clock import utc_now

if TYPE_CHECKING:
    from storage.database import Database

MAX_ATTEMPTS = 2  # a page that failed this often is set aside as failed
# On a "mixed" page (a text page with pictures) what OCR read in the pictures follows the
# text layer under this heading; on a scan the OCR text comes first.
PICTURES = "[Pictures]"


@dataclass(frozen=True)
class StoredOcr:
    document_id: int
    page_no: int
    text: str
    words: list[list[Any]]
    confidence: float
    languages: str
    corrected: str | None = None  # the text as corrected by hand, if it was


def queue_pages(
    db: Database, document_id: int, page_nos: Iterable[int], *, again: bool = False
) -> int:
    """Queue pages of a document for OCR. Pages already queued are skipped, and so are
    pages already read unless ``again`` (read them once more: a hand correction stays)."""
    now = utc_now()
    rows = [
        (document_id, n, now)
        for n in sorted(set(page_nos))
        if again
        or db.scalar(
            "SELECT 1 FROM ocr_pages WHERE document_id = ? AND page_no = ?", (document_id, n)
        )
        is None
    ]
    if again:  # a page set aside as failed is queued afresh
        db.executemany(
            "DELETE FROM ocr_queue WHERE document_id = ? AND page_no = ? AND state = 'failed'",
            [(d, n) for d, n, _ in rows],
        )
    return db.executemany(
        "INSERT OR IGNORE INTO ocr_queue(document_id, page_no, queued_at) VALUES (?, ?, ?)", rows
    )


def queued(
    db: Database, document_ids: Sequence[int] | None = None, *, failed: bool = False
) -> list[tuple[int, int]]:
    """``(document id, page)`` still to read, in document and page order; ``failed``
    adds the pages set aside after failing (for a retry)."""
    states = ("queued", "failed") if failed else ("queued",)
    sql = (
        "SELECT q.document_id, q.page_no FROM ocr_queue q"
        f" WHERE q.state IN ({','.join('?' * len(states))})"
    )
    params: list[Any] = list(states)
    if document_ids is not None:
        sql += f" AND q.document_id IN ({','.join('?' * len(document_ids))})"
        params += list(document_ids)
    rows = db.all(sql + " ORDER BY q.document_id, q.page_no", tuple(params))
    return [(int(r[0]), int(r[1])) for r in rows]


def counts(db: Database) -> tuple[int, int]:
    """(pages queued, pages that failed)."""
    row = db.one(
        "SELECT coalesce(sum(state = 'queued'), 0), coalesce(sum(state = 'failed'), 0)"
        " FROM ocr_queue"
    )
    return int(row[0]), int(row[1])


def read_count(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM ocr_pages"))


def mark_failed(db: Database, document_id: int, page_no: int, error: str) -> None:
    """One more failed attempt; after MAX_ATTEMPTS the page is set aside as failed."""
    db.execute(
        "UPDATE ocr_queue SET attempts = attempts + 1, error = ?,"
        " state = CASE WHEN attempts + 1 >= ? THEN 'failed' ELSE state END"
        " WHERE document_id = ? AND page_no = ?",
        (error[:500], MAX_ATTEMPTS, document_id, page_no),
    )


def store_page(
    db: Database,
    document_id: int,
    page_no: int,
    *,
    text: str,
    words: list[list[Any]],
    confidence: float,
    languages: str,
    mixed: bool = False,
) -> bool:
    """Keep what OCR read, put it into the page text, and take the page off the queue.

    On a scan the OCR text comes first (what the file carried without OCR, form values,
    comments or a thin layer, stays after it); on a ``mixed`` page (a text page whose
    pictures were read) it follows the text layer under the PICTURES heading.
    A page read again keeps its hand correction: the new machine text and words are
    stored next to it, and the correction stays the page text. True if a correction
    was kept."""
    prior = db.one(
        "SELECT text, corrected FROM ocr_pages WHERE document_id = ? AND page_no = ?",
        (document_id, page_no),
    )
    db.execute(
        "INSERT INTO ocr_pages(document_id, page_no, text, words, confidence, languages,"
        " read_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(document_id, page_no) DO UPDATE SET text = excluded.text,"
        " words = excluded.words, confidence = excluded.confidence,"
        " languages = excluded.languages, read_at = excluded.read_at",
        (
            document_id,
            page_no,
            text,
            json.dumps(words, ensure_ascii=False, separators=(",", ":")),
            confidence,
            languages,
            utc_now(),
        ),
    )
    correction = None if prior is None or prior[1] is None else str(prior[1])
    used = text if correction is None else correction
    existing = db.scalar(
        "SELECT text FROM pages WHERE document_id = ? AND page_no = ?", (document_id, page_no)
    )
    if existing is None:
        db.execute(
            "INSERT INTO pages(document_id, page_no, text) VALUES (?, ?, ?)",
            (document_id, page_no, _with_ocr("", used, mixed)),
        )
    else:
        # what the file carried without OCR stays; on a page read before, the text used
        # until now is what gets replaced
        kept = str(existing).strip()
        if prior is not None:
            before = str(prior[0]) if correction is None else correction
            split = _without_ocr(str(existing), before)
            kept = split[0] if split is not None else kept
        db.execute(
            "UPDATE pages SET text = ? WHERE document_id = ? AND page_no = ?",
            (_with_ocr(kept, used, mixed), document_id, page_no),
        )
    db.execute(
        "DELETE FROM ocr_queue WHERE document_id = ? AND page_no = ?", (document_id, page_no)
    )
    return correction is not None


def _with_ocr(kept: str, ocr: str, mixed: bool) -> str:
    """A page text from what the file carried (``kept``) and what OCR read."""
    if not ocr:
        return kept
    if mixed:
        return f"{kept}\n\n{PICTURES}\n{ocr}" if kept else f"{PICTURES}\n{ocr}"
    return f"{ocr}\n\n{kept}" if kept else ocr


def _without_ocr(text: str, ocr: str) -> tuple[str, bool] | None:
    """``text`` without the OCR part ``ocr``, and whether that part followed the layer
    (a mixed page); None when the page text does not hold it where it belongs."""
    marked = f"{PICTURES}\n{ocr}"
    if ocr and (text == marked or text.endswith("\n" + marked)):
        return text[: len(text) - len(marked)].strip(), True
    if text.startswith(ocr):
        return text[len(ocr) :].strip(), False
    return None


def _stored(row: Any) -> StoredOcr:
    try:
        words = json.loads(row["words"])
    except ValueError:
        words = []
    return StoredOcr(
        document_id=int(row["document_id"]),
        page_no=int(row["page_no"]),
        text=str(row["text"]),
        words=words if isinstance(words, list) else [],
        confidence=float(row["confidence"]),
        languages=str(row["languages"]),
        corrected=row["corrected"],
    )


def read_pages(db: Database, document_id: int) -> dict[int, StoredOcr]:
    """Page number -> what OCR read there, for one document."""
    rows = db.all("SELECT * FROM ocr_pages WHERE document_id = ? ORDER BY page_no", (document_id,))
    return {int(r["page_no"]): _stored(r) for r in rows}


def low_confidence(db: Database, document_ids: Sequence[int], threshold: float) -> int:
    """How many OCR-read pages of these documents fall below ``threshold``."""
    if not document_ids:
        return 0
    marks = ",".join("?" * len(document_ids))
    return int(
        db.scalar(
            f"SELECT count(*) FROM ocr_pages WHERE confidence < ? AND document_id IN ({marks})",
            (threshold, *document_ids),
        )
    )


def unread(db: Database, document_ids: Sequence[int]) -> int:
    """Pages of these documents still queued or failed and never read by OCR (a page
    queued to be read again has its text already)."""
    if not document_ids:
        return 0
    marks = ",".join("?" * len(document_ids))
    return int(
        db.scalar(
            f"SELECT count(*) FROM ocr_queue q WHERE q.document_id IN ({marks})"
            " AND NOT EXISTS (SELECT 1 FROM ocr_pages p"
            " WHERE p.document_id = q.document_id AND p.page_no = q.page_no)",
            tuple(document_ids),
        )
    )


def read_page_numbers(db: Database, document_ids: Sequence[int]) -> set[tuple[int, int]]:
    """``(document id, page)`` of every page of these documents whose text OCR read."""
    if not document_ids:
        return set()
    marks = ",".join("?" * len(document_ids))
    rows = db.all(
        f"SELECT document_id, page_no FROM ocr_pages WHERE document_id IN ({marks})",
        tuple(document_ids),
    )
    return {(int(r[0]), int(r[1])) for r in rows}


def doubtful_pages(
    db: Database, document_ids: Sequence[int], threshold: float
) -> list[tuple[int, int, float]]:
    """``(document id, page, confidence)`` of OCR-read pages below ``threshold``."""
    if not document_ids:
        return []
    marks = ",".join("?" * len(document_ids))
    rows = db.all(
        "SELECT document_id, page_no, confidence FROM ocr_pages"
        f" WHERE confidence < ? AND document_id IN ({marks}) ORDER BY document_id, page_no",
        (threshold, *document_ids),
    )
    return [(int(r[0]), int(r[1]), float(r[2])) for r in rows]


def scanned_count(db: Database, document_ids: Sequence[int]) -> int:
    """Pages of these documents that are scans: read by OCR, queued or failed (a page
    read and queued again counts once)."""
    if not document_ids:
        return 0
    marks = ",".join("?" * len(document_ids))
    ids = tuple(document_ids)
    return int(
        db.scalar(
            "SELECT count(*) FROM ("
            f"SELECT document_id, page_no FROM ocr_pages WHERE document_id IN ({marks})"
            f" UNION SELECT document_id, page_no FROM ocr_queue WHERE document_id IN ({marks}))",
            ids + ids,
        )
    )


def correct_page(db: Database, document_id: int, page_no: int, text: str | None) -> bool:
    """Keep ``text`` as the hand correction of a page OCR read (None: drop the correction)
    and put it into the page text in place of what was used before. False if OCR never
    read that page."""
    row = db.one(
        "SELECT text, corrected FROM ocr_pages WHERE document_id = ? AND page_no = ?",
        (document_id, page_no),
    )
    if row is None:
        return False
    machine = str(row[0])
    before = machine if row[1] is None else str(row[1])
    after = machine if text is None else text
    db.execute(
        "UPDATE ocr_pages SET corrected = ?, corrected_at = ?"
        " WHERE document_id = ? AND page_no = ?",
        (text, None if text is None else utc_now(), document_id, page_no),
    )
    existing = db.scalar(
        "SELECT text FROM pages WHERE document_id = ? AND page_no = ?", (document_id, page_no)
    )
    current = "" if existing is None else str(existing)
    # what the file carried without OCR (a text layer, form values, comments) stays, with
    # the corrected text where the machine's was (after the layer on a mixed page)
    split = _without_ocr(current, before)
    kept, mixed = split if split is not None else ("", False)
    joined = _with_ocr(kept, after, mixed)
    if existing is None:
        db.execute(
            "INSERT INTO pages(document_id, page_no, text) VALUES (?, ?, ?)",
            (document_id, page_no, joined),
        )
    else:
        db.execute(
            "UPDATE pages SET text = ? WHERE document_id = ? AND page_no = ?",
            (joined, document_id, page_no),
        )
    return True
