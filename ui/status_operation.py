"""ui layer: a background operation shown in the main window's status bar.

What runs, how far it got (a small bar) and a Cancel button, hidden when nothing
runs. It only shows what it is told; the operation itself (``ui.operation``) decides
what Cancel means. ``owner`` is the operation shown now, so an operation whose display
was taken over by another one neither answers its Cancel nor hides it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget


class StatusOperation(QWidget):
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusOperation")
        self.owner: Any = None
        self.label = QLabel(self)
        self.label.setObjectName("operationText")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("operationProgress")
        self.bar.setMaximumWidth(160)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setObjectName("operationCancel")
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAutoRaise(True)
        self.cancel_button.clicked.connect(self._cancel_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(6)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    @property
    def active(self) -> bool:
        return not self.isHidden()

    def begin(self, text: str, tooltip: str = "", *, owner: Any = None) -> None:
        """Show the operation as starting (a busy bar until the first ``advance``)."""
        self.owner = owner
        self.label.setText(text)
        self.setToolTip(tooltip)
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setToolTip(tooltip)
        self.show()

    def advance(self, done: int, total: int, text: str) -> None:
        self.label.setText(text)
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))

    def stopping(self, text: str) -> None:
        """Cancel was asked for: say so and wait for the operation to stop."""
        self.label.setText(text)
        self.cancel_button.setEnabled(False)

    def end(self) -> None:
        self.owner = None
        self.hide()
        self.label.clear()
        self.bar.reset()

    def _cancel_clicked(self) -> None:
        if self.cancel_button.isEnabled():
            self.cancel_requested.emit()
