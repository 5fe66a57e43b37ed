"""ui layer: the window's handle on the archive.

``UiSession`` owns the core's single database thread (``ArchiveWorker``) and
delivers results on the main thread. Widgets call ``session.run(fn, done)``
where ``fn(archive)`` runs on the database thread and ``done(result)`` on the
main thread; errors go to ``failed`` or, by default, to the ``error`` signal
that the main window turns into one readable dialog.

The lock always wins: ``lock`` closes the connection at once, cancelling the job
under way (``ArchiveWorker.close``), and starts a new lock epoch here too: a result
or error of work submitted before the lock is dropped, never delivered to a view of
the locked window.

Change notifications: after every job that wrote, the database thread says which kinds
of data it changed (``archive_app.changes``: documents, tags, registry, consent, index,
redactions, suggestions, facts, remedies); they arrive here as ``changed`` signals, one
per kind, unless a lock came first, so open views refresh at once.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal

from archive_app.gate import ArchiveGate
from archive_app.session import Archive
from archive_app.settings import Settings, load_settings
from archive_app.tasks import CancelToken
from archive_app.worker import ArchiveWorker
from ui.tasks import TaskRunner

T = TypeVar("T")


class UiSession(QObject):
    opened = Signal(str)  # the archive's path
    closed = Signal()  # locked or closed: drop everything shown from the archive
    changed = Signal(str)  # "documents", "tags", "registry", "index": something to refresh
    error = Signal(object)  # an exception no caller handled
    _written = Signal(int, object)  # (worker epoch, kinds of data), from the database thread

    def __init__(self, settings: Settings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or load_settings()
        self.worker = ArchiveWorker(self.settings)
        self.tasks = TaskRunner(self)
        self.path: Path | None = None
        self.epoch = 0  # bumped by every lock: older results are dropped
        self.shut_down = False  # the window is closing: no more work is taken
        self._written.connect(self._announce, Qt.ConnectionType.QueuedConnection)
        self.worker.on_changes = self._written.emit

    @property
    def is_open(self) -> bool:
        return self.path is not None

    def run(
        self,
        fn: Callable[[Archive], T],
        done: Callable[[T], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        *,
        cancel: CancelToken | None = None,
    ) -> None:
        """Run ``fn(archive)`` on the database thread; ``done(result)`` back on this thread,
        unless the archive was locked meanwhile. ``cancel``: the token ``fn`` checks (a lock
        cancels it). After ``shutdown`` (a timer firing as the window closes) nothing runs."""
        if self.shut_down:
            return
        self.watch(self.worker.submit(fn, cancel=cancel), done, failed or self.error.emit)

    def run_aside(
        self,
        fn: Callable[[ArchiveGate], T],
        done: Callable[[T], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        *,
        cancel: CancelToken | None = None,
    ) -> None:
        """Run ``fn(gate)`` beside the database thread (``ArchiveWorker.submit_aside``);
        delivered like ``run``."""
        if self.shut_down:
            return
        self.watch(self.worker.submit_aside(fn, cancel=cancel), done, failed or self.error.emit)

    def watch(
        self,
        future: Future[T],
        done: Callable[[T], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Deliver ``future``'s outcome on this thread, unless a lock came first."""
        epoch = self.epoch

        def delivered(result: T) -> None:
            if epoch == self.epoch and done is not None:
                done(result)

        def failed_here(error: BaseException) -> None:
            if epoch == self.epoch:
                (failed or self.error.emit)(error)

        self.tasks.watch(future, delivered, failed_here)

    def open(
        self,
        path: Path,
        passphrase: str,
        done: Callable[[Archive], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        def opened(archive: Archive) -> None:
            self.path = path
            self.opened.emit(str(path))
            if done:
                done(archive)

        self.tasks.watch(self.worker.open(path, passphrase), opened, failed or self.error.emit)

    def create(
        self,
        path: Path,
        passphrase: str,
        done: Callable[[list[str]], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        def created(warnings: list[str]) -> None:
            self.path = path
            self.opened.emit(str(path))
            if done:
                done(warnings)

        self.tasks.watch(self.worker.create(path, passphrase), created, failed or self.error.emit)

    def lock(self, done: Callable[[], None] | None = None) -> None:
        """Stop the work under way, close the connection and tell every view to forget."""
        if self.path is None:
            return
        self.path = None
        self.epoch += 1
        close = self.worker.close()  # before the views hear of it: the key goes first
        self.closed.emit()

        def finished(_: Any) -> None:
            if done:
                done()

        self.tasks.watch(close, finished, self.error.emit)

    def notify(self, what: str) -> None:
        self.changed.emit(what)

    def _announce(self, epoch: int, kinds: frozenset[str]) -> None:
        if epoch != self.worker.epoch or not self.is_open:
            return  # written before a lock: the views it would refresh are gone
        for what in sorted(kinds):
            self.changed.emit(what)

    def shutdown(self) -> None:
        self.shut_down = True
        self.path = None
        self.epoch += 1
        self.worker.shutdown()
