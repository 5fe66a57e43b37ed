"""ui layer: the export wizard's first choices: the documents and the redaction profile."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from archive_app.export import PATTERN_NAMES
from archive_app.export.rules import INITIALS, MechanismNaming
from archive_app.facts.mechanisms import MECHANISM_IDS
from archive_app.session import Archive
from indexing.extract.types import STATUS_ENCRYPTED
from storage.documents import DocumentRecord
from storage.registry import PersonRecord
from ui.dialogs.persons import ROLES
from ui.errors import show_error
from ui.export.reasons import ReasonCombo, pattern_label
from ui.export.wizard_scans import ScanWarning
from ui.labels import TYPE_NAMES
from ui.look import named, tones
from ui.session import UiSession
from ui.submission.labels import mechanism_name, mechanism_short

DATA = Qt.ItemDataRole.UserRole + 1


def hint(text: str) -> QLabel:
    label = named(QLabel(text), "hint")
    label.setWordWrap(True)
    return label


class DocumentsPage(QWizardPage):
    """ui layer: the documents of the bundle, in order (Bates numbers follow it)."""

    def __init__(self, session: UiSession, ids: list[int], search_ids: list[int]) -> None:
        super().__init__()
        self.session = session
        self.setTitle(self.tr("Documents"))
        self.setSubTitle(
            self.tr("One PDF per document, in this order; Bates numbers run on across the bundle.")
        )
        self.docs: list[DocumentRecord] = []
        self.counts: dict[int, int] = {}
        self.search_ids = list(search_ids)
        self.loading = False
        self.table = QTreeWidget()
        self.table.setObjectName("bundleDocuments")
        self.table.setHeaderLabels(
            [
                self.tr("Id"),
                self.tr("Title"),
                self.tr("Type"),
                self.tr("Pages"),
                self.tr("Saved redactions"),
            ]
        )
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.header().setStretchLastSection(False)
        self.up = QPushButton(self.tr("Move up"))
        self.down = QPushButton(self.tr("Move down"))
        self.remove = QPushButton(self.tr("Remove"))
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.remove.clicked.connect(self._remove)
        self.add_ids = QLineEdit()
        self.add_ids.setPlaceholderText(self.tr("ids, e.g. 3, 5, 9"))
        self.add_ids.returnPressed.connect(self._add_typed)
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self._add_typed)
        self.add_found = QPushButton(
            self.tr("Add the {search_ids} search results").format(search_ids=len(self.search_ids))
        )
        self.add_found.setEnabled(bool(self.search_ids))
        self.add_found.clicked.connect(lambda: self.add(self.search_ids))
        self.empty = hint("")
        self.scans = ScanWarning(session)  # scanned pages OCR read badly, or cannot check
        buttons = QHBoxLayout()
        for widget in (self.up, self.down, self.remove):
            buttons.addWidget(widget)
        buttons.addStretch()
        buttons.addWidget(QLabel(self.tr("Add by id")))
        buttons.addWidget(self.add_ids)
        buttons.addWidget(add)
        buttons.addWidget(self.add_found)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.scans)
        self.table.itemSelectionChanged.connect(self._update)
        self.add(ids)

    def add(self, ids: list[int]) -> None:
        wanted = [i for i in dict.fromkeys(ids) if i not in {d.id for d in self.docs}]
        if not wanted:
            self._update()
            return

        def load(archive: Archive) -> list[tuple[DocumentRecord, int]]:
            return [(archive.documents.get(i), len(archive.redactions.saved(i))) for i in wanted]

        self.loading = True
        self.session.run(load, self._added, self._failed)
        self._update()

    def _added(self, loaded: list[tuple[DocumentRecord, int]]) -> None:
        self.loading = False
        for doc, count in loaded:
            if doc.id not in {d.id for d in self.docs}:
                self.docs.append(doc)
                self.counts[doc.id] = count
        self._fill()

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        self._update()
        show_error(self, error, self.tr("Could not add the documents"))

    def _add_typed(self) -> None:
        ids = [int(part) for part in re.findall(r"\d+", self.add_ids.text())]
        self.add_ids.clear()
        self.add(ids)

    def _fill(self, selected: list[int] | None = None) -> None:
        self.table.clear()
        for doc in self.docs:
            item = QTreeWidgetItem(
                [
                    f"#{doc.id}",
                    doc.title,
                    TYPE_NAMES.get(doc.doc_type, doc.doc_type),
                    str(max(1, doc.page_count)),
                    str(self.counts.get(doc.id, 0) or self.tr("none")),
                ]
            )
            item.setData(0, DATA, doc.id)
            item.setToolTip(1, doc.filename)
            if doc.status == STATUS_ENCRYPTED:  # the export would stop there: said now
                for column in range(item.columnCount()):
                    item.setForeground(column, QColor(tones().error))
                    item.setToolTip(
                        column,
                        self.tr("A password-protected PDF cannot be exported: remove it."),
                    )
            self.table.addTopLevelItem(item)
            item.setSelected(doc.id in (selected or []))
        for column in (0, 2, 3, 4):
            self.table.resizeColumnToContents(column)
        self._update()

    def _selected(self) -> list[int]:
        return [int(item.data(0, DATA)) for item in self.table.selectedItems()]

    def _move(self, step: int) -> None:
        chosen = self._selected()
        order = list(self.docs)
        indexes = [i for i, d in enumerate(order) if d.id in chosen]
        for index in indexes if step < 0 else reversed(indexes):
            target = index + step
            if 0 <= target < len(order) and order[target].id not in chosen:
                order[index], order[target] = order[target], order[index]
        self.docs = order
        self._fill(chosen)

    def _remove(self) -> None:
        chosen = set(self._selected())
        self.docs = [d for d in self.docs if d.id not in chosen]
        self._fill()

    def _update(self) -> None:
        has = bool(self._selected())
        for button in (self.up, self.down, self.remove):
            button.setEnabled(has)
        pages = sum(max(1, d.page_count) for d in self.docs)
        if self.loading:
            text = self.tr("Loading…")
        elif not self.docs:
            text = self.tr(
                "No documents yet: add them by id, or select them in the result list first."
            )
        else:
            text = self.tr("%n document(s)", "", len(self.docs)) + ", "
            text += self.tr("%n page(s).", "", pages)
            if locked := self.locked():
                text += " " + self.tr(
                    "%n of them cannot be exported (a password-protected PDF, in red):"
                    " select it and Remove it.",
                    "",
                    len(locked),
                )
        self.empty.setText(text)
        if not self.loading:
            self.scans.refresh([d.id for d in self.docs])
        self.completeChanged.emit()

    def locked(self) -> list[int]:
        """Documents the export cannot read (password-protected PDFs)."""
        return [d.id for d in self.docs if d.status == STATUS_ENCRYPTED]

    def isComplete(self) -> bool:
        return bool(self.docs) and not self.loading and not self.locked()


class ProfilePage(QWizardPage):
    """ui layer: the redactions that apply to every document of the bundle."""

    def __init__(self, session: UiSession) -> None:
        super().__init__()
        self.session = session
        self.setTitle(self.tr("Redactions"))
        self.setSubTitle(
            self.tr(
                "These apply to every document, together with each document's saved redactions"
                " (boxes, terms, persons, patterns, withheld pages)."
            )
        )
        self.consent_label = QLabel(self.tr("Loading…"))
        self.consent_label.setWordWrap(True)
        self.consent_label.setTextFormat(Qt.TextFormat.RichText)
        consent = QGroupBox(self.tr("Always redacted: persons without consent to disclosure"))
        consent_layout = QVBoxLayout(consent)
        consent_layout.addWidget(self.consent_label)
        self.mechanism_box = QComboBox()
        self.mechanism_box.setObjectName("mechanism")
        self.mechanism_box.addItem(self.tr("No UN mechanism: the registry's consent only"), None)
        for code in MECHANISM_IDS:
            self.mechanism_box.addItem(mechanism_name(code), code)
        self.mechanism_box.currentIndexChanged.connect(self._mechanism_chosen)
        self.mechanism_label = QLabel()
        self.mechanism_label.setObjectName("mechanismConsent")
        self.mechanism_label.setWordWrap(True)
        self.mechanism_label.setTextFormat(Qt.TextFormat.RichText)
        mechanism_row = QHBoxLayout()
        mechanism_row.addWidget(QLabel(self.tr("Exported for:")))
        mechanism_row.addWidget(self.mechanism_box, 1)
        consent_layout.addLayout(mechanism_row)
        consent_layout.addWidget(self.mechanism_label)
        self.mechanism_namings: list[MechanismNaming] = []

        self.others = QListWidget()
        self.others.setObjectName("otherPersons")
        self.person_reason = ReasonCombo(by_role=True)
        persons = QGroupBox(self.tr("Also redact these registered persons"))
        persons_layout = QVBoxLayout(persons)
        persons_layout.addWidget(self.others, 1)
        reason_row = QHBoxLayout()
        reason_row.addWidget(QLabel(self.tr("Reason")))
        reason_row.addWidget(self.person_reason, 1)
        persons_layout.addLayout(reason_row)
        persons_layout.addWidget(hint(self.tr("Every name, alias and spelling, in any script.")))

        self.term = QLineEdit()
        self.term.setPlaceholderText(self.tr("A word or phrase"))
        self.term.returnPressed.connect(self.add_term)
        self.term_reason = ReasonCombo()
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self.add_term)
        self.term_list = QListWidget()
        self.term_list.setObjectName("bundleTerms")
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove_terms)
        terms = QGroupBox(self.tr("Terms and phrases"))
        terms_layout = QGridLayout(terms)
        terms_layout.addWidget(self.term, 0, 0)
        terms_layout.addWidget(self.term_reason, 0, 1)
        terms_layout.addWidget(add, 0, 2)
        terms_layout.addWidget(self.term_list, 1, 0, 1, 3)
        terms_layout.addWidget(remove, 2, 2)
        terms_layout.setColumnStretch(0, 1)  # the phrase, not its reason, gets the room

        self.pattern_boxes: dict[str, tuple[QCheckBox, ReasonCombo]] = {}
        patterns = QGroupBox(self.tr("Patterns"))
        pattern_layout = QGridLayout(patterns)
        for row, name in enumerate(PATTERN_NAMES):
            check, reason = QCheckBox(pattern_label(name)), ReasonCombo()
            reason.setEnabled(False)
            check.toggled.connect(reason.setEnabled)
            self.pattern_boxes[name] = (check, reason)
            pattern_layout.addWidget(check, row, 0)
            pattern_layout.addWidget(reason, row, 1)

        layout = QGridLayout(self)
        layout.addWidget(consent, 0, 0, 1, 2)
        layout.addWidget(persons, 1, 0, 2, 1)
        layout.addWidget(terms, 1, 1)
        layout.addWidget(patterns, 2, 1)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        self.loaded = False

    def initializePage(self) -> None:
        if not self.loaded:
            self.session.run(lambda a: a.registry.persons(), self._persons)

    def _persons(self, persons: list[PersonRecord]) -> None:
        self.loaded = True
        never = [p for p in persons if p.consent == "no"]
        self.consent_label.setText(
            self.tr("{names} — under every name, alias and spelling, in every document.").format(
                names=", ".join(f"<b>{html.escape(p.name)}</b>" for p in never)
            )
            if never
            else self.tr("No registered person is marked “no consent to disclosure”.")
        )
        self.others.clear()
        for person in persons:
            if person.consent == "no":
                continue
            role = f" · {ROLES.get(person.role, person.role)}" if person.role else ""
            item = QListWidgetItem(f"{person.name}{role}")
            item.setData(DATA, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.others.addItem(item)

    def mechanism(self) -> str | None:
        """The UN mechanism the bundle is for (its consent decides who is named), or None."""
        value = self.mechanism_box.currentData()
        return str(value) if value else None

    def _mechanism_chosen(self) -> None:
        mechanism = self.mechanism()
        self.mechanism_namings = []
        if mechanism is None:
            self.mechanism_label.setText("")
            return
        self.mechanism_label.setText(self.tr("Reading consent…"))
        self.session.run(
            lambda archive: archive.exports.mechanism_namings(mechanism),
            lambda found: self._show_namings(mechanism, found),
        )

    def _show_namings(self, mechanism: str, found: list[MechanismNaming]) -> None:
        if mechanism != self.mechanism():
            return  # another mechanism was chosen meanwhile
        self.mechanism_namings = found
        if not found:
            self.mechanism_label.setText(
                self.tr("Nobody's consent for this mechanism keeps their name out.")
            )
            return
        lines = []
        for naming in found:
            name = f"<b>{html.escape(naming.person.name)}</b>"
            if naming.level == INITIALS:
                lines.append(
                    self.tr("{name}: initials only — redacted (pages cannot show initials)").format(
                        name=name
                    )
                )
            else:
                lines.append(self.tr("{name}: not to be named — redacted").format(name=name))
        self.mechanism_label.setText(
            self.tr("Also redacted, as their consent for {mechanism} allows:").format(
                mechanism=html.escape(mechanism_short(mechanism))
            )
            + "<br>"
            + "<br>".join(lines)
        )

    def add_term(self, text: str = "", reason: str | None = None) -> None:
        text = (text or self.term.text()).strip()
        code = reason or self.term_reason.reason() or "PII-VICTIM"
        if not text or (text, code) in self.terms():
            return
        item = QListWidgetItem(f"{text}  —  {code}")
        item.setData(DATA, (text, code))
        self.term_list.addItem(item)
        self.term.clear()

    def _remove_terms(self) -> None:
        for item in self.term_list.selectedItems():
            self.term_list.takeItem(self.term_list.row(item))

    def terms(self) -> list[tuple[str, str]]:
        return [tuple(self.term_list.item(i).data(DATA)) for i in range(self.term_list.count())]

    def persons(self) -> list[int]:
        return [
            int(self.others.item(i).data(DATA))
            for i in range(self.others.count())
            if self.others.item(i).checkState() == Qt.CheckState.Checked
        ]

    def patterns(self) -> list[tuple[str, str]]:
        return [
            (name, reason.reason() or "PII-VICTIM")
            for name, (check, reason) in self.pattern_boxes.items()
            if check.isChecked()
        ]
