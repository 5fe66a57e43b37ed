"""ui layer: Archive > Check integrity, Change passphrase and Back up.

All three run on the database thread and show their outcome in the dialog; the check
and the backup run through the window's operation helper (``ui.operation``), with
progress per document and Cancel.
Changing the passphrase and writing a backup first prove the typed current
passphrase (the rule lives in the core, ``archive_app.maintenance``, so the CLI
obeys it too).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from archive_app.errors import ArchiveError, WrongPassphrase
from archive_app.maintenance import IntegrityReport, PassphraseChanged
from archive_app.session import Archive
from archive_app.tasks import CancelToken, Progress, ProgressCallback
from ui import file_dialogs
from ui.dialogs.strength import NewPassphraseFields
from ui.error_texts import error_text, line_text
from ui.errors import show_error
from ui.look import alert_colour
from ui.operation import ArchiveOperation
from ui.session import UiSession
from ui.status_operation import StatusOperation

_open_checks: set[IntegrityCheckDialog] = set()  # shown without a caller holding them


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setObjectName(name)
    return edit


def _busy_bar(parent: QWidget) -> QProgressBar:
    bar = QProgressBar(parent)
    bar.setRange(0, 0)  # "working", no percentage to promise
    bar.setTextVisible(False)
    bar.hide()
    return bar


def _say(label: QLabel, text: str, *, tone: str = "") -> None:
    colour = alert_colour(tone) if tone in ("error", "ok") else ""
    label.setText(text)
    label.setStyleSheet(f"color: {colour};" if colour else "")
    label.setVisible(bool(text))


def _report_items(view: QListWidget, report: IntegrityReport) -> None:
    """The report's lines, problems first, in the interface language; a long line wraps."""
    style = view.style()
    view.clear()
    view.setWordWrap(True)
    view.setResizeMode(QListWidget.ResizeMode.Adjust)  # wrap again when the dialog resizes
    for lines, pixmap in (
        (report.problems, QStyle.StandardPixmap.SP_MessageBoxCritical),
        (report.passed, QStyle.StandardPixmap.SP_DialogApplyButton),
    ):
        for line in lines:
            item = QListWidgetItem(style.standardIcon(pixmap), line_text(line), view)
            item.setToolTip(item.text())


# -- integrity check --------------------------------------------------------------------
class IntegrityCheckDialog(QDialog):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Check integrity"))
        self.resize(620, 420)
        self.report: IntegrityReport | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.results = QListWidget(self)
        self.deep = QCheckBox(
            self.tr("&Deep check: also re-read and re-hash every document (slower)")
        )
        self.busy = StatusOperation(self)  # progress per document, Cancel
        self.operation = ArchiveOperation(session, self.busy, self)
        self.run_button = QPushButton(self.tr("&Check again"), self)
        self.run_button.clicked.connect(self.run)
        close = QPushButton(self.tr("Close"), self)
        close.setDefault(True)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.deep, 1)
        buttons.addWidget(self.run_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.busy)
        layout.addWidget(self.results, 1)
        layout.addLayout(buttons)
        session.closed.connect(self.reject)

    def run(self) -> None:
        deep = self.deep.isChecked()

        def checking(
            archive: Archive, progress: ProgressCallback, cancel: CancelToken
        ) -> IntegrityReport:
            return archive.maintenance.check(deep=deep, progress=progress, cancel=cancel)

        started = self.operation.run(
            self.tr("Checking…"),
            checking,
            self._done,
            self._failed,
            cancelled=self._cancelled,
            label=self._progress_text,
        )
        if not started:
            return
        self.results.clear()
        _say(
            self.summary,
            self.tr("Checking every document's bytes…") if deep else self.tr("Checking…"),
        )
        self.run_button.setEnabled(False)

    def _progress_text(self, progress: Progress) -> str:
        return self.tr("Checking documents: {done} of {total}").format(
            done=progress.done + 1, total=progress.total
        )

    def _cancelled(self) -> None:
        self.run_button.setEnabled(True)
        _say(self.summary, self.tr("The check was cancelled; nothing was judged."), tone="error")

    def _done(self, report: IntegrityReport) -> None:
        self.report = report
        self.run_button.setEnabled(True)
        _report_items(self.results, report)
        if report.ok:
            _say(
                self.summary,
                self.tr("The archive is healthy: all %n checks passed.", "", len(report.passed)),
                tone="ok",
            )
        else:
            _say(
                self.summary,
                self.tr("%n problem(s) found; see the list below.", "", len(report.problems)),
                tone="error",
            )

    def _failed(self, error: BaseException) -> None:
        self.run_button.setEnabled(True)
        _say(self.summary, self.tr("The check could not run."), tone="error")
        show_error(self, error)


def run_integrity_check(session: UiSession, parent: QWidget | None = None) -> None:
    """Show the integrity check dialog and start a standard check right away."""
    dialog = IntegrityCheckDialog(session, parent)
    dialog.setObjectName("integrityCheck")
    _open_checks.add(dialog)
    dialog.finished.connect(lambda _result: _open_checks.discard(dialog))
    dialog.show()
    dialog.run()


