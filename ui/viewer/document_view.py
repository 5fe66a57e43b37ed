"""ui layer: the document pane: PDF, text (DOCX, e-mail, plain text) or image, with the
search words highlighted, opened at the first matching page.

For redaction review the view tells which document it shows (``document_shown``), hosts
the redact canvas in its stack (``attach_redactor``/``show_redactor``), and offers
"Redact the selected words" in the right-click menu of the text view and of a passage
selected on a PDF's pages (``redact_words``), beside "Add as fact…" (``fact_requested``,
with the passage's page). ``show_page`` goes to a page and its first hit (the "p.3" of a
result)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QImage, QKeySequence, QPixmap, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QMenu, QScrollArea, QStackedWidget, QWidget

from archive_app.export import REASONS
from indexing.ocr import OcrPage
from indexing.search import SearchResult
from storage.documents import DocumentRecord
from ui.clipboard import SecretTextBrowser
from ui.look import HIGHLIGHT, HIGHLIGHT_TEXT, named
from ui.viewer.ocr_marks import Box, hit_boxes, marked_pixmap
from ui.viewer.pdf_page import PdfPage


class DocumentView(QStackedWidget):
    document_shown = Signal(object)  # the DocumentRecord now shown, or None
    redact_requested = Signal()  # the PDF toolbar's Redact button
    redact_words = Signal(str, str)  # words selected in the text view, reason code
    fact_requested = Signal(str, int)  # "Add as fact": the selected passage, its page (0: ?)
    ocr_correction_requested = Signal(int)  # "Correct the OCR text…" of this page (from 1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = named(
            QLabel(self.tr("Choose a document in the list to read it here.")), "hint"
        )
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.pdf = PdfPage(self)
        self.text = SecretTextBrowser(self)  # copies are marked for clipboard managers
        self.text.setOpenLinks(False)
        self.text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.text.customContextMenuRequested.connect(self._text_menu)
        self.image_label = QLabel()
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image = QScrollArea(self)
        self.image.setWidget(self.image_label)
        self.image.setWidgetResizable(True)
        for widget in (self.message, self.pdf, self.text, self.image):
            self.addWidget(widget)
        self._pixmap: QPixmap | None = None
        self.document_id: int | None = None
        self.document: DocumentRecord | None = None
        self.original: bytes | None = None  # an image's bytes, for redact mode
        self.ocr_pages: dict[int, OcrPage] = {}  # what OCR read on the document's scans
        self.ocr_hits: dict[int, list[Box]] = {}  # page -> boxes of OCR words matched
        self.redactor: QWidget | None = None
        self._page_offsets: list[int] = []  # where each page starts in the text view
        self._reading: QWidget = self.message  # the widget showing the document
        self.pdf.redact_requested.connect(self.redact_requested.emit)
        self.pdf.context_menu.connect(self._pdf_menu)
        self.currentChanged.connect(lambda _: self.updateGeometry())
        self._pages: list[str] = []  # the text of each page, for show_page
        self._result: SearchResult | None = None
        self.correct_ocr_action = QAction(self.tr("Correct the OCR text of this page…"), self)
        self.correct_ocr_action.triggered.connect(self._correct_ocr)
        self.image_label.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.image_label.addAction(self.correct_ocr_action)

    def minimumSizeHint(self) -> QSize:
        """The shown page's: the redact canvas, wide, does not widen the viewer while it
        is put away (in a 1024 px window the result list needs the room)."""
        current = self.currentWidget()
        return current.minimumSizeHint() if current is not None else super().minimumSizeHint()

    def clear(self) -> None:
        """Drop everything shown (on lock, or when the selection goes)."""
        had = self.document is not None
        self._forget()
        self.show_message(self.tr("Choose a document in the list to read it here."))
        if had:
            self.document_shown.emit(None)

    def _forget(self) -> None:
        self.document_id = None
        self.document = None
        self.original = None
        self.pdf.unload()
        self.text.clear()
        self.image_label.clear()
        self._pixmap = None
        self.ocr_pages = {}
        self.ocr_hits = {}
        self._pages = []
        self._result = None

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self._show(self.message)

    def _show(self, widget: QWidget) -> None:
        self._reading = widget
        self.setCurrentWidget(widget)

    def show_document(
        self,
        doc: DocumentRecord,
        data: bytes,
        pages: list[str],
        result: SearchResult | None,
        first_page: int | None,
        ocr: dict[int, OcrPage] | None = None,
    ) -> None:
        """Show ``doc``; ``ocr`` (page -> what OCR read there) marks the search's words on
        scanned pages through the OCR word boxes."""
        self._forget()
        self.document_id = doc.id
        self.document = doc
        self.ocr_pages = dict(ocr or {})
        self.ocr_hits = hit_boxes(result, self.ocr_pages)
        self.correct_ocr_action.setEnabled(bool(self.ocr_pages))
        self._pages = list(pages)
        self._result = result
        self._open(doc, data, pages, result, first_page)
        self.document_shown.emit(doc)

    def _open(
        self,
        doc: DocumentRecord,
        data: bytes,
        pages: list[str],
        result: SearchResult | None,
        first_page: int | None,
    ) -> None:
        if doc.status == "encrypted-pdf":
            self.show_message(
                self.tr(
                    "“{filename}” is a password-protected PDF. Its original bytes are kept in"
                    " the archive as evidence, but it cannot be shown or searched here."
                ).format(filename=doc.filename)
            )
            return
        if doc.media_type == "application/pdf":
            words = self._hit_words(pages, result, first_page)
            self._show(self.pdf)
            if self.pdf.load(data, first_page or 1, words):
                self.pdf.marks.set_boxes(self.ocr_hits)
                return
            self.show_message(
                self.tr("This PDF could not be displayed; its text is shown instead.")
            )
        if doc.media_type.startswith("image/"):
            image = QImage.fromData(data)
            if not image.isNull():
                self._pixmap = QPixmap.fromImage(image)
                self.original = data
                self._fit_image()
                self._show(self.image)
                return
        self._show_text(pages, result, first_page)

    def _show_text(self, pages: list[str], result: SearchResult | None, first: int | None) -> None:
        parts: list[str] = []
        offsets: list[int] = []
        position = 0
        for number, page in enumerate(pages, start=1):
            header = self.tr("— page {number} —").format(number=number) + "\n"
            header = header if len(pages) > 1 else ""
            offsets.append(position + len(header))
            parts.append(header + page)
            position += len(header) + len(page) + 2
        self.text.setPlainText("\n\n".join(parts))
        self._page_offsets = offsets
        fmt = QTextCharFormat()
        fmt.setBackground(HIGHLIGHT)
        fmt.setForeground(HIGHLIGHT_TEXT)  # dark on yellow, in the dark theme too
        first_match: int | None = None
        if result is not None:
            for number, (page, offset) in enumerate(zip(pages, offsets, strict=True), start=1):
                for start, end in result.spans(page):
                    cursor = QTextCursor(self.text.document())
                    cursor.setPosition(offset + start)
                    cursor.setPosition(offset + end, QTextCursor.MoveMode.KeepAnchor)
                    cursor.mergeCharFormat(fmt)
                    if first_match is None and (first is None or number >= first):
                        first_match = offset + start
        self._put_cursor(first_match or 0)
        self._show(self.text)

    def _put_cursor(self, position: int) -> None:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(position)
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()

    def show_page(self, page: int) -> None:
        """Go to ``page`` (from 1) of the document shown, at its first hit if it has one."""
        if self._reading is self.pdf:
            self.pdf.show_page(page)
        elif self._reading is self.text and 0 < page <= len(self._page_offsets):
            offset = self._page_offsets[page - 1]
            spans = self._result.spans(self._pages[page - 1]) if self._result else []
            self._put_cursor(offset + spans[0][0] if spans else offset)
            self.text.verticalScrollBar().setValue(self.text.verticalScrollBar().maximum())
            self.text.ensureCursorVisible()  # the hit at the top of the view

    # -- redaction review -------------------------------------------------------------------
    def attach_redactor(self, widget: QWidget) -> None:
        """Host the redact canvas; ``show_redactor`` puts it in the reading widget's place."""
        self.redactor = widget
        self.addWidget(widget)

    def redactable(self) -> str:
        """ "pdf" or "image" when the document on screen takes boxes, else ""."""
        if self._reading is self.pdf:
            return "pdf"
        return "image" if self._reading is self.image and self.original is not None else ""

    def show_redactor(self, on: bool, page: int = 0) -> None:
        if on and self.redactor is not None and self.redactable():
            self.setCurrentWidget(self.redactor)
            return
        if self.currentWidget() is self.redactor:
            self.setCurrentWidget(self._reading)
            if self._reading is self.pdf and page:
                self.pdf.go_to(page)

    def _text_menu(self, position: QPoint) -> None:
        menu = self.text.createStandardContextMenu(position)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        selected = " ".join(self.text.textCursor().selectedText().split())
        page = self._page_at(self.text.textCursor().selectionStart())
        self._passage_actions(menu, selected, page)
        menu.popup(self.text.viewport().mapToGlobal(position))

    def _pdf_menu(self, position: QPoint) -> None:
        """The menu of a passage selected on a PDF's pages."""
        selected, page = self.pdf.selection()
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        copy = menu.addAction(self.tr("&Copy"))
        copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        copy.setEnabled(bool(selected))
        copy.triggered.connect(lambda _=False: self.pdf.copy_selection())
        if not selected and not self.ocr_page():  # a scan has no text to drag over
            hint = menu.addAction(self.tr("Drag over the text to select a passage"))
            hint.setEnabled(False)
        self._passage_actions(menu, selected, page)
        menu.popup(position)

    def _passage_actions(self, menu: QMenu, selected: str, page: int) -> None:
        """ "Add as fact…" and "Redact the selected words as" for a selected passage."""
        if self.document is None:
            return
        menu.addSeparator()
        add_fact = menu.addAction(self.tr("Add as &fact…"))
        add_fact.setEnabled(bool(selected))
        add_fact.triggered.connect(lambda _=False: self.fact_requested.emit(selected, page))
        redact = menu.addMenu(self.tr("Redact the selected words as"))
        redact.setEnabled(bool(selected))
        for code in REASONS:
            action = redact.addAction(code)
            action.triggered.connect(lambda _=False, c=code: self.redact_words.emit(selected, c))
        if self.ocr_page():
            menu.addAction(self.correct_ocr_action)

    def ocr_page(self) -> int:
        """The page on screen (from 1) if OCR read it, else 0."""
        page = self.pdf.current_page() if self._reading is self.pdf else 1
        return page if page in self.ocr_pages else 0

    def _correct_ocr(self) -> None:
        if page := self.ocr_page():
            self.ocr_correction_requested.emit(page)

    def _page_at(self, position: int) -> int:
        """The page (from 1) the text view shows at ``position``; 0 when unknown."""
        offsets = self._page_offsets
        return sum(1 for offset in offsets if offset <= position) or (1 if offsets else 0)

    @staticmethod
    def _hit_words(pages: list[str], result: SearchResult | None, first: int | None) -> list[str]:
        """The distinct words the search matched, those of the page opened at first."""
        if result is None or not pages:
            return []
        start = (first or 1) - 1 if 0 < (first or 1) <= len(pages) else 0
        words: dict[str, str] = {}
        for page in pages[start:] + pages[:start]:
            for begin, end in result.spans(page):
                word = " ".join(page[begin:end].split())
                words.setdefault(word.casefold(), word)
        return [word for word in words.values() if word]

    def _fit_image(self) -> None:
        if self._pixmap is None:
            return
        width = max(200, self.image.viewport().width() - 8)
        scaled = self._pixmap.scaledToWidth(
            min(width, self._pixmap.width()), Qt.TransformationMode.SmoothTransformation
        )
        self.image_label.setPixmap(marked_pixmap(scaled, self.ocr_hits.get(1, [])))

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit_image()
