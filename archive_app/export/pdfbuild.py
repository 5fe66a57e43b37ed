"""archive_app layer: writing one bundle PDF: fresh file, scrubbed pages, Bates stamps.

Every output PDF is a new file built page by page (never an incremental update of the
original), so earlier revisions, /Info, XMP, outlines, forms, attachments, JavaScript
and actions are never copied: the catalog holds only the page tree. Each page gets a
22-point band below its content with the Bates number (right) and the confidentiality
legend (left), drawn in Helvetica; original content is clipped to its crop box, so
nothing drawn off the page can show up in the band.
"""

from __future__ import annotations

import io
import secrets
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from pypdf import PdfWriter
from pypdf.constants import UserAccessPermissions
from pypdf.generic import (
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
)
from reportlab.pdfbase.pdfmetrics import stringWidth

from archive_app.export.errors import ExportError
from archive_app.export.raster import EncodedImage
from archive_app.export.scrub import PageScrubber

BAND = 22.0  # points added below each page for the stamp
MARGIN = 18.0
LABEL_SIZE = 9.0
LEGEND_SIZE = 6.5
STAMP_FONT = "/BatesHelvetica"
IMAGE_NAME = "/BatesPage"
PERMISSIONS = (
    UserAccessPermissions.PRINT
    | UserAccessPermissions.EXTRACT_TEXT_AND_GRAPHICS
    | UserAccessPermissions.PRINT_TO_REPRESENTATION
)


@dataclass(frozen=True)
class OutPage:
    """One page of an output document: ``kept`` (text copied from ``source`` page of the
    document's reader), ``image`` (a rebuilt page) or ``withheld``."""

    kind: str
    width: float  # displayed size in points, without the band
    height: float
    source: int = -1
    image: EncodedImage | None = None
    reason: str = ""
    # an image still being encoded in the export's encoder threads (render.Encoders)
    later: Future[EncodedImage] | None = None


def check_legend(text: str) -> str:
    text = " ".join(text.split())
    try:
        text.encode("cp1252")
    except UnicodeEncodeError as exc:
        raise ExportError("the confidentiality legend must use Latin letters only") from exc
    return text


def pdf_string(text: str) -> bytes:
    out = bytearray(b"(")
    for byte in text.encode("cp1252", errors="replace"):
        if byte in b"\\()":
            out += b"\\" + bytes([byte])
        elif 32 <= byte < 127:
            out.append(byte)
        else:
            out += b"\\%03o" % byte
    return bytes(out + b")")


def _num(value: float) -> bytes:
    return (f"{value:.4f}".rstrip("0").rstrip(".") or "0").encode("ascii")


def stamp_ops(width: float, label: str, legend: str) -> bytes:
    label_w = stringWidth(label, "Helvetica-Bold", LABEL_SIZE)
    room = width - 3 * MARGIN - label_w
    legend_size = LEGEND_SIZE
    if legend:
        natural = stringWidth(legend, "Helvetica", 1.0)
        legend_size = max(3.0, min(LEGEND_SIZE, room / natural if natural else LEGEND_SIZE))
    ops = [
        b"q 0 g BT",
        b"%s %s Tf %s %s Td %s Tj"
        % (
            STAMP_FONT.encode() + b"B",
            _num(LABEL_SIZE),
            _num(width - MARGIN - label_w),
            _num(8),
            pdf_string(label),
        ),
        b"ET",
    ]
    if legend:
        ops += [
            b"BT %s %s Tf %s %s Td %s Tj ET"
            % (STAMP_FONT.encode(), _num(legend_size), _num(MARGIN), _num(8.5), pdf_string(legend))
        ]
    ops.append(b"Q")
    return b"\n".join(ops) + b"\n"


def _rotation_matrix(rotate: int, box: tuple[float, float, float, float]) -> tuple[float, ...]:
    """Maps user space of a page with /Rotate to its displayed orientation, origin 0,0."""
    x0, y0, x1, y1 = box
    if rotate == 90:
        return (0, -1, 1, 0, -y0, x1)
    if rotate == 180:
        return (-1, 0, 0, -1, x1, y1)
    if rotate == 270:
        return (0, 1, -1, 0, y1, -x0)
    return (1, 0, 0, 1, -x0, -y0)


