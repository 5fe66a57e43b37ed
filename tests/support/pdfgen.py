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

__all__ = ["make_bomb_pdf", "make_pdf", "pdf_text", "wrap_page"]

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
