"""archive_app layer: the one database thread.

All SQLCipher and Whoosh work of an open archive runs on a single worker
thread that owns the ``Archive``: the desktop window submits functions and gets
futures back, never touching the connection itself. Opening, creating,
locking and closing happen on the same thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from archive_app.errors import ArchiveClosed
from archive_app.session import Archive
from archive_app.settings import Settings

T = TypeVar("T")


class ArchiveWorker:
    def __init__(self, settings: Settings | None = None) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="archive-db")
        self._archive: Archive | None = None
        self._settings = settings
        self._thread_id: int | None = None

    # -- lifecycle (each runs on the worker) ------------------------------------------
    def open(self, path: Path, passphrase: str) -> Future[Archive]:
        return self._executor.submit(self._open, path, passphrase)

    def create(self, path: Path, passphrase: str) -> Future[list[str]]:
        return self._executor.submit(self._create, path, passphrase)

    def close(self) -> Future[None]:
        """Close the archive (lock); queued work submitted earlier finishes first."""
        return self._executor.submit(self._close)

    def shutdown(self) -> None:
        self._executor.submit(self._close)
        self._executor.shutdown(wait=True, cancel_futures=True)

    @property
    def is_open(self) -> bool:
        return self._archive is not None

    # -- work -----------------------------------------------------------------------------
    def submit(self, fn: Callable[[Archive], T]) -> Future[T]:
        """Run ``fn(archive)`` on the database thread."""
        return self._executor.submit(self._call, fn)

    def call(self, fn: Callable[[], T]) -> Future[T]:
        """Run ``fn()`` on the database thread without an open archive (e.g. build the demo)."""
        return self._executor.submit(fn)

    def _call(self, fn: Callable[[Archive], T]) -> T:
        if self._archive is None:
            raise ArchiveClosed()
        return fn(self._archive)

    def _open(self, path: Path, passphrase: str) -> Archive:
        self._close()
        self._thread_id = threading.get_ident()
        self._archive = Archive.open(path, passphrase, self._settings)
        return self._archive

    def _create(self, path: Path, passphrase: str) -> list[str]:
        self._close()
        self._thread_id = threading.get_ident()
        self._archive, warnings = Archive.create(path, passphrase, self._settings)
        return warnings

    def _close(self) -> None:
        if self._archive is not None:
            archive, self._archive = self._archive, None
            archive.close()
