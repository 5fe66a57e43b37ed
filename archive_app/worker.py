"""archive_app layer: the one database thread.

All SQLCipher and Whoosh work of an open archive runs on a single worker
thread that owns the ``Archive``: the desktop window submits functions and gets
futures back, never touching the connection itself. Opening, creating,
locking and closing happen on the same thread.

The lock always wins. ``close`` does not wait behind queued work: it starts a new
*lock epoch*, cancels the token of every job of the old one, aborts the connection
(the statement under way is interrupted with ``sqlite3_interrupt``, every later one
fails) and keeps interrupting until the connection is closed on its thread. Jobs of
the old epoch that have not started do not run; a job that was running when the lock
came ends in ``ArchiveClosed`` whether it returned or raised (its own ``Cancelled``, a
driver error of the aborted connection), so nothing submitted before a lock is delivered
after it (what it committed stays committed, what it had under way is rolled back).

Work that is mostly CPU outside the database (a redacted export) runs *beside* the database
thread (``submit_aside``, on a thread of its own): it reaches the archive through an
``ArchiveGate`` whose every call is a job of the database thread, so searches run between
them. It belongs to the epoch it was submitted in: a lock cancels its token, its gate calls
raise ``ArchiveClosed`` from then on (an archive opened again since included), and its
result or error is never delivered.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from archive_app.errors import ArchiveClosed
from archive_app.gate import ArchiveGate
from archive_app.session import Archive
from archive_app.settings import Settings
from archive_app.tasks import CancelToken

T = TypeVar("T")
INTERRUPT_EVERY_S = 0.02  # while a lock waits for the running job to give the thread back
INTERRUPT_FOR_S = 30.0  # then the job is left to finish on its own (never seen in tests)


class ArchiveWorker:
    def __init__(self, settings: Settings | None = None) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="archive-db")
        # work beside the database thread (submit_aside), one job at a time
        self._aside = ThreadPoolExecutor(max_workers=1, thread_name_prefix="archive-aside")
        # told, on the database thread, what each job wrote: (lock epoch, kinds of data)
        self.on_changes: Callable[[int, frozenset[str]], None] | None = None
        self._archive: Archive | None = None
        self._settings = settings
        self._thread_id: int | None = None
        self._epoch = 0
        self._guard = threading.Lock()
        self._tokens: set[CancelToken] = set()  # jobs of this epoch, queued or running

    # -- lifecycle (each runs on the worker) ------------------------------------------
    def open(self, path: Path, passphrase: str) -> Future[Archive]:
        return self._executor.submit(self._open, path, passphrase)

    def create(self, path: Path, passphrase: str) -> Future[list[str]]:
        return self._executor.submit(self._create, path, passphrase)

    def close(self) -> Future[None]:
        """Lock: stop the running job and close the connection at once (see the module)."""
        archive = self._stop_epoch()
        future = self._executor.submit(self._close)
        if archive is not None and not future.done():
            threading.Thread(
                target=_interrupt_until, args=(archive, future), name="archive-lock", daemon=True
            ).start()
        return future

    def shutdown(self) -> None:
        self.close()
        self._executor.shutdown(wait=True, cancel_futures=True)
        # the aside job was cancelled by the close; its next gate call or check ends it
        self._aside.shutdown(wait=True, cancel_futures=True)

    @property
    def is_open(self) -> bool:
        return self._archive is not None

    @property
    def epoch(self) -> int:
        """Bumped by every ``close``: work submitted in an earlier epoch is not delivered."""
        return self._epoch

    # -- work -----------------------------------------------------------------------------
    def submit(self, fn: Callable[[Archive], T], *, cancel: CancelToken | None = None) -> Future[T]:
        """Run ``fn(archive)`` on the database thread. ``cancel`` is the token ``fn`` checks:
        a lock cancels it (and the connection is interrupted in any case)."""
        epoch = self._enter(cancel)
        return self._executor.submit(self._call, fn, epoch, cancel)

    def submit_aside(
        self, fn: Callable[[ArchiveGate], T], *, cancel: CancelToken | None = None
    ) -> Future[T]:
        """Run ``fn(gate)`` beside the database thread; ``gate(job)`` runs ``job(archive)`` on
        the database thread and returns its result (see the module). ``cancel``: the token
        ``fn`` checks; a lock cancels it."""
        epoch = self._enter(cancel)
        gate = _QueuedGate(self, epoch)
        return self._aside.submit(self._in_epoch, lambda: fn(gate), epoch, cancel)

    def call(self, fn: Callable[[], T]) -> Future[T]:
        """Run ``fn()`` on the database thread without an open archive (e.g. build the demo)."""
        return self._executor.submit(fn)

    def _enter(self, cancel: CancelToken | None) -> int:
        """The epoch a job is submitted in; its token is cancelled by the next lock."""
        with self._guard:
            if cancel is not None:
                self._tokens.add(cancel)
            return self._epoch

    def _call(self, fn: Callable[[Archive], T], epoch: int, cancel: CancelToken | None) -> T:
        def run() -> T:
            archive = self._archive
            if archive is None:
                raise ArchiveClosed()
            archive.take_changes()  # whatever an earlier job left is not this one's
            try:
                return fn(archive)
            finally:
                self._announce(archive, epoch)  # what it committed, even if it then failed

        return self._in_epoch(run, epoch, cancel)

    def _in_epoch(self, run: Callable[[], T], epoch: int, cancel: CancelToken | None) -> T:
        """``run()`` as a job of ``epoch``: not started after a lock, and ending in
        ``ArchiveClosed`` (whether it returned or raised) if a lock came while it ran."""
        try:
            if epoch != self._epoch:
                raise ArchiveClosed()
            try:
                result = run()
            except Exception as error:
                if epoch != self._epoch:  # locked while it ran: how it stopped is no one's
                    raise ArchiveClosed() from error
                raise
            if epoch != self._epoch:  # locked while it ran: the result belongs to no one
                raise ArchiveClosed()
            return result
        finally:
            if cancel is not None:
                with self._guard:
                    self._tokens.discard(cancel)

    def _announce(self, archive: Archive, epoch: int) -> None:
        changes = archive.take_changes()
        listener = self.on_changes
        if changes and listener is not None:
            listener(epoch, changes)

    def _stop_epoch(self) -> Archive | None:
        with self._guard:
            self._epoch += 1
            tokens, self._tokens = self._tokens, set()
        for token in tokens:
            token.cancel()
        archive = self._archive
        if archive is not None:
            archive.abort()
        return archive

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


class _QueuedGate:
    """``ArchiveGate`` of an aside job: each call is a job of the database thread, in the
    aside job's epoch (so after a lock it raises ``ArchiveClosed``)."""

    def __init__(self, worker: ArchiveWorker, epoch: int) -> None:
        self._worker = worker
        self._epoch = epoch

    def __call__(self, fn: Callable[[Archive], T], /) -> T:
        worker = self._worker
        if threading.get_ident() == worker._thread_id:
            raise RuntimeError("a gate call from the database thread would wait for itself")
        return worker._executor.submit(worker._call, fn, self._epoch, None).result()


def _interrupt_until(archive: Archive, future: Future[None]) -> None:
    """Interrupt again until the close has run: a statement that started between the
    abort and its interrupt (which is then a no-op) is caught by the next one."""
    waited = 0.0
    while waited < INTERRUPT_FOR_S:
        try:
            future.result(timeout=INTERRUPT_EVERY_S)
            return
        except TimeoutError:
            archive.interrupt()
            waited += INTERRUPT_EVERY_S
        except BaseException:
            return
