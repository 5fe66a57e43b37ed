"""ui layer: the domestic remedies of a case as ordered steps (appeal, cassation, complaint
to the prosecutor, ...) with date, body, outcome and ruling; add, move, delete. Embedded
in the Submission workspace (``embedded=True``) the workspace picks the case."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from archive_app.errors import ArchiveError
from archive_app.facts.service import FactService
from archive_app.session import Archive
from storage.registry import CaseRecord
from storage.remedies import RemedyRecord
from storage.submission_schema import REMEDY_KINDS, REMEDY_OUTCOMES
from ui.errors import show_error
from ui.look import alert_colour
from ui.session import UiSession
from ui.submission.labels import date_placeholder, remedy_kind, remedy_outcome


class RemediesDialog(QDialog):
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
        self._wanted = case_id
        self.embedded = embedded
        self._loaded = False
        if embedded:
            self.setWindowFlags(Qt.WindowType.Widget)
        self.remedies: list[RemedyRecord] = []
        self.setWindowTitle(self.tr("Domestic remedies"))
        self.resize(900, 560)
        self.case_box = QComboBox(self)
        self.case_box.setObjectName("case")
        headers = [
            self.tr("Step"),
            self.tr("Kind"),
            self.tr("Filed"),
            self.tr("Body"),
            self.tr("Outcome"),
            self.tr("Decided"),
            self.tr("Ruling"),
        ]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName("remedies")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        box = QGroupBox(self.tr("Add the next step"), self)
        self.kind_box = QComboBox(box)
        self.kind_box.setObjectName("kind")
        for kind in REMEDY_KINDS:
            self.kind_box.addItem(remedy_kind(kind), kind)
        self.filed_edit = QLineEdit(box)
        self.filed_edit.setObjectName("filed")
        self.filed_edit.setPlaceholderText(date_placeholder())
        self.body_edit = QLineEdit(box)
        self.body_edit.setObjectName("body")
        self.body_edit.setPlaceholderText(self.tr("Court or authority"))
        self.outcome_box = QComboBox(box)
        self.outcome_box.setObjectName("outcome")
        for outcome in REMEDY_OUTCOMES:
            self.outcome_box.addItem(remedy_outcome(outcome), outcome)
        self.decided_edit = QLineEdit(box)
        self.decided_edit.setObjectName("decided")
        self.decided_edit.setPlaceholderText(date_placeholder())
        self.ruling_edit = QLineEdit(box)
        self.ruling_edit.setObjectName("ruling")
        self.ruling_edit.setPlaceholderText(self.tr("document id"))
        form = QFormLayout(box)
        form.addRow(self.tr("&Kind:"), self.kind_box)
        form.addRow(self.tr("&Filed on:"), self.filed_edit)
        form.addRow(self.tr("&Body:"), self.body_edit)
        form.addRow(self.tr("&Outcome:"), self.outcome_box)
        form.addRow(self.tr("&Decided on:"), self.decided_edit)
        form.addRow(self.tr("&Ruling:"), self.ruling_edit)

        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add step"), self)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        close = QPushButton(self.tr("Close"), self)
        self.add_button.clicked.connect(self.add)
        self.up_button.clicked.connect(self.move_up)
        self.delete_button.clicked.connect(self.delete)
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        self.case_label = QLabel(self.tr("Case:"), self)
        top.addWidget(self.case_label)
        top.addWidget(self.case_box, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(box)
        layout.addLayout(buttons)
        if embedded:  # the workspace has the case picker
            layout.setContentsMargins(0, 0, 0, 0)
            for widget in (self.case_label, self.case_box, close):
                widget.hide()
        session.closed.connect(self._on_locked)
        session.changed.connect(self._on_changed)
        session.run(lambda archive: archive.registry.cases(), self._show_cases)

    def _show_cases(self, cases: list[CaseRecord]) -> None:
        for case in cases:
            self.case_box.addItem(case.name, case.id)
        if self._wanted is not None:
            self.case_box.setCurrentIndex(max(0, self.case_box.findData(self._wanted)))
        self.case_box.currentIndexChanged.connect(self.reload)
        self.add_button.setEnabled(bool(cases))
        self._loaded = True
        self.reload()

    def set_case(self, case_id: int | None, name: str = "") -> None:
        """Show the remedies of ``case_id`` (the workspace's case picker)."""
        self._wanted = case_id
        if self._loaded:
            if case_id is not None and self.case_box.findData(case_id) < 0:
                self.case_box.addItem(name, case_id)  # added since this page loaded
            self.case_box.setCurrentIndex(max(0, self.case_box.findData(case_id)))

    def reject(self) -> None:
        if not self.embedded:  # Escape inside the workspace does not hide the page
            super().reject()

    def _on_locked(self) -> None:
        self.remedies = []
        self.table.setRowCount(0)
        QDialog.reject(self)

    def _on_changed(self, what: str) -> None:
        if what == "remedies" and self._loaded:
            self.reload()

    def _case(self) -> str | None:
        value = self.case_box.currentData()
        return None if value is None else str(value)

    def reload(self) -> None:
        case = self._case()
        if case is not None:
            self.session.run(lambda archive: FactService(archive).remedies(case), self._show)

    def _show(self, remedies: list[RemedyRecord]) -> None:
        self.remedies = remedies
        self.table.setRowCount(len(remedies))
        for row, r in enumerate(remedies):
            values = (
                str(r.seq),
                remedy_kind(r.kind),
                r.filed_on or "",
                r.body,
                remedy_outcome(r.outcome),
                r.decided_on or "",
                f"#{r.ruling_document_id}" if r.ruling_document_id else "",
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def _selected(self) -> RemedyRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.remedies[rows[0].row()] if rows else None

    def add(self) -> None:
        case = self._case()
        ruling = self.ruling_edit.text().strip().lstrip("#")
        if case is None:
            return
        if ruling and not ruling.isdigit():
            self._say(self.tr("A ruling is given by its document id."), error=True)
            return
        values: dict[str, Any] = {
            "filed_on": self.filed_edit.text().strip() or None,
            "body": self.body_edit.text().strip(),
            "outcome": self.outcome_box.currentData(),
            "decided_on": self.decided_edit.text().strip() or None,
            "ruling_document_id": int(ruling) if ruling else None,
        }
        kind = self.kind_box.currentData()
        self._run(lambda archive: FactService(archive).add_remedy(case, kind, **values))

    def move_up(self) -> None:
        remedy = self._selected()
        if remedy is not None and remedy.seq > 1:
            self._run(lambda archive: FactService(archive).move_remedy(remedy.id, remedy.seq - 1))

    def delete(self) -> None:
        remedy = self._selected()
        if remedy is not None:
            self._run(lambda archive: FactService(archive).delete_remedy(remedy.id))

    def _run(self, fn: Callable[[Archive], Any]) -> None:
        self.add_button.setEnabled(False)
        self.session.run(fn, self._done, self._failed)

    def _done(self, _: Any) -> None:
        self.add_button.setEnabled(True)
        self._say("")
        self.reload()

    def _failed(self, error: BaseException) -> None:
        self.add_button.setEnabled(True)
        if not isinstance(error, ArchiveError):
            show_error(self, error)
            return
        self._say(self.tr("Not saved: {0}").format(error), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {alert_colour('error')};" if error else "")
