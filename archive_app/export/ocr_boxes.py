"""archive_app layer: redacting scanned pages through what OCR read on them, and reading
the pages the export rebuilt as images to prove nothing redacted is left.

The detector runs over the OCR text of a page exactly as over any text (terms,
patterns, every form of a person's name the mention engine knows); each hit's
characters map back to the OCR words that carry them, and the boxes of those words,
joined per line and padded, are burned in. Whole words are covered even when the hit
is part of one (a name with a case ending read as one word).
"""

from __future__ import annotations

import io
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from archive_app.export.detect import Detector
from archive_app.export.pdfium_pages import Box, PageHits, PdfiumDocument
from archive_app.export.verify import Finding
from indexing.ocr import OcrEngine, OcrFailed, OcrLimits, OcrPage, ocr_problem

PAD_LINE = 0.25  # of the line height, above and below (and, in width, to each side)
PAD_MIN = 0.002  # of the page, at least
VERIFY_DPI = 300


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


def ocr_leaks(
    data: bytes,
    detector: Detector,
    engine: OcrEngine,
    pages: Collection[int],
    *,
    password: str | None = None,
    ignore: tuple[str, ...] = (),
) -> list[Finding]:
    """Render ``pages`` (1-based) of an output PDF, read them with OCR, and report every
    page where the detector finds something. A page OCR cannot read is a finding too:
    what cannot be checked is not declared clean."""
    if not pages:
        return []
    images: list[bytes] = []
    numbers = sorted(pages)
    with PdfiumDocument(data, "output", password) as pdfium_doc:
        numbers = [n for n in numbers if 1 <= n <= len(pdfium_doc)]
        for number in numbers:
            images.append(_png(pdfium_doc.render(number - 1, VERIFY_DPI)))
    found: list[Finding] = []
    for number, result in zip(numbers, engine.read_images(images, dpi=VERIFY_DPI), strict=True):
        if isinstance(result, OcrFailed):
            found.append(Finding(number, "page image could not be read by OCR"))
        elif detector.hits(result.text, ignore=ignore):
            found.append(Finding(number, "page image (OCR)"))
    return found


def _png(image: Any) -> bytes:
    out = io.BytesIO()
    image.convert("L").save(out, format="PNG", compress_level=1)
    return out.getvalue()


class PageReader:
    """The export's check of pages it rebuilt as images: each file's pages read by OCR."""

    def __init__(self, engine: OcrEngine, pages: Mapping[str, Collection[int]]) -> None:
        self._engine = engine
        self._pages = pages

    def leaks(
        self,
        name: str,
        data: bytes,
        detector: Detector,
        ignore: tuple[str, ...],
        password: str | None,
    ) -> list[Finding]:
        pages = self._pages.get(name, ())
        return ocr_leaks(data, detector, self._engine, pages, password=password, ignore=ignore)


@contextmanager
def page_reader(
    pages: Mapping[str, Collection[int]], warnings: list[str], limits: OcrLimits
) -> Iterator[PageReader | None]:
    """A reader for the image pages of each file (None when there are none); without
    Tesseract it adds a warning that those pages were not checked by OCR."""
    count = sum(len(p) for p in pages.values())
    if not count:
        yield None
        return
    problem = ocr_problem()
    if problem:
        warnings.append(
            f"{count} page(s) rebuilt as images could not be checked by OCR for redacted"
            f" text: {problem}"
        )
        yield None
        return
    engine = OcrEngine(limits)
    try:
        yield PageReader(engine, pages)
    finally:
        engine.close()
