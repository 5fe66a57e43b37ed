"""ui layer: importing files and folders, with progress, Cancel and a summary.

The import runs through the window's one operation helper (``ui.operation``): on the
database thread, its progress records come back on the main thread as they are made,
each with the live counts (imported, duplicates, failed as files finish), and Cancel,
success, failure and the lock are the helper's. The dialog is the operation's display
(``OperationDisplay``): its own heading, bar, counts and Cancel/Close button. Cancel sets
the token the importer checks between files: the current file finishes, everything
committed is kept. A lock closes the dialog, and nothing of the locked import is shown
afterwards. The summary lists the files that were not imported (duplicates, failures)
with the reason for each, and what was imported.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from archive_app.changes import DOCUMENTS
from archive_app.errors import ArchiveError
from archive_app.importer import DUPLICATE, FAILED, IMPORTED, ImportOptions, ImportReport, Outcome
from archive_app.session import Archive
from archive_app.tasks import CancelToken, Progress, ProgressCallback
from storage.schema import CONFIDENTIALITY_LEVELS, DOCUMENT_TYPES
from ui import error_texts
from ui.errors import show_error
from ui.labels import (
    CONFIDENTIALITY_NAMES,
    QT_TRANSLATE_NOOP,
    TYPE_NAMES,
    Translated,
    translated_all,
)
from ui.look import tones
from ui.operation import ArchiveOperation, RunsOperation
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


DUPLICATE_RE = re.compile(r"already in the archive as #(\d+)(; linked)?$")
PAGES_RE = re.compile(r"^(\d+) pages?(?=;|$)")


class EndElided(QStyledItemDelegate):
    """A reason is read from its start: cut at the end (file names are cut in the middle,
    keeping their extension)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Any) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideRight


def short_name(name: str) -> str:
    """``/a/b/mail.eml › scan.pdf`` -> ``mail.eml › scan.pdf``: the path is in the tooltip."""
    first, sep, rest = name.partition(" › ")
    return f"{Path(first).name}{sep}{rest}"