# -- change passphrase ------------------------------------------------------------------
class ChangePassphraseDialog(QDialog):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setMinimumWidth(500)
        intro = QLabel(
            self.tr(
                "The whole archive is re-encrypted under the new passphrase. Backups made earlier"
                " keep the passphrase they were made with."
            )
        )
        intro.setWordWrap(True)
        self.current = _password_field(self, "currentPassphrase")
        self.fields = NewPassphraseFields(self)
        form = QFormLayout()
        form.addRow(self.tr("&Current passphrase:"), self.current)
        self.fields.add_rows(form)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.hide()
        self.busy = _busy_bar(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("C&hange passphrase"))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.change)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.succeeded = False
        self._working = False
        self.current.setFocus()
        session.closed.connect(self._on_locked)

    def change(self) -> None:
        if self.succeeded:
            self.accept()
            return
        if self._working:
            return
        current, new = self.current.text(), self.fields.passphrase()
        if not current:
            _say(self.message, self.tr("Type the current passphrase first."), tone="error")
            self.current.setFocus()
            return
        if not self.fields.validate():
            return
        if new == current:
            _say(
                self.message,
                self.tr("That is the current passphrase; type a new one."),
                tone="error",
            )
            self.fields.first.setFocus()
            return
        self._set_working(True)
        _say(
            self.message, self.tr("Re-encrypting the archive… this takes a while for a large one.")
        )
        self.session.run(self._changing(current, new), self._done, self._failed)

    @staticmethod
    def _changing(current: str, new: str) -> Callable[[Archive], PassphraseChanged]:
        def change(archive: Archive) -> PassphraseChanged:
            return archive.maintenance.change_passphrase(current, new)

        return change

    def _done(self, changed: PassphraseChanged) -> None:
        keyring_updated = changed.remembered
        self._set_working(False)
        self.succeeded = True
        self.current.clear()
        self.fields.clear()
        for widget in (self.current, self.fields.first, self.fields.repeat):
            widget.setEnabled(False)
        text = self.tr("Passphrase changed. The old passphrase no longer opens this archive.")
        if keyring_updated:
            text += " " + self.tr("The passphrase remembered on this computer was updated.")
        _say(self.message, text, tone="ok")
        self.ok_button.setText(self.tr("Close"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()

    def _failed(self, error: BaseException) -> None:
        self._set_working(False)
        _explain_failure(
            self,
            self.message,
            self.current,
            error,
            wrong=self.tr("That is not the current passphrase. Nothing was changed."),
            failed=self.tr("Nothing was changed: {reason}"),
            nothing=self.tr("Nothing was changed."),
        )

    def _set_working(self, working: bool) -> None:
        self._working = working
        self.busy.setVisible(working)
        self.ok_button.setEnabled(not working)
        self.current.setEnabled(not working)
        self.fields.setEnabled(not working)

    def _on_locked(self) -> None:
        self.current.clear()
        self.fields.clear()
        self.reject()


def _explain_failure(
    dialog: QWidget,
    message: QLabel,
    passphrase: QLineEdit,
    error: BaseException,
    *,
    wrong: str,
    failed: str,
    nothing: str,
) -> None:
    """Say why a passphrase-protected action failed; a wrong passphrase is asked again.
    ``wrong``, ``failed`` (with ``{reason}``) and ``nothing``: the dialog's own sentences."""
    if isinstance(error, WrongPassphrase):
        _say(message, wrong, tone="error")
        passphrase.clear()
        passphrase.setFocus()
    elif isinstance(error, ArchiveError):
        reason = error_text(error)
        reason += "" if reason.endswith((".", "!", "?")) else "."
        _say(message, failed.format(reason=reason), tone="error")
    else:
        _say(message, nothing, tone="error")
        show_error(dialog, error)


# -- backup -----------------------------------------------------------------------------
class BackupDialog(QDialog):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Back up the archive"))
        self.setMinimumWidth(560)
        self.report: IntegrityReport | None = None
        self.dest: Path | None = None
        intro = QLabel(
            self.tr(
                "Writes an encrypted copy, then opens it and checks every page and document before"
                " calling it done. Keep backups on another disk, stored safely."
            )
        )
        intro.setWordWrap(True)
        self.dest_edit = QLineEdit(self)
        self.dest_edit.setObjectName("destination")
        self.dest_edit.setPlaceholderText(self.tr("Where to write the backup"))
        self.browse_button = QPushButton(self.tr("C&hoose…"), self)
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.choose_destination)
        dest_row = QHBoxLayout()
        dest_row.addWidget(self.dest_edit, 1)
        dest_row.addWidget(self.browse_button)
        self.passphrase = _password_field(self, "passphrase")
        self.passphrase.setToolTip(
            self.tr("The copy is encrypted with the archive's current passphrase.")
        )
        form = QFormLayout()
        dest_label = QLabel(self.tr("&Backup file:"), self)
        dest_label.setBuddy(self.dest_edit)
        form.addRow(dest_label, dest_row)
        form.addRow(self.tr("Current &passphrase:"), self.passphrase)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.results = QListWidget(self)
        self.results.hide()
        self.busy = StatusOperation(self)  # progress of the copy's check, Cancel
        self.operation = ArchiveOperation(session, self.busy, self)
        self.backup_button = QPushButton(self.tr("Back &up"), self)
        self.backup_button.setDefault(True)
        self.backup_button.clicked.connect(self.back_up)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.results, 1)
        layout.addLayout(buttons)
        self._working = False
        session.closed.connect(self._on_locked)

    def suggested_path(self) -> Path:
        archive = self.session.path or Path.home() / "archive.archive"
        return archive.with_name(f"{archive.stem}-backup-{date.today().isoformat()}.archive")

    def choose_destination(self) -> None:
        start = self.dest_edit.text().strip() or str(self.suggested_path())
        chosen = file_dialogs.save_file(  # overwriting is asked below, for typed paths too
            self,
            self.tr("Back up to"),
            file_dialogs.BACKUP,
            Path(start),
            self.tr("Archives (*.archive);;All files (*)"),
        )
        if chosen:
            path = chosen
            self.dest_edit.setText(str(path if path.suffix else path.with_suffix(".archive")))
            self.passphrase.setFocus()

    def back_up(self) -> None:
        if self._working:
            return
        text = self.dest_edit.text().strip()
        if not text:
            _say(self.message, self.tr("Choose where to write the backup."), tone="error")
            self.dest_edit.setFocus()
            return
        dest = Path(text).expanduser().absolute()
        if self.session.path is not None and dest.resolve() == self.session.path.resolve():
            _say(
                self.message,
                self.tr("That is this archive itself; choose another file."),
                tone="error",
            )
            return
        if dest.is_dir() or not dest.parent.is_dir():
            problem = (
                self.tr("{path} is a folder; choose a file name.")
                if dest.is_dir()
                else self.tr("{path} is in a folder that does not exist; choose a file name.")
            )
            _say(self.message, problem.format(path=dest), tone="error")
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            _say(self.message, self.tr("Type the archive's current passphrase."), tone="error")
            self.passphrase.setFocus()
            return
        overwrite = dest.exists()
        if overwrite and not self._confirm_overwrite(dest):
            return
        started = self.operation.run(
            self.tr("Writing the backup…"),
            self._backing_up(dest, passphrase, overwrite),
            self._done,
            self._failed,
            cancelled=self._cancelled,
            label=self._progress_text,
            tooltip=self.tr("Cancel leaves no backup file behind."),
        )
        if not started:
            return
        self._set_working(True)
        self.results.hide()
        _say(self.message, self.tr("Writing and verifying the backup…"))
        self.dest = dest

    def _progress_text(self, progress: Progress) -> str:
        return self.tr("Verifying the backup — documents: {done} of {total}").format(
            done=progress.done + 1, total=progress.total
        )

    def _cancelled(self) -> None:
        self._set_working(False)
        _say(self.message, self.tr("Backup cancelled; no backup was written."), tone="error")

    def _confirm_overwrite(self, dest: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace backup?"),
            self.tr(
                "{name} already exists in {parent}.\n\nReplace it with a new backup? The old"
                " file is replaced only after the new one has been verified."
            ).format(name=dest.name, parent=dest.parent),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    @staticmethod
    def _backing_up(
        dest: Path, passphrase: str, overwrite: bool
    ) -> Callable[[Archive, ProgressCallback, CancelToken], IntegrityReport]:
        def backup(
            archive: Archive, progress: ProgressCallback, cancel: CancelToken
        ) -> IntegrityReport:
            return archive.maintenance.backup(
                dest, passphrase, overwrite=overwrite, progress=progress, cancel=cancel
            )

        return backup

    def _done(self, report: IntegrityReport) -> None:
        self._set_working(False)
        self.report = report
        self.passphrase.clear()
        _say(
            self.message,
            self.tr(
                "Backup written to {path} and verified. It opens with the current passphrase."
            ).format(path=self.dest),
            tone="ok",
        )
        _report_items(self.results, report)
        self.results.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def _failed(self, error: BaseException) -> None:
        self._set_working(False)
        _explain_failure(
            self,
            self.message,
            self.passphrase,
            error,
            wrong=self.tr("That is not the current passphrase. No backup was written."),
            failed=self.tr("No backup was written: {reason}"),
            nothing=self.tr("No backup was written."),
        )

    def _set_working(self, working: bool) -> None:
        self._working = working
        for widget in (self.backup_button, self.dest_edit, self.passphrase):
            widget.setEnabled(not working)

    def _on_locked(self) -> None:
        self.passphrase.clear()
        self.results.clear()
        self.reject()
