"""archive_app layer: the way work that runs *beside* the database thread reaches the archive.

Long work that is mostly CPU outside the database (rendering a redacted export, checking
what it wrote) must not hold the one database thread, or every search waits behind it.
Such work is written against an ``ArchiveGate``: ``gate(fn)`` runs ``fn(archive)`` where
the archive lives and returns its result. The work itself runs wherever it was started:

- ``direct(archive)``: on the caller's thread, with the archive in hand (the CLI, tests);
- ``ArchiveWorker.submit_aside``: on a thread of its own, each ``gate`` call queued on the
  database thread like any other job (the window), so searches run between them.

A gate call made after a lock raises ``ArchiveClosed``, even if an archive has been opened
again since: work of one unlock never touches another's. Never call the gate while holding
a lock that a database-thread job may take too (``indexing.extract.pdfium_guard``): the
call waits for the database thread, which would wait for the lock.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
    from archive_app.session import Archive

T = TypeVar("T")


class ArchiveGate(Protocol):
    def __call__(self, fn: Callable[[Archive], T], /) -> T: ...


class _Direct:
    def __init__(self, archive: Archive) -> None:
        self._archive = archive

    def __call__(self, fn: Callable[[Archive], T], /) -> T:
        return fn(self._archive)


def direct(archive: Archive) -> ArchiveGate:
    """A gate that calls straight into ``archive`` on the caller's thread."""
    return _Direct(archive)
