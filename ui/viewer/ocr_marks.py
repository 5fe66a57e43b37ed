"""ui layer: search hits on scanned pages, marked on the page image through the word
boxes OCR stored for the page.

A scan has no text layer for QtPdf to search, so the search's words are found in the
OCR text of each page (``SearchResult.spans``, as on any page) and the boxes of the
words carrying them are painted translucent over the page: on an image by drawing on
the shown pixmap, on a PDF by a transparent layer over QPdfView's viewport that lays
the pages out as QPdfView does (its layout is private; the arithmetic below follows
QPdfViewPrivate::calculateDocumentLayout: page size in points times the screen's
logical dpi / 72, times the zoom or fitted to the width, centred, margins and spacing).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPaintEvent, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget

from indexing.ocr import OcrPage
from indexing.search import SearchResult

Box = tuple[float, float, float, float]
MARK_FILL = QColor(255, 200, 0, 110)
MARK_EDGE = QColor(200, 120, 0, 220)


def hit_boxes(result: SearchResult | None, pages: dict[int, OcrPage]) -> dict[int, list[Box]]:
    """Page number -> boxes (fractions of the page) of the OCR words this search matched."""
    if result is None:
        return {}
    found: dict[int, list[Box]] = {}
    for number, page in pages.items():
        boxes = [
            word.box for start, end in result.spans(page.text) for word in page.words_in(start, end)
        ]
        if boxes:
            found[number] = boxes
    return found


def paint_boxes(painter: QPainter, target: QRectF, boxes: list[Box]) -> None:
    painter.setPen(MARK_EDGE)
    painter.setBrush(MARK_FILL)
    for x0, y0, x1, y1 in boxes:
        pad = 0.15 * (y1 - y0) * target.height()
        painter.drawRect(
            QRectF(
                target.x() + x0 * target.width() - pad,
                target.y() + y0 * target.height() - pad,
                (x1 - x0) * target.width() + 2 * pad,
                (y1 - y0) * target.height() + 2 * pad,
            )
        )


def marked_pixmap(pixmap: QPixmap, boxes: list[Box]) -> QPixmap:
    """A copy of ``pixmap`` with ``boxes`` painted over it."""
    if not boxes:
        return pixmap
    out = QPixmap(pixmap)
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_boxes(painter, QRectF(out.rect()), boxes)
    painter.end()
    return out


def page_rects(view: QPdfView) -> dict[int, QRect]:
    """Where QPdfView draws each page, in its viewport's coordinates (MultiPage mode)."""
    document = view.document()
    if document is None or document.status() != QPdfDocument.Status.Ready:
        return {}
    viewport = view.viewport()
    margins = view.documentMargins()
    screen = QGuiApplication.primaryScreen()
    resolution = (screen.logicalDotsPerInch() if screen else 96.0) / 72.0
    sizes: dict[int, tuple[int, int]] = {}
    total_width = 0
    for page in range(document.pageCount()):
        points = document.pagePointSize(page)
        size = QSizeF(points.width() * resolution, points.height() * resolution).toSize()
        if view.zoomMode() == QPdfView.ZoomMode.Custom:
            size = QSizeF(
                points.width() * resolution * view.zoomFactor(),
                points.height() * resolution * view.zoomFactor(),
            ).toSize()
        elif view.zoomMode() == QPdfView.ZoomMode.FitToWidth and size.width() > 0:
            factor = (viewport.width() - margins.left() - margins.right()) / size.width()
            size = size * factor
        sizes[page] = (size.width(), size.height())
        total_width = max(total_width, size.width())
    total_width += margins.left() + margins.right()
    left = view.horizontalScrollBar().value()
    top = view.verticalScrollBar().value()
    rects: dict[int, QRect] = {}
    y = margins.top()
    for page, (width, height) in sizes.items():
        x = (max(total_width, viewport.width()) - width) // 2
        rects[page + 1] = QRect(x - left, y - top, width, height)
        y += height + view.pageSpacing()
    return rects


class PageLayer(QWidget):
    """A transparent layer over QPdfView's viewport, as large as it, painted again when the
    view scrolls or zooms (draw in ``paintEvent`` through ``page_rects``)."""

    def __init__(self, view: QPdfView) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        view.viewport().installEventFilter(self)
        for bar in (view.verticalScrollBar(), view.horizontalScrollBar()):
            bar.valueChanged.connect(self.update)
        view.zoomFactorChanged.connect(self.update)
        view.zoomModeChanged.connect(self.update)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.view.viewport().rect())
            self.update()
        return False


class PdfMarks(PageLayer):
    """OCR hit boxes painted on the pages of a scan."""

    def __init__(self, view: QPdfView) -> None:
        super().__init__(view)
        self.boxes: dict[int, list[Box]] = {}
        self.hide()

    def set_boxes(self, boxes: dict[int, list[Box]]) -> None:
        self.boxes = boxes
        self.setVisible(bool(boxes))
        self.setGeometry(self.view.viewport().rect())
        self.raise_()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.boxes:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rects = page_rects(self.view)
        for page, boxes in self.boxes.items():
            rect = rects.get(page)
            if rect is not None and rect.intersects(self.rect()):
                paint_boxes(painter, QRectF(rect), boxes)
        painter.end()
