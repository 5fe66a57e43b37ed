"""ui layer: a person's consent for each mechanism - to submit (date, proof document), to be
named in a public report, anonymity in a decision, the submitter kept confidential.
Drafts, chronology exports and bundles exported for a mechanism name the person no
further than what is recorded here. Embedded in the Submission workspace
(``embedded=True``), the person shown first is one the workspace's case is about."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from archive_app.errors import ArchiveError
from archive_app.facts.mechanisms import all_mechanisms
from archive_app.facts.service import FactService
from archive_app.session import Archive
from storage.consents import ConsentRecord
from storage.registry import PersonRecord
from ui.errors import show_error
from ui.labels import QT_TRANSLATE_NOOP, translated
from ui.look import alert_colour
from ui.session import UiSession
from ui.submission.labels import date_placeholder, mechanism_short

ANSWERS = {
    "unknown": QT_TRANSLATE_NOOP("ConsentDialog", "not recorded"),
    "yes": QT_TRANSLATE_NOOP("ConsentDialog", "yes"),
    "no": QT_TRANSLATE_NOOP("ConsentDialog", "no"),
}
NAMINGS = {
    "unknown": QT_TRANSLATE_NOOP("ConsentDialog", "not recorded"),
    "full": QT_TRANSLATE_NOOP("ConsentDialog", "full name"),
    "initials": QT_TRANSLATE_NOOP("ConsentDialog", "initials"),
    "none": QT_TRANSLATE_NOOP("ConsentDialog", "not at all"),
}
FIELDS = ("submit", "public_naming", "anonymised", "submitter_confidential")


class ConsentDialog(QDialog):
    def __init__(
        self,
        session: UiSession,
        parent: QWidget | None = None,
        *,
        person_id: int | None = None,
        embedded: bool = False,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._wanted = person_id
        self.embedded = embedded
        self._loaded = False
        if embedded:
            self.setWindowFlags(Qt.WindowType.Widget)
        self.setWindowTitle(self.tr("Consent per mechanism"))
        self.resize(1120, 300)
        self.person_box = QComboBox(self)
        self.person_box.setObjectName("person")
        grid = QGridLayout()
        headers = (
            self.tr("Mechanism"),
            self.tr("Consent to submit"),
            self.tr("Given on"),
            self.tr("Proof (document id)"),
            self.tr("Named in public"),
            self.tr("Anonymised in decision"),
            self.tr("Submitter confidential"),
        )
        for column, text in enumerate(headers):
            header = QLabel(f"<b>{text}</b>", self)
            header.setWordWrap(True)  # long headers (Russian, Kazakh) take two lines
            header.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            grid.addWidget(header, 0, column)
            grid.setColumnStretch(column, 1)
        self.rows: dict[str, dict[str, Any]] = {}
        for row, mechanism in enumerate(all_mechanisms(), 1):
            widgets: dict[str, Any] = {}
            name_label = QLabel(mechanism_short(mechanism.id), self)
            name_label.setWordWrap(True)
            grid.addWidget(name_label, row, 0)
            for column, name in enumerate(FIELDS):
                box = QComboBox(self)
                box.setObjectName(f"{mechanism.id}_{name}")
                box.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                )
                box.setMinimumContentsLength(7)
                for value, label in (NAMINGS if name == "public_naming" else ANSWERS).items():
                    box.addItem(translated("ConsentDialog", label), value)
                widgets[name] = box
                grid.addWidget(box, row, (1, 4, 5, 6)[column])
            widgets["submit_date"] = QLineEdit(self)
            widgets["submit_date"].setPlaceholderText(date_placeholder())
            widgets["submit_date"].setMinimumWidth(100)
            widgets["proof"] = QLineEdit(self)
            widgets["proof"].setMinimumWidth(60)
            grid.addWidget(widgets["submit_date"], row, 2)
            grid.addWidget(widgets["proof"], row, 3)
            self.rows[mechanism.id] = widgets
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Person:"), self))
        top.addWidget(self.person_box, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addLayout(buttons)
        if embedded:
            layout.setContentsMargins(0, 0, 0, 0)
            close.hide()
        session.closed.connect(self._on_locked)
        self.save_button.setEnabled(False)
        session.run(lambda archive: archive.registry.persons(), self._show_persons)

    def _show_persons(self, persons: list[PersonRecord]) -> None:
        for person in persons:
            self.person_box.addItem(person.name, person.id)
        if self._wanted is not None:
            self.person_box.setCurrentIndex(max(0, self.person_box.findData(self._wanted)))
        self.person_box.currentIndexChanged.connect(self.reload)
        self._loaded = True
        self.reload()

    def set_case(self, case_id: int | None, name: str = "") -> None:
        """Show first a person the case's facts are about (the workspace's case picker)."""
        if case_id is None:
            return

        def persons(archive: Archive) -> list[int]:
            facts = FactService(archive).chronology(case=str(case_id))
            return list(dict.fromkeys(p for fact in facts for p in fact.person_ids))

        self.session.run(persons, self._show_case_persons)

    def _show_case_persons(self, person_ids: list[int]) -> None:
        if not person_ids or self.person_box.currentData() in person_ids:
            return
        self._wanted = person_ids[0]
        if self._loaded:
            self.person_box.setCurrentIndex(max(0, self.person_box.findData(person_ids[0])))

    def reject(self) -> None:
        if not self.embedded:  # Escape inside the workspace does not hide the page
            super().reject()

    def _on_locked(self) -> None:
        self.person_box.clear()
        QDialog.reject(self)

    def reload(self) -> None:
        person_id = self.person_box.currentData()
        if person_id is None:
            return
        self.session.run(lambda archive: FactService(archive).consents(str(person_id)), self._show)

    def _show(self, records: list[ConsentRecord]) -> None:
        found = {r.mechanism: r for r in records}
        for mechanism, widgets in self.rows.items():
            record = found.get(mechanism) or ConsentRecord(0, mechanism)
            for name in FIELDS:
                box = widgets[name]
                box.setCurrentIndex(max(0, box.findData(getattr(record, name))))
            widgets["submit_date"].setText(record.submit_date or "")
            proof = record.proof_document_id
            widgets["proof"].setText(str(proof) if proof is not None else "")
        self.save_button.setEnabled(True)

    def save(self) -> None:
        person_id = self.person_box.currentData()
        changes: dict[str, dict[str, Any]] = {}
        for mechanism, widgets in self.rows.items():
            proof = widgets["proof"].text().strip().lstrip("#")
            if proof and not proof.isdigit():
                self._say(self.tr("A proof is given by its document id."), error=True)
                return
            changes[mechanism] = {name: widgets[name].currentData() for name in FIELDS} | {
                "submit_date": widgets["submit_date"].text().strip() or None,
                "proof_document_id": int(proof) if proof else None,
            }
        self.save_button.setEnabled(False)
        self.session.run(self._saving(str(person_id), changes), self._saved, self._failed)

    @staticmethod
    def _saving(
        person: str, changes: dict[str, dict[str, Any]]
    ) -> Callable[[Archive], list[ConsentRecord]]:
        def run(archive: Archive) -> list[ConsentRecord]:
            return FactService(archive).set_consents(person, changes)  # all or none

        return run

    def _saved(self, _: list[ConsentRecord]) -> None:
        self.save_button.setEnabled(True)
        self._say(self.tr("Saved."))
        self.session.notify("consent")

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if not isinstance(error, ArchiveError):
            show_error(self, error)
            return
        self._say(self.tr("Not saved: {0}").format(error), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {alert_colour('error')};" if error else "")
