"""archive_app layer: a submission draft typeset as PDF (reportlab, DejaVu Sans), in memory.

The same content as the DOCX (archive_app.facts.draft_docx): the checklist first, then
each section's fields with their official source, tables for facts, remedies, places of
detention and the annex. The PDF's information dictionary carries no names.
"""

from __future__ import annotations

import io
from typing import Any

from archive_app.export.fonts import reportlab_font
from archive_app.facts.draft_model import MISSING, Draft, DraftField, Table


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def pdf_bytes(draft: Draft) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

    font = reportlab_font()
    body = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=12.5, spaceAfter=3)
    small = ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5, textColor="#606060")
    cell = ParagraphStyle("cell", parent=body, fontSize=8, leading=10, spaceAfter=0)
    title = ParagraphStyle("title", parent=body, fontSize=16, leading=20, spaceAfter=10)
    h1 = ParagraphStyle("h1", parent=body, fontSize=12.5, leading=16, spaceBefore=10)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=10, bulletIndent=0)
    missing = ParagraphStyle("missing", parent=body, textColor="#a01010")
    width = A4[0] - 36 * mm

    def table(data: Table) -> Any:
        rows = [[Paragraph(f"<b>{_escape(h)}</b>", cell) for h in data.headers]]
        rows += [[Paragraph(_escape(v), cell) for v in row] for row in data.rows]
        widths = _widths(data.headers, width)
        grid = LongTable(rows, colWidths=widths, repeatRows=1)
        grid.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#ececec")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return grid

    def field(item: DraftField) -> list[Any]:
        flow: list[Any] = [
            Paragraph(
                f"<b>{_escape(item.label)}</b> <font size=7 color='#606060'>"
                f"[{_escape(item.source)}]</font>",
                body,
            )
        ]
        flow += [Paragraph(_escape(text), body) for text in item.paragraphs]
        if item.table is not None and item.table.rows:
            flow.append(table(item.table))
        if item.missing:
            flow.append(Paragraph(MISSING, missing if item.required else small))
        flow.append(Spacer(1, 4))
        return flow

    story: list[Any] = [Paragraph(_escape(draft.title), title)]
    story += [Paragraph(_escape(line), body) for line in draft.intro]
    story.append(Paragraph("Checklist before sending (remove this part)", h1))
    story += [Paragraph(_escape(line), bullet, bulletText="•") for line in draft.checklist]
    if draft.rules:
        story.append(Paragraph(f"<b>Rules of the {_escape(draft.mechanism.short)}</b>", body))
        story += [Paragraph(_escape(line), bullet, bulletText="•") for line in draft.rules]
        accepted = ", ".join(draft.mechanism.languages)
        story.append(Paragraph(f"Languages accepted: {accepted}.", bullet, bulletText="•"))
    for section in draft.sections:
        story.append(Paragraph(_escape(section.title), h1))
        for item in section.fields:
            story += field(item)
    story.append(Paragraph("Sources of this field list", h1))
    story += [Paragraph(_escape(line), small) for line in draft.sources]

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=f"Draft communication ({draft.mechanism.short})",
        author="",
        subject="",
        creator="",
        producer="",
    )
    doc.build(story)
    return buffer.getvalue()


def _widths(headers: tuple[str, ...], total: float) -> list[float]:
    """Narrow columns for numbers and dates, the rest share what is left."""
    narrow = {
        "No.": 0.06,
        "Date": 0.12,
        "Filed": 0.11,
        "Decided": 0.11,
        "From": 0.12,
        "To": 0.11,
        "Status": 0.1,
        "Source": 0.3,
        "Step": 0.12,
        "Outcome": 0.12,
        "Bates": 0.2,
        "Language": 0.12,
        "Translation": 0.2,
    }
    fixed = sum(narrow.get(h, 0.0) for h in headers)
    free = [h for h in headers if h not in narrow]
    share = (1.0 - fixed) / max(1, len(free))
    return [total * narrow.get(h, share) for h in headers]
