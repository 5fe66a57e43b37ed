"""ui layer: importing files and folders, with progress, Cancel and a summary.

The import runs on the database thread. Its progress and per-file outcomes
are reported there too, so the callbacks only store them (an assignment, an
append); a timer on the main thread shows the latest state a few times a second.
Widgets are touched on the main thread only, and a batch of ten thousand files
costs no more repaints than a batch of ten. Cancel sets a token the importer checks
between files: the current file finishes, everything committed is kept. The
summary lists the files that were not imported (duplicates, failures) with the
reason for each.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from archive_app.errors import ArchiveError
from archive_app.importer import DUPLICATE, FAILED, IMPORTED, ImportOptions, ImportReport, Outcome
from archive_app.session import Archive
from archive_app.tasks import CancelToken, Progress
from ui.errors import show_error
from ui.labels import QT_TRANSLATE_NOOP, Translated, translated_all
from ui.session import UiSession

SUMMARY_COLUMNS = (
    QT_TRANSLATE_NOOP("ImportDialog", "File"),
    QT_TRANSLATE_NOOP("ImportDialog", "Result"),
    QT_TRANSLATE_NOOP("ImportDialog", "Reason"),
)
RESULT_LABELS = Translated(
    "ImportDialog",
    {
        IMPORTED: QT_TRANSLATE_NOOP("ImportDialog", "Imported"),
        DUPLICATE: QT_TRANSLATE_NOOP("ImportDialog", "Duplicate"),
        FAILED: QT_TRANSLATE_NOOP("ImportDialog", "Failed"),
    },
)


def short_name(name: str) -> str:
    """``/a/b/mail.eml › scan.pdf`` -> ``mail.eml › scan.pdf``: the path is in the tooltip."""
    first, sep, rest = name.partition(" › ")
    return f"{Path(first).name}{sep}{rest}"


class Inbox:
    """What the database thread reports: a plain object, so no Qt object is touched there."""

    def __init__(self) -> None:
        self.progress: Progress | None = None  # the latest; older ones are never needed
        self.outcomes: list[Outcome] = []

    def set_progress(self, progress: Progress) -> None:
        self.progress = progress


class ImportDialog(QDialog):
    finished_import = Signal(object)  # the ImportReport (what was committed, when it failed)
    POLL_MS = 100

    def __init__(
        self,
        session: UiSession,
        paths: list[Path],
        options: ImportOptions | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.paths = list(paths)
        self.options = options
        self.token = CancelToken()
        self.report: ImportReport | None = None
        self.inbox = Inbox()  # written on the database thread, read here
        self.last: Progress | None = None  # the one shown
        self.started = False
        self.running = False
        self.setWindowTitle(self.tr("Import"))
        self.resize(680, 440)
        self.poll = QTimer(self)
        self.poll.setInterval(self.POLL_MS)
        self.poll.timeout.connect(self._show_latest)

        self.heading = QLabel(self.tr("Importing %n item(s)…", "", len(self.paths)), self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.current = QLabel(self.tr("Looking for files…"), self)
        self.current.setObjectName("currentFile")
        self.current.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setFormat("%v of %m files")
        self.counts = QLabel(self)
        self.counts.setObjectName("counts")
        self.note = QLabel(self)
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.note.hide()

        self.summary = QTableWidget(0, len(SUMMARY_COLUMNS), self)
        self.summary.setObjectName("summary")
        self.summary.setHorizontalHeaderLabels(translated_all("ImportDialog", SUMMARY_COLUMNS))
        self.summary.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summary.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.summary.verticalHeader().hide()
        self.summary.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.summary.hide()

        self.button = QPushButton(self.tr("Cancel"), self)
        self.button.setObjectName("cancelOrClose")
        self.button.setToolTip(
            self.tr("Stop after the current file; what is imported is kept (Esc)")
        )
        self.button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.button)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.current)
        layout.addWidget(self.bar)
        layout.addWidget(self.counts)
        layout.addWidget(self.note)
        layout.addWidget(self.summary, 1)
        layout.addLayout(buttons)
        self._show_counts(0, 0, 0)
        session.closed.connect(self._on_locked)

    # -- running ----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.started:
            QTimer.singleShot(0, self.start)

    def start(self) -> None:
        """Start the import on the database thread (once; showing the dialog also starts it)."""
        if self.started:
            return
        self.started = self.running = True
        paths, options, token = self.paths, self.options, self.token
        inbox = self.inbox  # the database thread never touches this QObject
        progress, on_outcome = inbox.set_progress, inbox.outcomes.append

        def work(archive: Archive) -> ImportReport:
            return archive.importer().import_paths(
                paths, options, progress=progress, cancel=token, on_outcome=on_outcome
            )

        self.session.run(work, self._finished, self._failed)
        self.poll.start()

    def cancel(self) -> None:
        if not self.running or self.token.cancelled:
            return
        self.token.cancel()
        self.button.setEnabled(False)
        self.note.setText(
            self.tr("Stopping after the current file… Everything imported so far is kept.")
        )
        self.note.show()

    def reject(self) -> None:
        """Esc, the window's close button and Cancel stop the import; afterwards they close."""
        if self.running:
            self.cancel()
        else:
            super().reject()

    # -- what the database thread stored, shown on the main thread -----------------------
    def _show_latest(self) -> None:
        progress = self.inbox.progress
        if progress is None or progress is self.last:
            return
        self.last = progress
        total = progress.total
        self.bar.setFormat(f"%v of %m {'file' if total == 1 else 'files'}" if total else "no files")
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(progress.done, total))
        if progress.current:
            width = max(self.current.width(), 200)
            name = self.current.fontMetrics().elidedText(
                progress.current, Qt.TextElideMode.ElideMiddle, width
            )
            self.current.setText(self.tr("Reading {name}").format(name=name))
            self.current.setToolTip(progress.current)
        self._show_counts(progress.imported, progress.duplicates, progress.failed)

    def _show_counts(self, imported: int, duplicates: int, failed: int) -> None:
        self.counts.setText(
            self.tr("Imported: {imported}    Duplicates: {duplicates}    Failed: {failed}").format(
                imported=imported, duplicates=duplicates, failed=failed
            )
        )

    def _finished(self, report: ImportReport) -> None:
        self._show_latest()
        self.poll.stop()
        self.report = report
        self.running = False
        total = self.last.total if self.last else len(report.outcomes)
        done = self.last.done if self.last else total
        if report.stopped:
            self.heading.setText(
                self.tr("Import stopped: {stopped}").format(stopped=report.stopped)
            )
            self.heading.setStyleSheet("color: #c62828;")
        elif report.cancelled:
            self.heading.setText(
                self.tr("Import cancelled: %n file(s) not imported.", "", total - done)
            )
        elif not report.outcomes:
            self.heading.setText(self.tr("Nothing to import: no files were found."))
        else:
            self.heading.setText(self.tr("Import finished."))
        self._summarise(report)
        self.finished_import.emit(report)
        self.session.notify("documents")

    def _failed(self, error: BaseException) -> None:
        self._show_latest()
        self.poll.stop()
        self.running = False
        report = ImportReport(outcomes=list(self.inbox.outcomes), stopped=str(error))
        self.report = report
        self.heading.setText(self.tr("The import stopped because of an error."))
        self.heading.setStyleSheet("color: #c62828;")
        self._summarise(report)
        self.finished_import.emit(report)
        self.session.notify("documents")  # batches committed before the error are kept
        if not isinstance(error, ArchiveError) or not self.isVisible():
            show_error(self, error)
        else:
            self.note.setText(str(error))
            self.note.show()

    def _summarise(self, report: ImportReport) -> None:
        self.bar.setRange(0, max(self.bar.maximum(), 1))
        if not report.cancelled and not report.stopped:
            self.bar.setValue(self.bar.maximum())
        self.current.setText(
            self.tr("{imported} imported, {duplicates} duplicate(s), {failed} failed.").format(
                imported=report.imported, duplicates=report.duplicates, failed=report.failed
            )
        )
        self.current.setToolTip("")
        self._show_counts(report.imported, report.duplicates, report.failed)
        if not report.cancelled:
            self.note.hide()
        else:
            self.note.setText(self.tr("Cancelled. Everything imported before that is kept."))
        rows = [o for o in report.outcomes if o.status == FAILED]
        rows += [o for o in report.outcomes if o.status == DUPLICATE]
        self.summary.setRowCount(len(rows))
        for row, outcome in enumerate(rows):
            values = (short_name(outcome.name), RESULT_LABELS[outcome.status], outcome.message)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(outcome.name if column == 0 else value)
                self.summary.setItem(row, column, item)
        self.summary.resizeColumnToContents(0)
        self.summary.setVisible(bool(rows))
        self.button.setText(self.tr("Close"))
        self.button.setToolTip("")
        self.button.setEnabled(True)
        self.button.setDefault(True)
        self.button.setFocus()

    def _on_locked(self) -> None:
        self.token.cancel()
        self.poll.stop()
        self.summary.setRowCount(0)
        super().reject()
