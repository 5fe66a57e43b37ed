"""archive_app layer: files read, hashed and extracted ahead of the import's one writer.

The import writes in one thread (one SQLCipher connection, one index writer). While it
stores a file, a reader thread takes the next ones: reads each into memory once, hashes
those bytes and extracts the text from the same bytes, with an ``Extractor`` of its own
(so a PDF goes to a sandbox child of its own, and both cores work). Nothing touches the
disk: the bytes stay in memory and reach the sandbox through its pipe. The writer
still streams the file from disk when it stores it and checks that the SHA-256 is the
one read here, so a file changed in between is refused, as before.

The look-ahead is bounded (8 files, 32 MB); a file too big for it, or one the reader
has not reached, is read by the writer itself as before.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from archive_app.errors import ArchiveError
from indexing.extract import Extraction, Extractor, Limits, Source

AHEAD_FILES = 8  # the reader is several times faster than the writer: a few will do
AHEAD_BYTES = 32 * 1024 * 1024
MAX_FILE_BYTES = 16 * 1024 * 1024  # bigger files are read by the writer (streamed)


@dataclass(frozen=True)
class Prefetched:
    """One file as the reader found it: its SHA-256 and what extraction gave (or raised)."""

    sha256: str
    size: int
    extraction: Extraction | None
    error: ArchiveError | OSError | None = None


class Prefetcher:
    """Reads ``paths`` in order in a daemon thread, at most ``AHEAD_FILES`` files and
    ``AHEAD_BYTES`` bytes ahead of the writer. ``take(path)`` waits for that file's
    result (None: not read ahead; the writer reads it). ``close`` stops the reader at
    once; its sandbox child is stopped when the file under way is done."""

    def __init__(self, limits: Limits, paths: Sequence[Path]) -> None:
        self._limits = limits
        self._paths = list(paths)
        self._results: dict[int, Prefetched | None] = {}
        self._next = 0  # the writer's position in ``paths``
        self._held = 0  # bytes read ahead and not yet taken
        self._stop = False
        self._cond = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="import-reader", daemon=True)
        self._thread.start()

    def take(self, path: Path) -> Prefetched | None:
        """``path``'s result; files before it that the writer never asked for (it stopped
        at them early: not a file, say) are dropped."""
        with self._cond:
            index = self._next
            end = min(len(self._paths), index + AHEAD_FILES + 1)
            while index < end and self._paths[index] != path:
                index += 1
            if index >= end:
                return None
            for skipped in range(self._next, index):
                dropped = self._results.pop(skipped, None)
                if dropped is not None and dropped.extraction is not None:
                    self._held -= dropped.size
            self._next = index + 1
            self._cond.notify_all()
            while index not in self._results and not self._stop:
                self._cond.wait()
            result = self._results.pop(index, None)
            if result is not None and result.extraction is not None:
                self._held -= result.size
            self._cond.notify_all()
            return result

    def close(self) -> None:
        with self._cond:
            self._stop = True
            self._results.clear()
            self._cond.notify_all()

    def _run(self) -> None:
        with Extractor(self._limits) as extractor:
            for index, path in enumerate(self._paths):
                with self._cond:
                    while not self._stop and (
                        index - self._next >= AHEAD_FILES or self._held >= AHEAD_BYTES
                    ):
                        self._cond.wait()
                    if self._stop:
                        return
                    if index < self._next - 1:  # the writer went past it (not taken)
                        continue
                result = self._read(extractor, path)
                with self._cond:
                    if self._stop:
                        return
                    if index >= self._next - 1:
                        self._results[index] = result
                        if result is not None and result.extraction is not None:
                            self._held += result.size
                    self._cond.notify_all()

    def _read(self, extractor: Extractor, path: Path) -> Prefetched | None:
        try:
            if not path.is_file():
                return None
            size = path.stat().st_size
            if not 0 < size <= min(MAX_FILE_BYTES, self._limits.max_file_bytes):
                return None  # empty or large: the writer reads (and refuses) it as before
            data = path.read_bytes()
        except OSError:
            return None
        sha = hashlib.sha256(data).hexdigest()
        try:
            extraction = extractor.extract(Source(name=path.name, data=data))
        except (ArchiveError, OSError) as exc:
            return Prefetched(sha, len(data), None, exc)
        except Exception:  # anything else: the writer reads the file again, and reports it
            return None
        return Prefetched(sha, len(data), extraction)
