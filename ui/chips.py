"""ui layer: removable chips in a flowing row, and an "add" field that completes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
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
            remove.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches every ×
            remove.clicked.connect(lambda: self.removed.emit(self.label))
            remove.installEventFilter(self)
            layout.addWidget(remove)
            self.remove_button: QToolButton | None = remove
        else:
            self.remove_button = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Backspace or Delete on a focused × removes its chip, as Space and Enter do."""
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
        ):
            self.removed.emit(self.label)
            return True
        return super().eventFilter(watched, event)


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
        self._just_added = ""
        self._completer = QCompleter([], self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.entry.setCompleter(self._completer)
        self.entry.returnPressed.connect(self._add)
        self.entry.installEventFilter(self)
        # a name picked from the list is added at once, and the field emptied afterwards
        # (the completer writes the name into the field after this signal)
        self._completer.activated.connect(self._picked)
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

    def chips(self) -> list[Chip]:
        out: list[Chip] = []
        for i in range(self._flow.count()):
            item = self._flow.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, Chip):
                out.append(widget)
        return out

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Backspace in the empty field removes the last chip (as in a mail client's To:)."""
        if (
            watched is self.entry
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Backspace
            and not self.entry.text()
        ):
            values = self.values()
            if values:
                self.removed.emit(values[-1])
                return True
        return super().eventFilter(watched, event)

    def _picked(self, text: str) -> None:
        self._emit(text)
        QTimer.singleShot(0, self.entry.clear)

    def _add(self) -> None:
        self._emit(self.entry.text())

    def _emit(self, text: str) -> None:
        """The text stays in the field until it is tagged (``clear_entry``): a name the
        registry does not know is not lost."""
        text = text.strip()
        if not text or text.casefold() == self._just_added:
            return  # Enter in the list: the completer and the field both report it
        self._just_added = text.casefold()
        QTimer.singleShot(0, self._forget_just_added)
        self.added.emit(text)

    def _forget_just_added(self) -> None:
        self._just_added = ""

    def clear_entry(self, value: str) -> None:
        if self.entry.text().strip().casefold() == value.casefold():
            self.entry.clear()
