"""archive_app layer: small pieces of a bundle: the cover file, titles with redactions,
Bates ranges and file names, consent counts for MANIFEST.json."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from pypdf import PdfReader

from archive_app.export.cover import CoverInfo, IndexRow, cover_pdf
from archive_app.export.detect import Detector
from archive_app.export.matching import merge_spans
from archive_app.export.pdfbuild import DocumentWriter, OutPage
from storage import documents as doc_repo

if TYPE_CHECKING:
    from storage.database import Database


def cover_file(info: CoverInfo, rows: list[IndexRow], legend: str, password: str | None) -> bytes:
    """The cover and index, copied into a fresh, scrubbed PDF with the legend on each page."""
    reader = PdfReader(io.BytesIO(cover_pdf(info, rows)))
    writer = DocumentWriter(reader)
    for index, page in enumerate(reader.pages):
        box = page.cropbox
        writer.add(OutPage("kept", float(box.width), float(box.height), source=index), "", legend)
    return writer.write(password)


def redact_text(text: str, detector: Detector) -> str:
    """A short text (a title) with each hit replaced by [REASON]."""
    hits = detector.hits(text)
    if not hits:
        return text
    out: list[str] = []
    pos = 0
    for start, end in merge_spans([(h.start, h.end) for h in hits]):
        reason = next(h.reason for h in hits if start <= h.start < end)
        out += [text[pos:start], f"[{reason}]"]
        pos = end
    return "".join([*out, text[pos:]])


def label_range(labels: list[str]) -> str:
    if not labels:
        return ""
    return labels[0] if len(labels) == 1 else f"{labels[0]} - {labels[-1]}"


def file_name(labels: list[str]) -> str:
    """One PDF per document, named by its Bates range."""
    return f"{labels[0]}.pdf" if len(labels) == 1 else f"{labels[0]}_{labels[-1]}.pdf"


def consent_counts(db: Database, document_id: int) -> dict[str, int]:
    """How many persons tagged on the document have each consent value (no names)."""
    return doc_repo.consent_counts(db, document_id)
