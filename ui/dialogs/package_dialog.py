"""ui layer: what File > Share case… and File > Merge package… have in common.

Both run their long work through the window's operation helper (``ui.operation``) and are
that operation's display (``OperationDisplay``): a progress bar, a message line and a row
of buttons whose Close turns into Cancel while the work runs (Esc too); the dialog's own
buttons and fields are held disabled meanwhile and given back as they were. A lock drops
the work (nothing of it is delivered), clears the passphrases typed and closes the dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.operation import ArchiveOperation, RunsOperation
from ui.session import UiSession

PACKAGE_FILTER = "Case packages (*.package);;All files (*)"


class PackageDialog(RunsOperation, QDialog):
    cancel_requested = Signal()  # Cancel (Close while running, or Esc), for the operation

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.owner: Any = None  # the operation shown (OperationDisplay)
        self.held: list[QWidget] = []  # disabled while the work runs
        self._enabled: list[bool] = []
        self.secrets: list[QLineEdit] = []  # cleared on a lock
        self.bar = QProgressBar(self)
        self.bar.hide()
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        self.operation = ArchiveOperation(session, self, self)
        session.closed.connect(self._on_locked)  # after the operation has dropped its work

    def secret_field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        self.secrets.append(field)
        return field

    def add_rows(self, layout: QVBoxLayout, actions: Sequence[QPushButton]) -> None:
        """The bottom of the dialog: progress bar, message, ``actions`` and Close."""
        layout.addWidget(self.bar)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (*actions, self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

    def say(self, text: str, tone: str = "") -> None:
        self.message.setProperty("tone", tone)
        self.message.setText(text)

    def reject(self) -> None:
        """While the work runs, Close (then Cancel) and Esc cancel it; then they close."""
        if self.running:
            self.cancel_requested.emit()
            return
        self.closing()
        super().reject()

    def closing(self) -> None:
        """The dialog closes (or the archive was locked): let go of what it holds."""

    # -- the operation's display (ui.operation.OperationDisplay) ------------------------
    def begin(self, text: str, tooltip: str = "", *, owner: Any = None) -> None:
        self.owner = owner
        self._enabled = [widget.isEnabled() for widget in self.held]
        for widget in self.held:
            widget.setEnabled(False)
        self.bar.setRange(0, 0)  # busy until the first count
        self.bar.show()
        self.close_button.setText(self.tr("Cancel"))
        self.close_button.setToolTip(tooltip)
        self.say(text)

    def advance(self, done: int, total: int, text: str) -> None:
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def stopping(self, text: str) -> None:
        self.close_button.setEnabled(False)
        self.say(text)

    def end(self) -> None:
        self.owner = None
        for widget, enabled in zip(self.held, self._enabled, strict=False):
            widget.setEnabled(enabled)
        self.bar.hide()
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip("")
        self.close_button.setEnabled(True)

    def _on_locked(self) -> None:
        for field in self.secrets:
            field.clear()
        self.closing()
        QDialog.reject(self)
