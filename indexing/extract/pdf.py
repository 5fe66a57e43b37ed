"""indexing layer: text per page of a PDF, read in a sandbox process.

One long-lived child process (spawned, not forked, so it shares nothing with
the open archive) runs PDFium under a memory limit. A time-out kills it; a
crash or kill is reported for that file alone, and the next PDF gets a fresh
child.
"""

from __future__ import annotations

import multiprocessing
import threading
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from indexing.errors import CorruptFile, ResourceLimit
from indexing.extract.pdf_worker import looks_scanned, serve
from indexing.extract.types import (
    PDF,
    STATUS_ENCRYPTED,
    STATUS_NO_TEXT,
    STATUS_OK,
    Extraction,
    Limits,
    Source,
)


class PdfSandbox:
    """A reusable PDF extraction child. Thread-safe; one request at a time."""

    def __init__(self, limits: Limits) -> None:
        self._limits = limits
        self._proc: BaseProcess | None = None
        self._conn: Connection | None = None
        self._mutex = threading.Lock()

    def extract(self, source: Source) -> Extraction:
        request: tuple[str, Any] = (
            ("path", str(source.path)) if source.data is None else ("bytes", source.data)
        )
        with self._mutex:
            reply = self._ask(request)
        kind = reply[0]
        if kind == "encrypted":
            return Extraction(
                media_type=PDF,
                pages=[],
                status=STATUS_ENCRYPTED,
                notes=["password-protected PDF: stored, but its text cannot be read"],
            )
        if kind == "corrupt":
            raise CorruptFile(f"damaged or invalid PDF ({reply[1]})")
        if kind == "limit":
            raise ResourceLimit(reply[1])
        pages: list[str] = reply[1]
        status = STATUS_NO_TEXT if looks_scanned(pages) else STATUS_OK
        notes = ["no text layer (scanned or image-only pages)"] if status == STATUS_NO_TEXT else []
        return Extraction(media_type=PDF, pages=pages, status=status, title=reply[2], notes=notes)

    def close(self) -> None:
        with self._mutex:
            self._stop()

    # -- child management --------------------------------------------------------------
    def _ask(self, request: tuple[str, Any]) -> tuple[Any, ...]:
        conn = self._ensure_started()
        try:
            conn.send(request)
            if not conn.poll(self._limits.pdf_timeout_s):
                self._stop()
                raise ResourceLimit(
                    f"reading the PDF took longer than {self._limits.pdf_timeout_s:g} s; stopped"
                )
            reply: tuple[Any, ...] = conn.recv()
            return reply
        except (EOFError, BrokenPipeError, ConnectionResetError, OSError) as exc:
            self._stop()
            raise ResourceLimit(
                "the PDF reader stopped on this file (it may be a decompression bomb or"
                " crafted to crash readers)"
            ) from exc

    def _ensure_started(self) -> Connection:
        if self._proc is not None and self._proc.is_alive() and self._conn is not None:
            return self._conn
        self._stop()
        ctx = multiprocessing.get_context("spawn")
        parent, child = ctx.Pipe()
        proc = ctx.Process(
            target=serve,
            args=(child, self._limits.pdf_memory_bytes, self._limits.max_pages),
            name="pdf-sandbox",
            daemon=True,
        )
        proc.start()
        child.close()
        self._proc, self._conn = proc, parent
        return parent

    def _stop(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._proc is not None:
            if self._proc.is_alive():
                self._proc.kill()
            self._proc.join(timeout=5)
            self._proc = None
