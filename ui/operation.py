"""ui layer: the one way the window runs a long archive operation (issue 13).

In the spirit of Anki's ``CollectionOp``: ``ArchiveOperation.run`` calls
``work(archive, progress, cancel)`` on the database thread, shows the core's
``Progress`` records in a display (an ``OperationDisplay``: a ``StatusOperation`` in the
status bar or inside a dialog, or a dialog that shows them its own way, such as the
import's) with a Cancel button, and calls ``done(result)`` or ``failed(error)`` back on
the main thread. A cancelled operation that ends in ``Cancelled`` calls
``cancelled()`` instead of ``failed``. After success it announces what the operation
changed (``session.notify``), so views refresh.

Work that must leave the database thread to other jobs now and then (the suggestion
refresh) runs in steps: with ``more``, each step's result comes back to the main thread
and, while ``more(result)`` says so and Cancel was not asked for, ``work`` is submitted
again under the same token, so a search waits for one step at most. Work that must not
hold the database thread at all (OCR's reading in sandbox processes) goes between steps:
``more`` returns the ``Future`` of that work instead of True, and the next step is
submitted once it is done, even after Cancel, so that step keeps what it brought; its
error ends the operation like a step's. ``drop`` abandons the running operation without a
word (its results are dropped), e.g. to start it again.

The lock always wins: the session cancels the token and closes the connection; the
progress display is cleared at once, and no progress, result or error of the locked
epoch is delivered afterwards; ``interrupted`` tells the operation's owner that a lock
dropped it.

Work that is mostly CPU outside the database (the export's rendering and checking) runs
*beside* the database thread with ``run_aside`` (``ArchiveWorker.submit_aside``): it reaches
the archive through a gate whose calls queue on the database thread, so searches go on
meanwhile; progress, Cancel, the lock and the results are handled the same way.

``RunsOperation`` gives an owner of one operation (a dialog, a wizard page, a runner) its
``running`` and ``token``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import Future
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance

from archive_app.errors import Cancelled
from archive_app.gate import ArchiveGate
from archive_app.session import Archive
from archive_app.tasks import CancelToken, Progress, ProgressCallback
from ui.session import UiSession

T = TypeVar("T")
Work = Callable[[Archive, ProgressCallback, CancelToken], T]
AsideWork = Callable[[ArchiveGate, ProgressCallback, CancelToken], T]
Done = Callable[[T], None]
Failed = Callable[[BaseException], None]


class OperationDisplay(Protocol):
    """Where an operation shows itself (``ui.status_operation.StatusOperation`` is one).
    ``owner`` is the operation shown now; ``cancel_requested`` is the user's Cancel."""

    owner: Any

    @property
    def cancel_requested(self) -> SignalInstance: ...

    def begin(self, text: str, tooltip: str = "", *, owner: Any = None) -> None: ...

    def advance(self, done: int, total: int, text: str) -> None: ...

    def stopping(self, text: str) -> None: ...

    def end(self) -> None: ...


