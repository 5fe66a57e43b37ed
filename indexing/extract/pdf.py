"""indexing layer: text per page of a PDF, read in a sandbox process.

One long-lived child process (``python -m indexing.extract.pdf_worker``; in a frozen
build the application's ``--worker`` entry, see ``indexing.extract.launch``), so it
shares nothing with the open archive, runs PDFium under a memory limit and
answers in JSON. A time-out kills it; a crash or kill is reported for that
file alone, and the next PDF gets a fresh child.
"""

from __future__ import annotations

import os
import subprocess
import threading
from typing import Any

from indexing.errors import CorruptFile, ResourceLimit
from indexing.extract.frames import FrameError, read_json, write_frame, write_json
from indexing.extract.launch import stop_worker, worker_command
from indexing.extract.pdf_worker import looks_scanned
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
        self._proc: subprocess.Popen[bytes] | None = None
        self._mutex = threading.Lock()

    def extract(self, source: Source) -> Extraction:
        with self._mutex:
            reply = self._ask(source)
        kind = reply.get("kind")
        if kind == "encrypted":
            return Extraction(
                media_type=PDF,
                pages=[],
                status=STATUS_ENCRYPTED,
                notes=["password-protected PDF: stored, but its text cannot be read"],
            )
        if kind == "corrupt":
            raise CorruptFile(f"damaged or invalid PDF ({reply.get('message', '')})")
        if kind == "limit":
            raise ResourceLimit(str(reply.get("message", "the PDF exceeds the import limits")))
        pages = reply.get("pages")
        if (
            kind != "ok"
            or not isinstance(pages, list)
            or not all(isinstance(p, str) for p in pages)
        ):
            raise ResourceLimit("the PDF reader gave an answer that makes no sense; file refused")
        status = STATUS_NO_TEXT if looks_scanned(pages) else STATUS_OK
        notes = ["no text layer (scanned or image-only pages)"] if status == STATUS_NO_TEXT else []
        unusable = reply.get("unusable")
        if isinstance(unusable, list) and unusable:
            numbers = ", ".join(str(n) for n in unusable[:20]) + (
                ", ..." if len(unusable) > 20 else ""
            )
            notes.append(
                f"page{'s' if len(unusable) > 1 else ''} {numbers}: the text layer is unreadable"
                " (a font without a Unicode map); treated as having no text"
            )
        thin = reply.get("thin")
        scan_pages = sorted(
            {n for n in thin if isinstance(n, int) and 1 <= n <= len(pages)}
            if isinstance(thin, list)
            else set()
        )
        if scan_pages:
            numbers = ", ".join(str(n) for n in scan_pages[:20]) + (
                ", ..." if len(scan_pages) > 20 else ""
            )
            notes.append(
                f"page{'s' if len(scan_pages) > 1 else ''} {numbers}: far fewer characters in"
                " the text layer than the page shows; read as a scan"
            )
        mixed = reply.get("mixed")
        picture_pages = sorted(
            {n for n in mixed if isinstance(n, int) and 1 <= n <= len(pages)} - set(scan_pages)
            if isinstance(mixed, list)
            else set()
        )
        if picture_pages:
            numbers = ", ".join(str(n) for n in picture_pages[:20]) + (
                ", ..." if len(picture_pages) > 20 else ""
            )
            notes.append(
                f"page{'s' if len(picture_pages) > 1 else ''} {numbers}: pictures large enough"
                " to show words; read by OCR too"
            )
        title = reply.get("title") if isinstance(reply.get("title"), str) else ""
        return Extraction(
            media_type=PDF,
            pages=pages,
            status=status,
            title=str(title),
            notes=notes,
            scan_pages=scan_pages,
            picture_pages=picture_pages,
        )

    def close(self) -> None:
        with self._mutex:
            self._stop()

    # -- child management --------------------------------------------------------------
    def _ask(self, source: Source) -> dict[str, Any]:
        proc = self._ensure_started()
        assert proc.stdin is not None and proc.stdout is not None
        timer = threading.Timer(self._limits.pdf_timeout_s, proc.kill)
        timer.start()
        try:
            if source.data is None:
                assert source.path is not None  # a Source is a path or bytes
                # the worker runs in another folder: a relative path would miss the file
                write_json(proc.stdin, {"kind": "path", "path": os.path.abspath(source.path)})
            else:
                write_json(proc.stdin, {"kind": "bytes"})
                write_frame(proc.stdin, source.data)
            reply = read_json(proc.stdout)
        except (FrameError, BrokenPipeError, ConnectionResetError, OSError) as exc:
            timed_out = not timer.is_alive()
            self._stop()
            if timed_out:
                raise ResourceLimit(
                    f"reading the PDF took longer than {self._limits.pdf_timeout_s:g} s; stopped"
                ) from exc
            raise ResourceLimit(
                "the PDF reader stopped on this file (it may be a decompression bomb or"
                " crafted to crash readers)"
            ) from exc
        finally:
            timer.cancel()
        if not isinstance(reply, dict):
            self._stop()
            raise ResourceLimit("the PDF reader gave an answer that makes no sense; file refused")
        return reply

    def _ensure_started(self) -> subprocess.Popen[bytes]:
        if self._proc is not None and self._proc.poll() is None:
            return self._proc
        self._stop()
        root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
        self._proc = subprocess.Popen(
            worker_command(
                "indexing.extract.pdf_worker",
                [str(self._limits.pdf_memory_bytes), str(self._limits.max_pages)],
                self._limits.worker_launcher,
            ),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            cwd=root,
        )
        return self._proc

    def _stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            stop_worker(proc)
