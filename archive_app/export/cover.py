"""archive_app layer: the cover sheet and index of a bundle, typeset with reportlab.

The cover says what the bundle is (title, export time, Bates range, counts, the
confidentiality legend, redactions by reason code, whether the PDFs are encrypted);
the index lists each document with its Bates range, title, type, date, pages,
redactions and withheld pages. Titles arrive already redacted.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)

from archive_app.export.fonts import reportlab_font

HEADERS = ("Bates range", "Title", "Type", "Date", "Pages", "Redacted", "Withheld")
# points; the page's text width is 515. Date and type are never broken inside a value
# (they wrapped as "2026-01-1 / 4" and "correspondenc / e"): the date column fits
# YYYY-MM-DD and the type column the longest word of a type's name.
COLUMN_WIDTHS = (94, 133, 82, 58, 34, 57, 57)
CELL_PADDING = 3
# The bundle goes to a UN mechanism: in English, types as people write them and each
# reason code explained (the boxes on the pages carry the code only).
TYPE_NAMES = {
    "court-material": "Court material",
    "diplomatic-note": "Diplomatic note",
    "medical-record": "Medical record",
    "witness-statement": "Witness statement",
    "correspondence": "Correspondence",
    "submission": "Submission",
    "media": "Media",
    "other": "Other",
}
REASON_EXPLANATIONS = {
    "PII-VICTIM": "personal data of a victim or their family",
    "PII-WITNESS": "personal data of a witness",
    "MEDICAL": "medical details",
    "SOURCE-CONF": "a confidential source",
    "PRIVILEGED": "legally privileged (lawyer-client)",
    "SECURITY": "would put someone's safety at risk",
}
COVER_TEXTS = (
    "Index of documents",
    "Redactions by reason",
    "Redacted content was removed, not covered.",
    *HEADERS,
)


@dataclass(frozen=True)
class IndexRow:
    bates: str
    title: str  # already redacted
    doc_type: str
    date: str
    pages: int
    redactions: int
    withheld: int


@dataclass(frozen=True)
class CoverInfo:
    title: str
    exported_at: str
    legend: str
    first: str
    last: str
    documents: int
    pages: int
    encrypted: bool
    by_reason: dict[str, int]


def reason_line(code: str) -> str:
    """``SOURCE-CONF`` -> ``SOURCE-CONF (a confidential source)``."""
    explanation = REASON_EXPLANATIONS.get(code)
    return f"{code} ({explanation})" if explanation else code


def cover_pdf(info: CoverInfo, rows: Sequence[IndexRow]) -> bytes:
    font = reportlab_font()
    body = ParagraphStyle("body", fontName=font, fontSize=10, leading=14)
    small = ParagraphStyle("small", fontName=font, fontSize=8, leading=10)
    head = ParagraphStyle("head", fontName=font, fontSize=18, leading=24, spaceAfter=10)
    sub = ParagraphStyle(
        "sub", fontName=font, fontSize=13, leading=18, spaceBefore=12, spaceAfter=6
    )
    story: list[object] = [
        Paragraph(escape(info.title), head),
        Paragraph(escape(info.legend), body),
        Spacer(1, 10),
    ]
    facts = [
        ("Exported", info.exported_at),
        ("Bates range", f"{info.first} to {info.last}" if info.first else "none"),
        ("Documents", str(info.documents)),
        ("Pages", str(info.pages)),
        ("PDFs password-protected", "yes (AES-256)" if info.encrypted else "no"),
    ]
    story += [Paragraph(f"{escape(k)}: {escape(v)}", body) for k, v in facts]
    story += [
        Spacer(1, 8),
        Paragraph(
            "Redacted content was removed, not covered. Pages with redactions were rebuilt"
            " as images with the boxes burned in; text documents were typeset with the"
            " redacted text left out. Each box is labelled with its reason code. Files are"
            " listed with their SHA-256 in SHA256SUMS and MANIFEST.json.",
            body,
        ),
        Paragraph("Redactions by reason", sub),
    ]
    if info.by_reason:
        story += [
            Paragraph(f"{escape(reason_line(r))}: {n}", body)
            for r, n in sorted(info.by_reason.items())
        ]
    else:
        story.append(Paragraph("none", body))
    story.append(Paragraph("Index of documents", sub))
    data = [[Paragraph(h, small) for h in HEADERS]]
    for row in rows:
        cells = (
            row.bates,
            row.title,
            TYPE_NAMES.get(row.doc_type, row.doc_type),
            row.date,
            row.pages,
            row.redactions,
            row.withheld,
        )
        data.append([Paragraph(escape(str(c)), small) for c in cells])
    table = LongTable(data, colWidths=COLUMN_WIDTHS, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story.append(table)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=40,
        rightMargin=40,
        topMargin=48,
        bottomMargin=48,
        title="",
        author="",
        subject="",
        creator="",
        producer="",
        invariant=1,
    )
    doc.build(story)
    return buffer.getvalue()
