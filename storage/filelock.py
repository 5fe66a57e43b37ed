"""storage layer: one process holds an archive at a time.

An advisory, non-blocking exclusive lock on the archive file itself (flock on
POSIX, which is independent of SQLite's own fcntl byte-range locks; a lock on
the first byte of a sidecar on Windows). A second process fails at once.

Within one process, a second open of the same archive is refused from a
registry before any new descriptor touches the file: closing a descriptor on a
file drops every POSIX record lock this process holds on it, SQLite's included.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import IO

from storage.errors import ArchiveInUse

_held: set[str] = set()
_held_guard = threading.Lock()


class ArchiveLock:
    """Held for as long as the archive is open; released by ``release`` or process exit."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._key = str(path.resolve())
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        with _held_guard:
            if self._key in _held:
                raise ArchiveInUse(str(self._path))
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
                handle.close()  # no lock of ours is on this file, so nothing is dropped
                raise ArchiveInUse(str(self._path)) from exc
            self._handle = handle
            _held.add(self._key)

    def release(self) -> None:
        with _held_guard:
            if self._handle is not None:
                self._handle.close()  # closing the descriptor drops the lock
                self._handle = None
                _held.discard(self._key)

    @property
    def held(self) -> bool:
        return self._handle is not None

    def _lock_target(self) -> Path:
        if sys.platform == "win32":  # pragma: no cover
            return self._path.with_name(self._path.name + ".lock")
        return self._path
