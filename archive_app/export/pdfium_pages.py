"""archive_app layer: PDF pages through PDFium: where redacted text sits, and rendering.

Text positions come from PDFium's text page (one character at a time, so a match in
the text maps to exact character boxes); boxes are padded a little so accents and
descenders are covered, and given as fractions of the displayed page (origin top left),
like the rectangles a reviewer draws. Invisible (render mode 3) text and text in form
XObjects are in the text page too, so they get boxes like any other text; since a page
with any box is rendered to an image, nothing of its text layer survives.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from archive_app.export.detect import Detector, Hit
from archive_app.export.errors import ExportError
from indexing.extract.pdfium_guard import PDFIUM_LOCK
from indexing.extract.pdfium_render import render_page

_NORM = 1_000_000  # device size used to turn page coordinates into fractions
PAD_FRACTION = 0.12  # of the line height, around each box
PAD_POINTS = 1.0

Box = tuple[float, float, float, float]
_NOT_CONTENT = (pdfium_c.FPDF_ANNOT_LINK, pdfium_c.FPDF_ANNOT_POPUP)
_NOT_SHOWN = pdfium_c.FPDF_ANNOT_FLAG_HIDDEN | pdfium_c.FPDF_ANNOT_FLAG_NOVIEW


@dataclass
class PageHits:
    """What the detector found on one page: boxes to burn and hits without a position."""

    boxes: list[tuple[Box, str, str]] = field(default_factory=list)  # box, reason, kind
    placed: list[tuple[str, str]] = field(default_factory=list)  # reason, kind of boxed hits
    unlocated: list[tuple[str, str]] = field(default_factory=list)  # reason, kind
    text: str = ""  # the page's text layer as PDFium reads it


@dataclass(frozen=True)
class Flattened:
    """Annotations and form fields of a page: drawn into its content, or left out."""

    drawn: int = 0
    withheld: int = 0  # hidden, not printed, or without an appearance: not exported


class PdfiumDocument:
    """An original PDF opened from memory with PDFium; PDFium's lock is held from here to
    ``close`` (``indexing.extract.pdfium_guard``)."""

    def __init__(self, data: bytes, label: str, password: str | None = None) -> None:
        PDFIUM_LOCK.acquire()
        try:
            self._doc = pdfium.PdfDocument(data, password=password)
        except pdfium.PdfiumError as exc:
            PDFIUM_LOCK.release()
            if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
                raise ExportError(f"{label} is password-protected; it cannot be exported") from exc
            raise ExportError(f"{label} cannot be read as a PDF for export") from exc
        except BaseException:
            PDFIUM_LOCK.release()
            raise
        self.label = label
        self._open = True

    def __len__(self) -> int:
        return len(self._doc)

    def close(self) -> None:
        if self._open:
            self._open = False
            try:
                self._doc.close()
            finally:
                PDFIUM_LOCK.release()

    def __enter__(self) -> PdfiumDocument:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def page_size(self, index: int) -> tuple[float, float]:
        """Displayed width and height in points (crop box, rotation applied)."""
        page = self._doc[index]
        try:
            return float(page.get_width()), float(page.get_height())
        finally:
            page.close()

    def page_text(self, index: int) -> str:
        page = self._doc[index]
        try:
            textpage = page.get_textpage()
            try:
                return _chars(textpage)
            finally:
                textpage.close()
        finally:
            page.close()

    def find(self, index: int, detector: Detector, ignore: tuple[str, ...] = ()) -> PageHits:
        """Boxes (fractions of the displayed page) for every hit on page ``index``."""
        result = PageHits()
        page = self._doc[index]
        try:
            textpage = page.get_textpage()
            try:
                text = _chars(textpage)
                result.text = text
                for hit in detector.hits(text, ignore=ignore):
                    boxes = _hit_boxes(page, textpage, hit)
                    if boxes:
                        result.boxes += [(b, hit.reason, hit.kind) for b in boxes]
                        result.placed.append((hit.reason, hit.kind))
                    else:
                        result.unlocated.append((hit.reason, hit.kind))
            finally:
                textpage.close()
        finally:
            page.close()
        return result

    def flatten(self, index: int) -> Flattened:
        """Draw the page's printable annotations and form fields (their appearance
        streams) into its content, so they are found, boxed and rendered like the rest of
        the page; the others (hidden, not printed, without an appearance) are dropped and
        counted. Links and pop-ups are not content and are dropped silently."""
        page = self._doc[index]
        try:
            raw = page.raw
            candidates = withheld = 0
            for i in range(pdfium_c.FPDFPage_GetAnnotCount(raw)):
                annot = pdfium_c.FPDFPage_GetAnnot(raw, i)
                try:
                    if pdfium_c.FPDFAnnot_GetSubtype(annot) in _NOT_CONTENT:
                        continue
                    candidates += 1
                    flags = pdfium_c.FPDFAnnot_GetFlags(annot)
                    if (
                        flags & _NOT_SHOWN
                        or not flags & pdfium_c.FPDF_ANNOT_FLAG_PRINT
                        or not pdfium_c.FPDFAnnot_HasKey(annot, b"AP")
                    ):
                        withheld += 1
                finally:
                    pdfium_c.FPDFPage_CloseAnnot(annot)
            if not candidates and not pdfium_c.FPDFPage_GetAnnotCount(raw):
                return Flattened()
            if pdfium_c.FPDFPage_Flatten(raw, pdfium_c.FLAT_PRINT) == pdfium_c.FLATTEN_FAIL:
                raise ExportError(f"{self.label} page {index + 1}: its annotations cannot be drawn")
            return Flattened(drawn=candidates - withheld, withheld=withheld)
        finally:
            page.close()  # the next load of the page reads the flattened content

    def render(self, index: int, dpi: int) -> Any:
        """The page as an RGB Pillow image on white, without annotations or form fields."""
        return render_page(self._doc, index, dpi)


def _chars(textpage: Any) -> str:
    """The text page one character per index (so offsets are character indices)."""
    count = textpage.count_chars()
    out: list[str] = []
    raw = textpage.raw
    for i in range(count):
        code = pdfium_c.FPDFText_GetUnicode(raw, i)
        out.append(chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else " ")
    return "".join(out)


def _char_box(textpage: Any, index: int) -> tuple[float, float, float, float] | None:
    left, bottom, right, top = textpage.get_charbox(index, loose=True)
    if right - left <= 0 or top - bottom <= 0:
        return None
    return left, bottom, right, top


def _hit_boxes(page: Any, textpage: Any, hit: Hit) -> list[Box]:
    """Character boxes of a hit joined into one box per line, padded, as page fractions."""
    lines: list[list[float]] = []
    for index in range(hit.start, hit.end):
        box = _char_box(textpage, index)
        if box is None:
            continue
        left, bottom, right, top = box
        for line in lines:  # same line: vertical overlap of more than half the height
            overlap = min(top, line[3]) - max(bottom, line[1])
            if overlap > 0.5 * min(top - bottom, line[3] - line[1]):
                line[0], line[1] = min(line[0], left), min(line[1], bottom)
                line[2], line[3] = max(line[2], right), max(line[3], top)
                break
        else:
            lines.append([left, bottom, right, top])
    boxes: list[Box] = []
    for left, bottom, right, top in lines:
        pad = PAD_POINTS + PAD_FRACTION * (top - bottom)
        boxes.append(_to_fractions(page, left - pad, bottom - pad, right + pad, top + pad))
    return boxes


def _to_fractions(page: Any, left: float, bottom: float, right: float, top: float) -> Box:
    xs: list[float] = []
    ys: list[float] = []
    for x, y in ((left, bottom), (right, top), (left, top), (right, bottom)):
        dx, dy = ctypes.c_int(), ctypes.c_int()
        pdfium_c.FPDF_PageToDevice(
            page.raw, 0, 0, _NORM, _NORM, 0, x, y, ctypes.byref(dx), ctypes.byref(dy)
        )
        xs.append(dx.value / _NORM)
        ys.append(dy.value / _NORM)
    return (
        max(0.0, min(xs)),
        max(0.0, min(ys)),
        min(1.0, max(xs)),
        min(1.0, max(ys)),
    )
