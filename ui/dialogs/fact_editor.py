"""ui layer: one fact of a chronology, added or edited - "Add as fact" from a passage
selected in the viewer opens it with the passage, its source and the date read from it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from archive_app.errors import ArchiveError
from archive_app.facts.dates import FactDate, first_date
from archive_app.facts.rows import FactRow, persons_named_in
from archive_app.facts.service import FactInput, FactService
from archive_app.session import Archive
from storage.facts import FactRecord
from storage.registry import ArticleRecord, CaseRecord, PersonRecord
from ui.errors import show_error
from ui.look import alert_colour
from ui.session import UiSession
from ui.submission.labels import fact_date, fact_source


@dataclass
class Passage:
    """Where a new fact comes from: the selected text, its document and page."""

    text: str
    document_id: int
    document_title: str
    page_no: int | None
    context_year: int | None = None
    case_name: str | None = None  # the case the document is tagged with, if only one


@dataclass
class Choices:
    cases: list[CaseRecord] = field(default_factory=list)
    persons: list[PersonRecord] = field(default_factory=list)
    articles: list[ArticleRecord] = field(default_factory=list)
    mentioned: set[int] = field(default_factory=set)  # persons the passage names


def choices_for(text: str) -> Callable[[Archive], Choices]:
    def load(archive: Archive) -> Choices:
        return Choices(
            archive.registry.cases(),
            archive.registry.persons(),
            archive.registry.articles(),
            persons_named_in(archive, text),
        )

    return load


class FactDialog(QDialog):
    def __init__(
        self,
        session: UiSession,
        parent: QWidget | None = None,
        *,
        row: FactRow | None = None,
        passage: Passage | None = None,
        case_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.row = row
        self.passage = passage
        self.saved: FactRecord | None = None
        self._case_id = row.fact.case_id if row else case_id
        self._proposed: FactDate | None = None
        self.setWindowTitle(self.tr("Edit fact") if row else self.tr("Add fact"))
        self.resize(640, 620)

        self.statement = QPlainTextEdit(self)
        self.statement.setObjectName("statement")
        self.statement.setTabChangesFocus(True)
        self.statement.setMaximumHeight(110)
        self.date_edit = QLineEdit(self)
        self.date_edit.setObjectName("date")
        self.date_edit.setPlaceholderText(self.tr("YYYY-MM-DD, YYYY-MM, YYYY, START..END or tbd"))
        self.date_edit.textChanged.connect(self._check_date)
        self.date_hint = QLabel(self)
        self.date_hint.setObjectName("date_hint")
        self.case_box = QComboBox(self)
        self.case_box.setObjectName("case")
        self.persons = QListWidget(self)
        self.persons.setObjectName("persons")
        self.persons.setMaximumHeight(110)
        self.articles = QLineEdit(self)
        self.articles.setObjectName("articles")
        self.articles.setPlaceholderText(self.tr("e.g. ICCPR 9, KZ-CC 174(2)"))
        self.status_box = QComboBox(self)
        self.status_box.setObjectName("status")
        self.status_box.addItem(self.tr("undisputed"), "undisputed")
        self.status_box.addItem(self.tr("disputed"), "disputed")
        self.bates = QLineEdit(self)
        self.bates.setObjectName("bates")
        self.source = QLabel(self)
        self.source.setObjectName("source")
        self.source.setWordWrap(True)
        self.quote = QPlainTextEdit(self)
        self.quote.setObjectName("quote")
        self.quote.setReadOnly(True)
        self.quote.setMaximumHeight(80)
        self.notes = QLineEdit(self)
        self.notes.setObjectName("notes")

        form = QFormLayout()
        form.addRow(self.tr("&Fact:"), self.statement)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow("", self.date_hint)
        form.addRow(self.tr("&Case:"), self.case_box)
        form.addRow(self.tr("&Persons:"), self.persons)
        form.addRow(self.tr("&Articles:"), self.articles)
        form.addRow(self.tr("S&tatus:"), self.status_box)
        form.addRow(self.tr("Source:"), self.source)
        form.addRow(self.tr("Passage:"), self.quote)
        form.addRow(self.tr("&Bates:"), self.bates)
        form.addRow(self.tr("&Notes:"), self.notes)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._fill_fields()
        session.closed.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        session.run(choices_for(passage.text if passage else ""), self._show_choices)

    def _fill_fields(self) -> None:
        if self.row is not None:
            fact = self.row.fact
            self.statement.setPlainText(fact.statement)
            self.date_edit.setText(str(self.row.date) if self.row.date.kind != "tbd" else "")
            self.articles.setText(", ".join(self.row.articles))
            self.status_box.setCurrentIndex(max(0, self.status_box.findData(fact.status)))
            self.bates.setText(fact.bates)
            self.source.setText(fact_source(self.row) or self.tr("none"))
            self.quote.setPlainText(fact.quote)
            self.notes.setText(fact.notes)
        elif self.passage is not None:
            passage = self.passage
            self.statement.setPlainText(passage.text)
            proposed = first_date(passage.text, context_year=passage.context_year)
            if proposed.kind != "tbd":
                self._proposed = proposed
                self.date_edit.setText(str(proposed))
            page = self.tr(", page {0}").format(passage.page_no) if passage.page_no else ""
            self.source.setText(f"#{passage.document_id} {passage.document_title}{page}")
            self.quote.setPlainText(passage.text)
        else:
            self.source.setText(self.tr("none"))
        self._check_date()

    def _show_choices(self, choices: Choices) -> None:
        self.case_box.addItem(self.tr("(no case)"), None)
        for case in choices.cases:
            self.case_box.addItem(case.name, case.id)
        self.case_box.setCurrentIndex(max(0, self.case_box.findData(self._case_id)))
        if self._case_id is None and self.passage is not None and self.passage.case_name:
            self.case_box.setCurrentIndex(max(0, self.case_box.findText(self.passage.case_name)))
        chosen = set(self.row.fact.person_ids) if self.row else set()
        for person in choices.persons:
            item = QListWidgetItem(person.name, self.persons)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            checked = person.id in chosen or person.id in choices.mentioned
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def _check_date(self) -> None:
        try:
            when = FactDate.parse(self.date_edit.text())
        except ArchiveError:
            self.date_hint.setText(self.tr("Not a date yet."))
            self.date_hint.setStyleSheet(f"color: {alert_colour('error')};")
            return
        self.date_hint.setStyleSheet("")
        if self._proposed is not None and when == self._proposed:
            self.date_hint.setText(
                self.tr("Proposed from the passage: {0}. Check it.").format(fact_date(when))
            )
        elif when.kind == "tbd":
            self.date_hint.setText(self.tr("Date: to be determined"))
        else:
            self.date_hint.setText(self.tr("Date: {0}").format(fact_date(when)))

    def _input(self) -> tuple[FactDate, list[str], list[str], int | None]:
        when = FactDate.parse(self.date_edit.text())
        persons = [
            str(self.persons.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.persons.count())
            if self.persons.item(i).checkState() == Qt.CheckState.Checked
        ]
        articles = [a.strip() for a in self.articles.text().split(",") if a.strip()]
        return when, persons, articles, self.case_box.currentData()

    def save(self) -> None:
        statement = " ".join(self.statement.toPlainText().split())
        if not statement:
            self._say(self.tr("A fact needs a statement."))
            return
        try:
            when, persons, articles, case_id = self._input()
        except ArchiveError as error:
            self._say(str(error))
            return
        self.buttons.setEnabled(False)
        self.session.run(
            self._saving(statement, when, persons, articles, case_id), self._saved, self._failed
        )

    def _saving(
        self,
        statement: str,
        when: FactDate,
        persons: list[str],
        articles: list[str],
        case_id: int | None,
    ) -> Callable[[Archive], FactRecord]:
        row, passage = self.row, self.passage
        status, bates, notes = self.status_box.currentData(), self.bates.text(), self.notes.text()
        case = str(case_id) if case_id is not None else None

        def run(archive: Archive) -> FactRecord:
            service = FactService(archive)
            if row is not None:
                return service.edit(
                    row.fact.id,
                    date=when,
                    case=case or "",
                    persons=persons,
                    articles=articles,
                    statement=statement,
                    status=status,
                    bates=bates.strip(),
                    notes=notes,
                )
            return service.add(
                FactInput(
                    statement,
                    when,
                    case=case,
                    persons=persons,
                    articles=articles,
                    document_id=passage.document_id if passage else None,
                    page_no=passage.page_no if passage else None,
                    quote=passage.text if passage else "",
                    bates=bates,
                    status=status,
                    notes=notes,
                )
            )

        return run

    def _saved(self, fact: FactRecord) -> None:
        self.saved = fact
        self.session.notify("facts")
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(error, ArchiveError):
            show_error(self, error)
            return
        self._say(self.tr("Not saved: {0}").format(error))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {alert_colour('error')};")
