"""Drive the app's file chooser (ui.file_dialogs) as a person would: wait for it to open,
type the path into its name field, press the accept button (or Cancel)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

POLL_MS = 20
GIVE_UP_MS = 20_000


@dataclass
class SeenDialog:
    """What the chooser looked like when it opened."""

    opened: bool = False
    title: str = ""
    folder: str = ""
    name: str = ""  # what its name field held (a save dialog's suggested name)
    native: bool = True
    mode: QFileDialog.FileMode | None = None
    answered: bool = False
    errors: list[str] = field(default_factory=list)


def answer_file_dialog(qtbot: QtBot, choose: list[Path] | Path | None) -> SeenDialog:
    """Answer the next file chooser: ``choose`` files (in one folder), a folder, a new file
    name, or ``None`` for Cancel. Call it before the action that opens the chooser."""
    seen = SeenDialog()
    waited = [0]

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog) or not dialog.isVisible():
            waited[0] += POLL_MS
            if waited[0] < GIVE_UP_MS:
                QTimer.singleShot(POLL_MS, act)
            else:
                seen.errors.append("no file dialog opened")
            return
        seen.opened = True
        seen.title = dialog.windowTitle()
        seen.folder = dialog.directory().absolutePath()
        seen.native = not dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        seen.mode = dialog.fileMode()
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        seen.name = edit.text() if edit is not None else ""
        if choose is None:
            dialog.reject()
            seen.answered = True
            return
        paths = choose if isinstance(choose, list) else [choose]
        assert edit is not None
        if len(paths) == 1:
            edit.setText(str(paths[0]))
        else:
            dialog.setDirectory(str(paths[0].parent))
            edit.setText(" ".join(f'"{p.name}"' for p in paths))
        buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
        assert buttons is not None
        button = buttons.button(QDialogButtonBox.StandardButton.Open) or buttons.button(
            QDialogButtonBox.StandardButton.Save
        )
        assert button is not None and button.isEnabled(), "the accept button is disabled"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        seen.answered = True

    QTimer.singleShot(0, act)
    return seen
