"""ui layer: drafting a UN communication for a case - mechanism, persons, submitter, the
exported bundle for the annex, the file to write - with the checklist of what is still
missing kept live: it is drawn again from the core (``DraftBuilder.build``) whenever a
choice here or the archive's facts, remedies, consent or registry change. The draft is
written as DOCX or PDF, checked against consent before it is written
(archive_app.facts.draft); a refusal is shown as it is. Embedded in the Submission
workspace (``embedded=True``) the workspace picks the case."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
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
    QStyle,
    QVBoxLayout,
    QWidget,
)

from archive_app.errors import ArchiveError
from archive_app.facts.draft import (
    NOTHING_MISSING,
    DraftBuilder,
    DraftRequest,
    DraftResult,
    write_draft,
)
from archive_app.facts.mechanisms import all_mechanisms
from archive_app.session import Archive
from storage.registry import CaseRecord, PersonRecord
from ui.chronology.view import confirm_replace
from ui.errors import show_error
from ui.look import alert_colour
from ui.session import UiSession
from ui.submission.labels import mechanism_name

LANGUAGES = (("en", "English"), ("fr", "Français"), ("es", "Español"), ("ru", "Русский"))
RECHECK_AFTER_MS = 300  # changes in a burst (typing, several notifications) check once
CHANGES = ("facts", "remedies", "consent", "registry", "documents")


@dataclass
class Registries:
    cases: list[CaseRecord]
    persons: list[PersonRecord]


def _registries(archive: Archive) -> Registries:
    return Registries(archive.registry.cases(), archive.registry.persons())


class DraftDialog(QDialog):
    checklist_changed = Signal(int)  # how many points are still open (0: nothing missing)

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
        self.written: DraftResult | None = None
        self.open_points: int | None = None  # after the last check
        self.checked_case: int | None = None  # the case the checklist shown is for
        self._case_id = case_id
        self.embedded = embedded
        self._loaded = False
        self._checking = False
        self._check_again = False
        self._writing_now = False
        if embedded:
            self.setWindowFlags(Qt.WindowType.Widget)
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
        self.persons.setMaximumHeight(120 if not embedded else 260)
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
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
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
        self.check_button = QPushButton(self.tr("&Check again"), self)
        self.write_button = QPushButton(self.tr("Write &DOCX…"), self)
        self.write_button.setDefault(True)
        self.pdf_button = QPushButton(self.tr("Write &PDF…"), self)
        close = QPushButton(self.tr("Close"), self)
        self.check_button.clicked.connect(self.check)
        self.write_button.clicked.connect(lambda: self.write("docx"))
        self.pdf_button.clicked.connect(lambda: self.write("pdf"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(close)
        self.checklist_title = QLabel(self.tr("Checklist before sending:"), self)
        self.checklist_title.setObjectName("checklistTitle")

        checklist = QVBoxLayout()
        checklist.addWidget(self.checklist_title)
        checklist.addWidget(self.checklist, 1)
        layout: QVBoxLayout | QHBoxLayout
        if embedded:  # side by side: the choices on the left, what is missing on the right
            form.setRowVisible(self.case_box, False)
            close.hide()
            self.check_button.hide()
            layout = QHBoxLayout()
            layout.setContentsMargins(0, 0, 0, 0)
            left = QVBoxLayout()
            left.addLayout(form)
            left.addStretch(1)
            left.addWidget(self.message)
            left.addLayout(buttons)
            layout.addLayout(left, 2)
            layout.addLayout(checklist, 3)
            self.setLayout(layout)
        else:
            layout = QVBoxLayout(self)
            layout.addLayout(form)
            layout.addLayout(checklist, 1)
            layout.addWidget(self.message)
            layout.addLayout(buttons)
        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(RECHECK_AFTER_MS)
        self._recheck.timeout.connect(self.check)
        self._busy(True)
        session.closed.connect(self._on_locked)
        session.changed.connect(self._on_changed)
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
        self._loaded = True
        for box in (self.case_box, self.mechanism_box, self.submitter_box, self.language_box):
            box.currentIndexChanged.connect(self.schedule_check)
        self.persons.itemChanged.connect(self.schedule_check)
        self.bundle_edit.editingFinished.connect(self.schedule_check)
        self._enable()
        if found.cases and (self._case_id is not None or not self.embedded):
            self.check()  # embedded, the workspace's case comes first

    def set_case(self, case_id: int | None, name: str = "") -> None:
        """Draft for ``case_id`` (the workspace's case picker)."""
        self._case_id = case_id
        if case_id != self.checked_case:  # what is shown is another case's
            self.checklist.clear()
            self.open_points = None
        if self._loaded:
            if case_id is not None and self.case_box.findData(case_id) < 0:
                self.case_box.addItem(name, case_id)  # added since this page loaded
            self.case_box.setCurrentIndex(max(0, self.case_box.findData(case_id)))
            self.schedule_check()

    def reject(self) -> None:
        if not self.embedded:  # Escape inside the workspace does not hide the page
            super().reject()

    def schedule_check(self, *_: object) -> None:
        """Draw the checklist again soon (a burst of changes checks once)."""
        if self._loaded and self.case_box.count():
            self._recheck.start()

    def _on_changed(self, what: str) -> None:
        if what in CHANGES:
            self.schedule_check()

    def _enable(self) -> None:
        has_case = self._loaded and self.case_box.count() > 0
        for button in (self.check_button, self.write_button, self.pdf_button):
            button.setEnabled(has_case and not self._writing_now)

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
        """Draw the checklist from the core for the choices made now."""
        if not self.case_box.count() or not self.session.is_open:
            return  # nothing to check, or locked / shut down since it was asked for
        if self._checking:
            self._check_again = True  # the choices changed while checking
            return
        request = self.request()
        case_id = int(request.case)
        self._checking = True
        self.checklist_title.setText(self.tr("Checklist before sending (checking…):"))

        def build(archive: Archive) -> list[str]:
            return DraftBuilder(archive).build(request).checklist

        def checked(checklist: list[str]) -> None:
            self.checked_case = case_id
            self._checked(checklist)

        def failed(error: BaseException) -> None:
            self.checked_case = case_id
            self._check_failed(error)

        self.session.run(build, checked, failed)

    def _check_done(self) -> bool:
        """The check is over; True when another one was asked for meanwhile (started)."""
        self._checking = False
        self.checklist_title.setText(self.tr("Checklist before sending:"))
        if self._check_again:
            self._check_again = False
            self.check()
            return True
        return False

    def _checked(self, checklist: list[str]) -> None:
        if self._check_done():
            return
        self._show_checklist(checklist)
        if self.written is None and not self._writing_now:
            self._say(self.tr("Nothing written yet."))

    def _check_failed(self, error: BaseException) -> None:
        if self._check_done():
            return
        if not isinstance(error, ArchiveError):
            show_error(self, error)
            return
        self._show_checklist([str(error)])

    def write(self, fmt: str = "docx") -> None:
        from ui.file_dialogs import save_file

        request = self.request()
        name_filter = self.tr("Word (*.docx)") if fmt == "docx" else self.tr("PDF (*.pdf)")
        out = save_file(
            self,
            self.tr("Write the draft"),
            "draft",
            Path.home() / f"draft-{request.mechanism}.{fmt}",
            name_filter,
        )
        if out is None:
            return
        if not out.suffix:
            out = out.with_suffix(f".{fmt}")
        if not confirm_replace(self, out):
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
        done = lines == [NOTHING_MISSING]
        style = self.style()
        icon = style.standardIcon(
            QStyle.StandardPixmap.SP_DialogApplyButton
            if done
            else QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        self.checklist.clear()
        for line in lines:
            QListWidgetItem(icon, line, self.checklist)
        self.open_points = 0 if done else len(lines)
        self.checklist_changed.emit(self.open_points)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if not isinstance(error, ArchiveError):
            show_error(self, error)
            return
        self._say(self.tr("Not written: {0}").format(error), error=True)

    def _busy(self, busy: bool) -> None:
        self._writing_now = busy
        self.progress.setVisible(busy)
        self._enable()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {alert_colour('error')};" if error else "")

    def _on_locked(self) -> None:
        self._recheck.stop()
        self.checklist.clear()
        QDialog.reject(self)
