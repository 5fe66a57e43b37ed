"""Test support (not part of the app): a tiny, dependency-free PDF writer.

``make_pdf`` writes a small but valid PDF 1.4 file: one Helvetica (base-14,
WinAnsiEncoding) font, one content stream per page with the page's text
wrapped into lines and drawn with ``Tj``, an optional ``/Title`` in the Info
dictionary, and a cross-reference table with exact byte offsets. Content
streams are FlateDecode-compressed unless ``compress=False``.

Text is encoded as WinAnsi (Windows-1252); characters it cannot represent
(Cyrillic, Kazakh letters, ...) are written as ``?``. Keep a page to about
50 wrapped lines: longer pages are drawn past the bottom margin.

``make_bomb_pdf`` writes a one-page PDF whose content stream inflates to a
chosen (large) number of bytes, for testing decompression limits; the
compressed data is built in a streaming way, so the inflated bytes never sit
in memory.
"""

from __future__ import annotations

import textwrap
import zlib

__all__ = ["make_bomb_pdf", "make_pdf", "make_picture_pdf", "pdf_text", "wrap_page"]

PAGE_WIDTH = 595  # A4, in points
PAGE_HEIGHT = 842
MARGIN = 56
FONT_SIZE = 11
LEADING = 14
WRAP_COLUMNS = 88  # ~5.5 pt per Helvetica character at 11 pt over 483 pt of line

_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
_BINARY_COMMENT = b"%\xe2\xe3\xcf\xd3\n"  # marks the file as binary for transfer tools


def wrap_page(text: str, width: int = WRAP_COLUMNS) -> list[str]:
    """The lines ``make_pdf`` draws for one page: paragraphs kept, long lines wrapped."""
    lines: list[str] = []
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        wrapped = textwrap.wrap(
            paragraph, width=width, break_long_words=True, break_on_hyphens=False
        )
        lines.extend(wrapped or [""])
    return lines


def pdf_text(text: str) -> bytes:
    """``text`` as a PDF literal string body in WinAnsi, with ``\\ ( )`` and non-ASCII escaped."""
    out = bytearray()
    for byte in text.encode("cp1252", errors="replace"):
        if byte in b"\\()":
            out += b"\\" + bytes([byte])
        elif 32 <= byte < 127:
            out.append(byte)
        else:
            out += b"\\%03o" % byte
    return bytes(out)


def _info_string(text: str) -> bytes:
    """A text string for the Info dictionary: UTF-16BE with a byte-order mark, as hex."""
    return b"<" + ("\ufeff" + text).encode("utf-16-be").hex().upper().encode("ascii") + b">"


def _content(lines: list[str]) -> bytes:
    ops = [
        b"BT",
        b"/F1 %d Tf" % FONT_SIZE,
        b"%d TL" % LEADING,
        b"%d %d Td" % (MARGIN, PAGE_HEIGHT - MARGIN - FONT_SIZE),
    ]
    for index, line in enumerate(lines):
        if index:
            ops.append(b"T*")
        if line:
            ops.append(b"(" + pdf_text(line) + b") Tj")
    ops.append(b"ET")
    return b"\n".join(ops) + b"\n"


def _stream(data: bytes, *, compressed: bool) -> bytes:
    """A stream object body; ``data`` is already compressed when ``compressed``."""
    flt = b" /Filter /FlateDecode" if compressed else b""
    return b"<< /Length %d%s >>\nstream\n" % (len(data), flt) + data + b"\nendstream"


