"""ui layer: the chronology of a case (or of a person): facts in date order to sort, filter,
add, edit, delete and export (CSV, DOCX, PDF); the submission draft opens from here.
Embedded in the Submission workspace (``embedded=True``) it is a page of that window: the
workspace picks the case (``set_case``) and holds remedies, consent and the draft."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from archive_app.errors import ArchiveError
from archive_app.facts import chronology
from archive_app.facts.rows import FactRow, fact_rows
from archive_app.facts.service import FactService
from archive_app.session import Archive
from storage.registry import CaseRecord, PersonRecord
from ui.chronology.model import FactFilter, FactTableModel
from ui.errors import show_error
from ui.look import alert_colour
from ui.session import UiSession

ALL = -1


def confirm_replace(parent: QWidget, path: Path) -> bool:
    """Ask before a file the user chose is replaced (the file dialogs do not)."""
    if not path.exists():
        return True
    answer = QMessageBox.question(
        parent,
        parent.tr("Replace file"),
        parent.tr("{0} exists. Replace it?").format(path.name),
    )
    return answer == QMessageBox.StandardButton.Yes


class ChronologyDialog(QDialog):
    def __init__(
        self,
        session: UiSession,
        parent: QWidget | None = None,
        *,
        case_id: int | None = None,
        embedded: bool = False,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.embedded = embedded
        self._loaded = False
        if embedded:
            self.setWindowFlags(Qt.WindowType.Widget)
        self.setWindowTitle(self.tr("Chronology"))
        self.resize(1100, 640)
        self._wanted_case = case_id
        self.case_box = QComboBox(self)
        self.case_box.setObjectName("case")
        self.person_box = QComboBox(self)
        self.person_box.setObjectName("person")
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("filter")
        self.filter_edit.setPlaceholderText(self.tr("Filter facts…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.status_box = QComboBox(self)
        self.status_box.setObjectName("status")
        self.status_box.addItem(self.tr("Any status"), "")
        self.status_box.addItem(self.tr("Undisputed"), "undisputed")
        self.status_box.addItem(self.tr("Disputed"), "disputed")

        self.model = FactTableModel(self)
        self.proxy = FactFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("facts")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 130), (2, 160), (3, 130), (4, 220)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.ResizeToContents)  # status
        self.table.doubleClicked.connect(self._edit_index)
        # wrapped statements take the height the new width needs (a narrower window)
        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(0)  # once the layout pass that resized columns is over
        self._fit_rows.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._fit_rows.start())

        self.count = QLabel(self)
        self.count.setObjectName("count")
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.hide()  # shown with something to say: no empty gap under the table
        self.add_button = QPushButton(self.tr("&Add fact…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.draft_button = QPushButton(self.tr("Draft &submission…"), self)
        self.remedies_button = QPushButton(self.tr("&Remedies…"), self)
        self.consent_button = QPushButton(self.tr("C&onsent…"), self)
        self.remedies_button.clicked.connect(self.remedies)
        self.consent_button.clicked.connect(self.consent)
        close = QPushButton(self.tr("Close"), self)
        self.close_button = close
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.export_button.clicked.connect(self.export)
        self.draft_button.clicked.connect(self.draft)
        close.clicked.connect(self.reject)

        filters = QHBoxLayout()
        self.case_label = QLabel(self.tr("Case:"), self)
        filters.addWidget(self.case_label)
        filters.addWidget(self.case_box, 1)
        filters.addWidget(QLabel(self.tr("Person:"), self))
        filters.addWidget(self.person_box, 1)
        filters.addWidget(self.status_box)
        filters.addWidget(self.filter_edit, 2)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addWidget(self.count)
        buttons.addStretch(1)
        for button in (
            self.remedies_button,
            self.consent_button,
            self.export_button,
            self.draft_button,
            close,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        if embedded:  # the workspace has the case picker and the other pages
            layout.setContentsMargins(0, 0, 0, 0)
            for widget in (
                self.case_label,
                self.case_box,
                self.remedies_button,
                self.consent_button,
                self.draft_button,
                close,
            ):
                widget.hide()

        self.filter_edit.textChanged.connect(self._filter)
        self.status_box.currentIndexChanged.connect(self._filter)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        session.changed.connect(self._on_changed)
        session.closed.connect(self._on_locked)
        self._enable()
        session.run(self._registries, self._show_registries)

    # -- loading ------------------------------------------------------------------------
    @staticmethod
    def _registries(archive: Archive) -> tuple[list[CaseRecord], list[PersonRecord]]:
        return archive.registry.cases(), archive.registry.persons()

    def _show_registries(self, found: tuple[list[CaseRecord], list[PersonRecord]]) -> None:
        cases, persons = found
        self.case_box.blockSignals(True)
        self.person_box.blockSignals(True)
        self.case_box.addItem(self.tr("All cases"), ALL)
        for case in cases:
            self.case_box.addItem(case.name, case.id)
        if self._wanted_case is not None:
            self.case_box.setCurrentIndex(max(0, self.case_box.findData(self._wanted_case)))
        elif cases:
            self.case_box.setCurrentIndex(1)
        self.person_box.addItem(self.tr("Anyone"), ALL)
        for person in persons:
            self.person_box.addItem(person.name, person.id)
        self.case_box.blockSignals(False)
        self.person_box.blockSignals(False)
        self.case_box.currentIndexChanged.connect(self.reload)
        self.person_box.currentIndexChanged.connect(self.reload)
        self._loaded = True
        self.reload()

    def set_case(self, case_id: int | None, name: str = "") -> None:
        """Show the chronology of ``case_id`` (the workspace's case picker)."""
        self._wanted_case = case_id
        if self._loaded:
            if case_id is not None and self.case_box.findData(case_id) < 0:
                self.case_box.addItem(name, case_id)  # added since this page loaded
            self.case_box.setCurrentIndex(max(0, self.case_box.findData(case_id)))

    def reject(self) -> None:
        if not self.embedded:  # Escape inside the workspace does not hide the page
            super().reject()

    def _chosen(self, box: QComboBox) -> int | None:
        value = box.currentData()
        return None if value in (None, ALL) else int(value)

    def reload(self) -> None:
        case_id, person_id = self._chosen(self.case_box), self._chosen(self.person_box)
        self.session.run(
            lambda archive: fact_rows(archive, case_id=case_id, person_id=person_id), self._show
        )

    def _show(self, rows: list[FactRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        self._filter()

    def _filter(self) -> None:
        self.proxy.set_text(self.filter_edit.text())
        self.proxy.set_status(self.status_box.currentData() or "")
        self.count.setText(
            self.tr("{0} of {1} facts").format(self.proxy.rowCount(), self.model.rowCount())
        )
        self._enable()

    def _enable(self) -> None:
        selected = self.selected() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        has_case = self._chosen(self.case_box) is not None
        self.draft_button.setEnabled(has_case)
        self.remedies_button.setEnabled(has_case)
        self.export_button.setEnabled(self.model.rowCount() > 0)

    def selected(self) -> FactRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.fact_at(self.proxy.mapToSource(rows[0]).row())

    # -- actions ------------------------------------------------------------------------
    def add(self) -> None:
        from ui.dialogs.fact_editor import FactDialog

        FactDialog(self.session, self, case_id=self._chosen(self.case_box)).exec()

    def edit(self) -> None:
        from ui.dialogs.fact_editor import FactDialog

        row = self.selected()
        if row is not None:
            FactDialog(self.session, self, row=row).exec()

    def _edit_index(self, _index: QModelIndex) -> None:
        self.edit()

    def delete(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete fact"),
            self.tr("Delete this fact from the chronology?\n\n{0}").format(row.fact.statement),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        fact_id = row.fact.id
        self.session.run(
            lambda archive: FactService(archive).delete(fact_id),
            lambda _: self.session.notify("facts"),
            self._failed,
        )

    def export(self) -> None:
        from ui.file_dialogs import save_file

        out = save_file(
            self,
            self.tr("Export the chronology"),
            "chronology",
            Path.home() / "chronology.docx",
            self.tr("Word (*.docx);;PDF (*.pdf);;CSV (*.csv)"),
        )
        if out is None or not confirm_replace(self, out):
            return
        case_id, person_id = self._chosen(self.case_box), self._chosen(self.person_box)
        self.export_button.setEnabled(False)
        self._say(self.tr("Exporting…"))
        self.session.run(self._exporting(out, case_id, person_id), self._exported, self._failed)

    @staticmethod
    def _exporting(
        out: Path, case_id: int | None, person_id: int | None
    ) -> Callable[[Archive], Path]:
        def run(archive: Archive) -> Path:
            return chronology.export(
                archive,
                out,
                case=str(case_id) if case_id is not None else None,
                person=str(person_id) if person_id is not None else None,
                force=True,  # asked before replacing
            )

        return run

    def _exported(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        self._say(self.tr("Written to {0}.").format(path))

    def draft(self) -> None:
        from ui.dialogs.draft_wizard import DraftDialog

        DraftDialog(self.session, self, case_id=self._chosen(self.case_box)).exec()

    def remedies(self) -> None:
        from ui.dialogs.remedies import RemediesDialog

        RemediesDialog(self.session, self, case_id=self._chosen(self.case_box)).exec()

    def consent(self) -> None:
        from ui.dialogs.consent import ConsentDialog

        row = self.selected()
        person = row.fact.person_ids[0] if row and row.fact.person_ids else None
        ConsentDialog(self.session, self, person_id=person).exec()

    def _failed(self, error: BaseException) -> None:
        self._enable()
        if not isinstance(error, ArchiveError):
            show_error(self, error)
            return
        self._say(str(error), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {alert_colour('error')};" if error else "")
        self.message.setVisible(bool(text))

    def _on_changed(self, what: str) -> None:
        if what in ("facts", "registry", "documents") and self.case_box.count():
            self.reload()

    def _on_locked(self) -> None:
        self.model.set_rows([])
        QDialog.reject(self)
