"""ui layer: what the viewer paints over QPdfView's pages: the search's words in the same
yellow as the result snippets, the current hit outlined, and the passage the user
selects with the mouse.

QPdfView paints search results itself in a fixed grey-blue and has no text selection,
so the view gets no search model; this transparent layer over its viewport finds the
words with QPdfSearchModel (one per word: the hit's words need not stand together),
selects text with ``QPdfDocument.getSelection`` and maps page points to the viewport
through ``ocr_marks.page_rects`` (QPdfView's page layout, which is private).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView

from ui.look import HIGHLIGHT
from ui.viewer.ocr_marks import MARK_EDGE, PageLayer, page_rects

SELECTION_FILL = QColor(47, 111, 176, 80)  # the accent colour, see-through
MAX_WORDS = 12  # distinct words highlighted at once (one search model each)


class PdfOverlay(PageLayer):
    """Hits, the current hit and the mouse selection, painted over the pages."""

    def __init__(self, view: QPdfView, document: QPdfDocument) -> None:
        super().__init__(view)
        self.document = document
        self.search_model = QPdfSearchModel(self)  # the first word's
        self.search_model.setDocument(document)
        self._more: list[QPdfSearchModel] = []  # the other words'
        self.current: tuple[int, QRectF] | None = None  # page (from 1), hit in points
        self.selected_page = 0  # the page of the selection (from 1), 0: none
        self.selected_text = ""
        self._selected: list[QPolygonF] = []  # its outline, in points
        self._anchor: tuple[int, QPointF] | None = None  # where the mouse pressed

    # -- the search's words -------------------------------------------------------------
    def set_words(self, words: list[str]) -> None:
        for model in self._more:
            model.deleteLater()
        self._more = []
        words = words[:MAX_WORDS]
        self.search_model.setSearchString(words[0] if words else "")
        for word in words[1:]:
            model = QPdfSearchModel(self)
            model.setDocument(self.document)
            model.setSearchString(word)
            self._more.append(model)
        self.current = None
        self.update()

    def hits_on(self, page: int) -> list[QRectF]:
        """The rectangles (page points) of the search's words on ``page`` (from 1), in
        reading order."""
        rects: list[QRectF] = []
        for model in [self.search_model, *self._more]:
            if model.searchString():
                for link in model.resultsOnPage(page - 1):
                    rects.extend(link.rectangles())
        return sorted(rects, key=lambda r: (round(r.top()), r.left()))

    def pick_current(self, page: int) -> QRectF | None:
        """Make the first hit on ``page`` the current one (None when it has none)."""
        hits = self.hits_on(page)
        self.current = (page, hits[0]) if hits else None
        self.update()
        return hits[0] if hits else None

    # -- page points <-> viewport ---------------------------------------------------------
    def scale(self, page: int, rect: QRect) -> float:
        points = self.document.pagePointSize(page - 1)
        return rect.width() / points.width() if points.width() > 0 else 1.0

    def to_viewport(self, page: int, area: QRectF) -> QRectF | None:
        rect = page_rects(self.view).get(page)
        if rect is None:
            return None
        k = self.scale(page, rect)
        return QRectF(
            rect.x() + area.x() * k, rect.y() + area.y() * k, area.width() * k, area.height() * k
        )

    def to_page(self, position: QPoint, page: int = 0) -> tuple[int, QPointF] | None:
        """The page under ``position`` (or ``page``, clamped to it) and the point there."""
        for number, rect in page_rects(self.view).items():
            if (page and number != page) or (not page and not rect.contains(position)):
                continue
            k = self.scale(number, rect)
            points = self.document.pagePointSize(number - 1)
            x = min(max((position.x() - rect.x()) / k, 0.0), points.width())
            y = min(max((position.y() - rect.y()) / k, 0.0), points.height())
            return number, QPointF(x, y)
        return None

    # -- selection ------------------------------------------------------------------------
    def clear_selection(self) -> None:
        self.selected_page, self.selected_text, self._selected = 0, "", []
        self._anchor = None
        self.update()

    def select(self, page: int, start: QPointF, end: QPointF) -> str:
        """Select the text between two points of ``page`` (from 1); return it."""
        selection = self.document.getSelection(page - 1, start, end)
        text = " ".join(selection.text().split()) if selection.isValid() else ""
        self.selected_page = page if text else 0
        self.selected_text = text
        self._selected = list(selection.bounds()) if text else []
        self.update()
        return text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(event, QMouseEvent):
            left = Qt.MouseButton.LeftButton
            if kind == QEvent.Type.MouseButtonPress and event.button() == left:
                self.clear_selection()
                self._anchor = self.to_page(event.position().toPoint())
            elif kind == QEvent.Type.MouseMove and event.buttons() & left and self._anchor:
                page, start = self._anchor
                end = self.to_page(event.position().toPoint(), page)
                if end is not None:
                    self.select(page, start, end[1])
        return super().eventFilter(watched, event)

    # -- painting -------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        if self.document.status() != QPdfDocument.Status.Ready:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect())
        for page, rect in page_rects(self.view).items():
            if not QRectF(rect).intersects(area):
                continue
            k = self.scale(page, rect)
            painter.save()
            painter.translate(rect.x(), rect.y())
            painter.scale(k, k)
            # yellow under the words, the text still black: as the snippets mark them
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
            for hit in self.hits_on(page):
                painter.fillRect(hit.adjusted(-0.5, -0.5, 0.5, 0.5), HIGHLIGHT)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
            if self.current is not None and self.current[0] == page:
                painter.setPen(QPen(MARK_EDGE, 1.5 / k))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(self.current[1].adjusted(-1, -1, 1, 1))
            if self.selected_page == page:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(SELECTION_FILL)
                for polygon in self._selected:
                    painter.drawPolygon(polygon)
            painter.restore()
        painter.end()
