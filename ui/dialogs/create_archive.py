"""ui layer: asking where a new archive goes and the passphrase that will lock it.

The dialog only collects and checks the answers; the caller creates the
archive (``UiSession.create``) with ``values()`` after ``exec()`` accepted. It
never overwrites: an existing file is refused here and again by the core.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import file_dialogs
from ui.dialogs.strength import NewPassphraseFields
from ui.look import alert_colour

SUFFIX = ".archive"
FILTER = "Archives (*.archive);;All files (*)"


def with_suffix(path: Path) -> Path:
    """``cases`` -> ``cases.archive``; a name that has a suffix keeps it."""
    return path if path.suffix else path.with_name(path.name + SUFFIX)


class CreateArchiveDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, start_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New archive"))
        self.setMinimumWidth(520)
        self._start_dir = start_dir or Path.home()
        self._values: tuple[Path, str] | None = None

        intro = QLabel(
            self.tr(
                "An archive is one encrypted file. Everything you put in it is readable only"
                " with its passphrase."
            )
        )
        intro.setWordWrap(True)

        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("archivePath")
        self.path_edit.setPlaceholderText(self.tr("Where to save the archive"))
        self.browse_button = QPushButton(self.tr("&Choose…"), self)
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        self.fields = NewPassphraseFields(self)
        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, path_row)
        self.fields.add_rows(form, self.tr("&Passphrase:"))

        warning = QLabel(
            self.tr(
                "<b>Nobody can recover a lost passphrase</b>, not even the team that wrote this"
                " program. Keep it somewhere safe, away from this computer."
            )
        )
        warning.setWordWrap(True)

        self.path_message = QLabel(self)
        self.path_message.setObjectName("pathMessage")
        self.path_message.setWordWrap(True)
        self.path_message.setStyleSheet(f"color: {alert_colour('error')};")
        self.path_message.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        create = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        create.setText(self.tr("Create &archive"))
        create.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.path_message)
        layout.addWidget(warning)
        layout.addWidget(self.buttons)
        self.path_edit.setFocus()

    def choose_path(self) -> None:
        start = self.path_edit.text().strip() or str(self._start_dir / f"cases{SUFFIX}")
        chosen = file_dialogs.save_file(  # never confirms overwriting: we refuse instead
            self, self.tr("New archive"), file_dialogs.ARCHIVE, Path(start), FILTER
        )
        if chosen:
            self.path_edit.setText(str(with_suffix(chosen)))
            self.fields.first.setFocus()

    def _path_problem(self) -> tuple[Path | None, str | None]:
        text = self.path_edit.text().strip()
        if not text:
            return None, "Choose where to save the archive."
        path = with_suffix(Path(text).expanduser())
        if not path.is_absolute():
            path = self._start_dir / path
        if path.exists():
            return (
                None,
                f"{path} already exists. An archive is never overwritten: choose a new name.",
            )
        if not path.parent.is_dir():
            return None, f"The folder {path.parent} does not exist."
        return path, None

    def accept(self) -> None:
        path, problem = self._path_problem()
        self.path_message.setText(problem or "")
        self.path_message.setVisible(problem is not None)
        if path is None:
            self.path_edit.setFocus()
            return
        if not self.fields.validate():
            return
        self._values = (path, self.fields.passphrase())
        self.fields.clear()
        super().accept()

    def reject(self) -> None:
        self.fields.clear()
        super().reject()

    def values(self) -> tuple[Path, str]:
        """The chosen file and passphrase; only after the dialog was accepted."""
        if self._values is None:
            raise RuntimeError("the dialog was not accepted")
        return self._values
