"""indexing layer: the body of the PDF sandbox process (runs in a child, never in the app).

PDFium is C++; a hostile PDF must not be able to crash, hang or exhaust the
application. This module runs in a separate process with an address-space
limit; the parent kills it on a time-out and starts a fresh one.
"""

from __future__ import annotations

import contextlib
import resource
from multiprocessing.connection import Connection
from typing import Any

NO_TEXT_CHARS_PER_PAGE = 20


def serve(conn: Connection, memory_bytes: int, max_pages: int) -> None:
    """Answer extraction requests until the pipe closes."""
    with contextlib.suppress(ValueError, OSError):  # limit not settable on this system
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    import pypdfium2 as pdfium  # imported after the limit is in place

    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send(_extract(pdfium, request, max_pages))
        except MemoryError:
            conn.send(("limit", "the PDF needs more memory than the import limit allows"))
        except Exception as exc:  # any parser failure is a per-file error
            conn.send(("corrupt", _describe(exc)))


def _describe(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _extract(pdfium: Any, request: tuple[str, Any], max_pages: int) -> tuple[Any, ...]:
    kind, payload = request
    try:
        doc = pdfium.PdfDocument(payload if kind == "path" else bytes(payload))
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium.raw.FPDF_ERR_PASSWORD:
            return ("encrypted",)
        return ("corrupt", _describe(exc))
    try:
        count = len(doc)
        if count > max_pages:
            return ("limit", f"the PDF has {count:,} pages, over the limit of {max_pages:,}")
        pages: list[str] = []
        for index in range(count):
            page = doc[index]
            try:
                textpage = page.get_textpage()
                try:
                    text = textpage.get_text_range()
                finally:
                    textpage.close()
            finally:
                page.close()
            pages.append(text.replace("\r\n", "\n").replace("\x00", ""))
        title = str(doc.get_metadata_dict().get("Title", "")).strip("\x00 ").strip()
        return ("ok", pages, title)
    finally:
        doc.close()


def looks_scanned(pages: list[str]) -> bool:
    """True when no page carries a real text layer (image-only scans)."""
    return all(len("".join(p.split())) < NO_TEXT_CHARS_PER_PAGE for p in pages)