class _Writer:
    """Collects numbered objects and serialises them with a correct xref table."""

    def __init__(self) -> None:
        self.objects: list[bytes] = []

    def reserve(self) -> int:
        self.objects.append(b"")
        return len(self.objects)

    def set(self, number: int, body: bytes) -> None:
        self.objects[number - 1] = body

    def add(self, body: bytes) -> int:
        number = self.reserve()
        self.set(number, body)
        return number

    def serialise(self, root: int, info: int | None) -> bytes:
        out = bytearray(b"%PDF-1.4\n" + _BINARY_COMMENT)
        offsets: list[int] = []
        for number, body in enumerate(self.objects, start=1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
        xref_at = len(out)
        out += b"xref\n0 %d\n" % (len(self.objects) + 1)
        out += b"0000000000 65535 f \n"
        for offset in offsets:
            out += b"%010d 00000 n \n" % offset
        trailer = b"/Size %d /Root %d 0 R" % (len(self.objects) + 1, root)
        if info is not None:
            trailer += b" /Info %d 0 R" % info
        out += b"trailer\n<< " + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref_at
        return bytes(out)


def _document(contents: list[bytes], *, title: str | None, compressed: bool) -> bytes:
    """A PDF with one page per entry of ``contents`` (ready-made stream data)."""
    w = _Writer()
    catalog = w.reserve()
    pages = w.reserve()
    font = w.add(_FONT)
    kids: list[int] = []
    for data in contents:
        stream = w.add(_stream(data, compressed=compressed))
        kids.append(
            w.add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d]"
                b" /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                % (pages, PAGE_WIDTH, PAGE_HEIGHT, font, stream)
            )
        )
    w.set(catalog, b"<< /Type /Catalog /Pages %d 0 R >>" % pages)
    refs = b" ".join(b"%d 0 R" % k for k in kids)
    w.set(pages, b"<< /Type /Pages /Kids [%s] /Count %d >>" % (refs, len(kids)))
    info = w.add(b"<< /Title " + _info_string(title) + b" >>") if title is not None else None
    return w.serialise(catalog, info)


def make_pdf(pages: list[str], *, title: str | None = None, compress: bool = True) -> bytes:
    """A valid PDF with one page per string in ``pages`` (at least one page, maybe blank)."""
    contents = [_content(wrap_page(text)) for text in (pages or [""])]
    if compress:
        contents = [zlib.compress(c, 6) for c in contents]
    return _document(contents, title=title, compressed=compress)


def make_bomb_pdf(decompressed_bytes: int, *, chunk_size: int = 1024 * 1024) -> bytes:
    """A one-page PDF whose FlateDecode content stream inflates to ``decompressed_bytes``.

    The stream is a tiny text operation followed by spaces (harmless content-stream
    whitespace). Deflate is fed one ``chunk_size`` block of spaces at a time, so
    memory use is bounded by the compressed output (about 1/1000 of the inflated size).
    """
    if decompressed_bytes < 0:
        raise ValueError("decompressed_bytes must not be negative")
    head = b"BT /F1 12 Tf 72 760 Td (Decompression test) Tj ET\n"[:decompressed_bytes]
    compressor = zlib.compressobj(9)
    parts = [compressor.compress(head)]
    remaining = decompressed_bytes - len(head)
    block = b" " * min(chunk_size, max(remaining, 0))
    while remaining > 0:
        piece = block if remaining >= len(block) else block[:remaining]
        parts.append(compressor.compress(piece))
        remaining -= len(piece)
    parts.append(compressor.flush())
    return _document([b"".join(parts)], title=None, compressed=True)


# -- hostile PDFs for the export tests ---------------------------------------------------
# ``make_hostile_pdf`` hides one term in every place a careless redaction leaves it:
# page text in a standard and in an embedded font, a form XObject drawn on two pages,
# invisible (render mode 3) text, a resource nothing draws, a link URI, an outline,
# /Info, XMP, an attachment, JavaScript (document and OpenAction), a form field, and an
# earlier revision that an incremental update replaced. Page 3 has only harmless text in
# its layer, and a picture showing the term as pixels: the import reads that picture by
# OCR (a "mixed" page) and the export boxes the term there like on a scan.

HOSTILE_KEPT_TEXT = "Third page keeps its text layer: a harmless sentence."
HOSTILE_PAGE_ONE_TEXT = "Visible public sentence on page one."
HOSTILE_IMAGE_BOX = (0.1, 0.55, 0.9, 0.75)  # where page 3's picture sits (page fractions)


def _stream_obj(data: bytes, extra: bytes = b"") -> bytes:
    packed = zlib.compress(data, 6)
    return b"<< /Length %d /Filter /FlateDecode%s >>\nstream\n" % (len(packed), extra) + (
        packed + b"\nendstream"
    )


def _text_ops(font: bytes, x: int, y: int, text: str, *, mode: int = 0, size: int = 12) -> bytes:
    return b"BT /%s %d Tf %d Tr %d %d Td (%s) Tj ET\n" % (
        font,
        size,
        mode,
        x,
        y,
        pdf_text(text),
    )


