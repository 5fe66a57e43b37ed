"""ui layer: refreshing every document's suggestions in the background, with Cancel.

After the persons dialog adds a person, renames one or changes their aliases, the
main window calls ``SuggestionRefresher.start``. The core's ``SuggestionRefresh``
runs on the database thread one short step at a time (one transaction of a few
documents, at most ``STEP_SECONDS``); the next step is submitted from here when the
previous one is back, so searches and documents opened meanwhile wait for one step
at most and the window never freezes. Progress and Cancel are in the status bar
(``ui.status_operation``).

- Cancel: the step under way stops after its current document and commits; what
  was refreshed is kept, the other documents keep their earlier suggestions.
- Another registry change while it runs: it starts again from the first document
  with the new registry (documents done before did not know the new name).
- Lock: the token is cancelled as the lock starts, so the step under way ends
  before the connection closes; nothing of it is delivered after the lock. When the
  same archive is unlocked again, the refresh starts again (from the first document,
  against the registry as it is then): a lock is not a decision to stop.
- The end (finished or cancelled) is announced with ``notify("suggestions")``, so
  the open document's suggestions are shown again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Signal

from archive_app.session import Archive
from archive_app.suggestion_refresh import RefreshReport, SuggestionRefresh
from archive_app.tasks import CancelToken
from ui.session import UiSession
from ui.status_operation import StatusOperation

STEP_SECONDS = 0.2  # longest a step keeps the database thread from other work
MESSAGE_MS = 8_000


class SuggestionRefresher(QObject):
    finished = Signal(object)  # RefreshReport, cancelled or not (never after a lock)
    message = Signal(str, int)  # a line for the status bar and how long to show it

    def __init__(
        self, session: UiSession, status: StatusOperation, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.status = status
        self.token = CancelToken()
        self.report: RefreshReport | None = None  # the latest, for tests and the status bar
        self._generation = 0  # bumped by start, cancel-on-lock: late results are dropped
        self._running = False
        self._path: Path | None = None  # the archive being refreshed
        self._resume: Path | None = None  # locked while refreshing: start again on unlock
        status.cancel_requested.connect(self._cancel_clicked)
        session.closed.connect(self._on_locked)
        session.opened.connect(self._on_opened)

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        """Refresh every document against the registry as it is now (again, if running)."""
        if not self.session.is_open:
            return
        self.token.cancel()  # a step of an earlier run stops at its next document
        self._generation += 1
        generation, token = self._generation, CancelToken()
        self.token = token
        self._running = True
        self._path, self._resume = self.session.path, None
        self.report = None
        self.status.begin(
            self.tr("Refreshing suggested tags…"),
            self.tr(
                "Every document is read again for the persons and articles in the registry;"
                " what was refreshed is kept if you cancel."
            ),
            owner=self,
        )
        self.session.run(
            SuggestionRefresh.plan,
            lambda job: self._step(generation, token, job),
            lambda error: self._failed(generation, error),
        )

    def _end_display(self) -> None:
        if self.status.owner in (None, self):  # not another operation's display
            self.status.end()

    def _cancel_clicked(self) -> None:
        if self.status.owner in (None, self):
            self.cancel()

    def cancel(self) -> None:
        """Stop after the current document; everything refreshed so far is kept."""
        if not self._running or self.token.cancelled:
            return
        self.token.cancel()
        self.status.stopping(self.tr("Stopping the refresh of suggested tags…"))

    # -- the steps, each back on the main thread ---------------------------------------
    def _step(self, generation: int, token: CancelToken, job: SuggestionRefresh) -> None:
        if generation != self._generation:
            return

        def step(archive: Archive) -> RefreshReport:
            return job.step(archive, cancel=token, max_seconds=STEP_SECONDS)

        self.session.run(
            step,
            lambda report: self._stepped(generation, token, job, report),
            lambda error: self._failed(generation, error),
        )

    def _stepped(
        self, generation: int, token: CancelToken, job: SuggestionRefresh, report: RefreshReport
    ) -> None:
        if generation != self._generation:
            return
        self.report = report
        if report.finished or report.cancelled or token.cancelled:
            self._end(report)
            return
        if self.status.owner is self:
            self.status.advance(report.done, report.total, self._progress_text(report))
        self._step(generation, token, job)

    def _progress_text(self, report: RefreshReport) -> str:
        return _numbers(
            self.tr("Refreshing suggested tags — documents: %1 of %2"), report.done, report.total
        )

    def _end(self, report: RefreshReport) -> None:
        self._running = False
        self._end_display()
        if report.cancelled or not report.finished:
            text = _numbers(
                self.tr(
                    "Refresh of suggested tags cancelled; what was refreshed is kept"
                    " (documents: %1 of %2)."
                ),
                report.done,
                report.total,
            )
        elif report.added:
            text = _numbers(self.tr("Suggested tags refreshed; new suggestions: %1."), report.added)
        else:
            text = self.tr("Suggested tags refreshed: nothing new.")
        self.message.emit(text, MESSAGE_MS)
        self.session.notify("suggestions")
        self.finished.emit(report)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._running = False
        self._end_display()
        self.session.notify("suggestions")  # steps committed before the error are kept
        self.session.error.emit(error)

    # -- locking -----------------------------------------------------------------------
    def _on_locked(self) -> None:
        self._resume = self._path if self._running else None
        self._forget()

    def _on_opened(self, path: str) -> None:
        resume, self._resume = self._resume, None
        if resume is not None and resume == Path(path):
            self.start()

    def stop(self) -> None:
        """The window is closing: stop quietly (the database thread shuts down next)."""
        self._resume = None
        self._forget()

    def _forget(self) -> None:
        self.token.cancel()
        self._generation += 1
        self._running = False
        self.report = None
        self._end_display()


def _numbers(text: str, *values: int) -> str:
    """Fill ``%1``, ``%2``... with numbers written the user's way (1,234 or 1 234)."""
    locale = QLocale()
    for place, value in reversed(list(enumerate(values, start=1))):
        text = text.replace(f"%{place}", locale.toString(value))
    return text
