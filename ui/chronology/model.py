"""ui layer: the facts of a chronology as a Qt table model, with a sort/filter proxy.

Dates sort by what they mean (a range by its start, "to be determined" last), not by
their text; the filter matches any column's text and, separately, the status.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from archive_app.facts.rows import FactRow
from ui.labels import QT_TRANSLATE_NOOP, translated
from ui.submission.labels import fact_date, fact_source

COLUMNS = (
    QT_TRANSLATE_NOOP("FactTableModel", "Date"),
    QT_TRANSLATE_NOOP("FactTableModel", "Fact"),
    QT_TRANSLATE_NOOP("FactTableModel", "Persons"),
    QT_TRANSLATE_NOOP("FactTableModel", "Articles"),
    QT_TRANSLATE_NOOP("FactTableModel", "Source"),
    QT_TRANSLATE_NOOP("FactTableModel", "Status"),
)
STATUS_NAMES = {
    "undisputed": QT_TRANSLATE_NOOP("FactTableModel", "undisputed"),
    "disputed": QT_TRANSLATE_NOOP("FactTableModel", "disputed"),
}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class FactTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FactRow] = []

    def set_rows(self, rows: list[FactRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translated("FactTableModel", COLUMNS[section])
        return None

    def text(self, row: FactRow, column: int) -> str:
        if column == 0:
            return fact_date(row.date)
        if column == 1:
            return row.fact.statement
        if column == 2:
            return ", ".join(row.persons)
        if column == 3:
            return ", ".join(row.articles)
        if column == 4:
            return fact_source(row)
        return translated("FactTableModel", STATUS_NAMES.get(row.fact.status, row.fact.status))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 4):
            return row.fact.quote or self.text(row, column)
        if role == SORT_ROLE:
            if column == 0:
                kind, start, end = row.date.sort_key
                # a month or year before the days in it: ' ' sorts before '-'
                return f"{kind}{start:<10}{end:<10}{row.fact.id:09d}"
            return self.text(row, column).casefold()
        return None

    def fact_at(self, row: int) -> FactRow:
        return self.rows[row]


class FactFilter(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.status = ""
        self.words: list[str] = []

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "words", text.casefold().split()))

    def set_status(self, status: str) -> None:
        self._refilter(lambda: setattr(self, "status", status))

    def _refilter(self, change: Callable[[], None]) -> None:
        """Qt 6.10 asks for begin/endFilterChange around the change; older Qt has only
        invalidateRowsFilter (deprecated since)."""
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, FactTableModel)
        row = model.fact_at(source_row)
        if self.status and row.fact.status != self.status:
            return False
        if not self.words:
            return True
        haystack = " ".join(model.text(row, c) for c in range(len(COLUMNS))).casefold()
        haystack += " " + row.fact.quote.casefold()
        return all(word in haystack for word in self.words)
