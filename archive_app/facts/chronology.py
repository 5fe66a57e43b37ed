"""archive_app layer: a chronology as a table (DOCX, PDF, CSV) with its citations.

One row per fact in date order: date, statement, persons, articles, source (the Bates
label once exported, else the document and page), status. Persons are named as the
naming rules allow: with a mechanism, as each person's consent for it allows (persons
with a consent record for it count as the persons the chronology is about); without
one, a person the registry marks "no consent" is never named. The file is checked as it
reads back before it is written (archive_app.facts.outputs).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from archive_app.facts.dates import FactDate
from archive_app.facts.naming import Namer, other_level, subject_level
from archive_app.facts.outputs import format_of, write_checked
from storage import consents as consent_repo
from storage import documents as doc_repo
from storage import facts as fact_repo
from storage import registry as reg_repo
from storage.errors import NotFound

if TYPE_CHECKING:
    from archive_app.session import Archive

HEADERS = ("Date", "Fact", "Persons", "Articles", "Source", "Status")
FORMATS = ("csv", "docx", "pdf")


@dataclass(frozen=True)
class Chronology:
    title: str
    rows: list[tuple[str, ...]]
    namer: Namer


def chronology_namer(archive: Archive, mechanism: str | None) -> Namer:
    persons = reg_repo.list_persons(archive.db)
    levels: dict[int, str] = {}
    subjects: list[int] = []
    for person in persons:
        consent = consent_repo.get(archive.db, person.id, mechanism) if mechanism else None
        if consent is not None:
            subjects.append(person.id)
            levels[person.id] = subject_level(consent, person.consent)
        else:
            levels[person.id] = other_level(None, person.consent)
    return Namer.build(persons, levels, subjects=tuple(subjects))


def build(
    archive: Archive,
    *,
    case: str | None = None,
    person: str | None = None,
    mechanism: str | None = None,
) -> Chronology:
    db = archive.db
    namer = chronology_namer(archive, mechanism)
    case_rec = reg_repo.find_case(db, case) if case else None
    person_rec = reg_repo.find_person(db, person) if person else None
    facts = fact_repo.query(
        db,
        case_id=case_rec.id if case_rec else None,
        person_id=person_rec.id if person_rec else None,
    )
    articles = {a.id: a.citation for a in reg_repo.list_articles(db)}
    titles: dict[int, str] = {}
    rows: list[tuple[str, ...]] = []
    for fact in sorted(
        facts, key=lambda f: FactDate(f.date_kind, f.date_start, f.date_end).sort_key
    ):
        source = fact.bates
        if not source and fact.document_id is not None:
            if fact.document_id not in titles:
                try:
                    titles[fact.document_id] = doc_repo.get(db, fact.document_id).title
                except NotFound:
                    titles[fact.document_id] = ""
            title = namer.clean(titles[fact.document_id])
            source = f"doc. #{fact.document_id} \u201c{title}\u201d"
            if fact.page_no:
                source += f", p. {fact.page_no}"
        rows.append(
            (
                FactDate(fact.date_kind, fact.date_start, fact.date_end).display(),
                namer.clean(fact.statement),
                ", ".join(namer.label(p) for p in fact.person_ids),
                ", ".join(articles.get(a, "") for a in fact.article_ids),
                source,
                fact.status,
            )
        )
    about = case_rec.name if case_rec else (person_rec.name if person_rec else "all cases")
    return Chronology(namer.clean(f"Chronology: {about}"), rows, namer)


def csv_bytes(chron: Chronology) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADERS)
    writer.writerows(chron.rows)
    return buffer.getvalue().encode("utf-8-sig")


def docx_bytes(chron: Chronology) -> bytes:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Pt

    document = Document()
    props = document.core_properties
    props.title, props.author, props.last_modified_by, props.comments = "Chronology", "", "", ""
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    document.add_heading(chron.title, level=1)
    table = document.add_table(rows=1, cols=len(HEADERS))
    table.style = "Table Grid"
    for cell, header in zip(table.rows[0].cells, HEADERS, strict=True):
        cell.paragraphs[0].add_run(header).bold = True
    for row in chron.rows:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
            for run in cell.paragraphs[0].runs:
                run.font.size = Pt(9)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_bytes(chron: Chronology) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle

    from archive_app.export.fonts import reportlab_font

    font = reportlab_font()
    cell = ParagraphStyle("cell", fontName=font, fontSize=8, leading=10)
    head = ParagraphStyle("head", fontName=font, fontSize=13, leading=16, spaceAfter=8)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4),
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title="Chronology",
        author="",
        subject="",
        creator="",
        producer="",
    )

    def para(text: str) -> Paragraph:
        safe = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return Paragraph(safe, cell)

    data = [[para(h) for h in HEADERS]] + [[para(v) for v in row] for row in chron.rows]
    widths = [28 * mm, 110 * mm, 35 * mm, 30 * mm, 50 * mm, 20 * mm]
    table = LongTable(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    doc.build([Paragraph(para(chron.title).text, head), table])
    return buffer.getvalue()


def export(
    archive: Archive,
    out: Path,
    *,
    case: str | None = None,
    person: str | None = None,
    mechanism: str | None = None,
    force: bool = False,
) -> Path:
    """Write the chronology to ``out`` (.csv, .docx or .pdf), checked first; audited."""
    fmt = format_of(out, FORMATS)
    chron = build(archive, case=case, person=person, mechanism=mechanism)
    chron.namer.check((("the chronology", " ".join(r)) for r in chron.rows), what="the chronology")
    data = {"csv": csv_bytes, "docx": docx_bytes, "pdf": pdf_bytes}[fmt](chron)
    path = write_checked(data, fmt, out, chron.namer, what="the chronology", force=force)
    archive.record(
        "chronology.export",
        path.name,
        {"case": case, "person": person, "mechanism": mechanism, "facts": len(chron.rows)},
    )
    return path
