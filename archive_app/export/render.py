"""archive_app layer: one archived document turned into redacted output pages.

- PDF: a page with any hit, rectangle or unplaceable match is rendered by PDFium on
  white at the export resolution, boxes burned in, and rebuilt as an image-only page;
  other pages keep their text (copied and scrubbed). The kept pages are then checked
  with the verifier itself; a kept page where anything is still found (text PDFium did
  not place, a hidden object) is rebuilt as an image too.
- Text, DOCX, e-mail: the stored page texts are typeset with the redactions removed
  (DOCX read again without the text Word marks hidden; headers, footers and notes are
  pages of their own at the end).
- Images: boxes burned into the pixels, re-encoded (EXIF, GPS and comments dropped).
- Scanned pages (PDF or image) that OCR read: hits in the OCR text are boxed through
  the boxes of the words that carry them (``ocr_boxes``), so a scan is redacted too.
Pages withheld whole become placeholder pages in every case.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from PIL import Image, ImageOps, ImageSequence
from pypdf import PdfReader

from archive_app.export import raster
from archive_app.export.detect import Detector
from archive_app.export.errors import ExportError, RedactionInvalid, RedactionUnplaceable
from archive_app.export.inspect import PageAudit, audit_page, hidden_groups
from archive_app.export.model import (
    METHOD_BURNED,
    METHOD_IMAGE,
    METHOD_TYPESET,
    METHOD_UNLOCATED,
    METHOD_WITHHELD,
    REASONS,
    LogEntry,
    RedactionSet,
)
from archive_app.export.ocr_boxes import ocr_hits
from archive_app.export.pdfbuild import DocumentWriter, OutPage
from archive_app.export.pdfium_pages import PdfiumDocument
from archive_app.export.readings import looks_mojibake, looks_unusable
from archive_app.export.typeset import typeset_pages
from archive_app.export.verify import pdf_leaks
from indexing.extract.docx import visible_pages
from indexing.extract.types import DOCX, IMAGE_TYPES, PDF, Limits
from indexing.ocr import OcrPage
from storage.errors import ArchiveError

A4 = (595.2756, 841.8898)
MAX_IMAGE_SIDE = 3500
DEFAULT_IMAGE_DPI = 150
PageDone = Callable[[int], None]


def boilerplate(extra: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Text the export itself puts on pages (never redacted content), for the verifier."""
    return ("PAGE WITHHELD", *[f"Reason: {r}" for r in REASONS], *REASONS, *extra)


@dataclass
class RenderedDocument:
    pages: list[OutPage]
    reader: Any  # PdfReader of the pages kept as text (original or typeset), or None
    log: list[LogEntry] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def writer(self) -> DocumentWriter:
        return DocumentWriter(self.reader)


def render_document(
    label: str,
    media_type: str,
    data: bytes,
    page_texts: list[str],
    rules: RedactionSet,
    detector: Detector,
    *,
    dpi: int,
    page_done: PageDone | None = None,
    ocr: Mapping[int, OcrPage] | None = None,
    withhold_unplaceable: bool = False,
) -> RenderedDocument:
    """``ocr``: what OCR read on scanned pages (page number -> words with boxes); hits in
    that text are boxed through the word boxes. ``withhold_unplaceable``: a PDF page where
    redacted content is found but cannot be boxed is withheld (else the export stops)."""
    ocr = ocr or {}
    if media_type == PDF:
        return _pdf(label, data, rules, detector, dpi, page_done, ocr, withhold_unplaceable)
    if media_type in IMAGE_TYPES:
        return _image(label, data, rules, page_done, detector, ocr)
    hidden = 0
    if media_type == DOCX:  # typeset from what a reader sees: text marked hidden stays out
        try:
            visible, hidden = visible_pages(data, Limits())
        except (OSError, ValueError, ArchiveError, zipfile.BadZipFile) as exc:
            raise ExportError(f"{label} cannot be read again for export") from exc
        page_texts = visible + [""] * (len(page_texts) - len(visible))
    result = _text(label, page_texts, rules, detector, page_done)
    if hidden:
        result.warnings.append(
            f"{label}: {hidden} piece(s) of text marked hidden in Word were not exported"
        )
    return result


