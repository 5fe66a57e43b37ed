"""ui layer: File > Share case… - one case written as a sealed, encrypted package.

The package gets a passphrase of its own (typed twice); the work runs on the database
thread through the window's operation helper, with a progress bar and Cancel (nothing is
written when cancelled); the bar, the message and the buttons are ``PackageDialog``'s.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from archive_app.maintenance import check_new_passphrase
from archive_app.packages import PackageService, ShareReport, ShareRequest
from archive_app.session import Archive
from archive_app.tasks import CancelToken, ProgressCallback
from storage.errors import ArchiveError
from ui import file_dialogs
from ui.dialogs.package_dialog import PACKAGE_FILTER, PackageDialog
from ui.session import UiSession


class ShareCaseDialog(PackageDialog):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("Share a case"))
        self.setMinimumWidth(600)
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
        self.passphrase = self.secret_field("passphrase")
        self.repeat = self.secret_field("repeat")
        form = QFormLayout()
        form.addRow(self.tr("&Case:"), self.case)
        form.addRow(self.tr("&Search:"), self.query)
        file_label = QLabel(self.tr("&Package file:"), self)
        file_label.setBuddy(self.dest)  # a row of widgets has no buddy of its own
        form.addRow(file_label, dest_row)
        form.addRow(self.tr("Package &passphrase:"), self.passphrase)
        form.addRow(self.tr("&Repeat passphrase:"), self.repeat)
        self.share_button = QPushButton(self.tr("&Share"), self)
        self.share_button.setDefault(True)
        self.share_button.clicked.connect(self.share)
        self.held = [self.share_button, browse, self.case, self.query, self.dest]
        self.held += [self.passphrase, self.repeat]
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        self.add_rows(layout, [self.share_button])
        session.run(lambda archive: [c.name for c in archive.registry.cases()], self._cases)

    def _cases(self, names: list[str]) -> None:
        self.case.clear()
        self.case.addItems(names)
        if not names:
            self.say(self.tr("This archive has no cases yet; add one under Registries > Cases."))
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

    # -- running -----------------------------------------------------------------------
    def share(self) -> None:
        if self.running:
            return
        text = self.dest.text().strip()
        if not text:
            self.say(self.tr("Choose where to write the package."), "error")
            return
        dest = Path(text).expanduser().absolute()
        if dest.exists():
            self.say(self.tr("That file exists already; choose another name."), "error")
            return
        if not dest.parent.is_dir():
            self.say(self.tr("That folder does not exist."), "error")
            return
        secret = self.passphrase.text()
        if secret != self.repeat.text():
            self.say(self.tr("The two passphrases differ."), "error")
            return
        try:
            check_new_passphrase(secret)
        except ArchiveError:
            self.say(self.tr("The package needs a passphrase."), "error")
            return
        request = ShareRequest(case=self.case.currentText(), query=self.query.text().strip())

        def work(archive: Archive, progress: ProgressCallback, cancel: CancelToken) -> ShareReport:
            return PackageService(archive).share(
                dest, secret, request, progress=progress, cancel=cancel
            )

        self.operation.run(
            self.tr("Writing and checking the package…"),
            work,
            self._done,
            self._failed,
            cancelled=self._cancelled,
        )

    def _done(self, report: ShareReport) -> None:
        self.passphrase.clear()
        self.repeat.clear()
        self.report = report
        if report.cancelled:
            self._cancelled()
            return
        self.say(
            self.tr(
                "Package written and verified: {docs} documents, {persons} persons,"
                " {marks} redaction marks."
            ).format(docs=report.documents, persons=report.persons, marks=report.redactions),
            "ok",
        )

    def _cancelled(self) -> None:
        self.say(self.tr("Cancelled; no package was written."))

    def _failed(self, error: BaseException) -> None:
        self.say(self.tr("No package was written: {error}").format(error=error), "error")