class DocumentWriter:
    """Collects the pages of one output PDF and writes it."""

    def __init__(self, reader: Any = None) -> None:
        self._writer = PdfWriter()
        self._writer.metadata = None  # no /Info at all
        self._reader = reader
        self._scrubber = PageScrubber(reader) if reader is not None else None
        self._fonts = self._stamp_fonts()

    def _stamp_fonts(self) -> DictionaryObject:
        fonts = DictionaryObject()
        for suffix, base in (("", "/Helvetica"), ("B", "/Helvetica-Bold")):
            font = DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/Font"),
                    NameObject("/Subtype"): NameObject("/Type1"),
                    NameObject("/BaseFont"): NameObject(base),
                    NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
                }
            )
            fonts[NameObject(STAMP_FONT + suffix)] = self._writer._add_object(font)
        return fonts

    def _new_page(
        self, width: float, height: float, resources: DictionaryObject, content: bytes
    ) -> None:
        page = self._writer.add_blank_page(width, height + BAND)
        font_table = resources.get("/Font")
        font_table = font_table.get_object() if font_table is not None else DictionaryObject()
        merged = DictionaryObject(font_table)
        merged.update(self._fonts)
        resources[NameObject("/Font")] = merged
        page[NameObject("/Resources")] = resources
        stream = DecodedStreamObject()
        stream.set_data(content)
        page[NameObject("/Contents")] = self._writer._add_object(stream.flate_encode())

    def add(self, page: OutPage, label: str, legend: str) -> None:
        stamp = stamp_ops(page.width, label, legend)
        if page.kind == "kept":
            self._add_kept(page, stamp)
        elif page.kind == "image":
            self._add_image(page, stamp)
        else:
            self._add_withheld(page, stamp)

    def _add_kept(self, page: OutPage, stamp: bytes) -> None:
        assert self._reader is not None and self._scrubber is not None
        src = self._reader.pages[page.source]
        box = tuple(float(v) for v in src.cropbox)
        rotate = int(src.get("/Rotate", 0) or 0) % 360
        content, resources = self._scrubber.page_content(src)
        x0, y0, x1, y1 = box
        matrix = list(_rotation_matrix(rotate, (x0, y0, x1, y1)))
        matrix[5] += BAND
        head = b"q %s cm %s %s %s %s re W n\n" % (
            b" ".join(_num(v) for v in matrix),
            _num(x0),
            _num(y0),
            _num(x1 - x0),
            _num(y1 - y0),
        )
        cloned = resources.clone(self._writer)
        self._new_page(page.width, page.height, cloned, head + content + b"\nQ\n" + stamp)

    def _add_image(self, page: OutPage, stamp: bytes) -> None:
        image = page.image
        assert image is not None
        xobject = DecodedStreamObject()
        xobject._data = image.data
        xobject.update(
            {
                NameObject("/Type"): NameObject("/XObject"),
                NameObject("/Subtype"): NameObject("/Image"),
                NameObject("/Width"): NumberObject(image.width),
                NameObject("/Height"): NumberObject(image.height),
                NameObject("/ColorSpace"): NameObject(image.colour_space),
                NameObject("/BitsPerComponent"): NumberObject(8),
                NameObject("/Filter"): NameObject(image.filter),
            }
        )
        if image.predictor_colours:
            xobject[NameObject("/DecodeParms")] = DictionaryObject(
                {
                    NameObject("/Predictor"): NumberObject(15),
                    NameObject("/Colors"): NumberObject(image.predictor_colours),
                    NameObject("/BitsPerComponent"): NumberObject(8),
                    NameObject("/Columns"): NumberObject(image.width),
                }
            )
        resources = DictionaryObject(
            {
                NameObject("/XObject"): DictionaryObject(
                    {NameObject(IMAGE_NAME): self._writer._add_object(xobject)}
                )
            }
        )
        draw = b"q %s 0 0 %s 0 %s cm %s Do Q\n" % (
            _num(page.width),
            _num(page.height),
            _num(BAND),
            IMAGE_NAME.encode(),
        )
        self._new_page(page.width, page.height, resources, draw + stamp)

    def _add_withheld(self, page: OutPage, stamp: bytes) -> None:
        w, h = page.width, page.height
        lines = [("PAGE WITHHELD", 20.0), (f"Reason: {page.reason}", 12.0)]
        ops = [
            b"q 0.6 G 1 w %s %s %s %s re S Q"
            % (_num(24), _num(BAND + 24), _num(w - 48), _num(h - 48))
        ]
        y = BAND + h / 2 + 10
        for text, size in lines:
            tw = stringWidth(text, "Helvetica-Bold", size)
            ops.append(
                b"BT %sB %s Tf %s %s Td %s Tj ET"
                % (STAMP_FONT.encode(), _num(size), _num((w - tw) / 2), _num(y), pdf_string(text))
            )
            y -= size * 1.8
        self._new_page(w, h, DictionaryObject(), b"\n".join(ops) + b"\n" + stamp)

    def write(self, password: str | None = None) -> bytes:
        writer = self._writer
        writer.compress_identical_objects()  # defaults: duplicates merged, orphans dropped
        if password:
            writer.encrypt(
                user_password=password,
                owner_password=secrets.token_urlsafe(32),
                algorithm="AES-256",
                permissions_flag=PERMISSIONS,
            )
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()