def _check_pages(label: str, rules: RedactionSet, count: int) -> None:
    for page in [r.page for r in rules.pages] + [r.page for r in rules.rects]:
        if not 1 <= page <= count:
            raise RedactionInvalid(f"{label} has {count} page(s); there is no page {page}")


def _pdf(
    label: str,
    data: bytes,
    rules: RedactionSet,
    detector: Detector,
    dpi: int,
    page_done: PageDone | None,
    ocr: Mapping[int, OcrPage],
    withhold_unplaceable: bool = False,
) -> RenderedDocument:
    reader = _pypdf_reader(data)
    with PdfiumDocument(data, label) as pdfium_doc:
        count = len(pdfium_doc)
        _check_pages(label, rules, count)
        withheld = rules.withheld()
        result = RenderedDocument(pages=[], reader=reader)
        if reader is None:
            result.warnings.append(f"{label}: pypdf cannot read it; every page rebuilt as an image")
        hidden = hidden_groups(reader) if reader is not None else set()
        pages: dict[int, OutPage] = {}
        logs: dict[int, list[LogEntry]] = {}
        notes = _Notes()
        with raster.Encoders() as encoders:
            for index in range(count):
                audit = audit_page(reader, index, hidden) if reader is not None else PageAudit()
                done = _pdf_page(
                    pdfium_doc,
                    index,
                    rules,
                    detector,
                    withheld,
                    dpi,
                    reader is None,
                    ocr,
                    audit,
                    notes,
                    encoders=encoders,
                )
                if done is None:
                    done = _unplaceable(label, pdfium_doc, index, detector, withhold_unplaceable)
                    notes.withheld_pages.append(index + 1)
                pages[index], logs[index] = done
                if page_done:
                    page_done(index + 1)
            pages = {i: _finished(page) for i, page in pages.items()}
        kept = {i for i, p in pages.items() if p.kind == "kept"}
        if kept:  # what the verifier still finds on a kept page cannot be boxed
            for index in sorted(_kept_leaks([pages[i] for i in range(count)], reader, detector)):
                if index in kept:
                    pages[index], logs[index] = _unplaceable(
                        label, pdfium_doc, index, detector, withhold_unplaceable
                    )
                    notes.withheld_pages.append(index + 1)
        result.warnings += notes.warnings(label)
        result.pages = [pages[i] for i in range(count)]
        result.log = [entry for i in range(count) for entry in logs[i]]
    return result


def _finished(page: OutPage) -> OutPage:
    """The page with its image, once the encoder threads are done with it."""
    return page if page.later is None else replace(page, image=page.later.result(), later=None)


@dataclass
class _Notes:
    """What a document's pages dropped or drew in, for the export report."""

    layers: set[int] = field(default_factory=set)
    drawn_annotations: int = 0
    withheld_annotations: int = 0
    withheld_pages: list[int] = field(default_factory=list)

    def warnings(self, label: str) -> list[str]:
        out: list[str] = []
        if self.layers:
            out.append(
                f"{label}: {len(self.layers)} hidden layer(s) were not exported"
                " (they are off in the original and stay out of the bundle)"
            )
        if self.drawn_annotations:
            out.append(
                f"{label}: {self.drawn_annotations} annotation(s) or form field(s) drawn into"
                " their pages (stamps and filled values stay visible, redacted like text)"
            )
        if self.withheld_annotations:
            out.append(
                f"{label}: {self.withheld_annotations} annotation(s) or form field(s) withheld"
                " (hidden, not printed or without an appearance in the original)"
            )
        for number in self.withheld_pages:
            out.append(
                f"{label} page {number}: withheld - redacted content was found where it"
                " cannot be boxed"
            )
        return out


