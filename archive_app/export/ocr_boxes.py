"""archive_app layer: redacting scanned pages through what OCR read on them, and reading
the pages the export rebuilt as images to prove nothing redacted is left.

The detector runs over the OCR text of a page exactly as over any text (terms,
patterns, every form of a person's name the mention engine knows); each hit's
characters map back to the OCR words that carry them, and the boxes of those words,
joined per line and padded, are burned in. Whole words are covered even when the hit
is part of one (a name with a case ending read as one word).
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from archive_app.export.detect import Detector
from archive_app.export.errors import ExportCancelled
from archive_app.export.pdfium_pages import Box, PageHits, PdfiumDocument
from archive_app.export.verify import Finding
from archive_app.tasks import CancelToken
from indexing.extract.pdfium_guard import PDFIUM_LOCK
from indexing.extract.pictures import page_pictures
from indexing.extract.types import PDF
from indexing.ocr import OcrEngine, OcrFailed, OcrLimits, OcrPage, ocr_problem

WAIT_STEP_S = 0.1  # how often a wait for OCR looks at the cancel token
PAD_LINE = 0.25  # of the line height, above and below (and, in width, to each side)
PAD_MIN = 0.002  # of the page, at least


def ocr_hits(page: OcrPage, detector: Detector, ignore: tuple[str, ...] = ()) -> PageHits:
    """Boxes (fractions of the page) for every hit the detector finds in the OCR text."""
    result = PageHits()
    for hit in detector.hits(page.text, ignore=ignore):
        boxes = _boxes(page, hit.start, hit.end)
        if boxes:
            result.boxes += [(box, hit.reason, hit.kind) for box in boxes]
            result.placed.append((hit.reason, hit.kind))
        else:
            result.unlocated.append((hit.reason, hit.kind))
    return result


def _boxes(page: OcrPage, start: int, end: int) -> list[Box]:
    lines: dict[int, list[float]] = {}
    for word in page.words_in(start, end):
        x0, y0, x1, y1 = word.box
        line = lines.get(word.line)
        if line is None:
            lines[word.line] = [x0, y0, x1, y1]
        else:
            line[:] = [min(line[0], x0), min(line[1], y0), max(line[2], x1), max(line[3], y1)]
    boxes: list[Box] = []
    for x0, y0, x1, y1 in lines.values():
        pad = max(PAD_MIN, PAD_LINE * (y1 - y0))
        boxes.append(
            (max(0.0, x0 - pad), max(0.0, y0 - pad), min(1.0, x1 + pad), min(1.0, y1 + pad))
        )
    return boxes


def _findings(
    numbers: list[int],
    results: list[OcrPage | OcrFailed],
    detector: Detector,
    ignore: tuple[str, ...],
) -> list[Finding]:
    """A page OCR cannot read is a finding too: what cannot be checked is not declared clean."""
    found: list[Finding] = []
    for number, result in zip(numbers, results, strict=True):
        if isinstance(result, OcrFailed):
            found.append(Finding(number, "page image could not be read by OCR"))
        elif detector.hits(result.text, ignore=ignore):
            found.append(Finding(number, "page image (OCR)"))
    return found


def image_pages(data: bytes, password: str | None = None) -> list[int]:
    """Pages (from 1) of a PDF that draw pictures large enough to show words
    (``indexing.extract.pictures``: images able to hold words over at least PICTURE_SHARE
    of the page, images in form XObjects placed through their matrices): the pages the
    export rebuilt as images, scans kept as they were, and text pages with a picture of
    an ID, a stamp or a screenshot. What the export's check and a check of a bundle read
    from disk give OCR. A file that cannot be opened gives none (its check reports it)."""
    with PDFIUM_LOCK:
        try:
            doc = pdfium.PdfDocument(data, password=password)
        except pdfium.PdfiumError:
            return []
        return _picture_pages(doc)


def _picture_pages(doc: Any) -> list[int]:
    try:
        found: list[int] = []
        for index in range(len(doc)):
            page = doc[index]
            try:
                if page_pictures(pdfium_c, page.raw).hold_words:
                    found.append(index + 1)
            except Exception:  # a page whose objects cannot be listed is read all the same
                found.append(index + 1)
            finally:
                page.close()
        return found
    finally:
        doc.close()


@dataclass
class _Reading:
    digest: str
    numbers: list[int]
    futures: list[Future[OcrPage | OcrFailed]]


class PageReader:
    """The export's check of the pages that draw pictures: each output file's pages that
    it rebuilt as images and every other page drawing a picture large enough to show
    words (``image_pages``: a photo of an ID or a stamp kept on a text page), rendered
    again and read by OCR in the sandboxed children (one per core), at the resolution
    the pages were rendered at (their own pixels, not scaled up).

    ``prefetch`` starts reading a file's pages as soon as the file is built, so the
    children read one document while the export renders the next; ``leaks`` (given the
    bytes read back from the written bundle) uses what was read only when those bytes
    are the very same (SHA-256), and reads them again otherwise. Without Tesseract
    nothing is read and ``warnings`` says how many pages went unchecked."""

    def __init__(
        self,
        limits: OcrLimits,
        dpi: int,
        password: str | None = None,
        cancel: CancelToken | None = None,
    ) -> None:
        self._cancel = cancel
        self._limits = limits
        self._dpi = dpi
        self._password = password
        self._engine: OcrEngine | None = None
        self._problem: str | None = None
        self._pages: dict[str, Collection[int]] = {}
        self._readings: dict[str, _Reading] = {}

    def _ready(self) -> OcrEngine | None:
        if self._problem is None:
            self._problem = ocr_problem()
        if self._problem:
            return None
        if self._engine is None:
            self._engine = OcrEngine(self._limits)
        return self._engine

    def prefetch(self, name: str, data: bytes, pages: Collection[int] = ()) -> None:
        """Read ``pages`` of a file (those it rebuilt as images) and every page of it that
        draws a picture able to show words."""
        pages = sorted(set(pages) | set(image_pages(data, self._password)))
        self._pages[name] = pages
        if pages and (engine := self._ready()) is not None:
            self._readings[name] = self._submit(engine, data, pages)

    def _submit(self, engine: OcrEngine, data: bytes, pages: Collection[int]) -> _Reading:
        digest = hashlib.sha256(data).hexdigest()
        numbers = sorted(pages)
        futures = engine.submit_pages(
            ("export", digest), PDF, data, numbers, dpi=self._dpi, password=self._password
        )
        return _Reading(digest, numbers, futures)

    def leaks(
        self,
        name: str,
        data: bytes,
        detector: Detector,
        ignore: tuple[str, ...],
        password: str | None,
    ) -> list[Finding]:
        if name not in self._pages or (engine := self._ready()) is None:
            return []
        reading = self._readings.pop(name, None)
        if reading is None or reading.digest != hashlib.sha256(data).hexdigest():
            for future in reading.futures if reading else []:
                future.cancel()
            self._password = password
            # these bytes' own pages drawing pictures, with those the export rebuilt
            pages = sorted(set(self._pages[name]) | set(image_pages(data, password)))
            self._pages[name] = pages
            if not pages:
                return []
            reading = self._submit(engine, data, pages)
        with PdfiumDocument(data, name, password) as pdfium_doc:
            count = len(pdfium_doc)
        results = [self._wait(f) for f in reading.futures]
        kept = [(n, r) for n, r in zip(reading.numbers, results, strict=True) if 1 <= n <= count]
        return _findings([n for n, _ in kept], [r for _, r in kept], detector, ignore)

    def _wait(self, future: Future[OcrPage | OcrFailed]) -> OcrPage | OcrFailed:
        """A page's reading; Cancel (a lock) is heard while OCR reads."""
        while True:
            try:
                return future.result(timeout=WAIT_STEP_S)
            except TimeoutError:
                if self._cancel is not None and self._cancel.cancelled:
                    raise ExportCancelled() from None

    @property
    def checked(self) -> int:
        """Pages given to OCR to read (none when Tesseract is missing)."""
        if not self._pages or self._ready() is None:
            return 0
        return sum(len(p) for p in self._pages.values())

    def warnings(self) -> list[str]:
        count = sum(len(p) for p in self._pages.values())
        if not count or not self._problem:
            return []
        return [
            f"{count} page(s) drawing images (rebuilt as images, scans or pictures) could not"
            f" be checked by OCR for redacted text: {self._problem}"
        ]

    def close(self) -> None:
        if self._engine is not None:
            self._engine.close()
            self._engine = None


@contextmanager
def page_reader(
    limits: OcrLimits, dpi: int, password: str | None = None, cancel: CancelToken | None = None
) -> Iterator[PageReader]:
    """A reader for the pages of an export that draw pictures; its OCR children (started
    at the first page to read) are stopped when the export ends, cancelled or not."""
    reader = PageReader(limits, dpi, password, cancel)
    try:
        yield reader
    finally:
        reader.close()
