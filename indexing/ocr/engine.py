"""indexing layer: OCR through Tesseract in sandbox processes, one per core.

``OcrEngine`` starts up to ``processes`` children (``python -m indexing.ocr.worker``,
through the hardening launcher when the application gives one), each in a session of
its own under an address-space limit. A page that takes longer than the time-out
kills its child and everything it started (Tesseract included); the next page gets a
fresh one. A document's bytes go to a child once and stay there for its pages.
Nothing here touches the disk: images and text travel through pipes.
"""

from __future__ import annotations

import contextlib
import os
import queue
import shutil
import signal
import subprocess
import threading
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from indexing.errors import ExtractionError
from indexing.extract.frames import FrameError, read_json, write_frame, write_json
from indexing.extract.launch import worker_command
from indexing.ocr.page import OcrPage

DEFAULT_LANGUAGES = "kaz+rus+eng"
NEEDED_MODELS = ("kaz", "rus", "eng")
INSTALL_HINT = (
    "install Tesseract with its Kazakh, Russian and English models"
    " (Debian/Ubuntu: sudo apt-get install tesseract-ocr tesseract-ocr-kaz tesseract-ocr-rus"
    " tesseract-ocr-eng)"
)


class OcrUnavailable(ExtractionError):
    """Tesseract (or a language model it needs) is not installed."""


class OcrFailed(ExtractionError):
    """One page could not be read (damaged, too big, too slow); the others go on."""


@dataclass(frozen=True)
class OcrLimits:
    memory_bytes: int = 2 * 1024 * 1024 * 1024  # per child, Tesseract included
    page_timeout_s: float = 180.0
    dpi: int = 300
    processes: int = 0  # 0: one per core
    worker_launcher: str = ""  # as ``Limits.worker_launcher``: hardens the child first


