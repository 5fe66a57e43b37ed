"""ui layer: reading queued scans with OCR in the background, shown in the status bar.

When an archive is opened or documents are imported, ``OcrRunner`` looks at the OCR
queue and, if pages wait, works it off through the window's operation helper
(``ui.operation``) in steps: on the database thread a step stores the pages read last
(one transaction) and takes the next pages and their document's bytes; between steps
Tesseract reads them in sandbox processes from a thread of its own (the database thread
stays free for searches and the window never waits). Progress ("OCR: 312 of 5,000
pages") and Cancel are in the status bar (``ui.status_operation``); the token, the
progress and the lock epoch are the helper's.

- Cancel: the pages under way are stored, the rest stay queued for the next opening;
  a change announced meanwhile (an import) does not start it again before then.
- Lock: the OCR processes are killed at once, nothing read before the lock is
  delivered after it; the queue is in the archive, so the next unlock resumes it.
- Without Tesseract: one status-bar message per session that scans wait and how to
  install it; everything else works.
"""

from __future__ import annotations

import os
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace

from PySide6.QtCore import QLocale, QObject, Signal

from archive_app.ocr import OcrJob, OcrReport, PageWork
from archive_app.session import Archive
from archive_app.tasks import CancelToken, Progress, ProgressCallback
from indexing.ocr import OcrEngine, OcrFailed, OcrLimits, OcrPage, ocr_problem
from ui.operation import ArchiveOperation, RunsOperation
from ui.session import UiSession
from ui.status_operation import StatusOperation

MESSAGE_MS = 10_000
Read = list[OcrPage | OcrFailed]


@dataclass(frozen=True)
class _Step:
    """A step's outcome: where the run stands and the pages to read next (None: done)."""

    report: OcrReport
    work: PageWork | None


class _Run:
    """One pass over the queue: its job, its engine and the pages being read."""

    def __init__(self, engine: OcrEngine, languages: str) -> None:
        self.engine = engine
        self.languages = languages
        self.job: OcrJob | None = None  # planned by the first step
        self.reading: tuple[PageWork, Future[Read]] | None = None  # read between steps

    def step(self, archive: Archive, progress: ProgressCallback, cancel: CancelToken) -> _Step:
        """On the database thread: store what was read, then take the next pages."""
        if self.job is None:
            self.job = OcrJob.plan(archive, languages=self.languages)
        job = self.job
        if self.reading is not None:
            (work, read), self.reading = self.reading, None
            report = job.store(archive, work, read.result())
            progress(
                Progress(report.done, report.total, "", imported=report.read, failed=report.failed)
            )
        if cancel.cancelled:
            return _Step(job.cancel(), None)
        return _Step(job.report, job.next_work(archive, self.engine.processes))

    def read(self, work: PageWork) -> Read:
        """Off the database thread: the pages of ``work`` read by the engine (slow)."""
        assert self.job is not None
        return OcrJob.read(self.engine, work, self.job.languages)


