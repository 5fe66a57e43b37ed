"""ui layer: the export wizard's bundle options: cover title, Bates prefix, password, place.

The password is read from two password fields (never echoed, never logged, never saved)
and emptied when the wizard closes or the archive locks.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWizardPage,
)

from archive_app.export.service import PREFIX_RE
from ui import file_dialogs
from ui.export.wizard_pages import hint
from ui.look import named


class BundlePage(QWizardPage):
    """ui layer: cover title, Bates prefix, password and where the bundle goes."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Bundle"))
        self.setSubTitle(self.tr("How the bundle is numbered, protected and where it is written."))
        self.cover_title = QLineEdit("Document bundle")
        self.prefix = QLineEdit("DOC-")
        self.prefix.setMaxLength(16)
        self.example = hint("")
        self.protect = QCheckBox(self.tr("Protect the PDFs with a password (AES-256)"))
        self.password_field = QLineEdit()
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.folder = QLineEdit(str(file_dialogs.last_folder(file_dialogs.EXPORT)))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.name = QLineEdit(f"bundle-{date.today().isoformat()}")
        self.as_zip = QCheckBox(self.tr("One ZIP file instead of a folder"))
        self.target_label = hint("")
        self.target_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem = named(QLabel(), "errorLabel")
        self.problem.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Cover title"), self.cover_title)
        form.addRow(self.tr("Bates prefix"), self.prefix)
        form.addRow("", self.example)
        form.addRow("", self.protect)
        form.addRow(self.tr("Password"), self.password_field)
        form.addRow(self.tr("Password again"), self.again)
        self.password_note = hint(
            self.tr(
                "The owner password is random and not kept. The password is not saved"
                " anywhere: send it to the recipient separately."
            )
        )
        form.addRow("", self.password_note)
        self.form = form
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form.addRow(self.tr("Save in"), folder_row)
        form.addRow(self.tr("Bundle name"), self.name)
        form.addRow("", self.as_zip)
        form.addRow("", self.target_label)
        form.addRow("", self.problem)
        for field in (
            self.cover_title,
            self.prefix,
            self.password_field,
            self.again,
            self.folder,
            self.name,
        ):
            field.textChanged.connect(self._changed)
        for check in (self.protect, self.as_zip):
            check.toggled.connect(self._changed)
        self._changed()

    def _browse(self) -> None:
        chosen = file_dialogs.existing_folder(
            self,
            self.tr("Save the bundle in"),
            file_dialogs.EXPORT,
            Path(self.folder.text().strip()).expanduser(),
        )
        if chosen:
            self.folder.setText(str(chosen))

    def target(self) -> Path:
        path = Path(self.folder.text().strip()).expanduser() / self.name.text().strip()
        return path.with_suffix(".zip") if self.as_zip.isChecked() else path

    def password(self) -> str | None:
        return self.password_field.text() if self.protect.isChecked() else None

    def forget_password(self) -> None:
        self.password_field.clear()
        self.again.clear()

    def problem_text(self) -> str:
        prefix = self.prefix.text().strip()
        name = self.name.text().strip()
        folder = Path(self.folder.text().strip()).expanduser()
        if not PREFIX_RE.match(prefix):
            return self.tr("The Bates prefix takes letters, digits, '-' and '_' (up to 16).")
        if self.protect.isChecked() and not self.password_field.text():
            return self.tr("Type the password twice, or untick the password option.")
        if self.protect.isChecked() and self.password_field.text() != self.again.text():
            return self.tr("The two passwords differ.")
        if not name or "/" in name or "\\" in name or name in (".", ".."):
            return self.tr("Give the bundle a name (no slashes).")
        if not folder.is_dir():
            return self.tr("Choose an existing folder to save the bundle in.")
        if self.target().exists():
            return self.tr("{name} already exists there; choose another name.").format(
                name=self.target().name
            )
        return ""

    def _changed(self, *_: object) -> None:
        for field in (self.password_field, self.again, self.password_note):
            self.form.setRowVisible(field, self.protect.isChecked())
        prefix = self.prefix.text().strip()
        self.example.setText(
            self.tr("First page: {prefix}000001, then {prefix}000002, …").format(prefix=prefix)
        )
        self.target_label.setText(self.tr("Will create: {target}").format(target=self.target()))
        self.problem.setText(self.problem_text())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.problem_text()

    def validatePage(self) -> bool:
        self._changed()
        return self.isComplete()
