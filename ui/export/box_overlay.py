"""ui layer: redact mode: one page of the PDF (or image) where boxes are drawn and words picked.

QPdfView keeps its page layout private, so redact mode shows one page at a time in its
own canvas, rendered from memory by the viewer's QPdfDocument and fit to the width.
Saved boxes are drawn translucent with their reason code, so the reviewer can still see
what they cover (the export burns them in solid black). Two tools:

- Box: drag a rectangle; it is saved at once with the chosen reason.
- Words (PDFs with text): drag over text; the words touched are offered to redact
  everywhere in the document (a term: every occurrence, any case or script) or boxed
  only where they were picked.

Right-click a box to remove it; drag it to move it, drag an edge to resize it (the box
is saved again where it was left). "Withhold page" withholds the whole page.

On scanned pages, the boxes the export burns by itself (saved terms, persons and
patterns, and persons without consent, found in what OCR read: ``scan_boxes``) are shown
dashed. Moving or resizing one keeps the result as a saved box (the found text stays
covered by the export all the same, so a found box can be widened, never uncovered);
right-click one to remove the redaction that makes it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from archive_app.export.scan_boxes import ScanBox, scan_boxes
from archive_app.session import Archive
from ui.export.page_source import Box, PageSource, TextPick
from ui.export.page_widget import BOX_TOOL, WORDS_TOOL, Grab, PageWidget
from ui.export.reasons import ReasonCombo
from ui.export.review import RedactionReview
from ui.look import icon, named

MAX_PAGE_WIDTH = 1400


class RedactCanvas(QWidget):
    """ui layer: redact mode: page navigation, tool, reason, withhold, and the page."""

    done_requested = Signal()

    def __init__(self, review: RedactionReview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.source: PageSource | None = None
        self.page_view = PageWidget(review)
        self.scroller = named(QScrollArea(), "redactScroll")
        self.scroller.setWidget(self.page_view)
        self.scroller.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroller.viewport().installEventFilter(self)

        title = QLabel(self.tr("<b>Redact mode</b>"))
        self.prev_button = self._tool_button(
            "prev", self.tr("Previous page (PgUp)"), lambda: self.go_to(self.page - 1)
        )
        self.next_button = self._tool_button(
            "next", self.tr("Next page (PgDown)"), lambda: self.go_to(self.page + 1)
        )
        self.page_label = QLabel()
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setToolTip(self.tr("Leave redact mode and read the document again (Esc)"))
        self.done_button.clicked.connect(self.done_requested.emit)
        top = QHBoxLayout()
        for widget in (title, self.prev_button, self.page_label, self.next_button):
            top.addWidget(widget)
        top.addStretch()
        top.addWidget(self.done_button)

        self.box_button = self._mode_button(
            self.tr("Draw box"), self.tr("Drag a rectangle over the page")
        )
        self.words_button = self._mode_button(
            self.tr("Select words"), self.tr("Drag over words in the text")
        )
        self.tools = QButtonGroup(self)
        self.tools.addButton(self.box_button)
        self.tools.addButton(self.words_button)
        self.box_button.setChecked(True)
        self.tools.buttonToggled.connect(self._tool_changed)
        self.reason = ReasonCombo()
        self.reason.set_reason(review.reason)
        self.reason.currentIndexChanged.connect(
            lambda _: review.set_reason(self.reason.reason() or "")
        )
        review.reason_changed.connect(self.reason.set_reason)
        self.withhold_button = QPushButton(self.tr("Withhold page"))
        self.withhold_button.clicked.connect(self._toggle_withheld)
        tools = QHBoxLayout()
        tools.addWidget(self.box_button)
        tools.addWidget(self.words_button)
        tools.addSpacing(12)
        tools.addWidget(QLabel(self.tr("Reason")))
        tools.addWidget(self.reason)
        tools.addStretch()
        tools.addWidget(self.withhold_button)
        self.hint = named(QLabel(), "hint")
        self.hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(tools)
        layout.addWidget(self.hint)
        layout.addWidget(self.scroller, 1)
        self.page_view.box_drawn.connect(lambda box: review.add_rect(self.page, box))
        self.page_view.words_picked.connect(self._offer_words)
        self.page_view.box_menu.connect(self._offer_removal)
        self.page_view.found_menu.connect(self._offer_found)
        self.page_view.box_adjusted.connect(self.adjust)
        review.changed.connect(self.reload_found)
        review.changed.connect(self._refresh)
        for keys, slot in (
            ("PgUp", lambda: self.go_to(self.page - 1)),
            ("PgDown", lambda: self.go_to(self.page + 1)),
            ("Esc", self.done_requested.emit),
        ):
            QShortcut(
                QKeySequence(keys),
                self,
                slot,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        self.menu: QMenu | None = None
        self._offered: TextPick | None = None
        self._refresh()

    def _tool_button(self, name: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(name))
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _mode_button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setCheckable(True)
        button.setToolTip(tip)
        return button

    # -- pages ---------------------------------------------------------------------------
    @property
    def page(self) -> int:
        return self.page_view.page

    @property
    def tool(self) -> str:
        return self.page_view.tool

    def set_tool(self, tool: str) -> None:
        (self.words_button if tool == WORDS_TOOL else self.box_button).setChecked(True)

    def set_source(self, source: PageSource | None, page: int = 1) -> None:
        self.source = source
        if source is None or not source.has_text:
            self.box_button.setChecked(True)
        self.words_button.setEnabled(source is not None and source.has_text)
        self.go_to(page)
        self.reload_found()

    def reload_found(self) -> None:
        """Ask again which boxes the export burns on the document's scans by itself."""
        doc_id = self.review.document_id
        if doc_id is None or self.source is None:
            self._found_loaded(doc_id, [])
            return
        self.review.session.run(
            lambda archive: scan_boxes(archive, doc_id),
            lambda boxes: self._found_loaded(doc_id, boxes),
            self.review.failed.emit,
        )

    def _found_loaded(self, doc_id: int | None, boxes: list[ScanBox]) -> None:
        if doc_id != self.review.document_id:
            return  # another document is shown now
        self.page_view.set_found(boxes)
        self._refresh()

    def go_to(self, page: int) -> None:
        count = self.source.page_count() if self.source is not None else 0
        page = max(1, min(page, max(1, count)))
        self.page_view.set_page(self.source, page)
        self._fit()
        self.scroller.verticalScrollBar().setValue(0)
        self._refresh()

    def _fit(self) -> None:
        if self.source is None or self.source.page_count() == 0:
            self.page_view.setFixedSize(1, 1)
            return
        width = min(MAX_PAGE_WIDTH, max(200, self.scroller.viewport().width() - 16))
        self.page_view.setFixedSize(width, round(width * self.source.aspect(self.page)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroller.viewport() and event.type() == QEvent.Type.Resize:
            self._fit()  # the viewport's own size, once the layout has set it
        return False

    def _tool_changed(self, *_: object) -> None:
        self.page_view.tool = WORDS_TOOL if self.words_button.isChecked() else BOX_TOOL
        self.page_view.setCursor(
            Qt.CursorShape.IBeamCursor
            if self.page_view.tool == WORDS_TOOL
            else Qt.CursorShape.CrossCursor
        )
        self.page_view.pick = None
        self.page_view.update()
        self._refresh()

    def _refresh(self) -> None:
        count = self.source.page_count() if self.source is not None else 0
        self.page_label.setText(
            self.tr("Page {page} of {count}").format(page=self.page, count=count)
        )
        self.prev_button.setEnabled(self.page > 1)
        self.next_button.setEnabled(self.page < count)
        withheld = self.review.withheld(self.page) is not None
        self.withhold_button.setText(
            self.tr("Release page") if withheld else self.tr("Withhold page")
        )
        self.withhold_button.setToolTip(
            self.tr("Include this page again")
            if withheld
            else self.tr("Leave this whole page out of the export")
        )
        self.withhold_button.setEnabled(self.source is not None and count > 0)
        boxes = len(self.review.rects(self.page))
        on_page = self.tr("%n box(es) on this page.", "", boxes) + " "
        if self.tool == WORDS_TOOL:
            tip = self.tr(
                "Drag over words; then choose to redact them everywhere or box only those."
            )
        else:
            tip = self.tr(
                "Drag a rectangle over what must go. It is saved at once with the reason."
            )
        tip += " " + self.tr("Right-click a box to remove it.")
        found = len(self.page_view.found_boxes())
        if found:
            tip += " " + self.tr(
                "%n box(es) found on this scan (dashed): drag one to move or resize it; what"
                " was found stays covered all the same.",
                "",
                found,
            )
        elif not self.page_view.found and any(
            r.kind in ("term", "person", "pattern") for r in self.review.records
        ):
            tip += " " + self.tr(
                "Terms, persons and patterns are not drawn here: the export preview shows them."
            )
        self.hint.setText(on_page + tip)
        self.page_view.update()

    # -- actions -------------------------------------------------------------------------
    def _toggle_withheld(self) -> None:
        record = self.review.withheld(self.page)
        if record is not None:
            self.review.remove([record.id])
        else:
            self.review.withhold(self.page)

    def redact_pick(self, *, everywhere: bool) -> None:
        """Redact the picked words: as a term (everywhere in the document) or as boxes."""
        pick = self._offered or self.page_view.pick
        self._offered = self.page_view.pick = None
        self.page_view.update()
        if pick is None:
            return
        if everywhere:
            self.review.add_term(pick.text)
        else:
            self.review.add_rects(self.page, pick.boxes)

    def _offer_words(self, pick: TextPick, where: QPoint) -> None:
        shown = pick.text if len(pick.text) <= 40 else pick.text[:39] + "…"
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        everywhere = QAction(
            self.tr("Redact “{shown}” everywhere in this document ({reason})").format(
                shown=shown, reason=self.review.reason
            ),
            menu,
        )
        everywhere.triggered.connect(lambda: self.redact_pick(everywhere=True))
        here = QAction(
            self.tr("Box only the selected words ({reason})").format(reason=self.review.reason),
            menu,
        )
        here.triggered.connect(lambda: self.redact_pick(everywhere=False))
        for action in (everywhere, here):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("Cancel"))
        menu.aboutToHide.connect(self._forget_pick)
        self._offered = pick
        self.menu = menu
        menu.popup(where)

    def _forget_pick(self) -> None:
        """The menu closes: the highlight goes (a chosen action still gets the words)."""
        self.page_view.pick = None
        self.page_view.update()

    def _offer_removal(self, redaction_id: int, where: QPoint) -> None:
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        remove = QAction(self.tr("Remove this box"), menu)
        remove.triggered.connect(lambda: self.review.remove([redaction_id]))
        menu.addAction(remove)
        self.menu = menu
        menu.popup(where)

    def adjust(self, grab: Grab, box: Box) -> None:
        """Keep a box moved or resized: a saved box is saved again where it was left; a
        box found on the scan is kept as a saved box (with the found box's reason)."""
        page = self.page
        if grab.found is not None:
            self.review.add_rect(page, box, grab.found.reason)
            return
        record = next((r for r in self.review.records if r.id == grab.redaction_id), None)
        doc_id = self.review.document_id
        if record is None or doc_id is None:
            return
        redaction_id, reason = record.id, record.reason

        def replace(archive: Archive) -> None:
            archive.redactions.add_rect(doc_id, page, box, reason)
            archive.redactions.remove(redaction_id)

        def done(_: object) -> None:
            self.review.session.notify("redactions")
            self.review.reload()

        self.review.session.run(replace, done, self.review.failed.emit)

    def _offer_found(self, found: ScanBox, where: QPoint) -> None:
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        shown = found.label if len(found.label) <= 40 else found.label[:39] + "…"
        if found.redaction_id is not None:
            redaction_id = found.redaction_id
            remove = QAction(
                self.tr("Remove the redaction of “{shown}” from this document").format(shown=shown),
                menu,
            )
            remove.triggered.connect(lambda: self.review.remove([redaction_id]))
            menu.addAction(remove)
        else:
            fixed = QAction(
                self.tr("{shown}: no consent to disclosure, redacted in every export").format(
                    shown=shown
                ),
                menu,
            )
            fixed.setEnabled(False)
            menu.addAction(fixed)
        self.menu = menu
        menu.popup(where)
