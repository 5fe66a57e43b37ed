"""archive_app layer: a submission draft typeset as DOCX (python-docx, MIT), in memory.

First the checklist (to be removed before sending), then the mechanism's sections with
each field's label, the official source it comes from and its value, or
"[to be completed]". The document properties carry no names: title, author and
comments are set to neutral values so python-docx's defaults do not travel.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from archive_app.facts.draft_model import MISSING, Draft, DraftField, Table

GREY = RGBColor(0x60, 0x60, 0x60)
RED = RGBColor(0xA0, 0x10, 0x10)


def _table(document: DocxDocument, table: Table) -> None:
    grid = document.add_table(rows=1, cols=len(table.headers))
    grid.style = "Table Grid"
    for cell, header in zip(grid.rows[0].cells, table.headers, strict=True):
        cell.text = ""
        run = cell.paragraphs[0].add_run(header)
        run.bold = True
    for row in table.rows:
        cells = grid.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
    for row in grid.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(9)


def _field(document: DocxDocument, item: DraftField) -> None:
    label = document.add_paragraph()
    label.add_run(item.label).bold = True
    source = label.add_run(f"   [{item.source}]")
    source.italic = True
    source.font.size = Pt(8)
    source.font.color.rgb = GREY
    for text in item.paragraphs:
        document.add_paragraph(text)
    if item.table is not None and item.table.rows:
        _table(document, item.table)
    if item.missing:
        missing = document.add_paragraph().add_run(MISSING)
        missing.font.color.rgb = RED if item.required else GREY


def docx_bytes(draft: Draft) -> bytes:
    document = Document()
    props = document.core_properties
    props.title = f"Draft communication ({draft.mechanism.short})"
    props.author = ""
    props.last_modified_by = ""
    props.comments = ""
    props.keywords = ""
    props.subject = ""
    now = datetime.now(UTC).replace(tzinfo=None)
    props.created = props.modified = now
    style = document.styles["Normal"]
    style.font.name = "DejaVu Sans"
    style.font.size = Pt(10)

    document.add_heading(draft.title, level=0)
    for line in draft.intro:
        document.add_paragraph(line)

    document.add_heading("Checklist before sending (remove this part)", level=1)
    for line in draft.checklist:
        document.add_paragraph(line, style="List Bullet")
    if draft.rules:
        document.add_paragraph().add_run(f"Rules of the {draft.mechanism.short}").bold = True
        for line in draft.rules:
            document.add_paragraph(line, style="List Bullet")
        accepted = ", ".join(draft.mechanism.languages)
        document.add_paragraph(f"Languages accepted: {accepted}.", style="List Bullet")

    for section in draft.sections:
        document.add_heading(section.title, level=1)
        for item in section.fields:
            _field(document, item)

    document.add_heading("Sources of this field list", level=2)
    for line in draft.sources:
        paragraph = document.add_paragraph(line)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
        for run in paragraph.runs:
            run.font.size = Pt(8)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