def _unplaceable(
    label: str, pdfium_doc: PdfiumDocument, index: int, detector: Detector, withhold: bool
) -> tuple[OutPage, list[LogEntry]]:
    """A page where redacted content is found but cannot be placed: never exported as it
    is; withheld when the user agreed, else the export stops."""
    if not withhold:
        raise RedactionUnplaceable(
            f"{label} page {index + 1}: redacted content was found where it cannot be boxed"
            " (drawn through a pattern or mask, or not placed by the text layer); nothing was"
            " exported - withhold the page, or allow unplaceable pages to be withheld"
        )
    width, height = pdfium_doc.page_size(index)
    reason = _first_reason(detector)
    return OutPage("withheld", width, height, reason=reason), [
        LogEntry(index + 1, reason, "page", METHOD_WITHHELD)
    ]


def _first_reason(detector: Detector) -> str:
    rule = next(iter(detector.term_rules), None)
    if rule is not None:
        return rule.reason
    person = next(iter(detector.person_rules), None)
    if person is not None:
        return person.reason
    return next(iter(detector.patterns.values()), "PII-VICTIM")


def _pypdf_reader(data: bytes) -> Any:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            return None
        _ = len(reader.pages)
        return reader
    except Exception:  # pypdf cannot parse it: PDFium alone renders every page
        return None


def _pdf_page(
    pdfium_doc: PdfiumDocument,
    index: int,
    rules: RedactionSet,
    detector: Detector,
    withheld: dict[int, str],
    dpi: int,
    force: bool,
    ocr: Mapping[int, OcrPage],
    audit: PageAudit | None = None,
    notes: _Notes | None = None,
    encoders: raster.Encoders | None = None,
) -> tuple[OutPage, list[LogEntry]] | None:
    """The page rebuilt: kept (a clean content stream) when its text layer is usable and
    nothing on it is redacted, else rendered with the boxes burned in; None when redacted
    content is found that cannot be boxed."""
    number = index + 1
    audit = audit or PageAudit()
    notes = notes or _Notes()
    width, height = pdfium_doc.page_size(index)
    if number in withheld:
        reason = withheld[number]
        return OutPage("withheld", width, height, reason=reason), [
            LogEntry(number, reason, "page", METHOD_WITHHELD)
        ]
    flat = pdfium_doc.flatten(index)
    found = pdfium_doc.find(index, detector)
    if number in ocr:  # a scanned page: what OCR read there, boxed through its words
        scanned = ocr_hits(ocr[number], detector, boilerplate())
        found.boxes += scanned.boxes
        found.placed += scanned.placed
        found.unlocated += scanned.unlocated
    if found.unlocated or any(detector.hits(text) for text in audit.unseen_texts):
        return None
    notes.layers |= audit.hidden_layers
    notes.drawn_annotations += flat.drawn
    notes.withheld_annotations += flat.withheld
    rects = [r for r in rules.rects if r.page == number]
    suspicious = (
        force
        or audit.must_render
        or flat.drawn
        or flat.withheld
        or looks_mojibake(found.text)
        or looks_unusable(found.text)
    )
    if not (found.boxes or rects or suspicious):
        return OutPage("kept", width, height, source=index), []
    boxes = [(raster.width_class(box, width), (reason, kind)) for box, reason, kind in found.boxes]
    boxes += [(r.box, (r.reason, "rectangle")) for r in rects]
    merged = raster.merge_boxes(boxes)
    log = [LogEntry(number, reason, kind, METHOD_BURNED) for _, (reason, kind) in merged]
    image = pdfium_doc.render(index, dpi)
    raster.burn_boxes(image, [(box, reason) for box, (reason, _) in merged])
    if encoders is not None:  # finished in another thread while the next page renders
        return OutPage("image", width, height, later=encoders.submit(image)), log
    encoded = raster.encode(raster.prepare(image))
    return OutPage("image", width, height, image=encoded), log


