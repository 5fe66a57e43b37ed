"""indexing layer: decide what kind of file this is from its bytes, then its name."""

from __future__ import annotations

import io
import re
import zipfile

from indexing.errors import EmptyFile, TooLarge, UnsupportedType
from indexing.extract.mbox import looks_like_mbox
from indexing.extract.msg import OLE_MAGIC
from indexing.extract.text import utf16_codec
from indexing.extract.types import (
    DOCX,
    EML,
    HTML,
    JPEG,
    MARKDOWN,
    MBOX,
    MSG,
    PDF,
    PNG,
    TEXT,
    TIFF,
    Limits,
    Source,
)

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".csv", ".log", ""}
MAIL_SUFFIXES = {".eml", ".mht", ".mhtml", ".msg", ".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml")
MARKDOWN_SUFFIXES = {".md", ".markdown"}
MAIL_HEADERS = (
    b"from:",
    b"received:",
    b"return-path:",
    b"mime-version:",
    b"message-id:",
    b"subject:",
    b"date:",
    b"to:",
    b"delivered-to:",
)


def sniff(source: Source, limits: Limits) -> str:
    """The media type of ``source``; raises EmptyFile, TooLarge or UnsupportedType."""
    size = source.size
    if size == 0:
        raise EmptyFile()
    if size > limits.max_file_bytes:
        raise TooLarge(
            f"the file is {_mb(size)}, over the import limit of {_mb(limits.max_file_bytes)}"
        )
    head = source.head(4096)
    if b"%PDF-" in head[:1024]:
        return PDF
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return TIFF
    if head.startswith(b"PK\x03\x04"):
        if source.suffix == ".docx" or _zip_has_word_document(source):
            return DOCX
        raise UnsupportedType(
            f"unsupported file type (a ZIP archive, {source.suffix or 'no extension'})"
        )
    if head.startswith(OLE_MAGIC):
        return MSG  # an Outlook message, whatever its name; other OLE files are refused there
    if looks_like_mbox(head):
        return EML if source.suffix == ".eml" else MBOX  # one message saved with its From_ line
    if _looks_like_mail(head, strict=source.suffix != ".eml") and (
        source.suffix in MAIL_SUFFIXES or source.suffix in HTML_SUFFIXES
    ):
        return EML
    if _looks_like_html(head) and (
        source.suffix in HTML_SUFFIXES or source.suffix in TEXT_SUFFIXES
    ):
        return HTML
    if source.suffix == ".eml":
        if _looks_like_text(head):
            return EML  # headers damaged or missing: still read as a message
        raise UnsupportedType("not an e-mail: the .eml file holds binary data of an unknown kind")
    if source.suffix in (".mbox", ".mbx"):
        raise UnsupportedType("not a mailbox: no 'From ' line starts the .mbox file")
    if source.suffix in TEXT_SUFFIXES and _looks_like_text(head):
        return MARKDOWN if source.suffix in MARKDOWN_SUFFIXES else TEXT
    if source.suffix in HTML_SUFFIXES and _looks_like_text(head):
        return HTML
    raise UnsupportedType(f"unsupported file type ({source.suffix or 'no extension'})")


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


def _zip_has_word_document(source: Source) -> bool:
    try:
        if source.data is not None:
            with zipfile.ZipFile(io.BytesIO(source.data)) as zf:
                return "word/document.xml" in zf.namelist()
        assert source.path is not None
        with zipfile.ZipFile(source.path) as zf:
            return "word/document.xml" in zf.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


_HEADER_LINE = re.compile(rb"^[!-9;-~]+:")
# Headers that only a transported or saved message carries (a typed memo has From/To/Subject)
TRANSPORT_HEADERS = (
    b"received:",
    b"return-path:",
    b"mime-version:",
    b"message-id:",
    b"delivered-to:",
    b"content-type:",
    b"x-",
    b"dkim-signature:",
    b"arc-",
    b"authentication-results:",
)


def _looks_like_mail(head: bytes, *, strict: bool = False) -> bool:
    """A header block: 'Name: value' lines (and folded continuations) before a blank line,
    with a mail header among them; ``strict`` also wants a transport header."""
    lines = head.lstrip().replace(b"\r\n", b"\n").split(b"\n")
    if lines and len(lines) > 1 and len(head) >= 4096:
        lines = lines[:-1]  # the last line may be cut in the middle
    names: list[bytes] = []
    for line in lines:
        if not line:
            break
        if line[:1] in (b" ", b"\t") and names:
            continue
        if not _HEADER_LINE.match(line):
            return False
        names.append(line.split(b":", 1)[0].lower() + b":")
    if not any(n.startswith(MAIL_HEADERS) for n in names):
        return False
    return not strict or any(n.startswith(TRANSPORT_HEADERS) for n in names)


def _looks_like_html(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    while start.startswith(b"<!--"):  # comments before the doctype
        end = start.find(b"-->")
        if end < 0:
            return False
        start = start[end + 3 :].lstrip()
    if start.startswith(b"<?xml"):
        return b"<html" in head[:1024].lower()
    return start.startswith(HTML_STARTS)


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return True
    if utf16_codec(head):
        return True
    if b"\x00" in head:
        return False
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls <= len(head) * 0.01
