"""ui layer: File > Share case… - one case written as a sealed, encrypted package.

The package gets a passphrase of its own (typed twice); the work runs on the database
thread with a progress bar and Cancel (nothing is written when cancelled); its progress
reaches this dialog through a plain object polled on the main thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from archive_app.maintenance import check_new_passphrase
from archive_app.packages import PackageService, ShareReport, ShareRequest
from archive_app.session import Archive
from archive_app.tasks import CancelToken, Progress
from storage.errors import ArchiveError
from ui import file_dialogs
from ui.session import UiSession

PACKAGE_FILTER = "Case packages (*.package);;All files (*)"


class ProgressInbox:
    """Written on the database thread, read on the main thread: never a QObject."""

    def __init__(self) -> None:
        self.progress: Progress | None = None

    def set(self, progress: Progress) -> None:
        self.progress = progress


class ShareCaseDialog(QDialog):
    POLL_MS = 100

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Share a case"))
        self.setMinimumWidth(600)
        self.token = CancelToken()
        self.inbox = ProgressInbox()
        self.running = False
        self.report: ShareReport | None = None
        intro = QLabel(
            self.tr(
                "Writes the case's documents, with their texts, tags, persons, redaction marks"
                " and audit history, into a new encrypted package with a passphrase of its own."
                " Give the passphrase to your colleague another way than the file."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.case = QComboBox(self)
        self.case.setObjectName("case")
        self.query = QLineEdit(self)
        self.query.setObjectName("query")
        self.query.setPlaceholderText(self.tr("optional: only documents matching this search"))
        self.dest = QLineEdit(self)
        self.dest.setObjectName("destination")
        self.dest.setPlaceholderText(self.tr("Where to write the package"))
        browse = QPushButton(self.tr("C&hoose…"), self)
        browse.setAutoDefault(False)
        browse.clicked.connect(self.choose_destination)
        dest_row = QHBoxLayout()
        dest_row.addWidget(self.dest, 1)
        dest_row.addWidget(browse)
        self.passphrase = self._secret("passphrase")
        self.repeat = self._secret("repeat")
        form = QFormLayout()
        form.addRow(self.tr("&Case:"), self.case)
        form.addRow(self.tr("&Search:"), self.query)
        file_label = QLabel(self.tr("&Package file:"), self)
        file_label.setBuddy(self.dest)  # a row of widgets has no buddy of its own
        form.addRow(file_label, dest_row)
        form.addRow(self.tr("Package &passphrase:"), self.passphrase)
        form.addRow(self.tr("&Repeat passphrase:"), self.repeat)
        self.bar = QProgressBar(self)
        self.bar.hide()
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.share_button = QPushButton(self.tr("&Share"), self)
        self.share_button.setDefault(True)
        self.share_button.clicked.connect(self.share)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.share_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.poll = QTimer(self)
        self.poll.setInterval(self.POLL_MS)
        self.poll.timeout.connect(self._show_progress)
        session.closed.connect(self._on_locked)
        session.run(lambda archive: [c.name for c in archive.registry.cases()], self._cases)

    def _secret(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def _cases(self, names: list[str]) -> None:
        self.case.clear()
        self.case.addItems(names)
        if not names:
            self._say(self.tr("This archive has no cases yet; add one under Registries > Cases."))
            self.share_button.setEnabled(False)

    def choose_destination(self) -> None:
        name = (self.case.currentText() or "case").replace("/", "-")
        start = Path(self.dest.text().strip() or file_dialogs.last_folder(file_dialogs.EXPORT))
        suggested = start if start.suffix else start / f"{name}.package"
        chosen = file_dialogs.save_file(
            self, self.tr("Write the package to"), file_dialogs.EXPORT, suggested, PACKAGE_FILTER
        )
        if chosen:
            self.dest.setText(str(chosen if chosen.suffix else chosen.with_suffix(".package")))
            self.passphrase.setFocus()

    def _say(self, text: str, tone: str = "") -> None:
        self.message.setProperty("tone", tone)
        self.message.setText(text)

    # -- running -----------------------------------------------------------------------
    def share(self) -> None:
        if self.running:
            return
        text = self.dest.text().strip()
        if not text:
            self._say(self.tr("Choose where to write the package."), "error")
            return
        dest = Path(text).expanduser().absolute()
        if dest.exists():
            self._say(self.tr("That file exists already; choose another name."), "error")
            return
        if not dest.parent.is_dir():
            self._say(self.tr("That folder does not exist."), "error")
            return
        secret = self.passphrase.text()
        if secret != self.repeat.text():
            self._say(self.tr("The two passphrases differ."), "error")
            return
        try:
            check_new_passphrase(secret)
        except ArchiveError:
            self._say(self.tr("The package needs a passphrase."), "error")
            return
        request = ShareRequest(case=self.case.currentText(), query=self.query.text().strip())
        token, progress = self.token, self.inbox.set

        def work(archive: Archive) -> ShareReport:
            return PackageService(archive).share(
                dest, secret, request, progress=progress, cancel=token
            )

        self._set_running(True)
        self._say(self.tr("Writing and checking the package…"))
        self.session.run(work, self._done, self._failed)

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.bar.setVisible(running)
        self.bar.setRange(0, 0)
        self.share_button.setEnabled(not running)
        self.close_button.setText(self.tr("Cancel") if running else self.tr("Close"))
        for widget in (self.case, self.query, self.dest, self.passphrase, self.repeat):
            widget.setEnabled(not running)
        if running:
            self.poll.start()
        else:
            self.poll.stop()

    def _show_progress(self) -> None:
        progress = self.inbox.progress
        if progress is not None and progress.total:
            self.bar.setRange(0, progress.total)
            self.bar.setValue(min(progress.done, progress.total))

    def _done(self, report: ShareReport) -> None:
        self._set_running(False)
        self.passphrase.clear()
        self.repeat.clear()
        self.report = report
        if report.cancelled:
            self._say(self.tr("Cancelled; no package was written."))
            return
        self._say(
            self.tr(
                "Package written and verified: {docs} documents, {persons} persons,"
                " {marks} redaction marks."
            ).format(docs=report.documents, persons=report.persons, marks=report.redactions),
            "ok",
        )

    def _failed(self, error: BaseException) -> None:
        self._set_running(False)
        self._say(self.tr("No package was written: {error}").format(error=error), "error")

    def reject(self) -> None:
        """While writing, Cancel and Esc stop the work (nothing is written); then they close."""
        if self.running:
            self.token.cancel()
            self._say(self.tr("Stopping…"))
            return
        super().reject()

    def _on_locked(self) -> None:
        self.token.cancel()
        self.passphrase.clear()
        self.repeat.clear()
        self.running = False
        super().reject()
