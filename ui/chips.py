"""ui layer: removable chips in a flowing row, and an "add" field that completes."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.look import icon, named


class FlowLayout(QLayout):
    """Lays children out left to right, wrapping to new lines (the Qt flow-layout example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() and line > 0:
                x, y, line = rect.x(), y + line + self.spacing(), 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self.spacing()
            line = max(line, hint.height())
        return y + line - rect.y()


class Chip(QFrame):
    removed = Signal(str)

    def __init__(self, label: str, removable: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chip")
        self.label = label
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 4, 2)
        layout.setSpacing(2)
        layout.addWidget(QLabel(label))
        if removable:
            remove = named(QToolButton(), "chipRemove")
            remove.setIcon(icon("close"))
            remove.setToolTip(self.tr("Remove {label}").format(label=label))
            remove.setAutoRaise(True)
            remove.clicked.connect(lambda: self.removed.emit(self.label))
            layout.addWidget(remove)


class ChipField(QWidget):
    """Chips for the current values plus a field to add one (completed from a registry)."""

    added = Signal(str)
    removed = Signal(str)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chips = QWidget()
        self._flow = FlowLayout(self._chips)
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(placeholder)
        self._completer = QCompleter([], self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.entry.setCompleter(self._completer)
        self.entry.returnPressed.connect(self._add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._chips)
        layout.addWidget(self.entry)
        self._chips.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def set_choices(self, choices: list[str]) -> None:
        self._completer.model().setStringList(choices)  # type: ignore[attr-defined]

    def set_values(self, values: list[str]) -> None:
        while self._flow.count():
            item = self._flow.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for value in values:
            chip = Chip(value)
            chip.removed.connect(self.removed)
            self._flow.addWidget(chip)
        self._chips.setVisible(bool(values))
        self._chips.updateGeometry()

    def values(self) -> list[str]:
        out: list[str] = []
        for i in range(self._flow.count()):
            item = self._flow.itemAt(i)
            if item is not None and isinstance(item.widget(), Chip):
                out.append(item.widget().label)  # type: ignore[union-attr]
        return out

    def _add(self) -> None:
        text = self.entry.text().strip()
        if text:
            self.entry.clear()
            self.added.emit(text)
