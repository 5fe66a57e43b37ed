"""archive_app layer: reviewing a document's redactions: save, list, remove, propose, preview.

Redactions are saved per document in the archive (schema 6), so a review can stop and
resume. ``propose`` finds registered persons without consent to disclosure in the
document (by any alias or spelling, or by a tag) who are not yet redacted. ``preview``
renders the pages exactly as the export would (same rules, persons without consent
included) and returns PNG images, in memory. The audit log records what kind of
redaction was added with which reason, never the redacted text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import pypdfium2 as pdfium

from archive_app.export import raster, rules
from archive_app.export.detect import Detector
from archive_app.export.errors import RedactionInvalid
from archive_app.export.matching import merge_spans
from archive_app.export.model import PATTERN_NAMES, RedactionSet, check_reason
from archive_app.export.render import render_document
from archive_app.export.service import MIN_DPI, ExportService
from indexing.extract.pdfium_guard import PDFIUM_LOCK
from storage import documents as doc_repo
from storage import redactions as repo
from storage import registry as registry_repo
from storage.redactions import NewRedaction, RedactionRecord

if TYPE_CHECKING:
    from archive_app.session import Archive

PREVIEW_DPI = 100


@dataclass(frozen=True)
class Proposal:
    person_id: int
    name: str
    reason: str
    mentions: int  # how many times the document's text names the person
    tagged: bool  # the document is tagged with the person


class RedactionService:
    def __init__(self, archive: Archive) -> None:
        self._archive = archive
        self._db = archive.db

    # -- saved redactions -------------------------------------------------------------
    def _add(self, document_id: int, item: NewRedaction) -> RedactionRecord:
        with self._db.atomic():
            redaction_id = repo.add(self._db, document_id, item, actor=self._archive.actor)
            self._archive.record(
                "redaction.add",
                f"#{document_id}",
                {"kind": item.kind, "reason": item.reason, "page": item.page_no},
            )
        return repo.get(self._db, redaction_id)

    def add_term(self, document_id: int, text: str, reason: str) -> RedactionRecord:
        return self._add(document_id, NewRedaction("term", check_reason(reason), value=text))

    def add_person(self, document_id: int, ref: str, reason: str | None = None) -> RedactionRecord:
        person = registry_repo.find_person(self._db, ref)
        code = check_reason(reason) if reason else rules.person_reason(person)
        return self._add(document_id, NewRedaction("person", code, person_id=person.id))

    def add_pattern(self, document_id: int, name: str, reason: str) -> RedactionRecord:
        if name not in PATTERN_NAMES:
            raise RedactionInvalid(f"unknown pattern {name!r}; one of: {', '.join(PATTERN_NAMES)}")
        return self._add(document_id, NewRedaction("pattern", check_reason(reason), value=name))

    def add_rect(
        self, document_id: int, page: int, box: tuple[float, float, float, float], reason: str
    ) -> RedactionRecord:
        """A box on a page, as fractions of the displayed page (origin top left)."""
        self._check_page(document_id, page)
        item = NewRedaction("rect", check_reason(reason), page_no=page, box=box)
        return self._add(document_id, item)

    def withhold_page(self, document_id: int, page: int, reason: str) -> RedactionRecord:
        self._check_page(document_id, page)
        return self._add(document_id, NewRedaction("page", check_reason(reason), page_no=page))

    def _check_page(self, document_id: int, page: int) -> None:
        doc = doc_repo.get(self._db, document_id)
        if not 1 <= page <= max(1, doc.page_count):
            raise RedactionInvalid(f"document #{document_id} has no page {page}")

    def saved(self, document_id: int) -> list[RedactionRecord]:
        doc_repo.get(self._db, document_id)
        return repo.for_document(self._db, document_id)

    def remove(self, redaction_id: int) -> None:
        item = repo.get(self._db, redaction_id)
        with self._db.atomic():
            repo.remove(self._db, redaction_id)
            self._archive.record(
                "redaction.remove",
                f"#{item.document_id}",
                {"kind": item.kind, "reason": item.reason},
            )

    def clear(self, document_id: int) -> int:
        with self._db.atomic():
            count = repo.clear(self._db, document_id)
            if count:
                self._archive.record("redaction.clear", f"#{document_id}", {"removed": count})
        return count

    def rules_for(self, document_id: int) -> RedactionSet:
        """What an export applies to this document by default: its saved redactions and
        every person without consent to disclosure."""
        return rules.saved_rules(self._db, document_id).merged(rules.consent_rules(self._db))

    # -- proposals and preview ----------------------------------------------------------
    def propose(self, document_id: int) -> list[Proposal]:
        """Persons without consent named or tagged in the document, not yet redacted in it."""
        doc = doc_repo.get(self._db, document_id)
        already = {r.person_id for r in repo.for_document(self._db, document_id) if r.person_id}
        text = "\n".join(doc_repo.page_texts(self._db, document_id))
        tagged = set(doc.persons)
        found: list[Proposal] = []
        for person in rules.non_consenting(self._db):
            if person.id in already:
                continue
            detector = Detector(rules.person_rules(person))
            mentions = len(merge_spans([(h.start, h.end) for h in detector.hits(text)]))
            if mentions or person.name in tagged:
                found.append(
                    Proposal(
                        person.id,
                        person.name,
                        rules.person_reason(person),
                        mentions,
                        person.name in tagged,
                    )
                )
        return found

    def preview(
        self,
        document_id: int,
        *,
        pages: list[int] | None = None,
        extra: RedactionSet | None = None,
        dpi: int = PREVIEW_DPI,
    ) -> list[bytes]:
        """PNG images of the redacted pages (all, or the 1-based ``pages``), rendered as
        the export would make them (without Bates numbers)."""
        doc = doc_repo.get(self._db, document_id)
        doc_rules = self.rules_for(document_id).merged(extra or RedactionSet())
        detector = Detector(doc_rules)
        data = ExportService(self._archive).original(doc)
        rendered = render_document(
            f"document #{doc.id}",
            doc.media_type,
            data,
            doc_repo.page_texts(self._db, doc.id),
            doc_rules,
            detector,
            dpi=max(dpi, MIN_DPI),
        )
        writer = rendered.writer()
        for page in rendered.pages:
            writer.add(page, "PREVIEW", "")
        with PDFIUM_LOCK:  # the export may be using PDFium beside this thread
            return self._page_images(writer.write(), pages, document_id, dpi)

    @staticmethod
    def _page_images(
        data: bytes, pages: list[int] | None, document_id: int, dpi: int
    ) -> list[bytes]:
        pdf = pdfium.PdfDocument(data)
        try:
            wanted = pages or list(range(1, len(pdf) + 1))
            images: list[bytes] = []
            for number in wanted:
                if not 1 <= number <= len(pdf):
                    raise RedactionInvalid(f"document #{document_id} has no page {number}")
                page = pdf[number - 1]
                try:
                    bitmap = page.render(scale=dpi / 72.0, draw_annots=False, rev_byteorder=True)
                    try:
                        images.append(raster.to_png(bitmap.to_pil()))
                    finally:
                        bitmap.close()  # now, under the lock: not by a collector elsewhere
                finally:
                    page.close()
            return images
        finally:
            pdf.close()
