"""ui layer: reading queued scans with OCR in the background, shown in the status bar.

When an archive is opened or documents are imported, ``OcrRunner`` looks at the OCR
queue and, if pages wait, works it off: the next pages and their document's bytes come
from the database thread, Tesseract reads them in sandbox processes from a thread of
its own (the database thread stays free for searches and the window never waits), and
the result is stored on the database thread in one transaction per step. Progress
("OCR: 312 of 5,000 pages") and Cancel are in the status bar (``ui.status_operation``).

- Cancel: the pages under way are stored, the rest stay queued for the next opening.
- Lock: the OCR processes are killed at once, nothing read before the lock is
  delivered after it; the queue is in the archive, so the next unlock resumes it.
- Without Tesseract: one status-bar message per session that scans wait and how to
  install it; everything else works.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QLocale, QObject, Signal

from archive_app.ocr import OcrJob, OcrReport, PageWork
from archive_app.session import Archive
from archive_app.tasks import CancelToken
from indexing.ocr import OcrEngine, OcrLimits, ocr_problem
from ui.session import UiSession
from ui.status_operation import StatusOperation

MESSAGE_MS = 10_000


class OcrRunner(QObject):
    finished = Signal(object)  # OcrReport, cancelled or not (never after a lock)
    message = Signal(str, int)  # a line for the status bar and how long to show it

    def __init__(self, session: UiSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.status = StatusOperation()
        self.status.setObjectName("ocrOperation")
        self.token = CancelToken()
        self.report: OcrReport | None = None
        self.warned = False  # "Tesseract is missing" said once per session
        self._generation = 0
        self._running = False
        self._paused = False  # the user cancelled: wait for the next unlock
        self._engine: OcrEngine | None = None
        self._reader = ThreadPoolExecutor(1, thread_name_prefix="ocr-runner")
        self.status.cancel_requested.connect(self.cancel)
        session.opened.connect(self._opened)
        session.closed.connect(self._forget)
        session.changed.connect(self._changed)

    @property
    def running(self) -> bool:
        return self._running

    def _opened(self, _path: str) -> None:
        self._paused = False  # a Cancel lasts until the archive is opened again
        self.check()

    def check(self) -> None:
        """Start if pages wait to be read (and OCR is possible here), unless the user
        cancelled OCR since the archive was opened: a later change must not restart it."""
        if self._running or not self.session.is_open or self._paused:
            return
        generation = self._generation
        self.session.run(
            lambda archive: archive.ocr.counts(),
            lambda counts: self._counted(generation, counts),
            lambda _error: None,
        )

    def _changed(self, what: str) -> None:
        if what == "documents":
            self.check()

    def _counted(self, generation: int, counts: tuple[int, int]) -> None:
        if generation != self._generation or not counts[0] or self._running:
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
        self._generation += 1
        generation, token = self._generation, CancelToken()
        self.token = token
        self._running = True
        limits = ocr_limits_for(self.session)
        try:
            self._engine = OcrEngine(limits)
        except Exception as error:  # Tesseract vanished meanwhile: say so, do nothing
            self._running = False
            self.message.emit(str(error), MESSAGE_MS)
            return
        self.status.begin(
            self.tr("OCR: reading scans…"),
            self.tr(
                "Scanned pages are read so they can be searched and redacted;"
                " what was read is kept if you cancel, the rest is read later."
            ),
        )
        languages = self.session.settings.ocr_languages  # File > Preferences
        self.session.run(
            lambda archive: OcrJob.plan(archive, languages=languages),
            lambda job: self._next(generation, token, job),
            lambda error: self._failed(generation, error),
        )

    def cancel(self) -> None:
        if not self._running or self.token.cancelled:
            return
        self._paused = True
        self.token.cancel()
        self.status.stopping(self.tr("Stopping OCR after the pages under way…"))

    # -- the steps -----------------------------------------------------------------------
    def _next(self, generation: int, token: CancelToken, job: OcrJob) -> None:
        if generation != self._generation:
            return
        if token.cancelled:
            self._end(job.cancel())
            return
        engine = self._engine
        assert engine is not None
        self.session.run(
            lambda archive: job.next_work(archive, engine.processes),
            lambda work: self._read(generation, token, job, work),
            lambda error: self._failed(generation, error),
        )

    def _read(
        self, generation: int, token: CancelToken, job: OcrJob, work: PageWork | None
    ) -> None:
        if generation != self._generation:
            return
        if work is None:
            self._end(job.report)
            return
        engine = self._engine
        assert engine is not None
        future = self._reader.submit(OcrJob.read, engine, work, job.languages)
        self.session.tasks.watch(
            future,
            lambda results: self._store(generation, token, job, work, results),
            lambda error: self._failed(generation, error),
        )

    def _store(
        self, generation: int, token: CancelToken, job: OcrJob, work: PageWork, results: Any
    ) -> None:
        if generation != self._generation:
            return  # locked meanwhile: the pages stay queued

        def store(archive: Archive) -> OcrReport:
            return job.store(archive, work, results)

        self.session.run(
            store,
            lambda report: self._stored(generation, token, job, report),
            lambda error: self._failed(generation, error),
        )

    def _stored(self, generation: int, token: CancelToken, job: OcrJob, report: OcrReport) -> None:
        if generation != self._generation:
            return
        self.report = report
        text = self.tr("OCR: %1 of %n page(s)", "", report.total).replace(
            "%1", QLocale().toString(report.done)
        )
        self.status.advance(report.done, report.total, text)
        self._next(generation, token, job)

    def _end(self, report: OcrReport) -> None:
        self.report = report
        self._stop_engine()
        self._running = False
        self.status.end()
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

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._forget()
        self.session.error.emit(error)

    # -- locking -------------------------------------------------------------------------
    def _forget(self) -> None:
        """Locked or closing: kill the OCR processes, drop whatever is under way."""
        self.token.cancel()
        self._generation += 1
        self._running = False
        self.report = None
        self._stop_engine()
        self.status.end()

    def stop(self) -> None:
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
