"""archive_app layer: the boxes the export will burn on a document's scanned pages by
itself, for redact mode to show.

Each saved term, person and pattern of the document, and each person without consent to
disclosure (redacted in every export), is looked for in what OCR read on each page (the
hand correction where there is one), exactly as the export does (``ocr_hits``: the
detector over the OCR text, each hit's words boxed per line and padded). Every box says
which saved redaction makes it, so the reviewer can remove that redaction from the box.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from archive_app.export import rules
from archive_app.export.detect import Detector
from archive_app.export.model import PatternRule, RedactionSet, TermRule
from archive_app.export.ocr_boxes import ocr_hits
from archive_app.export.pdfium_pages import Box
from archive_app.export.render import boilerplate
from storage import registry as registry_repo
from storage.errors import ArchiveError

if TYPE_CHECKING:
    from archive_app.session import Archive
    from storage.redactions import RedactionRecord


@dataclass(frozen=True)
class ScanBox:
    """A box the export burns on a scanned page because OCR read a redacted text there."""

    page: int
    box: Box  # fractions of the displayed page, origin top left
    reason: str
    kind: str  # term, person or pattern:NAME
    redaction_id: int | None  # the saved redaction; None: a person without consent
    label: str  # what is redacted, as the side list names it (never shown in exports)


def _record_rules(archive: Archive, record: RedactionRecord) -> tuple[RedactionSet, str] | None:
    if record.kind == "term":
        return RedactionSet(terms=[TermRule(record.value, record.reason)]), record.value
    if record.kind == "pattern":
        return RedactionSet(patterns=[PatternRule(record.value, record.reason)]), record.value
    if record.kind == "person" and record.person_id is not None:
        try:
            person = registry_repo.find_person(archive.db, str(record.person_id))
        except ArchiveError:
            return None  # the person was deleted since: nothing to look for
        return rules.person_rules(person, record.reason), person.name
    return None


def scan_boxes(archive: Archive, document_id: int) -> list[ScanBox]:
    """Every box the export would burn on the document's OCR-read pages by itself (not
    the rectangles a reviewer drew), in page order; none for a document without scans."""
    pages = archive.ocr.pages(document_id)
    if not pages:
        return []
    sources: list[tuple[int | None, RedactionSet, str]] = []
    for record in archive.redactions.saved(document_id):
        made = _record_rules(archive, record)
        if made is not None:
            sources.append((record.id, made[0], made[1]))
    for person in rules.non_consenting(archive.db):
        sources.append((None, rules.person_rules(person), person.name))
    ignore = boilerplate()
    found: list[ScanBox] = []
    seen: set[tuple[int, Box]] = set()
    for number in sorted(pages):
        for redaction_id, rule_set, label in sources:
            for box, reason, kind in ocr_hits(pages[number], Detector(rule_set), ignore).boxes:
                if (number, box) in seen:
                    continue  # a saved person without consent: their record names the box
                seen.add((number, box))
                found.append(ScanBox(number, box, reason, kind, redaction_id, label))
    return found
