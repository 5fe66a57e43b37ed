"""indexing layer: the pictures a PDF page draws, and whether they are large enough to hold words.

A text page may carry a picture that shows a name: a photographed ID, a stamp, a
screenshot of a post. Its text layer says nothing of it, so such a page is read by OCR
too (a "mixed" page), and an export's check reads every page of a bundle that draws one.

What counts: the images a page draws, each placed through its own matrix and the
matrices of the form XObjects around it, clipped to the page (crop box). An image can
hold words when it has at least MIN_LONG_PX pixels along one side and MIN_SHORT_PX along
the other (a bullet, an icon, a rule or a one-pixel shading stretched over the page
cannot); a page shows pictures when such images cover at least PICTURE_SHARE of it
together (a picture cut into strips or tiles counts as a whole) and hold at least
MIN_PIXELS between them. Measured on the 19 corpus PDFs (shared corpus and
tests/corpus): 2 % queues no page with a text layer (the largest picture on one, a
128x128 px emoji on the Google Docs page, covers 1.84 %); 1 % would queue that one.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

PICTURE_SHARE = 0.02  # of the page area, covered by images able to hold words, together
MIN_LONG_PX = 100
MIN_SHORT_PX = 8  # a strip of a scanner's striped image still counts
MIN_PIXELS = 100 * 20  # in all the counted images together
MAX_DEPTH = 8  # form XObjects nested deeper than this are not looked into
MAX_OBJECTS = 50_000  # objects looked at per page (a hostile page must not stall anything)

Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


@dataclass(frozen=True)
class DrawnImage:
    box: tuple[float, float, float, float]  # page space (points), clipped to the crop box
    width_px: int
    height_px: int

    @property
    def area(self) -> float:
        return max(0.0, self.box[2] - self.box[0]) * max(0.0, self.box[3] - self.box[1])

    @property
    def can_hold_words(self) -> bool:
        """Enough pixels to show a word (an image whose size cannot be read counts)."""
        if not self.width_px or not self.height_px:
            return True
        long, short = max(self.width_px, self.height_px), min(self.width_px, self.height_px)
        return long >= MIN_LONG_PX and short >= MIN_SHORT_PX

    @property
    def pixels(self) -> int:
        if not self.width_px or not self.height_px:
            return MIN_PIXELS
        return self.width_px * self.height_px


@dataclass(frozen=True)
class PagePictures:
    """The images a page draws, and the page's area (points squared)."""

    images: list[DrawnImage]
    page_area: float
    truncated: bool = False  # more objects than MAX_OBJECTS: not all were looked at

    @property
    def share(self) -> float:
        """The share of the page covered by images able to hold words (summed)."""
        if self.page_area <= 0:
            return 0.0
        return sum(i.area for i in self.images if i.can_hold_words) / self.page_area

    @property
    def hold_words(self) -> bool:
        """Whether the page draws pictures large enough to show words (a page with more
        objects than were looked at is taken to: what is not looked at is read)."""
        if self.truncated:
            return True
        pixels = sum(i.pixels for i in self.images if i.can_hold_words)
        return pixels >= MIN_PIXELS and self.share >= PICTURE_SHARE


def _then(inner: Matrix, outer: Matrix) -> Matrix:
    """``inner`` followed by ``outer`` (a point is mapped by ``inner`` first)."""
    a, b, c, d, e, f = inner
    oa, ob, oc, od, oe, of = outer
    return (
        a * oa + b * oc,
        a * ob + b * od,
        c * oa + d * oc,
        c * ob + d * od,
        e * oa + f * oc + oe,
        e * ob + f * od + of,
    )


def _matrix(raw: Any, obj: Any) -> Matrix | None:
    m = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
        return None
    return (float(m.a), float(m.b), float(m.c), float(m.d), float(m.e), float(m.f))


def _unit_square(m: Matrix) -> tuple[float, float, float, float]:
    a, b, c, d, e, f = m
    xs = [e, a + e, c + e, a + c + e]
    ys = [f, b + f, d + f, b + d + f]
    return min(xs), min(ys), max(xs), max(ys)


def _page_box(raw: Any, page: Any) -> tuple[float, float, float, float]:
    """The crop box (what is displayed), else the media box, else the page size."""
    values = [ctypes.c_float() for _ in range(4)]
    refs = [ctypes.byref(v) for v in values]
    if raw.FPDFPage_GetCropBox(page, *refs) or raw.FPDFPage_GetMediaBox(page, *refs):
        x0, y0, x1, y1 = (float(v.value) for v in values)
        return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)
    return 0.0, 0.0, float(raw.FPDF_GetPageWidthF(page)), float(raw.FPDF_GetPageHeightF(page))


