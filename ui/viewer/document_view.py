"""ui layer: the document pane: PDF, text (DOCX, e-mail, plain text) or image, with the
search words highlighted, opened at the first matching page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPixmap, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QTextBrowser, QWidget

from indexing.search import SearchResult
from storage.documents import DocumentRecord
from ui.look import named
from ui.viewer.pdf_page import PdfPage

HIGHLIGHT = QColor("#ffe58a")


class DocumentView(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = named(QLabel("Choose a document in the list to read it here."), "hint")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.pdf = PdfPage(self)
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.image_label = QLabel()
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image = QScrollArea(self)
        self.image.setWidget(self.image_label)
        self.image.setWidgetResizable(True)
        for widget in (self.message, self.pdf, self.text, self.image):
            self.addWidget(widget)
        self._pixmap: QPixmap | None = None
        self.document_id: int | None = None

    def clear(self) -> None:
        """Drop everything shown (on lock, or when the selection goes)."""
        self.document_id = None
        self.pdf.unload()
        self.text.clear()
        self.image_label.clear()
        self._pixmap = None
        self.show_message("Choose a document in the list to read it here.")

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.setCurrentWidget(self.message)

    def show_document(
        self,
        doc: DocumentRecord,
        data: bytes,
        pages: list[str],
        result: SearchResult | None,
        first_page: int | None,
    ) -> None:
        self.clear()
        self.document_id = doc.id
        if doc.status == "encrypted-pdf":
            self.show_message(
                f"“{doc.filename}” is a password-protected PDF. Its original bytes are kept in"
                " the archive as evidence, but it cannot be shown or searched here."
            )
            return
        if doc.media_type == "application/pdf":
            words = self._first_words(pages, result, first_page)
            self.setCurrentWidget(self.pdf)
            if self.pdf.load(data, first_page or 1, words):
                return
            self.show_message("This PDF could not be displayed; its text is shown instead.")
        if doc.media_type.startswith("image/"):
            image = QImage.fromData(data)
            if not image.isNull():
                self._pixmap = QPixmap.fromImage(image)
                self._fit_image()
                self.setCurrentWidget(self.image)
                return
        self._show_text(pages, result, first_page)

    def _show_text(self, pages: list[str], result: SearchResult | None, first: int | None) -> None:
        parts: list[str] = []
        offsets: list[int] = []
        position = 0
        for number, page in enumerate(pages, start=1):
            header = f"— page {number} —\n" if len(pages) > 1 else ""
            offsets.append(position + len(header))
            parts.append(header + page)
            position += len(header) + len(page) + 2
        self.text.setPlainText("\n\n".join(parts))
        fmt = QTextCharFormat()
        fmt.setBackground(HIGHLIGHT)
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
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(first_match or 0)
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()
        self.setCurrentWidget(self.text)

    @staticmethod
    def _first_words(pages: list[str], result: SearchResult | None, first: int | None) -> str:
        if result is None or not pages:
            return ""
        page = pages[(first or 1) - 1] if 0 < (first or 1) <= len(pages) else pages[0]
        spans = result.spans(page)
        return page[spans[0][0] : spans[0][1]] if spans else ""

    def _fit_image(self) -> None:
        if self._pixmap is None:
            return
        width = max(200, self.image.viewport().width() - 8)
        scaled = self._pixmap.scaledToWidth(
            min(width, self._pixmap.width()), Qt.TransformationMode.SmoothTransformation
        )
        self.image_label.setPixmap(scaled)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit_image()
