"""ui layer: refreshing every document's suggestions in the background, with Cancel.

After the persons dialog adds a person, renames one or changes their aliases, the
main window calls ``SuggestionRefresher.start``. The core's ``SuggestionRefresh``
runs through the window's operation helper (``ui.operation``) in steps: one short
transaction of a few documents, at most ``STEP_SECONDS``, on the database thread; the
next step is submitted when the previous one is back, so searches and documents opened
meanwhile wait for one step at most and the window never freezes. Progress and Cancel
are in the status bar (``ui.status_operation``), counting the documents committed;
the token, the progress and the lock epoch are the helper's.

- Cancel: the step under way stops after its current document and commits; what
  was refreshed is kept, the other documents keep their earlier suggestions.
- Another registry change while it runs: it starts again from the first document
  with the new registry (documents done before did not know the new name).
- Lock: the helper cancels the token as the lock starts, so the step under way ends
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
from archive_app.tasks import CancelToken, Progress, ProgressCallback
from ui.operation import ArchiveOperation, RunsOperation
from ui.session import UiSession
from ui.status_operation import StatusOperation

STEP_SECONDS = 0.2  # longest a step keeps the database thread from other work
MESSAGE_MS = 8_000
SUGGESTIONS = "suggestions"


class SuggestionRefresher(RunsOperation, QObject):
    finished = Signal(object)  # RefreshReport, cancelled or not (never after a lock)
    message = Signal(str, int)  # a line for the status bar and how long to show it

    def __init__(
        self, session: UiSession, status: StatusOperation, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.operation = ArchiveOperation(session, status, self)
        self.report: RefreshReport | None = None  # the latest, for tests and the status bar
        self._path: Path | None = None  # the archive being refreshed
        self._resume: Path | None = None  # locked while refreshing: start again on unlock
        self.operation.interrupted.connect(self._on_interrupted)
        session.opened.connect(self._on_opened)

    def start(self) -> None:
        """Refresh every document against the registry as it is now (again, if running:
        the step under way stops at its next document and its results are dropped)."""
        if not self.session.is_open:
            return
        self.operation.drop()
        self._path, self._resume, self.report = self.session.path, None, None
        plan: list[SuggestionRefresh] = []  # made by the first step, on the database thread

        def refresh(
            archive: Archive, progress: ProgressCallback, cancel: CancelToken
        ) -> RefreshReport:
            if not plan:
                plan.append(SuggestionRefresh.plan(archive))
            report = plan[0].step(archive, cancel=cancel, max_seconds=STEP_SECONDS)
            progress(Progress(report.done, report.total, ""))  # the documents committed
            return report

        self.operation.run(
            self.tr("Refreshing suggested tags…"),
            refresh,
            self._end,
            self._failed,
            label=self._progress_text,
            tooltip=self.tr(
                "Every document is read again for the persons and articles in the registry;"
                " what was refreshed is kept if you cancel."
            ),
            stopping=self.tr("Stopping the refresh of suggested tags…"),
            changes=(SUGGESTIONS,),
            more=self._more,
        )

    def cancel(self) -> None:
        """Stop after the current document; everything refreshed so far is kept."""
        self.operation.cancel()

    def stop(self) -> None:
        """The window is closing: stop quietly (the database thread shuts down next)."""
        self._resume, self.report = None, None
        self.operation.drop()

    # -- back on the main thread --------------------------------------------------------
    def _more(self, report: RefreshReport) -> bool:
        """A step is back (committed): another one unless done or cancelled."""
        self.report = report
        return not (report.finished or report.cancelled)

    def _progress_text(self, progress: Progress) -> str:
        return _numbers(
            self.tr("Refreshing suggested tags — documents: %1 of %2"),
            progress.done,
            progress.total,
        )

    def _end(self, report: RefreshReport) -> None:
        """Finished or cancelled (announced by the operation: ``suggestions``)."""
        self.report = report
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
        self.finished.emit(report)

    def _failed(self, error: BaseException) -> None:
        self.session.notify(SUGGESTIONS)  # steps committed before the error are kept
        self.session.error.emit(error)

    # -- locking -----------------------------------------------------------------------
    def _on_interrupted(self) -> None:
        """A lock dropped the refresh: start it again when the same archive is unlocked."""
        self._resume, self.report = self._path, None

    def _on_opened(self, path: str) -> None:
        resume, self._resume = self._resume, None
        if resume is not None and resume == Path(path):
            self.start()


def _numbers(text: str, *values: int) -> str:
    """Fill ``%1``, ``%2``... with numbers written the user's way (1,234 or 1 234)."""
    locale = QLocale()
    for place, value in reversed(list(enumerate(values, start=1))):
        text = text.replace(f"%{place}", locale.toString(value))
    return text
