"""indexing layer: the PDF sandbox process (``python -m indexing.extract.pdf_worker``).

PDFium is C++; a hostile PDF must not be able to crash, hang or exhaust the
application. This runs as a separate process under an address-space limit,
reads requests on stdin and answers on stdout as JSON frames; the parent kills
it on a time-out and starts a fresh one.
"""

from __future__ import annotations

import contextlib
import resource
import sys
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
        return {"kind": "ok", "pages": pages, "title": title}
    finally:
        doc.close()


def looks_scanned(pages: list[str]) -> bool:
    """True when no page carries a real text layer (image-only scans)."""
    return all(len("".join(p.split())) < NO_TEXT_CHARS_PER_PAGE for p in pages)


def main() -> None:
    memory_bytes, max_pages = int(sys.argv[1]), int(sys.argv[2])
    serve(sys.stdin.buffer, sys.stdout.buffer, memory_bytes, max_pages)


if __name__ == "__main__":
    main()
