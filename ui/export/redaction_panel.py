"""ui layer: the redaction side list of the document on screen.

Lists what is saved for the document (terms, persons, patterns, boxes, withheld pages)
with its reason, adds terms, registered persons and patterns, removes, and proposes the
persons without consent to disclosure that the document names. "Mark on the page" turns
the viewer into redact mode (``RedactCanvas``: draw, move and resize boxes, select words,
see the boxes found on scans through OCR); in the text
view, selected words are redacted from the right-click menu. Everything is saved in the
archive at once, so a review can stop and resume.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from archive_app.export import PATTERN_NAMES
from storage.documents import DocumentRecord
from ui.dialogs.ocr_correction import OcrCorrectionDialog, open_correction
from ui.errors import show_error
from ui.export.box_overlay import RedactCanvas
from ui.export.page_source import ImageSource, PageSource, PdfSource
from ui.export.reasons import (
    KIND_LABELS,
    REASON_HELP,
    ReasonCombo,
    describe,
    pattern_label,
    redact_icon,
)
from ui.export.review import RedactionReview
from ui.look import named
from ui.session import UiSession
from ui.viewer.document_view import DocumentView

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RedactionPanel(QScrollArea):
    """ui layer: the per-document redaction list, next to the details (scrolls, so the
    viewer above keeps its room)."""

    mode_changed = Signal(bool)  # redact mode on the viewer went on or off

    def __init__(
        self, session: UiSession, viewer: DocumentView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.setWidget(body)
        self.session = session
        self.viewer = viewer
        self.review = RedactionReview(session, self)
        self.canvas = RedactCanvas(self.review)
        viewer.attach_redactor(self.canvas)
        self.mode = False

        self.heading = named(QLabel(), "subheading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        viewer.pdf.redact_button.setIcon(redact_icon())
        self.mark_button = QPushButton(redact_icon(), self.tr("Mark on the page"))
        self.mark_button.setCheckable(True)
        self.mark_button.setToolTip(
            self.tr("Redact mode: draw boxes or select words (Ctrl+Shift+R)")
        )
        self.mark_button.toggled.connect(self.set_redact_mode)
        self.reason = ReasonCombo()
        self.reason.currentIndexChanged.connect(
            lambda _: self.review.set_reason(self.reason.reason() or "")
        )
        self.review.reason_changed.connect(self.reason.set_reason)
        top = QHBoxLayout()
        top.addWidget(self.mark_button)
        top.addStretch()
        top.addWidget(QLabel(self.tr("Reason for new redactions")))
        top.addWidget(self.reason)
        self.hint = named(QLabel(), "hint")
        self.hint.setWordWrap(True)

        self.list = QTreeWidget()
        self.list.setObjectName("redactionList")
        self.list.setHeaderLabels([self.tr("Redaction"), self.tr("Reason"), self.tr("Applies to")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setStretchLastSection(False)
        self.list.setMinimumHeight(110)
        self.list.itemDoubleClicked.connect(self._open_item)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected redactions (Delete)"))
        self.remove_button.clicked.connect(self.remove_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.list, self.remove_selected)

        self.term = QLineEdit()
        self.term.setPlaceholderText(self.tr("A word or phrase to remove wherever it appears"))
        self.term.returnPressed.connect(self.add_term)
        self.term_button = QPushButton(self.tr("Add term"))
        self.term_button.clicked.connect(self.add_term)
        self.person = QComboBox()
        self.person.setToolTip(self.tr("A registered person: every name, alias and spelling"))
        self.person_button = QPushButton(self.tr("Add person"))
        self.person.setMinimumContentsLength(12)
        self.person_button.clicked.connect(self.add_person)
        self.pattern = QComboBox()
        for name in PATTERN_NAMES:
            self.pattern.addItem(pattern_label(name), name)
        self.pattern_button = QPushButton(self.tr("Add pattern"))
        self.pattern_button.clicked.connect(self.add_pattern)
        self.add_box = QGroupBox(self.tr("Add to this document"))
        grid = QGridLayout(self.add_box)
        grid.addWidget(self.term, 0, 0, 1, 3)
        grid.addWidget(self.term_button, 0, 3)
        grid.addWidget(self.person, 1, 0)
        grid.addWidget(self.person_button, 1, 1)
        grid.addWidget(self.pattern, 1, 2)
        grid.addWidget(self.pattern_button, 1, 3)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)

        self.proposal_box = QGroupBox(self.tr("Persons without consent to disclosure named here"))
        self.proposal_layout = QVBoxLayout(self.proposal_box)

        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(named(QLabel(self.tr("Double-click a box to show its page.")), "hint"))
        buttons.addStretch()
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)
        layout.addWidget(self.proposal_box)
        layout.addWidget(self.add_box)

        self.review.changed.connect(self._show)
        self.review.saved.connect(lambda _: self.session.notify("redactions"))
        self.review.failed.connect(
            lambda e: show_error(self, e, self.tr("Could not change the redactions"))
        )
        self.canvas.done_requested.connect(lambda: self.set_redact_mode(False))
        viewer.document_shown.connect(self._document_shown)
        viewer.redact_requested.connect(lambda: self.set_redact_mode(True))
        viewer.redact_words.connect(self.review.add_term)
        viewer.ocr_correction_requested.connect(self.correct_ocr)
        session.changed.connect(lambda what: self.review.reload() if what == "registry" else None)
        session.changed.connect(self._scans_changed)
        self._show()

    # -- the document shown -----------------------------------------------------------
    def _document_shown(self, doc: DocumentRecord | None) -> None:
        self.review.set_document(doc)
        if doc is None:
            self.set_redact_mode(False)
        elif self.mode:
            self._enter(1)

    def correct_ocr(self, page: int) -> OcrCorrectionDialog | None:
        """The viewer asked to correct what OCR read on ``page`` of the document shown
        (the panel holds the session; the correction changes what is redacted too)."""
        doc = self.viewer.document
        if doc is None:
            return None
        return open_correction(self.session, doc.id, page, doc.title or doc.filename, self)

    def _scans_changed(self, what: str) -> None:
        """OCR read or a correction changed a page's text, or consent changed: the boxes
        found on the scans are asked for again (only while they are on screen)."""
        if self.mode and what in ("index", "consent"):
            self.canvas.reload_found()

    def source(self) -> PageSource | None:
        kind = self.viewer.redactable()
        if kind == "pdf":
            return PdfSource(self.viewer.pdf.document)
        if kind == "image" and self.viewer.original is not None:
            source = ImageSource(self.viewer.original)
            return source if source.page_count() else None
        return None

    def set_redact_mode(self, on: bool) -> None:
        """Redact mode on the viewer: the page canvas for PDFs and images; for documents
        shown as text, the right-click menu of selected words."""
        if on and self.review.document is None:
            on = False
        changed = on != self.mode
        self.mode = on
        if on:
            self._enter(self.viewer.pdf.current_page() if self.viewer.redactable() == "pdf" else 1)
        else:
            self.viewer.show_redactor(False, self.canvas.page)
        self.mark_button.blockSignals(True)
        self.mark_button.setChecked(on)
        self.mark_button.blockSignals(False)
        self._show_hint()
        if changed:
            self.mode_changed.emit(on)

    def _enter(self, page: int) -> None:
        source = self.source()
        if source is None:
            self.viewer.show_redactor(False)
        else:
            self.canvas.set_source(source, page)
            self.viewer.show_redactor(True)
            self.canvas.page_view.setFocus()
        self._show_hint()

    def open_page(self, page: int) -> None:
        """Show ``page`` in redact mode (a box or withheld page chosen in the list)."""
        self.set_redact_mode(True)
        if self.viewer.currentWidget() is self.canvas:
            self.canvas.go_to(page)

    # -- showing --------------------------------------------------------------------------
    def _show(self) -> None:
        doc = self.review.document
        self.list.clear()
        enabled = doc is not None
        for widget in (self.add_box, self.mark_button, self.reason):
            widget.setEnabled(enabled)
        if doc is None:
            self.heading.setText(self.tr("No document shown. Choose one in the list to review it."))
            self.proposal_box.hide()
            self._show_hint()
            self._update_buttons()
            return
        count = len(self.review.records)
        saved = "loading…" if self.review.loading and not count else f"{count} saved"
        self.heading.setText(
            self.tr("<b>#{id}</b> · {filename} · redactions: {saved}").format(
                id=doc.id, filename=html.escape(doc.filename), saved=saved
            )
        )
        names = self.review.person_names()
        for record in self.review.records:
            what, where = describe(record, names)
            item = QTreeWidgetItem([what, record.reason, where])
            item.setData(0, ID_ROLE, record.id)
            item.setToolTip(1, REASON_HELP.get(record.reason, record.reason))  # what it means
            item.setToolTip(
                0,
                f"{KIND_LABELS.get(record.kind, record.kind)}: {what}",
            )
            self.list.addTopLevelItem(item)
        for column in (1, 2):
            self.list.resizeColumnToContents(column)
        current = self.person.currentData()
        self.person.clear()
        for person in self.review.persons:
            consent = " (no consent)" if person.consent == "no" else ""
            self.person.addItem(f"{person.name}{consent}", person.id)
        self.person.setCurrentIndex(max(0, self.person.findData(current)))
        self.person_button.setEnabled(self.person.count() > 0)
        self._show_proposals()
        self._show_hint()
        self._update_buttons()

    def _show_proposals(self) -> None:
        while self.proposal_layout.count():
            item = self.proposal_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if not self.review.proposals:
            self.proposal_box.hide()
            return
        note = named(
            QLabel(
                self.tr(
                    "Redacted in every export anyway. Add them here to record the decision"
                    " with its reason."
                )
            ),
            "hint",
        )
        note.setWordWrap(True)
        self.proposal_layout.addWidget(note)
        for proposal in self.review.proposals:
            row = named(QFrame(), "suggestion")
            line = QHBoxLayout(row)
            named_times = f"named {proposal.mentions}×" if proposal.mentions else "not named"
            tagged = ", tagged" if proposal.tagged else ""
            text = QLabel(
                self.tr("<b>{name}</b> · {named_times}{tagged}").format(
                    name=html.escape(proposal.name), named_times=named_times, tagged=tagged
                )
            )
            add = QPushButton(self.tr("Add as {reason}").format(reason=proposal.reason))
            add.clicked.connect(
                lambda _=False, p=proposal: self.review.add_person(p.person_id, p.reason)
            )
            line.addWidget(text, 1)
            line.addWidget(add)
            self.proposal_layout.addWidget(row)
        self.proposal_box.show()

    def _show_hint(self) -> None:
        kind = self.viewer.redactable() if self.review.document is not None else ""
        if self.review.document is None or (self.mode and kind):
            text = ""  # redact mode shows its own hints above the page
        elif kind == "pdf":
            text = "Mark on the page to draw boxes or select words on the PDF."
        elif kind == "image":
            text = "Mark on the page to draw boxes on the image."
        else:
            text = (
                "This document is exported from its text: select words in the viewer and"
                " right-click › Redact, or add a term below. Boxes apply to PDFs and images."
            )
        self.hint.setText(text)
        self.hint.setVisible(bool(text))
        self.mark_button.setEnabled(kind in ("pdf", "image"))

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.list.selectedItems()))

    # -- changing -------------------------------------------------------------------------
    def add_term(self) -> None:
        text = self.term.text().strip()
        if text:
            self.review.add_term(text)
            self.term.clear()

    def add_person(self) -> None:
        person_id = self.person.currentData()
        if person_id is not None:
            self.review.add_person(int(person_id), self.review.reason)

    def add_pattern(self) -> None:
        name = self.pattern.currentData()
        if name:
            self.review.add_pattern(str(name))

    def remove_selected(self) -> None:
        ids = [int(item.data(0, ID_ROLE)) for item in self.list.selectedItems()]
        self.review.remove(ids)

    def _open_item(self, item: QTreeWidgetItem) -> None:
        record_id = item.data(0, ID_ROLE)
        record = next((r for r in self.review.records if r.id == record_id), None)
        if record is not None and record.page_no is not None:
            self.open_page(record.page_no)

    def clear(self) -> None:
        """Forget the document (on lock)."""
        self.set_redact_mode(False)
        self.review.clear()
        self.term.clear()
