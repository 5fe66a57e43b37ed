"""indexing layer: the PDF sandbox process (``python -m indexing.extract.pdf_worker``).

PDFium is C++; a hostile PDF must not be able to crash, hang or exhaust the
application. This runs as a separate process under an address-space limit,
reads requests on stdin and answers on stdout as JSON frames; the parent kills
it on a time-out and starts a fresh one.
"""

from __future__ import annotations

import contextlib
import ctypes
import re
import resource
import sys
import unicodedata
from typing import IO, Any

from indexing.extract.frames import FrameError, read_frame, read_json, write_json

NO_TEXT_CHARS_PER_PAGE = 20


def serve(requests: IO[bytes], replies: IO[bytes], memory_bytes: int, max_pages: int) -> None:
    """Answer extraction requests until the pipe closes."""
    with contextlib.suppress(ValueError, OSError):  # limit not settable on this system
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    import pypdfium2 as pdfium  # imported after the limit is in place

    while True:
        try:
            request = read_json(requests)
            source: Any = request["path"] if request["kind"] == "path" else read_frame(requests)
        except (FrameError, KeyError, TypeError):
            return
        try:
            reply = _extract(pdfium, source, max_pages)
        except MemoryError:
            reply = {"kind": "limit", "message": "the PDF needs more memory than the limit allows"}
        except Exception as exc:  # any parser failure is a per-file error
            reply = {"kind": "corrupt", "message": _describe(exc)}
        write_json(replies, reply)


def _describe(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _extract(pdfium: Any, source: str | bytes, max_pages: int) -> dict[str, Any]:
    try:
        doc = pdfium.PdfDocument(source)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium.raw.FPDF_ERR_PASSWORD:
            return {"kind": "encrypted"}
        return {"kind": "corrupt", "message": _describe(exc)}
    try:
        count = len(doc)
        if count > max_pages:
            return {
                "kind": "limit",
                "message": f"the PDF has {count:,} pages, over the limit of {max_pages:,}",
            }
        with contextlib.suppress(Exception):  # a broken AcroForm must not stop the text
            doc.init_forms()
        formenv = getattr(getattr(doc, "formenv", None), "raw", None)
        pages: list[str] = []
        unusable: list[int] = []
        for index in range(count):
            page = doc[index]
            try:
                textpage = page.get_textpage()
                try:
                    text = textpage.get_text_range()
                finally:
                    textpage.close()
                extra = _annotations(pdfium, page, formenv)
            finally:
                page.close()
            text = clean_text(text)
            if not usable(text):
                unusable.append(index + 1)
                text = ""
            pages.append(text + ("\n\n" + extra if extra else ""))
        title = str(doc.get_metadata_dict().get("Title", "")).strip("\x00 ").strip()
        return {"kind": "ok", "pages": pages, "title": title, "unusable": unusable}
    finally:
        doc.close()


# PDFium marks a hyphen it found at a line end as U+FFFE; a soft hyphen (U+00AD) is one too.
_LINE_END_HYPHEN = re.compile("[\ufffe\u00ad][ \t]*(?:\r?\n[ \t]*)?")
MAX_ANNOTATIONS = 2000


def clean_text(text: str) -> str:
    """Line-end hyphens joined (so 'adip-iscing' is found as 'adipiscing'), CRLF, NULs."""
    text = text.replace("\r\n", "\n").replace("\x00", "")
    return _LINE_END_HYPHEN.sub("", text)


def usable(text: str) -> bool:
    """False for a page whose text is mostly control characters or U+FFFD: a font without
    a Unicode map (Type 3, broken ToUnicode). Such a page has no text layer to trust."""
    chars = [c for c in text if not c.isspace()]
    if len(chars) < 8:
        return True
    bad = sum(
        1 for c in chars if c == "\ufffd" or unicodedata.category(c) in ("Cc", "Co", "Cs", "Cn")
    )
    return bad <= len(chars) * 0.3


def _utf16(buffer: Any, size: int) -> str:
    raw = bytes(buffer)[: max(0, size - 2)]
    return raw.decode("utf-16-le", errors="replace").strip()


def _annot_string(pdfium: Any, annot: Any, key: bytes) -> str:
    raw = pdfium.raw
    size = raw.FPDFAnnot_GetStringValue(annot, key, None, 0)
    if size <= 2:
        return ""
    buffer = ctypes.create_string_buffer(size)
    raw.FPDFAnnot_GetStringValue(
        annot, key, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)), size
    )
    return _utf16(buffer, size)


def _field_string(pdfium: Any, getter: Any, formenv: Any, annot: Any) -> str:
    size = getter(formenv, annot, None, 0)
    if size <= 2:
        return ""
    buffer = ctypes.create_string_buffer(size)
    getter(formenv, annot, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)), size)
    return _utf16(buffer, size)


def _annotations(pdfium: Any, page: Any, formenv: Any) -> str:
    """Form field values and annotation contents (comments, FreeText) of one page."""
    raw = pdfium.raw
    fields: list[str] = []
    comments: list[str] = []
    count = min(raw.FPDFPage_GetAnnotCount(page.raw), MAX_ANNOTATIONS)
    text_fields = (
        raw.FPDF_FORMFIELD_TEXTFIELD,
        raw.FPDF_FORMFIELD_COMBOBOX,
        raw.FPDF_FORMFIELD_LISTBOX,
    )
    for index in range(count):
        annot = raw.FPDFPage_GetAnnot(page.raw, index)
        if not annot:
            continue
        try:
            subtype = raw.FPDFAnnot_GetSubtype(annot)
            if subtype in (raw.FPDF_ANNOT_POPUP, raw.FPDF_ANNOT_LINK):
                continue  # a popup repeats its parent's text; links carry none
            if subtype == raw.FPDF_ANNOT_WIDGET:
                if (
                    formenv is None
                    or raw.FPDFAnnot_GetFormFieldType(formenv, annot) not in text_fields
                ):
                    continue
                value = _field_string(pdfium, raw.FPDFAnnot_GetFormFieldValue, formenv, annot)
                name = _field_string(pdfium, raw.FPDFAnnot_GetFormFieldName, formenv, annot)
                if value:
                    fields.append(f"{name}: {value}" if name else value)
                continue
            contents = _annot_string(pdfium, annot, b"Contents")
            if contents:
                author = _annot_string(pdfium, annot, b"T")
                comments.append(f"{author}: {contents}" if author else contents)
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    parts: list[str] = []
    if fields:
        parts.append("[Form fields]\n" + "\n".join(clean_text(f) for f in fields))
    if comments:
        parts.append("[Comments]\n" + "\n".join(clean_text(c) for c in comments))
    return "\n\n".join(parts)


def looks_scanned(pages: list[str]) -> bool:
    """True when no page carries a real text layer (image-only scans)."""
    return all(len("".join(p.split())) < NO_TEXT_CHARS_PER_PAGE for p in pages)


def main() -> None:
    memory_bytes, max_pages = int(sys.argv[1]), int(sys.argv[2])
    serve(sys.stdin.buffer, sys.stdout.buffer, memory_bytes, max_pages)


if __name__ == "__main__":
    main()