class OcrRunner(RunsOperation, QObject):
    finished = Signal(object)  # OcrReport, cancelled or not (never after a lock)
    message = Signal(str, int)  # a line for the status bar and how long to show it

    def __init__(self, session: UiSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.status = StatusOperation()
        self.status.setObjectName("ocrOperation")
        self.operation = ArchiveOperation(session, self.status, self)
        self.report: OcrReport | None = None
        self.warned = False  # "Tesseract is missing" said once per session
        self._paused = False  # the user cancelled: wait for the next unlock
        self._engine: OcrEngine | None = None
        self._reader = ThreadPoolExecutor(1, thread_name_prefix="ocr-runner")
        self.status.cancel_requested.connect(self.cancel)
        session.opened.connect(self._opened)
        session.closed.connect(self._forget)  # after the operation dropped the run
        session.changed.connect(self._changed)

    def _opened(self, _path: str) -> None:
        self._paused = False  # a Cancel lasts until the archive is opened again
        self.check()

    def check(self) -> None:
        """Start if pages wait to be read (and OCR is possible here), unless the user
        cancelled OCR since the archive was opened: a later change must not restart it."""
        if self.running or not self.session.is_open or self._paused:
            return
        self.session.run(lambda archive: archive.ocr.counts(), self._counted, lambda _e: None)

    def _changed(self, what: str) -> None:
        if what == "documents":
            self.check()

    def _counted(self, counts: tuple[int, int]) -> None:
        if not counts[0] or self.running or self._paused:
            return
        problem = ocr_problem()
        if problem:
            if not self.warned:
                self.warned = True
                text = self.tr("%n scanned page(s) cannot be read: ", "", counts[0])
                self.message.emit(text + problem, 0)
            return
        self.start()

    def start(self) -> None:
        if self.running:
            return
        try:
            self._engine = engine = OcrEngine(ocr_limits_for(self.session))
        except Exception as error:  # Tesseract vanished meanwhile: say so, do nothing
            self.message.emit(str(error), MESSAGE_MS)
            return
        run = _Run(engine, self.session.settings.ocr_languages)  # File > Preferences

        def read_next(step: _Step) -> bool | Future[Read]:
            """A step is back: read its pages off the database thread, if any."""
            self.report = step.report
            if step.work is None:
                return False
            future = self._reader.submit(run.read, step.work)
            run.reading = (step.work, future)
            return future

        started = self.operation.run(
            self.tr("OCR: reading scans…"),
            run.step,
            self._done,
            self._failed,
            label=self._progress_text,
            tooltip=self.tr(
                "Scanned pages are read so they can be searched and redacted;"
                " what was read is kept if you cancel, the rest is read later."
            ),
            stopping=self.tr("Stopping OCR after the pages under way…"),
            more=read_next,
        )
        if not started:
            self._stop_engine()

    def cancel(self) -> None:
        """Stop after the pages under way (they are stored) until the next unlock."""
        if self.running:
            self._paused = True
            self.operation.cancel()

    # -- back on the main thread ---------------------------------------------------------
    def _progress_text(self, progress: Progress) -> str:
        return self.tr("OCR: %1 of %n page(s)", "", progress.total).replace(
            "%1", QLocale().toString(progress.done)
        )

    def _done(self, step: _Step) -> None:
        """Finished, or cancelled (before the pages of ``step``, if any, were read)."""
        self._end(step.report if step.work is None else replace(step.report, cancelled=True))

    def _end(self, report: OcrReport) -> None:
        self.report = report
        self._stop_engine()
        if report.cancelled:
            text = self.tr(
                "OCR stopped; %n page(s) read, the rest wait for the next opening.", "", report.read
            )
        else:
            text = self.tr("OCR finished: %n page(s) read.", "", report.read)
        if report.failed:
            text += " " + self.tr("%n page(s) could not be read.", "", report.failed)
        if report.low_confidence:
            text += " " + self.tr(
                "%n page(s) were hard to read: check them.", "", report.low_confidence
            )
        self.message.emit(text, MESSAGE_MS)
        if report.read:
            self.session.notify("documents")  # page texts and suggestions changed
            self.session.notify("suggestions")
        self.finished.emit(report)

    def _failed(self, error: BaseException) -> None:
        self._forget()
        self.session.error.emit(error)

    # -- locking -------------------------------------------------------------------------
    def _forget(self) -> None:
        """Locked (the operation dropped the run), closing or failed: kill the OCR
        processes and forget the last report (it was the locked archive's)."""
        self.report = None
        self._stop_engine()

    def stop(self) -> None:
        """The window is closing: stop quietly (the database thread shuts down next)."""
        self.operation.drop()
        self._forget()
        self._reader.shutdown(wait=False, cancel_futures=True)

    def _stop_engine(self) -> None:
        engine, self._engine = self._engine, None
        if engine is not None:
            engine.close()


def ocr_limits_for(session: UiSession) -> OcrLimits:
    """One OCR process per core but one, so the window and the database keep a core."""
    launcher = session.settings.limits().worker_launcher
    processes = max(1, (os.cpu_count() or 2) - 1)
    return OcrLimits(worker_launcher=launcher, processes=processes)
