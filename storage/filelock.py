"""storage layer: one process holds an archive at a time.

An advisory, non-blocking exclusive lock on the archive file itself (flock on
POSIX, which is independent of SQLite's own fcntl byte-range locks; a lock on
the first byte of a sidecar on Windows). A second process fails at once.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO

from storage.errors import ArchiveInUse


class ArchiveLock:
    """Held for as long as the archive is open; released by ``release`` or process exit."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        handle = open(self._lock_target(), "ab")  # noqa: SIM115 - held open on purpose
        try:
            if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            handle.close()
            raise ArchiveInUse(str(self._path)) from exc
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing the descriptor drops the lock
            self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def _lock_target(self) -> Path:
        if sys.platform == "win32":  # pragma: no cover
            return self._path.with_name(self._path.name + ".lock")
        return self._path
