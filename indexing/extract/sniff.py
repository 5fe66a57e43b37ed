"""indexing layer: decide what kind of file this is from its bytes, then its name."""

from __future__ import annotations

import io
import zipfile

from indexing.errors import EmptyFile, TooLarge, UnsupportedType
from indexing.extract.text import utf16_codec
from indexing.extract.types import (
    DOCX,
    EML,
    JPEG,
    MARKDOWN,
    PDF,
    PNG,
    TEXT,
    TIFF,
    Limits,
    Source,
)

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".csv", ".log", ""}
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
    if source.suffix == ".eml" or (source.suffix == "" and _looks_like_mail(head)):
        return EML
    if source.suffix in TEXT_SUFFIXES and _looks_like_text(head):
        return MARKDOWN if source.suffix in MARKDOWN_SUFFIXES else TEXT
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


def _looks_like_mail(head: bytes) -> bool:
    first = head.lstrip().split(b"\n", 1)[0].lower()
    return first.startswith(MAIL_HEADERS)


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return True
    if utf16_codec(head):
        return True
    if b"\x00" in head:
        return False
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls <= len(head) * 0.01
