"""archive_app layer: checking an output PDF for leaks and for anything scrubbing must remove.

Leaks are looked for three ways, independently: the text pypdf extracts, the text
PDFium extracts, and a raw scan of every object (strings, names and every stream,
decoded) plus the file's bytes outside streams. Image pixels and embedded font
programs are binary and not text-scanned (a term drawn as pixels is out of reach of
any text search: the pages that draw pictures large enough to show words are read by
OCR instead, ``ocr_boxes.PageReader``). A finding names the page (or object), never
what was found.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    StreamObject,
    TextStringObject,
)

from archive_app.export.detect import Detector
from archive_app.export.errors import ExportError
from archive_app.export.pdfium_pages import PdfiumDocument

CATALOG_KEYS = frozenset({"/Type", "/Pages"})
PAGE_KEYS = frozenset({"/Type", "/Parent", "/MediaBox", "/Resources", "/Contents"})
FORBIDDEN_KEYS = frozenset(
    [
        "/JS",
        "/JavaScript",
        "/URI",
        "/Launch",
        "/EmbeddedFile",
        "/EmbeddedFiles",
        "/AA",
        "/OpenAction",
        "/Annots",
        "/AcroForm",
        "/XFA",
        "/Outlines",
        "/Metadata",
        "/SubmitForm",
        "/GoToR",
        "/RichMedia",
        "/PieceInfo",
        "/Names",
    ]
)
FORBIDDEN_TYPES = frozenset({"/Annot", "/Filespec", "/Action", "/Metadata", "/EmbeddedFile"})
FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")
_STREAM_BODY = re.compile(rb"stream\r?\n.*?endstream", re.DOTALL)


@dataclass(frozen=True)
class Finding:
    page: int | None  # 1-based; None when an object belongs to no page
    where: str


def open_reader(data: bytes, password: str | None) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(password or ""):
            raise ExportError("the PDF is password-protected; give its password")
    except ExportError:
        raise
    except Exception as exc:  # any parser failure
        raise ExportError(f"the PDF cannot be read ({type(exc).__name__})") from exc
    return reader


def pdf_leaks(
    data: bytes, detector: Detector, *, password: str | None = None, ignore: Iterable[str] = ()
) -> list[Finding]:
    """Every place in the PDF where the detector still finds something."""
    ignore = tuple(ignore)
    reader = open_reader(data, password)
    found: list[Finding] = []
    for index, page in enumerate(reader.pages):
        try:
            text = page.extract_text() or ""
        except Exception:  # a page whose text cannot be read cannot be declared clean
            found.append(Finding(index + 1, "text unreadable (pypdf)"))
            continue
        if detector.hits(text, ignore=ignore):
            found.append(Finding(index + 1, "page text (pypdf)"))
    with PdfiumDocument(data, "output", password) as pdfium_doc:
        for index in range(len(pdfium_doc)):
            if detector.hits(pdfium_doc.page_text(index), ignore=ignore):
                found.append(Finding(index + 1, "page text (PDFium)"))
    pages_of = _pages_of_objects(reader)
    fonts = _font_programs(reader)
    for number, obj in _objects(reader):
        for text in _object_texts(obj, number in fonts):
            if detector.hits(text, ignore=ignore, patterns=False):
                pages: list[int | None] = list(pages_of.get(number, [])) or [None]
                found += [Finding(p, f"PDF object {number}") for p in pages]
                break
    outside = _STREAM_BODY.sub(b" ", data).decode("latin-1")
    if not reader.is_encrypted and detector.hits(outside, ignore=ignore, patterns=False):
        found.append(Finding(None, "file bytes outside streams"))
    return found


def text_leaks(text: str, detector: Detector, ignore: Iterable[str] = ()) -> bool:
    return bool(detector.hits(text, ignore=tuple(ignore)))


def scrub_problems(data: bytes, *, password: str | None = None) -> list[str]:
    """What a scrubbed PDF must not have: revisions, /Info, XMP, actions, annotations,
    attachments, forms, outlines, JavaScript, links, extra keys, unreferenced objects."""
    problems: list[str] = []
    outside = _STREAM_BODY.sub(b" ", data)
    if outside.count(b"startxref") != 1 or outside.count(b"%%EOF") != 1:
        problems.append("more than one revision (incremental update)")
    reader = open_reader(data, password)
    trailer = reader.trailer
    for key in ("/Info", "/Prev"):
        if key in trailer:
            problems.append(f"trailer has {key}")
    root = trailer["/Root"].get_object()
    extra = sorted(set(root) - CATALOG_KEYS) if isinstance(root, DictionaryObject) else ["?"]
    if extra:
        problems.append(f"document catalog has {', '.join(extra)}")
    for index, page in enumerate(reader.pages, start=1):
        extra = sorted(set(page) - PAGE_KEYS)
        if extra:
            problems.append(f"page {index} has {', '.join(extra)}")
    for number, obj in _objects(reader):
        if isinstance(obj, DictionaryObject):
            bad = sorted(set(obj) & FORBIDDEN_KEYS)
            kind = obj.get("/Type")
            if bad:
                problems.append(f"object {number} has {', '.join(bad)}")
            elif kind in FORBIDDEN_TYPES:
                problems.append(f"object {number} is a {kind}")
    reachable = _reachable(reader)
    orphans = sorted(n for n, _ in _objects(reader) if n not in reachable)
    if orphans:
        problems.append(f"{len(orphans)} unreferenced object(s)")
    return problems


# -- walking a PDF ---------------------------------------------------------------------
def _objects(reader: PdfReader) -> Iterator[tuple[int, Any]]:
    """Every object the cross-reference table lists as in use (free entries skipped)."""
    numbers: set[int] = set(reader.xref_objStm)
    for table in reader.xref.values():
        numbers.update(table)
    for number in sorted(numbers):
        try:
            obj = reader.get_object(number)
        except Exception:  # noqa: S112 - a broken entry is skipped
            continue
        if obj is not None:
            yield number, obj


def _reachable(reader: PdfReader, start: Any = None) -> set[int]:
    """Object numbers reachable from ``start`` (default: the trailer), not via /Parent."""
    seen: set[int] = set()
    stack: list[Any] = [reader.trailer if start is None else start]
    while stack:
        item = stack.pop()
        if isinstance(item, IndirectObject):
            if item.idnum in seen:
                continue
            seen.add(item.idnum)
            item = item.get_object()
        if isinstance(item, DictionaryObject):
            stack.extend(item.raw_get(k) for k in item if k != "/Parent")
        elif isinstance(item, ArrayObject):
            stack.extend(item)
    return seen


def _pages_of_objects(reader: PdfReader) -> dict[int, list[int]]:
    pages_of: dict[int, list[int]] = {}
    for index, page in enumerate(reader.pages, start=1):
        if page.indirect_reference is not None:
            pages_of.setdefault(page.indirect_reference.idnum, []).append(index)
        for number in _reachable(reader, page):
            pages_of.setdefault(number, []).append(index)
    return pages_of


def _font_programs(reader: PdfReader) -> set[int]:
    found: set[int] = set()
    for _, obj in _objects(reader):
        if isinstance(obj, DictionaryObject) and obj.get("/Type") == "/FontDescriptor":
            for key in FONT_FILES:
                ref = obj.raw_get(key) if key in obj else None
                if isinstance(ref, IndirectObject):
                    found.add(ref.idnum)
    return found


def _strings(obj: Any) -> Iterator[str]:
    """Strings and names inside one object (not following references)."""
    stack = [obj]
    while stack:
        item = stack.pop()
        if isinstance(item, TextStringObject):
            yield str(item)
        elif isinstance(item, ByteStringObject):
            yield bytes(item).decode("latin-1")
        elif isinstance(item, NameObject):
            yield str(item)[1:]
        elif isinstance(item, DictionaryObject):
            stack.extend(item.raw_get(k) for k in item)
            stack.extend(NameObject(k) for k in item)
        elif isinstance(item, ArrayObject):
            stack.extend(item)


def _object_texts(obj: Any, font_program: bool) -> Iterator[str]:
    strings = list(_strings(obj))
    if strings:
        yield "\n".join(strings)
    if not isinstance(obj, StreamObject):
        return
    if obj.get("/Subtype") == "/Image":
        if obj.get("/Filter") == "/DCTDecode":
            raw = bytes(obj._data)
            yield raw[: raw.find(b"\xff\xda") if b"\xff\xda" in raw else len(raw)].decode("latin-1")
        return
    if font_program:
        return
    try:
        data = obj.get_data()
    except Exception:
        data = bytes(obj._data)
    yield data.decode("latin-1")
    if data.startswith((b"\xfe\xff", b"\xff\xfe")):
        yield data.decode("utf-16", errors="ignore")
    else:
        yield data.decode("utf-8", errors="ignore")
