"""ui layer: the audit log, read-only, with the state of its hash chain on top.

Every entry is shown (newest first) with its time in local time; the filter
narrows to one action. The chain is verified each time the log is loaded and
the result is the first thing the reader sees: intact, or a red warning with
the first entry that no longer matches.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from archive_app.session import Archive
from storage.audit import AuditEntry, ChainReport
from ui.labels import QT_TRANSLATE_NOOP, translated
from ui.look import alert_colour
from ui.session import UiSession

COLUMNS = (
    QT_TRANSLATE_NOOP("AuditLogDialog", "Seq"),
    QT_TRANSLATE_NOOP("AuditLogDialog", "Time"),
    QT_TRANSLATE_NOOP("AuditLogDialog", "Actor"),
    QT_TRANSLATE_NOOP("AuditLogDialog", "Action"),
    QT_TRANSLATE_NOOP("AuditLogDialog", "Target"),
    QT_TRANSLATE_NOOP("AuditLogDialog", "Details"),
)
ACTION_COLUMN = 3
ALL_ACTIONS = QT_TRANSLATE_NOOP("AuditLogDialog", "All actions")
Index = QModelIndex | QPersistentModelIndex


def local_time(at: str) -> str:
    """``2026-03-01T09:30:00Z`` in local time, to the second; anything else as stored."""
    try:
        moment = datetime.fromisoformat(at.replace("Z", "+00:00"))
    except ValueError:
        return at
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def summarise(details: dict[str, Any]) -> str:
    """One line: ``name: Yerlan; aliases: a, b``."""
    parts = []
    for key, value in details.items():
        if value is None or value == [] or value == {}:
            continue
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        elif isinstance(value, dict):
            value = json.dumps(value, ensure_ascii=False)
        parts.append(f"{key}: {value}")
    return "; ".join(parts)


class AuditModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[AuditEntry] = []

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translated("AuditLogDialog", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                entry.seq,
                local_time(entry.at),
                entry.actor,
                entry.action,
                entry.target,
                summarise(entry.details),
            )
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return f"{entry.at} (UTC)"
        if role == Qt.ItemDataRole.UserRole:
            return entry
        return None


class AuditLogDialog(QDialog):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(1000, 620)
        self.chain: ChainReport | None = None

        self.status = QLabel(self.tr("Verifying the audit chain…"), self)
        self.status.setObjectName("chainStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        font = self.status.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.status.setFont(font)
        self.status_icon = QLabel(self)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_icon)
        status_row.addWidget(self.status, 1)

        self.action_filter = QComboBox(self)
        self.action_filter.setObjectName("actionFilter")
        self.action_filter.addItem(translated("AuditLogDialog", ALL_ACTIONS), "")
        self.action_filter.currentIndexChanged.connect(self._apply_filter)
        action_label = QLabel(self.tr("&Action:"), self)
        action_label.setBuddy(self.action_filter)
        refresh = QPushButton(self.tr("&Refresh"), self)
        refresh.setAutoDefault(False)
        refresh.setToolTip(self.tr("Load the log again and re-verify the chain (F5)"))
        refresh.clicked.connect(self.reload)
        filter_row = QHBoxLayout()
        filter_row.addWidget(action_label)
        filter_row.addWidget(self.action_filter)
        filter_row.addStretch(1)
        filter_row.addWidget(refresh)

        self.model = AuditModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(ACTION_COLUMN)
        self.proxy.setSortRole(Qt.ItemDataRole.DisplayRole)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._show_entry)

        self.entry_view = QPlainTextEdit(self)
        self.entry_view.setReadOnly(True)
        self.entry_view.setPlaceholderText(
            self.tr("Select an entry to see all its details and hashes.")
        )
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.entry_view)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)

        close = QPushButton(self.tr("Close"), self)
        close.setDefault(True)
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(status_row)
        layout.addLayout(filter_row)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.reload)
        session.closed.connect(self._on_locked)
        self.reload()

    # -- loading ----------------------------------------------------------------------
    def reload(self) -> None:
        def load(archive: Archive) -> tuple[ChainReport, list[AuditEntry]]:
            return archive.maintenance.verify_log(), archive.maintenance.log()

        self.session.run(load, self._show)

    def _show(self, loaded: tuple[ChainReport, list[AuditEntry]]) -> None:
        self.chain, entries = loaded
        self.model.set_entries(entries)
        chosen = self.action_filter.currentData() or ""
        self.action_filter.blockSignals(True)
        self.action_filter.clear()
        self.action_filter.addItem(translated("AuditLogDialog", ALL_ACTIONS), "")
        for action in sorted({e.action for e in entries}):
            self.action_filter.addItem(action, action)
        self.action_filter.setCurrentIndex(max(0, self.action_filter.findData(chosen)))
        self.action_filter.blockSignals(False)
        self._apply_filter()
        self._show_chain(self.chain)

    def _show_chain(self, chain: ChainReport) -> None:
        style = self.style()
        if chain.ok:
            icon = QStyle.StandardPixmap.SP_DialogApplyButton
            self.status.setText(
                self.tr("Audit chain intact ({entries} entries)").format(entries=chain.entries)
            )
            self.status.setStyleSheet(f"color: {alert_colour('ok')};")
        else:
            icon = QStyle.StandardPixmap.SP_MessageBoxCritical
            self.status.setText(
                self.tr(
                    "Warning: the audit chain is broken at entry {first_bad_seq}. The log was"
                    " changed after it was written, from that entry on. Do not rely on it; keep"
                    " this archive as evidence and compare it with a backup."
                ).format(first_bad_seq=chain.first_bad_seq)
            )
            self.status.setStyleSheet(
                "color: white; background: #c62828; padding: 6px; border-radius: 3px;"
            )
        self.status_icon.setPixmap(style.standardIcon(icon).pixmap(24, 24))

    def _apply_filter(self) -> None:
        action = self.action_filter.currentData() or ""
        pattern = f"^{QRegularExpression.escape(action)}$" if action else ""
        self.proxy.setFilterRegularExpression(pattern)

    def visible_actions(self) -> list[str]:
        column = ACTION_COLUMN
        return [str(self.proxy.index(row, column).data()) for row in range(self.proxy.rowCount())]

    def _show_entry(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = current.data(Qt.ItemDataRole.UserRole) if current.isValid() else None
        if not isinstance(entry, AuditEntry):
            self.entry_view.clear()
            return
        self.entry_view.setPlainText(
            f"#{entry.seq}  {entry.action}  {entry.target}\n"
            f"at {entry.at} (UTC) by {entry.actor}\n\n"
            f"{json.dumps(entry.details, ensure_ascii=False, indent=2)}\n\n"
            f"previous hash  {entry.prev_hash}\n"
            f"entry hash     {entry.hash}"
        )

    def _on_locked(self) -> None:
        self.model.set_entries([])
        self.entry_view.clear()
        self.reject()