@lru_cache(maxsize=4)
def _installed(path: str) -> tuple[str, ...]:
    try:
        done = subprocess.run([path, "--list-langs"], capture_output=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return ()
    lines = done.stdout.decode("utf-8", "replace").splitlines()
    return tuple(line.strip() for line in lines[1:] if line.strip())


def find_tesseract() -> str | None:
    """The ``tesseract`` program (``ARCHIVE_APP_TESSERACT`` overrides the search path)."""
    override = os.environ.get("ARCHIVE_APP_TESSERACT")
    if override is not None:
        return override if override and os.access(override, os.X_OK) else None
    return shutil.which("tesseract")


def ocr_problem(languages: str = DEFAULT_LANGUAGES) -> str:
    """Why scans cannot be read on this machine, in words; "" when they can."""
    path = find_tesseract()
    if path is None:
        return f"Tesseract is not installed, so scans are not read: {INSTALL_HINT}"
    have = set(_installed(path))
    missing = [code for code in languages.split("+") if code and code not in have]
    if missing:
        return (
            f"Tesseract lacks the language model(s) {', '.join(missing)}, so scans are not"
            f" read: {INSTALL_HINT}"
        )
    return ""


def check_languages(languages: str) -> str:
    """``kaz+rus+eng`` style, letters and '+' only (it goes onto a command line)."""
    parts = [p for p in languages.strip().split("+") if p]
    if not parts or not all(p.replace("_", "").isalnum() and p.isascii() for p in parts):
        raise ValueError(f"not a Tesseract language list: {languages!r} (e.g. kaz+rus+eng)")
    return "+".join(parts)


class OcrSandbox:
    """One OCR child. One request at a time; ``kill`` may come from any thread."""

    def __init__(self, limits: OcrLimits, tesseract: str) -> None:
        self._limits = limits
        self._tesseract = tesseract
        self._proc: subprocess.Popen[bytes] | None = None
        self._key: object = None  # the document the child holds

    def load(self, key: object, media_type: str, data: bytes, password: str | None = None) -> int:
        """Give the child a document (unless it holds it already); its page count.
        ``password``: of an encrypted PDF (an export's own output, never the archive key)."""
        if key is not None and key == self._key and self._alive():
            return -1
        self._key = None
        request: dict[str, Any] = {"kind": "load", "media_type": media_type}
        if password is not None:
            request["password"] = password
        reply = self._ask(request, data)
        self._key = key
        return int(reply.get("pages", 0))

    def page(
        self, page_no: int, languages: str, dpi: int | None = None, mode: str = "page"
    ) -> OcrPage:
        """``mode``: "page" reads the whole page; "auto" reads a text page's pictures only
        (a "mixed" page, ``OcrPage.mixed``) and a scan whole."""
        request: dict[str, Any] = {
            "kind": "page",
            "page": page_no,
            "languages": languages,
            "dpi": dpi or self._limits.dpi,
        }
        if mode != "page":
            request["mode"] = mode
        return _page(self._ask(request), languages)

    def image(self, png: bytes, languages: str, dpi: int) -> OcrPage:
        return _page(
            self._ask({"kind": "image", "languages": languages, "dpi": dpi}, png), languages
        )

    def _alive(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def _ask(self, request: dict[str, Any], data: bytes | None = None) -> dict[str, Any]:
        proc = self._ensure_started()
        assert proc.stdin is not None and proc.stdout is not None
        timer = threading.Timer(self._limits.page_timeout_s + 10, self.kill)
        timer.start()
        try:
            write_json(proc.stdin, request)
            if data is not None:
                write_frame(proc.stdin, data)
            reply = read_json(proc.stdout)
        except (FrameError, OSError, ValueError) as exc:
            timed_out = not timer.is_alive()
            self.kill()
            if timed_out:
                raise OcrFailed(
                    f"reading the page took longer than {self._limits.page_timeout_s:g} s; stopped"
                ) from exc
            raise OcrFailed("the OCR process stopped on this page") from exc
        finally:
            timer.cancel()
        if not isinstance(reply, dict) or reply.get("kind") != "ok":
            message = reply.get("message", "") if isinstance(reply, dict) else ""
            if request["kind"] == "load":
                self.kill()  # it holds nothing usable
            raise OcrFailed(f"the page cannot be read ({message or 'no answer'})")
        return reply

    def _ensure_started(self) -> subprocess.Popen[bytes]:
        if self._alive():
            assert self._proc is not None
            return self._proc
        self.kill()
        root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
        env["OMP_THREAD_LIMIT"] = "1"
        command = worker_command(
            "indexing.ocr.worker",
            [str(self._limits.memory_bytes), self._tesseract, str(self._limits.page_timeout_s)],
            self._limits.worker_launcher,
        )
        self._proc = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            cwd=root,
            start_new_session=True,  # a kill reaches Tesseract too
        )
        return self._proc

    def kill(self) -> None:
        proc, self._proc = self._proc, None
        self._key = None
        if proc is None:
            return
        if proc.poll() is None:
            with contextlib.suppress(OSError):
                os.killpg(proc.pid, signal.SIGKILL)
        for stream in (proc.stdin, proc.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=5)


def _page(reply: dict[str, Any], languages: str) -> OcrPage:
    rows = reply.get("words")
    if not isinstance(rows, list):
        raise OcrFailed("the OCR process gave an answer that makes no sense")
    return OcrPage.from_words(rows, languages=languages, mixed=reply.get("mixed") is True)


class OcrEngine:
    """Reads pages with up to ``processes`` sandboxes at once. Close it when done;
    ``close`` from another thread stops pages under way (they fail with OcrFailed)."""

    def __init__(self, limits: OcrLimits | None = None) -> None:
        self.limits = limits or OcrLimits()
        path = find_tesseract()
        problem = ocr_problem()
        if path is None or problem:
            raise OcrUnavailable(problem or INSTALL_HINT)
        count = self.limits.processes or os.cpu_count() or 1
        self.processes = max(1, count)
        self._all = [OcrSandbox(self.limits, path) for _ in range(self.processes)]
        self._idle: queue.Queue[OcrSandbox] = queue.Queue()
        for sandbox in self._all:
            self._idle.put(sandbox)
        self._pool = ThreadPoolExecutor(self.processes, thread_name_prefix="ocr")
        self._closed = False

    def read_pages(
        self,
        key: object,
        media_type: str,
        data: bytes,
        pages: Sequence[int],
        languages: str = DEFAULT_LANGUAGES,
        *,
        mode: str = "page",
    ) -> list[OcrPage | OcrFailed]:
        """Pages (1-based) of one document, read in parallel; a failed page is its error.
        ``mode`` "auto": text pages are read as "mixed" pages (their pictures only)."""
        futures = self.submit_pages(key, media_type, data, pages, languages, mode=mode)
        return [future.result() for future in futures]

    def submit_pages(
        self,
        key: object,
        media_type: str,
        data: bytes,
        pages: Sequence[int],
        languages: str = DEFAULT_LANGUAGES,
        *,
        dpi: int | None = None,
        password: str | None = None,
        mode: str = "page",
    ) -> list[Future[OcrPage | OcrFailed]]:
        """As ``read_pages``, without waiting: the caller goes on (rendering the next
        document of an export) while the children read; each page rendered by the child
        at ``dpi`` (default: the limits')."""

        def one(page_no: int) -> OcrPage | OcrFailed:
            sandbox = self._idle.get()
            try:
                if self._closed:
                    return OcrFailed("OCR was stopped")
                sandbox.load(key, media_type, data, password)
                return sandbox.page(page_no, languages, dpi, mode)
            except OcrFailed as exc:
                return exc
            finally:
                self._idle.put(sandbox)

        return [self._pool.submit(one, page_no) for page_no in pages]

    def read_images(
        self, images: Sequence[bytes], languages: str = DEFAULT_LANGUAGES, dpi: int = 300
    ) -> list[OcrPage | OcrFailed]:
        """PNG images read in parallel (the export's check of pages it rebuilt)."""

        def one(png: bytes) -> OcrPage | OcrFailed:
            sandbox = self._idle.get()
            try:
                if self._closed:
                    return OcrFailed("OCR was stopped")
                return sandbox.image(png, languages, dpi)
            except OcrFailed as exc:
                return exc
            finally:
                self._idle.put(sandbox)

        return list(self._pool.map(one, images))

    def close(self) -> None:
        self._closed = True
        for sandbox in self._all:
            sandbox.kill()
        self._pool.shutdown(wait=False, cancel_futures=True)

    def __enter__(self) -> OcrEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
