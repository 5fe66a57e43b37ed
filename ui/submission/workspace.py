"""ui layer: the Submission workspace of a case (Submission > Submission workspace…).

One window per case for everything a UN communication is made of: the case picker on
top, then a page each for the facts (the chronology, embedded), the domestic remedies,
consent per mechanism and the draft with its checklist of what is still missing - kept
live from the core's checklist - and the buttons that write it as DOCX or PDF. The
pages are the same views the Submission menu opens on their own (``embedded=True``);
the workspace only picks the case for all of them and shows how far each has come in
its tab (facts, steps, points still open). Everything runs on the database thread
through the session; a lock closes the workspace.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from archive_app.facts.service import FactService
from archive_app.session import Archive
from storage.registry import CaseRecord
from ui.chronology.view import ChronologyDialog
from ui.dialogs.consent import ConsentDialog
from ui.dialogs.draft_wizard import DraftDialog
from ui.dialogs.remedies import RemediesDialog
from ui.session import UiSession

FACTS, REMEDIES, CONSENT, DRAFT = range(4)
COUNTED = ("facts", "remedies", "registry")


@dataclass(frozen=True)
class CaseCounts:
    facts: int
    remedies: int


def _counts(case_id: int) -> Callable[[Archive], CaseCounts]:
    def run(archive: Archive) -> CaseCounts:
        service = FactService(archive)
        return CaseCounts(
            len(service.chronology(case=str(case_id))), len(service.remedies(str(case_id)))
        )

    return run


class SubmissionWorkspace(QDialog):
    def __init__(
        self, session: UiSession, parent: QWidget | None = None, *, case_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._wanted = case_id
        self.counts: CaseCounts | None = None
        self.setObjectName("submissionWorkspace")
        self.setWindowTitle(self.tr("Submission workspace"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1280, 800)

        self.case_box = QComboBox(self)
        self.case_box.setObjectName("case")
        self.case_box.setMinimumContentsLength(24)
        self.case_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        case_label = QLabel(self.tr("&Case:"), self)
        case_label.setBuddy(self.case_box)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.facts = ChronologyDialog(session, self, case_id=case_id, embedded=True)
        self.remedies = RemediesDialog(session, self, case_id=case_id, embedded=True)
        self.consent = ConsentDialog(session, self, embedded=True)
        self.draft = DraftDialog(session, self, case_id=case_id, embedded=True)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("pages")
        self.tabs.setDocumentMode(True)
        for page in (self.facts, self.remedies, self.consent, self.draft):
            self.tabs.addTab(page, "")
        self.draft.checklist_changed.connect(self._show_titles)

        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(case_label)
        top.addWidget(self.case_box, 2)
        top.addWidget(self.summary, 3)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self._show_titles()

        session.closed.connect(self._on_locked)
        session.changed.connect(self._on_changed)
        # after the pages' own loading: the database thread answers in order
        session.run(lambda archive: archive.registry.cases(), self._show_cases)

    # -- the case -----------------------------------------------------------------------
    def _show_cases(self, cases: list[CaseRecord]) -> None:
        self.case_box.blockSignals(True)
        self.case_box.clear()
        for case in cases:
            self.case_box.addItem(case.name, case.id)
        if self._wanted is not None:
            self.case_box.setCurrentIndex(max(0, self.case_box.findData(self._wanted)))
        self.case_box.blockSignals(False)
        if not cases:
            self.summary.setText(
                self.tr("No case yet: add one under Registries > Cases, then come back.")
            )
            self.tabs.setEnabled(False)
            return
        self.tabs.setEnabled(True)
        self.case_box.currentIndexChanged.connect(self._case_chosen)
        self._case_chosen()

    def case_id(self) -> int | None:
        value = self.case_box.currentData()
        return None if value is None else int(value)

    def _case_chosen(self) -> None:
        case_id = self.case_id()
        self._wanted = case_id
        name = self.case_box.currentText()
        for page in (self.facts, self.remedies, self.consent, self.draft):
            page.set_case(case_id, name)
        self._show_titles()
        self._count()

    def _count(self) -> None:
        case_id = self.case_id()
        if case_id is not None:
            self.session.run(_counts(case_id), self._show_counts)

    def _show_counts(self, counts: CaseCounts) -> None:
        self.counts = counts
        self._show_titles()

    # -- what the tabs and the summary say ----------------------------------------------
    def _show_titles(self, *_: object) -> None:
        counts, open_points = self.counts, self.draft.open_points
        facts = self.tr("&Facts") if counts is None else self.tr("&Facts (%n)", "", counts.facts)
        remedies = (
            self.tr("Domestic &remedies")
            if counts is None
            else self.tr("Domestic &remedies (%n)", "", counts.remedies)
        )
        draft = (
            self.tr("&Draft and checklist")
            if open_points is None
            else self.tr("&Draft and checklist (%n open)", "", open_points)
        )
        for index, title in (
            (FACTS, facts),
            (REMEDIES, remedies),
            (CONSENT, self.tr("C&onsent per mechanism")),
            (DRAFT, draft),
        ):
            self.tabs.setTabText(index, title)
        if counts is None:
            return
        if open_points is None:
            state = self.tr("checking what is missing…")
        elif open_points == 0:
            state = self.tr("nothing missing that the archive can tell")
        else:
            state = self.tr("%n point(s) to settle before sending", "", open_points)
        self.summary.setText(
            self.tr("{facts}, {remedies}; {state}").format(
                facts=self.tr("%n fact(s)", "", counts.facts),
                remedies=self.tr("%n remedy step(s)", "", counts.remedies),
                state=state,
            )
        )

    def _on_changed(self, what: str) -> None:
        if what == "registry":
            self.session.run(lambda archive: archive.registry.cases(), self._refresh_cases)
        elif what in COUNTED:
            self._count()

    def _refresh_cases(self, cases: list[CaseRecord]) -> None:
        """A case added or renamed elsewhere: the picker follows, the choice stays."""
        if [(c.id, c.name) for c in cases] == [
            (self.case_box.itemData(i), self.case_box.itemText(i))
            for i in range(self.case_box.count())
        ]:
            self._count()
            return
        if self.case_box.count() == 0:
            self._show_cases(cases)
            return
        self.case_box.blockSignals(True)
        self.case_box.clear()
        for case in cases:
            self.case_box.addItem(case.name, case.id)
        self.case_box.setCurrentIndex(max(0, self.case_box.findData(self._wanted)))
        self.case_box.blockSignals(False)
        self._case_chosen()

    def _on_locked(self) -> None:
        self.counts = None
        self.case_box.clear()
        QDialog.reject(self)


def open_workspace(session: UiSession, parent: QWidget | None = None) -> SubmissionWorkspace:
    """Show the workspace beside the window (not modal: the viewer stays usable for
    "Add as fact"); it is deleted when closed."""
    workspace = SubmissionWorkspace(session, parent)
    workspace.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    workspace.show()
    return workspace
