"""ui layer: the registry of persons (aliases in any script, role, status, consent).

The table lists every person; selecting one loads it into the form beside it,
"New person" empties the form. Saving adds or edits through the registry
service on the database thread and tells every view (``notify("registry")``);
when a name or an alias changed it also emits ``names_changed``, on which the main
window refreshes every document's suggested tags in the background.
Consent decides whether a person may be named in exports: "no" means every
alias is proposed for redaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from archive_app.errors import ArchiveError
from archive_app.session import Archive
from storage.registry import PersonRecord
from ui.dialogs.registry_base import RegistryDialog
from ui.error_texts import error_text
from ui.errors import sentence, show_error
from ui.labels import QT_TRANSLATE_NOOP, Translated, translated, translated_all
from ui.session import UiSession

CONSENT_CHOICES = (
    ("yes", QT_TRANSLATE_NOOP("PersonsDialog", "Yes, consent given")),
    ("no", QT_TRANSLATE_NOOP("PersonsDialog", "No, redact every alias")),
    ("unknown", QT_TRANSLATE_NOOP("PersonsDialog", "Not known yet")),
)
CONSENT_SHORT = Translated(
    "PersonsDialog",
    {
        "yes": QT_TRANSLATE_NOOP("PersonsDialog", "Named"),
        "no": QT_TRANSLATE_NOOP("PersonsDialog", "Redacted"),
        "unknown": QT_TRANSLATE_NOOP("PersonsDialog", "Not known"),
    },
)
# stored as these English words (the redaction rules read "witness"); shown translated
ROLES = Translated(
    "PersonsDialog",
    {
        "defender": QT_TRANSLATE_NOOP("PersonsDialog", "defender"),
        "lawyer": QT_TRANSLATE_NOOP("PersonsDialog", "lawyer"),
        "witness": QT_TRANSLATE_NOOP("PersonsDialog", "witness"),
        "relative": QT_TRANSLATE_NOOP("PersonsDialog", "relative"),
        "official": QT_TRANSLATE_NOOP("PersonsDialog", "official"),
        "journalist": QT_TRANSLATE_NOOP("PersonsDialog", "journalist"),
    },
)
STATUSES = Translated(
    "PersonsDialog",
    {
        "detained": QT_TRANSLATE_NOOP("PersonsDialog", "detained"),
        "house arrest": QT_TRANSLATE_NOOP("PersonsDialog", "house arrest"),
        "convicted": QT_TRANSLATE_NOOP("PersonsDialog", "convicted"),
        "released": QT_TRANSLATE_NOOP("PersonsDialog", "released"),
        "missing": QT_TRANSLATE_NOOP("PersonsDialog", "missing"),
        "abroad": QT_TRANSLATE_NOOP("PersonsDialog", "abroad"),
    },
)
COLUMNS = (
    QT_TRANSLATE_NOOP("PersonsDialog", "Name"),
    QT_TRANSLATE_NOOP("PersonsDialog", "Aliases"),
    QT_TRANSLATE_NOOP("PersonsDialog", "Role"),
    QT_TRANSLATE_NOOP("PersonsDialog", "Status"),
    QT_TRANSLATE_NOOP("PersonsDialog", "In exports"),
)


@dataclass(frozen=True)
class PersonForm:
    """What the form holds, comparable with what is stored."""

    name: str
    aliases: tuple[str, ...]
    role: str
    status: str
    consent: str
    notes: str

    @classmethod
    def of(cls, person: PersonRecord | None) -> PersonForm:
        if person is None:
            return cls("", (), "", "", "unknown", "")
        return cls(
            person.name,
            tuple(person.aliases),
            person.role,
            person.status,
            person.consent,
            person.notes,
        )


def alias_lines(text: str) -> tuple[str, ...]:
    """One alias a line; blanks dropped, spacing tidied, repeats kept once, order kept."""
    seen: dict[str, None] = {}
    for line in text.splitlines():
        alias = " ".join(line.split())
        if alias:
            seen.setdefault(alias, None)
    return tuple(seen)


class PersonsDialog(RegistryDialog):
    names_changed = Signal()  # a person added, renamed, or an alias added or removed

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("Persons"))
        self.resize(1000, 560)
        self.persons: list[PersonRecord] = []
        self.current: PersonRecord | None = None
        self._select_after_load: int | None = None
        self._busy = False

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by name or alias (Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(self._headings())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.viewport().installEventFilter(self)  # the aliases take the room left
        header_item = self.table.horizontalHeaderItem(4)
        if header_item is not None:
            header_item.setToolTip(self.tr("May be named in exports (consent to disclosure)"))
        self.table.currentCellChanged.connect(self._row_changed)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.table)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self._build_form())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 360])  # the table first: the form needs less room

        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.new_button = QPushButton(self.tr("Ne&w person"), self)
        self.new_button.setAutoDefault(False)
        self.new_button.setToolTip(self.tr("Empty the form to add a person (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_person)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save this person (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)

        QShortcut(QKeySequence.StandardKey.New, self, self.new_person)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_filter)
        self._show_form(None)
        self.reload()

    # -- building ---------------------------------------------------------------------
    def _headings(self) -> list[str]:
        return translated_all("PersonsDialog", COLUMNS)

    def _fit_aliases(self) -> None:
        """The aliases column takes the room the others leave, and never less than its
        heading (stretched, it was squeezed to "ие и" of "Другие имена" in Russian)."""
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(len(COLUMNS)) if c != 1)
        heading = self._headings()[1]
        least = header.fontMetrics().horizontalAdvance(heading) + header.fontMetrics().height()
        self.table.setColumnWidth(1, max(least, self.table.viewport().width() - others))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_aliases()
        return super().eventFilter(watched, event)

    def _build_form(self) -> QGroupBox:
        self.form_box = QGroupBox(self.tr("New person"), self)
        self.name_edit = QLineEdit(self.form_box)
        self.name_edit.setObjectName("name")
        self.aliases_edit = QPlainTextEdit(self.form_box)
        self.aliases_edit.setObjectName("aliases")
        self.aliases_edit.setTabChangesFocus(True)
        self.aliases_edit.setPlaceholderText(
            self.tr(
                "One a line, in any script: Latin, Cyrillic, Kazakh letters.\n"
                "Search finds every alias; without consent, each one is redacted."
            )
        )
        self.role_edit = self._combo(ROLES)
        self.status_edit = self._combo(STATUSES)
        self.consent_group = QButtonGroup(self.form_box)
        consent_row = QVBoxLayout()
        consent_row.setSpacing(2)
        for value, label in CONSENT_CHOICES:
            button = QRadioButton(translated("PersonsDialog", label), self.form_box)
            button.setProperty("consent", value)
            self.consent_group.addButton(button)
            consent_row.addWidget(button)
        self.notes_edit = QPlainTextEdit(self.form_box)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(70)
        form = QFormLayout(self.form_box)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("A&liases:"), self.aliases_edit)
        form.addRow(self.tr("&Role:"), self.role_edit)
        form.addRow(self.tr("S&tatus:"), self.status_edit)
        consent_label = QLabel(self.tr("May be named\nin exports:"), self.form_box)
        consent_label.setToolTip(self.tr("Consent to disclosure of this person's name in exports"))
        form.addRow(consent_label, consent_row)
        form.addRow(self.tr("N&otes:"), self.notes_edit)
        return self.form_box

    def _combo(self, suggestions: Translated) -> QComboBox:
        """An editable list of the usual values (shown translated, stored as the word)."""
        combo = QComboBox(self.form_box)
        combo.setEditable(True)
        combo.addItem("", "")
        for value in suggestions:
            combo.addItem(suggestions[value], value)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        return combo

    @staticmethod
    def _combo_value(combo: QComboBox) -> str:
        """The stored word for a usual value picked or typed in its translation; else
        what was typed."""
        text = combo.currentText().strip()
        index = combo.findText(text)
        value = combo.itemData(index) if index >= 0 else None
        return str(value) if value else text

    # -- loading ----------------------------------------------------------------------
    def reload(self) -> None:
        self.session.run(lambda archive: archive.registry.persons(), self._show_persons)

    def _show_persons(self, persons: list[PersonRecord]) -> None:
        self.persons = persons
        self.table.blockSignals(True)
        self.table.setRowCount(len(persons))
        for row, person in enumerate(persons):
            values = (
                person.name,
                ", ".join(person.aliases),
                ROLES.get(person.role, person.role),
                STATUSES.get(person.status, person.status),
                CONSENT_SHORT.get(person.consent, person.consent),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                if column == 1:
                    item.setToolTip("\n".join(person.aliases))
                self.table.setItem(row, column, item)
        for column in (0, 2, 3, 4):
            self.table.resizeColumnToContents(column)
        self._fit_aliases()
        self.table.blockSignals(False)
        self._apply_filter()
        self._offer(self.role_edit, {p.role for p in persons} - set(ROLES))
        self._offer(self.status_edit, {p.status for p in persons} - set(STATUSES))
        wanted = self._select_after_load or (self.current.id if self.current else None)
        self._select_after_load = None
        if wanted is not None:  # a change made elsewhere never clobbers what is being typed
            self.select_person(wanted, load_form=not self.is_dirty())

    @staticmethod
    def _offer(combo: QComboBox, used: set[str]) -> None:
        """Values already used in the registry become suggestions too."""
        for value in sorted(used - {""}):
            if combo.findText(value) < 0:
                combo.addItem(value, value)

    def select_person(self, person_id: int, *, load_form: bool = True) -> None:
        for row, person in enumerate(self.persons):
            if person.id == person_id:
                self.table.blockSignals(True)
                self.table.setCurrentCell(row, 0)
                self.table.blockSignals(False)
                if load_form:
                    self._show_form(person)
                return

    def _focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def _focus_first_match(self) -> None:
        for row in range(self.table.rowCount()):
            if not self.table.isRowHidden(row):
                self.table.setFocus()
                self.table.setCurrentCell(row, 0)  # asks first if the form has changes
                return

    def _apply_filter(self) -> None:
        needle = " ".join(self.filter.text().casefold().split())
        for row, person in enumerate(self.persons):
            names = [person.name, *person.aliases]
            hidden = bool(needle) and not any(needle in n.casefold() for n in names)
            self.table.setRowHidden(row, hidden)

    # -- the form ---------------------------------------------------------------------
    def _show_form(self, person: PersonRecord | None) -> None:
        self.current = person
        values = PersonForm.of(person)
        self.form_box.setTitle(
            self.tr("Person #{id}").format(id=person.id) if person else self.tr("New person")
        )
        self.name_edit.setText(values.name)
        self.aliases_edit.setPlainText("\n".join(values.aliases))
        self.role_edit.setCurrentText(ROLES.get(values.role, values.role))
        self.status_edit.setCurrentText(STATUSES.get(values.status, values.status))
        for button in self.consent_group.buttons():
            button.setChecked(button.property("consent") == values.consent)
        self.notes_edit.setPlainText(values.notes)
        self.save_button.setText(self.tr("&Save changes") if person else self.tr("&Add person"))

    def form_values(self) -> PersonForm:
        checked = self.consent_group.checkedButton()
        return PersonForm(
            name=" ".join(self.name_edit.text().split()),
            aliases=alias_lines(self.aliases_edit.toPlainText()),
            role=self._combo_value(self.role_edit),
            status=self._combo_value(self.status_edit),
            consent=str(checked.property("consent")) if checked else "unknown",
            notes=self.notes_edit.toPlainText().strip(),
        )

    def is_dirty(self) -> bool:
        return self.form_values() != PersonForm.of(self.current)

    def _discard_ok(self) -> bool:
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Discard the changes you made to this person?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _row_changed(self, row: int, _col: int, previous_row: int, _prev_col: int) -> None:
        if row < 0 or row >= len(self.persons):
            return
        person = self.persons[row]
        if self.current is not None and person.id == self.current.id:
            return
        if not self._discard_ok():
            self.table.blockSignals(True)
            self.table.setCurrentCell(previous_row, 0)
            self.table.blockSignals(False)
            return
        self._say("")
        self._show_form(person)

    def new_person(self) -> None:
        if not self._discard_ok():
            return
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setCurrentCell(-1, -1)
        self.table.blockSignals(False)
        self._say("")
        self._show_form(None)
        self.name_edit.setFocus()

    # -- saving -----------------------------------------------------------------------
    def save(self) -> None:
        if self._busy:
            return
        values = self.form_values()
        if not values.name:
            self._say(self.tr("A person needs a name."), error=True)
            self.name_edit.setFocus()
            return
        person = self.current
        if person is not None and values == PersonForm.of(person):
            self._say(self.tr("Nothing changed."))
            return
        work = self._add(values) if person is None else self._edit(person, values)
        self._set_busy(True)
        self.session.run(work, lambda saved: self._saved(saved, person), self._failed)

    @staticmethod
    def _add(values: PersonForm) -> Callable[[Archive], PersonRecord]:
        def add(archive: Archive) -> PersonRecord:
            return archive.registry.add_person(
                values.name,
                aliases=list(values.aliases),
                role=values.role,
                status=values.status,
                consent=values.consent,
                notes=values.notes,
            )

        return add

    @staticmethod
    def _edit(person: PersonRecord, values: PersonForm) -> Callable[[Archive], PersonRecord]:
        old = PersonForm.of(person)
        changes = {
            key: getattr(values, key)
            for key in ("name", "role", "status", "consent", "notes")
            if getattr(values, key) != getattr(old, key)
        }
        added = [a for a in values.aliases if a not in old.aliases]
        removed = [a for a in old.aliases if a not in values.aliases]

        def edit(archive: Archive) -> PersonRecord:
            return archive.registry.edit_person(
                f"#{person.id}", add_aliases=added, remove_aliases=removed, **changes
            )

        return edit

    def _saved(self, person: PersonRecord, before: PersonRecord | None) -> None:
        self._set_busy(False)
        added = self.current is None
        self.current = person
        self._show_form(person)
        self._say(
            (self.tr("Added {name}.") if added else self.tr("Saved {name}.")).format(
                name=person.name
            )
        )
        self._select_after_load = person.id
        self.session.notify("registry")  # reloads this table too
        if before is None or (before.name, before.aliases) != (person.name, person.aliases):
            self.names_changed.emit()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, ArchiveError):
            self._say(
                self.tr("Not saved: {reason}").format(reason=sentence(error_text(error))),
                error=True,
            )
        else:
            show_error(self, error)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)
        self.new_button.setEnabled(not busy)

    # -- session ----------------------------------------------------------------------
    def forget(self) -> None:
        self.persons = []
        self.current = None
        super().forget()
        self._show_form(None)

    def reject(self) -> None:
        if self._discard_ok():
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.filter.hasFocus():  # Enter in the filter opens the first match
            self._focus_first_match()
            return
        super().keyPressEvent(event)
