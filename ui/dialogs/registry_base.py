"""ui layer: what the registry dialogs (persons, legal articles, cases) share: a message
line, a reload when the registry changes, and forgetting everything on lock."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QTableWidget, QWidget

from ui.look import alert_colour
from ui.session import UiSession

ERROR_COLOUR = "#c62828"  # on the light theme; messages use ui.look.alert_colour


class RegistryDialog(QDialog):
    table: QTableWidget  # made by each dialog
    message: QLabel

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        session.changed.connect(self._on_changed)
        session.closed.connect(self._on_locked)

    def reload(self) -> None:
        raise NotImplementedError

    def forget(self) -> None:
        """Drop what was shown from the archive; dialogs extend it with their own state."""
        self.table.setRowCount(0)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {alert_colour('error')};" if error else "")

    def _on_changed(self, what: str) -> None:
        if what == "registry" and self.isVisible():
            self.reload()

    def _on_locked(self) -> None:
        self.forget()
        QDialog.reject(self)  # no unsaved-changes question: the archive is locked