class ImportDialog(RunsOperation, QDialog):
    finished_import = Signal(object)  # the ImportReport (what was committed, when it failed)
    cancel_requested = Signal()  # the display's Cancel (OperationDisplay), for the operation

    def __init__(
        self,
        session: UiSession,
        paths: list[Path],
        options: ImportOptions | None = None,
        parent: QWidget | None = None,
        *,
        ask: bool = False,
    ) -> None:
        """``ask``: first ask for the case, type and confidentiality of the new documents
        (the window's import); the import starts with the Import button."""
        super().__init__(parent)
        self.ask = ask
        self.session = session
        self.paths = list(paths)
        self.options = options
        self.report: ImportReport | None = None
        self.outcomes: list[Outcome] = []  # appended on the database thread while it runs
        self.last: Progress | None = None  # the one shown
        self.started = False
        self.owner: Any = None  # the operation shown (OperationDisplay)
        self.setWindowTitle(self.tr("Import"))
        self.resize(680, 440)

        self.heading = QLabel(self._heading_before(), self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.current = QLabel(self.tr("Looking for files…"), self)
        self.current.setObjectName("currentFile")
        self.current.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setFormat(self.tr("%v of %m files"))
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
        self.summary.setItemDelegateForColumn(2, EndElided(self.summary))
        self.summary.hide()

        self.options_box = self._build_options() if ask else None
        self.start_button = QPushButton(self.tr("&Import"), self)
        self.start_button.setObjectName("primary")
        self.start_button.setDefault(ask)
        self.start_button.clicked.connect(self.start)
        self.start_button.setVisible(ask)
        for widget in (self.current, self.bar, self.counts):
            widget.setVisible(not ask)

        self.button = QPushButton(self.tr("Cancel"), self)
        self.button.setObjectName("cancelOrClose")
        self.button.setToolTip(
            self.tr("Stop after the current file; what is imported is kept (Esc)")
        )
        self.button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.button)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        if self.options_box is not None:
            layout.addWidget(self.options_box)
        layout.addWidget(self.current)
        layout.addWidget(self.bar)
        layout.addWidget(self.counts)
        layout.addWidget(self.note)
        layout.addWidget(self.summary, 1)
        layout.addStretch(
            0
        )  # before the summary shows, spare room goes below, not round the heading
        layout.addLayout(buttons)
        self._show_counts(0, 0, 0)
        self.operation = ArchiveOperation(session, self, self)
        self.operation.progressed.connect(self._show_progress)
        session.closed.connect(self._on_locked)

    def _heading_before(self) -> str:
        files = [p for p in self.paths if not p.is_dir()]
        if files and len(files) == len(self.paths):
            return self.tr("Import %n file(s)", "", len(files))
        return self.tr("Import %n folder(s) and file(s)", "", len(self.paths))

    # -- what to import as (the window's import) --------------------------------------
    def _build_options(self) -> QGroupBox:
        box = QGroupBox(self.tr("The new documents"), self)
        box.setObjectName("importOptions")
        self.case_box = QComboBox(box)
        self.case_box.addItem(self.tr("No case"), "")
        self.type_box = QComboBox(box)
        self.type_box.addItem(self.tr("Recognise from each file"), "")
        for value in DOCUMENT_TYPES:
            self.type_box.addItem(TYPE_NAMES.get(value, value), value)
        self.confidentiality_box = QComboBox(box)
        for level in CONFIDENTIALITY_LEVELS:
            self.confidentiality_box.addItem(CONFIDENTIALITY_NAMES.get(level, level), level)
        default = (self.options or ImportOptions()).confidentiality
        self.confidentiality_box.setCurrentIndex(max(0, self.confidentiality_box.findData(default)))
        form = QFormLayout(box)
        form.addRow(self.tr("&Case:"), self.case_box)
        form.addRow(self.tr("&Type:"), self.type_box)
        form.addRow(self.tr("Con&fidentiality:"), self.confidentiality_box)
        self.session.run(
            lambda archive: [c.name for c in archive.registry.cases()],
            self._show_cases,
            lambda error: None,  # no cases offered; the import itself still works
        )
        return box

    def _show_cases(self, names: list[str]) -> None:
        for name in names:
            self.case_box.addItem(name, name)

    def chosen_options(self) -> ImportOptions | None:
        if self.options_box is None:
            return self.options
        base = self.options or ImportOptions()
        case = str(self.case_box.currentData() or "")
        return ImportOptions(
            **{
                **base.__dict__,
                "doc_type": self.type_box.currentData() or None,
                "confidentiality": str(self.confidentiality_box.currentData()),
                "cases": (case,) if case else base.cases,
            }
        )

    # -- running ----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.started and not self.ask:
            QTimer.singleShot(0, self.start)

    def start(self) -> None:
        """Start the import on the database thread (once; showing the dialog also starts it
        unless it asks first)."""
        if self.started:
            return
        self.options = self.chosen_options()
        paths, options = self.paths, self.options
        self.outcomes = outcomes = list[Outcome]()
        on_outcome = outcomes.append  # a plain list: no Qt object is touched there

        def work(archive: Archive, progress: ProgressCallback, cancel: CancelToken) -> ImportReport:
            return archive.importer().import_paths(
                paths, options, progress=progress, cancel=cancel, on_outcome=on_outcome
            )

        self.started = self.operation.run(
            self.tr("Importing…"),
            work,
            self._finished,
            self._failed,
            label=self._reading,
            changes=(DOCUMENTS,),
        )
        if not self.started:  # locked meanwhile: the lock closes the dialog
            return
        if self.options_box is not None:
            self.options_box.setEnabled(False)
        self.start_button.hide()
        for widget in (self.current, self.bar, self.counts):
            widget.show()

    def cancel(self) -> None:
        self.operation.cancel()

    def reject(self) -> None:
        """Esc, the window's close button and Cancel stop the import; afterwards they close."""
        if self.running:
            self.cancel_requested.emit()
        else:
            super().reject()

    # -- the operation's display (ui.operation.OperationDisplay) -------------------------
    def begin(self, text: str, tooltip: str = "", *, owner: Any = None) -> None:
        self.owner = owner
        self.heading.setText(text)

    def advance(self, done: int, total: int, text: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))
        if text:
            self.current.setText(text)

    def stopping(self, text: str) -> None:
        """Cancel asked for: the import says what that means here (not ``text``)."""
        self.button.setEnabled(False)
        self.note.setText(
            self.tr("Stopping after the current file… Everything imported so far is kept.")
        )
        self.note.show()

    def end(self) -> None:
        self.owner = None

    def _reading(self, progress: Progress) -> str:
        if not progress.current:
            return ""
        width = max(self.current.width(), 200)
        name = self.current.fontMetrics().elidedText(
            progress.current, Qt.TextElideMode.ElideMiddle, width
        )
        return self.tr("Reading {name}").format(name=name)

    def _show_progress(self, progress: Progress) -> None:
        """Every progress record, as it is made: the counts of the files finished so far."""
        self.last = progress
        total = progress.total
        if total:
            self.heading.setText(self.tr("Importing %n file(s)…", "", total))
        self.bar.setFormat(self.tr("%v of %m file(s)", "", total) if total else self.tr("no files"))
        if progress.current:
            self.current.setToolTip(progress.current)
        self._show_counts(progress.imported, progress.duplicates, progress.failed)

    def _show_counts(self, imported: int, duplicates: int, failed: int) -> None:
        self.counts.setText(
            self.tr("Imported: {imported}    Duplicates: {duplicates}    Failed: {failed}").format(
                imported=imported, duplicates=duplicates, failed=failed
            )
        )

    def _finished(self, report: ImportReport) -> None:
        self.report = report
        total = self.last.total if self.last else len(report.outcomes)
        done = self.last.done if self.last else total
        if report.stopped:
            self.heading.setText(
                self.tr("Import stopped: {stopped}").format(stopped=report.stopped)
            )
            self.heading.setStyleSheet(f"color: {tones().error};")
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

    def _failed(self, error: BaseException) -> None:
        report = ImportReport(outcomes=list(self.outcomes), stopped=str(error))
        self.report = report
        self.heading.setText(self.tr("The import stopped because of an error."))
        self.heading.setStyleSheet(f"color: {tones().error};")
        self._summarise(report)
        self.finished_import.emit(report)
        self.session.notify(DOCUMENTS)  # batches committed before the error are kept
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
            " ".join(
                (
                    self.tr("%n imported,", "", report.imported),
                    self.tr("%n duplicate(s),", "", report.duplicates),
                    self.tr("%n failed.", "", report.failed),
                )
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
        rows += [o for o in report.outcomes if o.status == IMPORTED]  # what is new, too
        self.summary.setRowCount(len(rows))
        for row, outcome in enumerate(rows):
            reason = self.reason_text(outcome.message)
            if outcome.status == IMPORTED and outcome.document_id is not None:
                reason = (
                    f"#{outcome.document_id} · {reason}" if reason else f"#{outcome.document_id}"
                )
            values = (short_name(outcome.name), RESULT_LABELS[outcome.status], reason)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(outcome.name if column == 0 else value)
                self.summary.setItem(row, column, item)
        self._fit_columns()
        self.summary.setVisible(bool(rows))
        if self.options_box is not None:
            self.options_box.hide()  # chosen before the import; the summary needs the room
        self.button.setText(self.tr("Close"))
        self.button.setToolTip("")
        self.button.setEnabled(True)
        self.button.setDefault(True)
        self.button.setFocus()

    def reason_text(self, message: str) -> str:
        """The importer's usual reasons in the interface language (others as written)."""
        duplicate = DUPLICATE_RE.fullmatch(message)
        if duplicate:
            linked = bool(duplicate.group(2))
            text = (
                self.tr("already in the archive as #{id}; linked")
                if linked
                else self.tr("already in the archive as #{id}")
            )
            return text.format(id=duplicate.group(1))
        pages = PAGES_RE.match(message)
        if pages:
            count = self.tr("%n page(s)", "", int(pages.group(1)))
            return count + message[pages.end() :]
        return error_texts.reason_text(message)

    def _fit_columns(self) -> None:
        """File and result to their contents, the file at most half the width (the whole
        path is its tooltip); the reason, which says what to do, gets the rest."""
        self.summary.resizeColumnToContents(0)
        self.summary.resizeColumnToContents(1)
        half = max((self.width() - 60) // 2, 160)
        if self.summary.columnWidth(0) > half:
            self.summary.setColumnWidth(0, half)
        self.summary.setTextElideMode(Qt.TextElideMode.ElideMiddle)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.summary.rowCount():
            self._fit_columns()

    def _on_locked(self) -> None:
        """The operation has dropped the import (its token cancelled, nothing more of it
        delivered); forget what was shown and close."""
        self.outcomes = []
        self.summary.setRowCount(0)
        super().reject()
