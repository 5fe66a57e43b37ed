"""ui layer: drafting a UN communication for a case - mechanism, persons, submitter, the
exported bundle for the annex, the file to write - with the checklist of what is still
missing shown before and after writing. The draft is checked against consent before it
is written (archive_app.facts.draft); a refusal is shown as it is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from archive_app.errors import ArchiveError
from archive_app.facts.draft import DraftBuilder, DraftRequest, DraftResult, write_draft
from archive_app.facts.mechanisms import all_mechanisms
from archive_app.session import Archive
from storage.registry import CaseRecord, PersonRecord
from ui.chronology.view import confirm_replace
from ui.dialogs.registry_base import ERROR_COLOUR
from ui.errors import show_error
from ui.session import UiSession
from ui.submission.labels import mechanism_name

LANGUAGES = (("en", "English"), ("fr", "Français"), ("es", "Español"), ("ru", "Русский"))


@dataclass
class Registries:
    cases: list[CaseRecord]
    persons: list[PersonRecord]


def _registries(archive: Archive) -> Registries:
    return Registries(archive.registry.cases(), archive.registry.persons())


class DraftDialog(QDialog):
    def __init__(
        self, session: UiSession, parent: QWidget | None = None, *, case_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.written: DraftResult | None = None
        self._case_id = case_id
        self.setWindowTitle(self.tr("Draft a UN communication"))
        self.resize(760, 640)

        self.case_box = QComboBox(self)
        self.case_box.setObjectName("case")
        self.mechanism_box = QComboBox(self)
        self.mechanism_box.setObjectName("mechanism")
        for mechanism in all_mechanisms():
            self.mechanism_box.addItem(mechanism_name(mechanism.id), mechanism.id)
        self.persons = QListWidget(self)
        self.persons.setObjectName("persons")
        self.persons.setMaximumHeight(120)
        self.submitter_box = QComboBox(self)
        self.submitter_box.setObjectName("submitter")
        self.language_box = QComboBox(self)
        self.language_box.setObjectName("language")
        for code, name in LANGUAGES:
            self.language_box.addItem(name, code)
        self.bundle_edit = QLineEdit(self)
        self.bundle_edit.setObjectName("bundle")
        self.bundle_edit.setPlaceholderText(self.tr("optional: an exported bundle folder"))
        bundle_button = QPushButton(self.tr("Choose…"), self)
        bundle_button.clicked.connect(self._choose_bundle)
        bundle_row = QHBoxLayout()
        bundle_row.addWidget(self.bundle_edit, 1)
        bundle_row.addWidget(bundle_button)
        form = QFormLayout()
        form.addRow(self.tr("&Case:"), self.case_box)
        form.addRow(self.tr("&Mechanism:"), self.mechanism_box)
        form.addRow(self.tr("&About:"), self.persons)
        form.addRow(self.tr("&Submitted by:"), self.submitter_box)
        form.addRow(self.tr("&Language:"), self.language_box)
        bundle_label = QLabel(self.tr("&Bundle:"), self)
        bundle_label.setBuddy(self.bundle_edit)
        form.addRow(bundle_label, bundle_row)

        self.checklist = QListWidget(self)
        self.checklist.setObjectName("checklist")
        self.checklist.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.check_button = QPushButton(self.tr("&Check"), self)
        self.write_button = QPushButton(self.tr("&Write draft…"), self)
        self.write_button.setDefault(True)
        close = QPushButton(self.tr("Close"), self)
        self.check_button.clicked.connect(self.check)
        self.write_button.clicked.connect(self.write)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.write_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Checklist before sending:"), self))
        layout.addWidget(self.checklist, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._busy(True)
        session.closed.connect(self._on_locked)
        session.run(_registries, self._show_registries)

    def _show_registries(self, found: Registries) -> None:
        for case in found.cases:
            self.case_box.addItem(case.name, case.id)
        if self._case_id is not None:
            self.case_box.setCurrentIndex(max(0, self.case_box.findData(self._case_id)))
        self.submitter_box.addItem(self.tr("(to be completed)"), None)
        for person in found.persons:
            item = QListWidgetItem(person.name, self.persons)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.submitter_box.addItem(person.name, person.id)
        self._busy(False)
        self.write_button.setEnabled(bool(found.cases))
        self.check_button.setEnabled(bool(found.cases))

    def _choose_bundle(self) -> None:
        from ui.file_dialogs import existing_folder

        folder = existing_folder(self, self.tr("Exported bundle"), "bundle")
        if folder is not None:
            self.bundle_edit.setText(str(folder))

    def request(self) -> DraftRequest:
        persons = [
            str(self.persons.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.persons.count())
            if self.persons.item(i).checkState() == Qt.CheckState.Checked
        ]
        submitter = self.submitter_box.currentData()
        bundle = self.bundle_edit.text().strip()
        return DraftRequest(
            case=str(self.case_box.currentData()),
            mechanism=str(self.mechanism_box.currentData()),
            persons=persons,
            submitter=str(submitter) if submitter is not None else None,
            bundle=Path(bundle) if bundle else None,
            language=str(self.language_box.currentData()),
        )

    def check(self) -> None:
        request = self.request()
        self._busy(True)

        def build(archive: Archive) -> list[str]:
            return DraftBuilder(archive).build(request).checklist

        self.session.run(build, self._checked, self._failed)

    def _checked(self, checklist: list[str]) -> None:
        self._busy(False)
        self._show_checklist(checklist)
        self._say(self.tr("Nothing written yet."))

    def write(self) -> None:
        from ui.file_dialogs import save_file

        request = self.request()
        out = save_file(
            self,
            self.tr("Write the draft"),
            "draft",
            Path.home() / f"draft-{request.mechanism}.docx",
            self.tr("Word (*.docx);;PDF (*.pdf)"),
        )
        if out is None or not confirm_replace(self, out):
            return
        self._busy(True)
        self._say(self.tr("Writing the draft and checking it against consent…"))
        self.session.run(self._writing(request, out), self._written, self._failed)

    @staticmethod
    def _writing(request: DraftRequest, out: Path) -> Callable[[Archive], DraftResult]:
        def run(archive: Archive) -> DraftResult:
            return write_draft(archive, request, out, force=True)  # asked before replacing

        return run

    def _written(self, result: DraftResult) -> None:
        self.written = result
        self._busy(False)
        self._show_checklist(result.checklist)
        self._say(self.tr("Written to {0}.").format(result.path))

    def _show_checklist(self, lines: list[str]) -> None:
        self.checklist.clear()
        for line in lines:
            self.checklist.addItem(line)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if not isinstance(error, ArchiveError):
            show_error(self, error)
            return
        self._say(self.tr("Not written: {0}").format(error), error=True)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.check_button.setEnabled(not busy)
        self.write_button.setEnabled(not busy)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")

    def _on_locked(self) -> None:
        self.checklist.clear()
        QDialog.reject(self)