def _kept_leaks(pages: list[OutPage], reader: Any, detector: Detector) -> set[int]:
    """Indexes of pages where the verifier still finds something in a trial build."""
    writer = DocumentWriter(reader)
    for page in pages:
        writer.add(page, "", "")
    leaks = pdf_leaks(writer.write(), detector, ignore=boilerplate())
    if any(f.page is None for f in leaks):  # not tied to a page: every kept page is suspect
        return set(range(len(pages)))
    return {f.page - 1 for f in leaks if f.page is not None}


def _text(
    label: str,
    page_texts: list[str],
    rules: RedactionSet,
    detector: Detector,
    page_done: PageDone | None,
) -> RenderedDocument:
    if rules.rects:
        raise RedactionInvalid(
            f"{label} is typeset from its text; rectangles apply to PDF and image documents"
        )
    texts = page_texts or [""]
    _check_pages(label, rules, len(texts))
    withheld = rules.withheld()
    typeset = typeset_pages(texts, detector, set(withheld))
    reader = PdfReader(io.BytesIO(typeset.pdf)) if typeset.pdf else None
    result = RenderedDocument(pages=[], reader=reader)
    out_of: dict[int, int] = {}  # typeset page -> output page (1-based)
    for number in range(1, len(texts) + 1):
        if number in withheld:
            result.pages.append(OutPage("withheld", *A4, reason=withheld[number]))
            result.log.append(
                LogEntry(len(result.pages), withheld[number], "page", METHOD_WITHHELD)
            )
        else:
            for source in typeset.page_of_section.get(number, []):
                result.pages.append(OutPage("kept", *A4, source=source))
                out_of[source] = len(result.pages)
        if page_done:
            page_done(number)
    result.log += [LogEntry(out_of[p], r, k, METHOD_TYPESET) for p, r, k in typeset.placed]
    result.log.sort(key=lambda e: e.page)
    return result


def _image(
    label: str,
    data: bytes,
    rules: RedactionSet,
    page_done: PageDone | None,
    detector: Detector,
    ocr: Mapping[int, OcrPage],
) -> RenderedDocument:
    try:
        source = Image.open(io.BytesIO(data))
        frames = [frame.copy() for frame in ImageSequence.Iterator(source)]
    except (OSError, Image.DecompressionBombError, ValueError) as exc:
        raise ExportError(f"{label} cannot be read as an image for export") from exc
    _check_pages(label, rules, len(frames))
    withheld = rules.withheld()
    result = RenderedDocument(pages=[], reader=None)
    dpi = source.info.get("dpi", (DEFAULT_IMAGE_DPI, DEFAULT_IMAGE_DPI))[0] or DEFAULT_IMAGE_DPI
    dpi = float(dpi) if 50 <= float(dpi) <= 1200 else DEFAULT_IMAGE_DPI
    for number, frame in enumerate(frames, start=1):
        if number in withheld:
            result.pages.append(OutPage("withheld", *A4, reason=withheld[number]))
            result.log.append(LogEntry(number, withheld[number], "page", METHOD_WITHHELD))
            continue
        image = raster.prepare(ImageOps.exif_transpose(frame))
        if max(image.size) > MAX_IMAGE_SIDE:
            scale = MAX_IMAGE_SIDE / max(image.size)
            dpi *= scale
            image = image.resize((round(image.width * scale), round(image.height * scale)))
        rects = [r for r in rules.rects if r.page == number]
        scanned = ocr_hits(ocr[number], detector, boilerplate()) if number in ocr else None
        words = [(box, reason) for box, reason, _ in scanned.boxes] if scanned else []
        raster.burn_boxes(image, [(r.box, r.reason) for r in rects] + words)
        result.log += [LogEntry(number, r.reason, "rectangle", METHOD_IMAGE) for r in rects]
        if scanned:
            result.log += [LogEntry(number, r, k, METHOD_BURNED) for r, k in scanned.placed]
            result.log += [LogEntry(number, r, k, METHOD_UNLOCATED) for r, k in scanned.unlocated]
        width, height = image.width * 72 / dpi, image.height * 72 / dpi
        result.pages.append(OutPage("image", width, height, image=raster.encode(image)))
        if page_done:
            page_done(number)
    return result
