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
import time
import unicodedata
from collections.abc import Callable
from functools import partial
from typing import IO, Any

from indexing.extract.frames import FrameError, read_frame, read_json, write_json
from indexing.extract.pictures import flatten_print, page_pictures

NO_TEXT_CHARS_PER_PAGE = 20

# Ink against characters: a page rendered at INK_DPI shows about INK_PER_CHAR of its area
# dark per character of ordinary 10-12 pt text (measured: 3.5e-5 at 50 dpi, English and
# Russian, typeset or scanned). A page whose text layer holds fewer than THIN_SHARE of the
# characters its ink suggests is read by OCR as a scan (a scan with a few stray OCR'd
# characters, an invisible junk layer). Large type, boxes and highlights raise the ink per
# character two- to fivefold (a 14 pt annotated page: 4x), hence a tenth. Pages with
# MAX_THIN_CHARS characters or more have a text layer worth trusting and are not drawn;
# pages under NO_TEXT_CHARS_PER_PAGE are queued anyway. Drawing stops after INK_BUDGET_S
# per file (a hostile file must not turn the measure into a time-out).
INK_DPI = 50
INK_PER_CHAR = 3.5e-5
THIN_SHARE = 0.1
MIN_INK = 0.004  # below this (about 110 characters' worth) little is there to read
MAX_THIN_CHARS = 400
INK_BUDGET_S = 30.0
_DARK = bytes(range(160))  # grey levels counted as ink


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
        thin: list[int] = []
        mixed: list[int] = []
        deadline = time.monotonic() + INK_BUDGET_S
        for index in range(count):
            page = doc[index]
            stamped = False  # a text page with annotations, whose pictures are not known yet
            try:
                textpage = page.get_textpage()
                try:
                    text = textpage.get_text_range()
                finally:
                    textpage.close()
                extra = _annotations(pdfium, page, formenv)
                text = clean_text(text)
                if not usable(text):
                    unusable.append(index + 1)
                    text = ""
                elif time.monotonic() < deadline and too_thin(text, partial(ink_share, page)):
                    thin.append(index + 1)
                elif has_layer(text) and shows_pictures(pdfium, page):
                    mixed.append(index + 1)
                else:
                    stamped = has_layer(text) and bool(pdfium.raw.FPDFPage_GetAnnotCount(page.raw))
            finally:
                page.close()
            if stamped and annotations_show_pictures(pdfium, doc, index):
                mixed.append(index + 1)
            pages.append(text + ("\n\n" + extra if extra else ""))
        title = str(doc.get_metadata_dict().get("Title", "")).strip("\x00 ").strip()
        return {
            "kind": "ok",
            "pages": pages,
            "title": title,
            "unusable": unusable,
            "thin": thin,
            "mixed": mixed,
        }
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


def readable_chars(text: str) -> int:
    """Characters of a text layer that carry something: not spaces, control characters,
    U+FFFD or unassigned/private code points."""
    return sum(
        1
        for c in text
        if not c.isspace()
        and c != "\ufffd"
        and unicodedata.category(c) not in ("Cc", "Cf", "Co", "Cs", "Cn")
    )


def has_layer(text: str) -> bool:
    """Whether a page's (cleaned) text layer is more than the few characters of a scan:
    a page under NO_TEXT_CHARS_PER_PAGE is read by OCR as image-only."""
    return len("".join(text.split())) >= NO_TEXT_CHARS_PER_PAGE


def shows_pictures(pdfium: Any, page: Any) -> bool:
    """Whether a page draws pictures large enough to show words (a photographed ID, a
    stamp, a screenshot: indexing.extract.pictures); False if they cannot be listed."""
    try:
        return page_pictures(pdfium.raw, page.raw).hold_words
    except Exception:  # a page whose objects cannot be walked keeps its layer as it is
        return False


def annotations_show_pictures(pdfium: Any, doc: Any, index: int) -> bool:
    """Whether a page's printable annotations (a stamp, a signature image) draw pictures
    large enough to show words, measured as the export draws them: flattened into the
    page. This draws them into the loaded document for good (it is read once)."""
    page = doc[index]
    try:
        if not flatten_print(pdfium.raw, page.raw):
            return False
    except Exception:  # annotations that cannot be drawn: the export withholds them
        return False
    finally:
        page.close()  # the next load of the page reads the flattened content
    page = doc[index]
    try:
        return shows_pictures(pdfium, page)
    finally:
        page.close()


def page_mode(pdfium: Any, page: Any) -> str:
    """How OCR reads a PDF page queued at import: "scan" (the whole page: no usable text
    layer, or one far too thin for the ink) or "mixed" (a text page with pictures: only
    what is not text is read, and added to the page text after the layer)."""
    textpage = page.get_textpage()
    try:
        text = clean_text(textpage.get_text_range())
    finally:
        textpage.close()
    if not usable(text) or not has_layer(text) or too_thin(text, partial(ink_share, page)):
        return "scan"
    return "mixed"


def too_thin(text: str, ink: Callable[[], float | None]) -> bool:
    """True when a page's text layer holds far fewer characters than its ink suggests
    (``ink()``: the dark share of the page drawn at INK_DPI, None if it cannot be drawn;
    only asked for when the layer is short enough to be in doubt)."""
    chars = readable_chars(text)
    if chars < NO_TEXT_CHARS_PER_PAGE or chars >= MAX_THIN_CHARS:
        return False  # queued as image-only anyway, or a layer worth trusting
    share = ink()
    if share is None or share < MIN_INK:
        return False
    return chars < THIN_SHARE * share / INK_PER_CHAR


def ink_share(page: Any) -> float | None:
    """The share of dark pixels of a page drawn in grey at INK_DPI on white, without
    annotations or form fields (what a reader sees); None if it cannot be drawn."""
    try:
        bitmap = page.render(
            scale=INK_DPI / 72.0,
            grayscale=True,
            fill_color=(255, 255, 255, 255),
            draw_annots=False,
            may_draw_forms=False,
        )
    except Exception:  # a page that cannot be drawn keeps its text layer as it is
        return None
    try:
        width, height, stride = bitmap.width, bitmap.height, bitmap.stride
        data = bytes(bitmap.buffer)
    finally:
        bitmap.close()
    if not width or not height:
        return None
    rows = b"".join(data[y * stride : y * stride + width] for y in range(height))
    return float(len(rows) - len(rows.translate(None, _DARK))) / float(width * height)


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