def _embedded_truetype(w: _Writer, font_file: bytes) -> int:
    """A simple TrueType font (WinAnsi) with the whole font program embedded."""
    program = w.add(_stream_obj(font_file, b" /Length1 %d" % len(font_file)))
    descriptor = w.add(
        b"<< /Type /FontDescriptor /FontName /EmbeddedSans /Flags 32"
        b" /FontBBox [-1021 -463 1793 1232] /ItalicAngle 0 /Ascent 928 /Descent -236"
        b" /CapHeight 700 /StemV 80 /FontFile2 %d 0 R >>" % program
    )
    widths = b" ".join(b"600" for _ in range(32, 256))
    return w.add(
        b"<< /Type /Font /Subtype /TrueType /BaseFont /EmbeddedSans /FirstChar 32"
        b" /LastChar 255 /Widths [%s] /Encoding /WinAnsiEncoding /FontDescriptor %d 0 R >>"
        % (widths, descriptor)
    )


def _grey_image(w: _Writer, pixels: bytes, width: int, height: int) -> int:
    return w.add(
        _stream_obj(
            pixels,
            b" /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray"
            b" /BitsPerComponent 8" % (width, height),
        )
    )


def make_hostile_pdf(
    term: str,
    *,
    font_file: bytes,
    image: tuple[bytes, int, int] | None = None,
) -> bytes:
    """A 4-page PDF hiding ``term`` (WinAnsi text) everywhere; see the comment above.

    ``font_file`` is a TrueType program to embed (page 4 draws the term with it);
    ``image`` is (8-bit grey pixels, width, height) of a picture showing the term, drawn
    on page 3 at ``HOSTILE_IMAGE_BOX``."""
    w = _Writer()
    catalog = w.reserve()
    pages = w.reserve()
    helv = w.add(_FONT)
    embedded = _embedded_truetype(w, font_file)
    form = w.add(
        _stream_obj(
            _text_ops(b"F1", 0, 0, f"Form XObject names {term}"),
            b" /Type /XObject /Subtype /Form /BBox [0 0 400 40]"
            b" /Resources << /Font << /F1 %d 0 R >> >>" % helv,
        )
    )
    unused = w.add(
        _stream_obj(
            _text_ops(b"F1", 0, 0, f"Unused resource with {term}"),
            b" /Type /XObject /Subtype /Form /BBox [0 0 400 40]"
            b" /Resources << /Font << /F1 %d 0 R >> >>" % helv,
        )
    )
    link = w.add(
        b"<< /Type /Annot /Subtype /Link /Rect [56 700 300 720] /Border [0 0 0]"
        b" /A << /S /URI /URI (https://example.org/%s) >> >>" % pdf_text(term.replace(" ", "-"))
    )
    field = w.add(
        b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (witness) /V (%s)"
        b" /Rect [56 600 300 620] >>" % pdf_text(term)
    )
    contents = [
        _text_ops(b"F1", 56, 760, HOSTILE_PAGE_ONE_TEXT)
        + _text_ops(b"F1", 56, 740, f"The witness {term} spoke.")
        + _text_ops(b"F1", 56, 500, f"Invisible OCR layer {term}", mode=3)
        + b"q 1 0 0 1 56 400 cm /Fx0 Do Q\n",
        _text_ops(b"F1", 56, 760, "Page two shows the shared form.")
        + b"q 1 0 0 1 56 400 cm /Fx0 Do Q\n",
        _text_ops(b"F1", 56, 760, HOSTILE_KEPT_TEXT),
        _text_ops(b"F2", 56, 760, f"Embedded font: {term}", size=14),
    ]
    resources = b"<< /Font << /F1 %d 0 R /F2 %d 0 R >> /XObject << /Fx0 %d 0 R /Unused %d 0 R" % (
        helv,
        embedded,
        form,
        unused,
    )
    if image is not None:
        pixels, width, height = image
        x0, y0, x1, y1 = HOSTILE_IMAGE_BOX
        resources += b" /Im0 %d 0 R" % _grey_image(w, pixels, width, height)
        contents[2] += b"q %d 0 0 %d %d %d cm /Im0 Do Q\n" % (
            round((x1 - x0) * PAGE_WIDTH),
            round((y1 - y0) * PAGE_HEIGHT),
            round(x0 * PAGE_WIDTH),
            round((1 - y1) * PAGE_HEIGHT),
        )
    resources += b" >> >>"
    annots = [b"/Annots [%d 0 R %d 0 R]" % (link, field), b"", b"/Annots [%d 0 R]" % link, b""]
    kids: list[int] = []
    content_objs: list[int] = []
    for data, extra in zip(contents, annots, strict=True):
        content_objs.append(w.add(_stream_obj(data)))
        kids.append(
            w.add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources %s"
                b" /Contents %d 0 R %s >>"
                % (pages, PAGE_WIDTH, PAGE_HEIGHT, resources, content_objs[-1], extra)
            )
        )
    refs = b" ".join(b"%d 0 R" % k for k in kids)
    w.set(pages, b"<< /Type /Pages /Kids [%s] /Count %d >>" % (refs, len(kids)))
    xmp = w.add(
        _stream_obj(
            b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>' + pdf_text(term) + b"</dc:creator>"
            b"</x:xmpmeta>",
            b" /Type /Metadata /Subtype /XML",
        )
    )
    attached = w.add(
        _stream_obj(f"Attached note about {term}".encode("cp1252"), b" /Type /EmbeddedFile")
    )
    filespec = w.add(b"<< /Type /Filespec /F (note.txt) /EF << /F %d 0 R >> >>" % attached)
    script = b"<< /S /JavaScript /JS (app.alert\\('%s'\\);) >>" % pdf_text(term)
    outline_item = w.reserve()
    outlines = w.add(
        b"<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count 1 >>" % (outline_item, outline_item)
    )
    w.set(
        outline_item,
        b"<< /Title (%s) /Parent %d 0 R /Dest [%d 0 R /Fit] >>"
        % (pdf_text(term), outlines, kids[0]),
    )
    w.set(
        catalog,
        b"<< /Type /Catalog /Pages %d 0 R /Outlines %d 0 R /Metadata %d 0 R"
        b" /Names << /EmbeddedFiles << /Names [(note.txt) %d 0 R] >>"
        b" /JavaScript << /Names [(init) %s] >> >> /OpenAction %s"
        b" /AcroForm << /Fields [%d 0 R] >> >>"
        % (pages, outlines, xmp, filespec, script, script, field),
    )
    info = w.add(b"<< /Title (%s) /Author (%s) >>" % (pdf_text(term), pdf_text(term)))
    # The first revision has the term on page 3; an incremental update replaces it.
    w.set(
        content_objs[2],
        _stream_obj(_text_ops(b"F1", 56, 760, f"Earlier revision named {term}")),
    )
    base = w.serialise(catalog, info)
    return _incremental_update(
        base,
        content_objs[2],
        _stream_obj(contents[2]),
        size=len(w.objects) + 1,
        root=catalog,
        info=info,
    )