class ArchiveOperation(QObject):
    progressed = Signal(object)  # Progress, on the main thread, of the running operation
    interrupted = Signal()  # a lock dropped the running operation (nothing more of it comes)
    _reported = Signal(int, object)  # (generation, Progress) from the database thread

    def __init__(
        self, session: UiSession, display: OperationDisplay, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.display = display
        self.token = CancelToken()
        self._generation = 0
        self._running = False
        self._label: Callable[[Progress], str] | None = None
        self._title = ""
        self._stopping = ""
        self._reported.connect(self._on_reported, Qt.ConnectionType.QueuedConnection)
        display.cancel_requested.connect(self._cancel_clicked)
        session.closed.connect(self._forget)

    @property
    def running(self) -> bool:
        return self._running

    def run(
        self,
        title: str,
        work: Work[T],
        done: Callable[[T], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        *,
        cancelled: Callable[[], None] | None = None,
        label: Callable[[Progress], str] | None = None,
        tooltip: str = "",
        stopping: str = "",
        changes: Sequence[str] = (),
        more: Callable[[T], bool | Future[Any]] | None = None,
    ) -> bool:
        """Start ``work``; False (and nothing started) if one is already running here or
        the archive is locked. ``label`` words a progress record for the display;
        ``stopping`` is what the display says once Cancel is asked for; ``more``: run in
        steps, with work off the database thread between them if it returns a ``Future``
        (see the module)."""

        def start(
            report: ProgressCallback, token: CancelToken, finished: Done[T], wrong: Failed
        ) -> None:
            def call(archive: Archive) -> T:
                return work(archive, report, token)

            self.session.run(call, finished, wrong, cancel=token)

        return self._run(
            title, start, done, failed, cancelled, label, tooltip, stopping, changes, more
        )

    def run_aside(
        self,
        title: str,
        work: AsideWork[T],
        done: Callable[[T], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        *,
        cancelled: Callable[[], None] | None = None,
        label: Callable[[Progress], str] | None = None,
        tooltip: str = "",
        stopping: str = "",
        changes: Sequence[str] = (),
    ) -> bool:
        """Like ``run``, for work that runs beside the database thread and reaches the
        archive through a gate (``archive_app.gate``): ``work(gate, progress, cancel)``."""

        def start(
            report: ProgressCallback, token: CancelToken, finished: Done[T], wrong: Failed
        ) -> None:
            def call(gate: ArchiveGate) -> T:
                return work(gate, report, token)

            self.session.run_aside(call, finished, wrong, cancel=token)

        return self._run(title, start, done, failed, cancelled, label, tooltip, stopping, changes)

    def _run(
        self,
        title: str,
        start: Callable[[ProgressCallback, CancelToken, Done[T], Failed], None],
        done: Callable[[T], None] | None,
        failed: Callable[[BaseException], None] | None,
        cancelled: Callable[[], None] | None,
        label: Callable[[Progress], str] | None,
        tooltip: str,
        stopping: str,
        changes: Sequence[str],
        more: Callable[[T], bool | Future[Any]] | None = None,
    ) -> bool:
        if self._running or not self.session.is_open:
            return False
        self._generation += 1
        generation, token = self._generation, CancelToken()
        self.token, self._label, self._title, self._running = token, label, title, True
        self._stopping = stopping
        self.display.begin(title, tooltip, owner=self)

        def report(progress: Progress) -> None:  # on the thread the work runs on
            self._reported.emit(generation, progress)

        def submit() -> None:
            start(report, token, finished, went_wrong)

        def finished(result: T) -> None:
            if generation != self._generation:
                return
            going_on = more(result) if more is not None and not token.cancelled else False
            if isinstance(going_on, Future):  # work off the database thread first
                self.session.watch(going_on, aside_done, went_wrong)
                return
            if going_on:
                submit()  # the next step, after whatever else was queued meanwhile
                return
            self._stop()
            for what in changes:
                self.session.notify(what)
            if done is not None:
                done(result)

        def aside_done(_result: object) -> None:
            if generation == self._generation:
                submit()  # even after Cancel: the step keeps what the work aside brought

        def went_wrong(error: BaseException) -> None:
            if generation != self._generation:
                return
            self._stop()
            if isinstance(error, Cancelled):
                if cancelled is not None:
                    cancelled()
                return
            (failed or self.session.error.emit)(error)

        submit()
        return True

    def cancel(self) -> None:
        """Ask the running operation to stop at its next check."""
        if not self._running or self.token.cancelled:
            return
        self.token.cancel()
        self.display.stopping(self._stopping or self.tr("Stopping…"))

    def drop(self) -> None:
        """Abandon the running operation: its token is cancelled (the work stops at its next
        check) and nothing more of it is delivered, neither progress nor result nor error."""
        self.token.cancel()
        self._generation += 1
        if self._running:
            self._stop()

    # -- internals ---------------------------------------------------------------------
    def _cancel_clicked(self) -> None:
        if self.display.owner is self:
            self.cancel()

    def _on_reported(self, generation: int, progress: Any) -> None:
        """A progress record of this operation: shown unless Cancel was asked for (the
        display says "Stopping…" then) or another operation has taken the display over;
        ``progressed`` hears it in any case (the counts of what a cancelled operation did up
        to its stop still count)."""
        if generation != self._generation or not self._running:
            return
        if not self.token.cancelled and self.display.owner is self:
            text = self._label(progress) if self._label else self._title
            self.display.advance(progress.done, progress.total, text)
        self.progressed.emit(progress)

    def _stop(self) -> None:
        self._running = False
        if self.display.owner is self:
            self.display.end()

    def _forget(self) -> None:
        """Locked: the session cancelled the token; drop everything of this operation."""
        running = self._running
        self.drop()
        if running:
            self.interrupted.emit()


class RunsOperation:
    """Mixed into a class that runs its long work through ``self.operation``."""

    operation: ArchiveOperation

    @property
    def running(self) -> bool:
        return self.operation.running

    @property
    def token(self) -> CancelToken:
        """The running operation's cancel token (a new one for every run)."""
        return self.operation.token
