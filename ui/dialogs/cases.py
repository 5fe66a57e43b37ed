"""ui layer: the registry of cases (name, court or file reference, description)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from archive_app.errors import ArchiveError
from archive_app.session import Archive
from storage.registry import CaseRecord
from ui.dialogs.registry_base import RegistryDialog
from ui.errors import show_error
from ui.labels import QT_TRANSLATE_NOOP, translated_all
from ui.session import UiSession

COLUMNS = (
    QT_TRANSLATE_NOOP("CasesDialog", "Name"),
    QT_TRANSLATE_NOOP("CasesDialog", "Reference"),
    QT_TRANSLATE_NOOP("CasesDialog", "Description"),
)


class CasesDialog(RegistryDialog):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("Cases"))
        self.resize(760, 520)
        self.cases: list[CaseRecord] = []
        self._select_after_load: int | None = None

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(translated_all("CasesDialog", COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        box = QGroupBox(self.tr("Add a case"), self)
        self.name_edit = QLineEdit(box)
        self.name_edit.setObjectName("name")
        self.name_edit.setPlaceholderText(self.tr("e.g. Defenders' trial, Taldykorgan 2026"))
        self.reference_edit = QLineEdit(box)
        self.reference_edit.setObjectName("reference")
        self.reference_edit.setPlaceholderText(self.tr("Court, file or communication number"))
        self.description_edit = QPlainTextEdit(box)
        self.description_edit.setObjectName("description")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumHeight(80)
        form = QFormLayout(box)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Reference:"), self.reference_edit)
        form.addRow(self.tr("&Description:"), self.description_edit)

        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add case"), self)
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add)
        close = QPushButton(self.tr("Close"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(box)
        layout.addLayout(buttons)
        self.name_edit.setFocus()
        self.reload()

    def reload(self) -> None:
        self.session.run(lambda archive: archive.registry.cases(), self._show)

    def _show(self, cases: list[CaseRecord]) -> None:
        self.cases = cases
        self.table.setRowCount(len(cases))
        for row, case in enumerate(cases):
            items = [QTableWidgetItem(v) for v in (case.name, case.reference, case.description)]
            items[2].setToolTip(case.description)
            for column, item in enumerate(items):
                self.table.setItem(row, column, item)
            if case.id == self._select_after_load:
                self.table.selectRow(row)
                self.table.scrollToItem(items[0])
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def add(self) -> None:
        name = " ".join(self.name_edit.text().split())
        reference = self.reference_edit.text().strip()
        description = self.description_edit.toPlainText().strip()
        if not name:
            self._say("A case needs a name.", error=True)
            self.name_edit.setFocus()
            return
        self.add_button.setEnabled(False)
        self.session.run(self._adding(name, reference, description), self._added, self._failed)

    @staticmethod
    def _adding(name: str, reference: str, description: str) -> Callable[[Archive], CaseRecord]:
        def add(archive: Archive) -> CaseRecord:
            return archive.registry.add_case(name, reference=reference, description=description)

        return add

    def _added(self, case: CaseRecord) -> None:
        self.add_button.setEnabled(True)
        self._say(f"Added {case.name}.")
        self.name_edit.clear()
        self.reference_edit.clear()
        self.description_edit.clear()
        self.name_edit.setFocus()
        self._select_after_load = case.id
        self.session.notify("registry")  # reloads this table too

    def _failed(self, error: BaseException) -> None:
        self.add_button.setEnabled(True)
        if isinstance(error, ArchiveError):
            self._say(f"Not added: {error}.", error=True)
            self.name_edit.setFocus()
        else:
            show_error(self, error)

    def forget(self) -> None:
        self.cases = []
        super().forget()