def _incremental_update(
    base: bytes, number: int, body: bytes, *, size: int, root: int, info: int
) -> bytes:
    """``base`` plus an update section that replaces object ``number`` with ``body``."""
    prev = int(base.rsplit(b"startxref", 1)[1].split()[0])
    out = bytearray(base)
    offset = len(out)
    out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n%d 1\n%010d 00000 n \n" % (number, offset)
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /Prev %d >>\n" % (
        size,
        root,
        info,
        prev,
    )
    out += b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def make_overdrawn_pdf(text: str, covered: str) -> bytes:
    """The classic failed redaction: ``text`` on a page, a black box drawn over the
    ``covered`` part of it, and the text still underneath."""
    start = text.index(covered)
    x = MARGIN + int(5.5 * start)
    ops = _text_ops(b"F1", MARGIN, 760, text) + b"0 g %d 755 %d 16 re f\n" % (
        x,
        int(6 * len(covered)) + 4,
    )
    return _document([zlib.compress(ops, 6)], title=None, compressed=True)


def make_layered_scan_pdf(
    image: tuple[bytes, int, int], layer: str, *, invisible: bool = True, size: int = 8
) -> bytes:
    """One A4 page: a scan (8-bit grey pixels, width, height) drawn over the whole page and
    a short text layer ``layer`` on top of it (WinAnsi; render mode 3, invisible, as OCR
    software writes it, unless ``invisible`` is False). A scan whose layer holds far fewer
    characters than the page shows."""
    pixels, width, height = image
    w = _Writer()
    catalog = w.reserve()
    pages = w.reserve()
    helv = w.add(_FONT)
    picture = _grey_image(w, pixels, width, height)
    content = b"q %d 0 0 %d 0 0 cm /Im0 Do Q\n" % (PAGE_WIDTH, PAGE_HEIGHT) + _text_ops(
        b"F1", MARGIN, PAGE_HEIGHT - 2 * MARGIN, layer, mode=3 if invisible else 0, size=size
    )
    stream = w.add(_stream_obj(content))
    page = w.add(
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << /Font"
        b" << /F1 %d 0 R >> /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>"
        % (pages, PAGE_WIDTH, PAGE_HEIGHT, helv, picture, stream)
    )
    w.set(pages, b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page)
    w.set(catalog, b"<< /Type /Catalog /Pages %d 0 R >>" % pages)
    return w.serialise(catalog, None)