def page_pictures(raw: Any, page: Any) -> PagePictures:
    """Every image object of a PDFium page (``raw``: ``pypdfium2.raw``; ``page``: an
    FPDF_PAGE handle), in page space and clipped to the page; images inside form
    XObjects included."""
    left, bottom, right, top = _page_box(raw, page)
    found: list[DrawnImage] = []
    count = max(0, int(raw.FPDFPage_CountObjects(page)))
    objects = (raw.FPDFPage_GetObject(page, i) for i in range(count))
    seen = [0]
    for obj, matrix in _images(raw, objects, _IDENTITY, 0, seen):
        x0, y0, x1, y1 = _unit_square(matrix)
        box = (max(x0, left), max(y0, bottom), min(x1, right), min(y1, top))
        if box[2] <= box[0] or box[3] <= box[1]:
            continue  # drawn off the page
        w, h = ctypes.c_uint(), ctypes.c_uint()
        if not raw.FPDFImageObj_GetImagePixelSize(obj, ctypes.byref(w), ctypes.byref(h)):
            w.value = h.value = 0
        found.append(DrawnImage(box, int(w.value), int(h.value)))
    area = max(0.0, right - left) * max(0.0, top - bottom)
    return PagePictures(found, area, truncated=seen[0] > MAX_OBJECTS)


def _images(
    raw: Any, objects: Iterable[Any], outer: Matrix, depth: int, seen: list[int]
) -> Iterator[tuple[Any, Matrix]]:
    """Image objects with their matrices in page space, looking into form XObjects;
    ``seen[0]`` counts the objects looked at (past MAX_OBJECTS when some were not)."""
    for obj in objects:
        seen[0] += 1
        if seen[0] > MAX_OBJECTS:
            return
        if not obj:
            continue
        kind = raw.FPDFPageObj_GetType(obj)
        if kind not in (raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_FORM):
            continue
        matrix = _matrix(raw, obj)
        if matrix is None:
            continue
        if kind == raw.FPDF_PAGEOBJ_IMAGE:
            yield obj, _then(matrix, outer)
        elif depth >= MAX_DEPTH:
            seen[0] = MAX_OBJECTS + 1  # nested too deep to look into: not all looked at
            return
        else:
            count = max(0, int(raw.FPDFFormObj_CountObjects(obj)))
            inner = (raw.FPDFFormObj_GetObject(obj, i) for i in range(count))
            yield from _images(raw, inner, _then(matrix, outer), depth + 1, seen)


def hide_text(raw: Any, page: Any) -> int:
    """Make every text object of a loaded page invisible (form XObjects included), so a
    render shows only what is not text: pictures and drawings. Nothing is written back
    to the document; the page loaded again draws its text as before. How many were hidden."""
    hidden = 0

    def walk(objects: Iterable[Any], depth: int) -> None:
        nonlocal hidden
        for obj in objects:
            if not obj:
                continue
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == raw.FPDF_PAGEOBJ_TEXT:
                raw.FPDFTextObj_SetTextRenderMode(obj, raw.FPDF_TEXTRENDERMODE_INVISIBLE)
                hidden += 1
            elif kind == raw.FPDF_PAGEOBJ_FORM and depth < MAX_DEPTH:
                count = max(0, int(raw.FPDFFormObj_CountObjects(obj)))
                walk((raw.FPDFFormObj_GetObject(obj, i) for i in range(count)), depth + 1)

    count = max(0, int(raw.FPDFPage_CountObjects(page)))
    walk((raw.FPDFPage_GetObject(page, i) for i in range(count)), 0)
    return hidden


def flatten_print(raw: Any, page: Any) -> bool:
    """Draw a loaded page's printable annotations (a stamp, a signature image, a filled
    field) into its content, as the export does before it renders a page, so their
    pictures are measured and read like the page's own. The page must be loaded again to
    show them; nothing is written back to the file. True if something was drawn in."""
    if not raw.FPDFPage_GetAnnotCount(page):
        return False
    return bool(raw.FPDFPage_Flatten(page, raw.FLAT_PRINT) == raw.FLATTEN_SUCCESS)