# (8-bit grey pixels, width, height) and where the picture is drawn (page fractions,
# origin top left: x0, y0, x1, y1)
Picture = tuple[bytes, int, int, tuple[float, float, float, float]]


def make_picture_pdf(
    pages: list[str],
    pictures: dict[int, list[Picture]],
    *,
    stamps: dict[int, list[Picture]] | None = None,
) -> bytes:
    """Text pages as ``make_pdf`` draws them (Helvetica, WinAnsi), with pictures drawn on
    some of them: ``pictures`` maps a page number (from 1) to the pictures on it (a photo
    of an ID, a stamp, a logo), each an image XObject placed at its box. ``stamps``: the
    same, as printable Stamp annotations whose appearance draws the picture (what a PDF
    editor's stamp tool makes) instead of page content."""
    w = _Writer()
    catalog = w.reserve()
    pages_obj = w.reserve()
    font = w.add(_FONT)
    kids: list[int] = []
    for number, text in enumerate(pages or [""], start=1):
        ops = _content(wrap_page(text))
        names: list[bytes] = []
        for index, (pixels, width, height, box) in enumerate(pictures.get(number, [])):
            name = b"Im%d" % index
            names.append(b"/%s %d 0 R" % (name, _grey_image(w, pixels, width, height)))
            x0, y0, x1, y1 = box
            ops += b"q %.2f 0 0 %.2f %.2f %.2f cm /%s Do Q\n" % (
                (x1 - x0) * PAGE_WIDTH,
                (y1 - y0) * PAGE_HEIGHT,
                x0 * PAGE_WIDTH,
                (1 - y1) * PAGE_HEIGHT,
                name,
            )
        stream = w.add(_stream_obj(ops))
        xobjects = b" /XObject << %s >>" % b" ".join(names) if names else b""
        annots: list[int] = []
        for pixels, width, height, (x0, y0, x1, y1) in (stamps or {}).get(number, []):
            picture = _grey_image(w, pixels, width, height)
            appearance = w.add(
                _stream_obj(
                    b"q %d 0 0 %d 0 0 cm /Im0 Do Q\n" % (width, height),
                    b" /Type /XObject /Subtype /Form /BBox [0 0 %d %d]"
                    b" /Resources << /XObject << /Im0 %d 0 R >> >>" % (width, height, picture),
                )
            )
            annots.append(
                w.add(
                    b"<< /Type /Annot /Subtype /Stamp /F 4 /Rect [%.2f %.2f %.2f %.2f]"
                    b" /AP << /N %d 0 R >> >>"
                    % (
                        x0 * PAGE_WIDTH,
                        (1 - y1) * PAGE_HEIGHT,
                        x1 * PAGE_WIDTH,
                        (1 - y0) * PAGE_HEIGHT,
                        appearance,
                    )
                )
            )
        listed = b" /Annots [%s]" % b" ".join(b"%d 0 R" % a for a in annots) if annots else b""
        kids.append(
            w.add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d]"
                b" /Resources << /Font << /F1 %d 0 R >>%s >> /Contents %d 0 R%s >>"
                % (pages_obj, PAGE_WIDTH, PAGE_HEIGHT, font, xobjects, stream, listed)
            )
        )
    refs = b" ".join(b"%d 0 R" % k for k in kids)
    w.set(pages_obj, b"<< /Type /Pages /Kids [%s] /Count %d >>" % (refs, len(kids)))
    w.set(catalog, b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj)
    return w.serialise(catalog, None)
