"""ui layer: the page of redact mode: its image, the saved boxes with their reason codes,
and what the mouse is drawing (a box) or picking (words).

Positions are kept as fractions of the page (origin top left), as the archive saves
them, so the page can be drawn at any width.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from ui.export.page_source import Box, PageSource, TextPick, clamp_box
from ui.export.review import RedactionReview

BOX_TOOL, WORDS_TOOL = "box", "words"
SAVED_FILL = QColor(0, 0, 0, 150)
DRAG_PEN = QColor("#b3261e")
PICK_FILL = QColor(47, 111, 176, 90)
MIN_DRAG_PX = 4


class PageWidget(QWidget):
    """ui layer: the page itself: its image, saved boxes, and what the mouse is drawing."""

    box_drawn = Signal(object)  # Box
    words_picked = Signal(object, QPoint)  # TextPick, global position
    box_menu = Signal(int, QPoint)  # redaction id, global position

    def __init__(self, review: RedactionReview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = review
        self.source: PageSource | None = None
        self.page = 1
        self.tool = BOX_TOOL
        self._image: QImage | None = None
        self._image_key: tuple[int, int, int] | None = None
        self._start: QPointF | None = None
        self._end: QPointF | None = None
        self.pick: TextPick | None = None
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def set_page(self, source: PageSource | None, page: int) -> None:
        self.source, self.page = source, page
        self._image, self._image_key = None, None
        self._start = self._end = None
        self.pick = None
        self.update()

    # -- geometry ---------------------------------------------------------------------
    def to_fraction(self, point: QPointF) -> QPointF:
        width, height = max(1, self.width()), max(1, self.height())
        return QPointF(
            min(max(point.x() / width, 0.0), 1.0), min(max(point.y() / height, 0.0), 1.0)
        )

    def to_rect(self, box: Box) -> QRectF:
        x0, y0, x1, y1 = box
        return QRectF(
            x0 * self.width(),
            y0 * self.height(),
            (x1 - x0) * self.width(),
            (y1 - y0) * self.height(),
        )

    def box_at(self, point: QPointF) -> int | None:
        for record in reversed(self.review.rects(self.page)):
            if record.box is not None and self.to_rect(record.box).contains(point):
                return record.id
        return None

    # -- painting -----------------------------------------------------------------------
    def _page_image(self) -> QImage | None:
        if self.source is None or self.page > self.source.page_count():
            return None
        ratio = self.devicePixelRatioF()
        size = QSize(round(self.width() * ratio), round(self.height() * ratio))
        key = (self.page, size.width(), size.height())
        if self._image is None or self._image_key != key:
            self._image = self.source.render(self.page, size)
            self._image.setDevicePixelRatio(ratio)
            self._image_key = key
        return self._image

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        image = self._page_image()
        if image is not None:
            painter.drawImage(QRectF(self.rect()), image)
        painter.setPen(QPen(QColor("#c0c9d3")))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        withheld = self.review.withheld(self.page)
        if withheld is not None:
            painter.fillRect(self.rect(), QColor(0, 0, 0, 110))
            self._label(painter, QRectF(self.rect()), f"PAGE WITHHELD · {withheld.reason}", 18)
        for record in self.review.rects(self.page):
            if record.box is not None:
                rect = self.to_rect(record.box)
                painter.fillRect(rect, SAVED_FILL)
                self._label(painter, rect, record.reason, 11)
        if self.pick is not None:
            for box in self.pick.boxes:
                painter.fillRect(self.to_rect(box), PICK_FILL)
        elif self._start is not None and self._end is not None and self.tool == BOX_TOOL:
            rect = QRectF(self._start, self._end).normalized()
            painter.fillRect(rect, QColor(179, 38, 30, 40))
            painter.setPen(QPen(DRAG_PEN, 2, Qt.PenStyle.DashLine))
            painter.drawRect(rect)
        painter.end()

    @staticmethod
    def _label(painter: QPainter, rect: QRectF, text: str, size: int) -> None:
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(max(7, min(size, int(rect.height() * 0.7))))
        painter.setFont(font)
        if painter.fontMetrics().horizontalAdvance(text) > rect.width() - 4:
            return  # too narrow for its label: the side list names the reason
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    # -- the mouse -----------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        if event.button() == Qt.MouseButton.RightButton:
            found = self.box_at(point)
            if found is not None:
                self.box_menu.emit(found, event.globalPosition().toPoint())
            return
        if event.button() == Qt.MouseButton.LeftButton and self.source is not None:
            self._start = self._end = point
            self.pick = None
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        if self._start is None:
            found = self.box_at(point)
            self.setToolTip("Right-click to remove this box" if found is not None else "")
            return
        self._end = point
        if self.tool == WORDS_TOOL and self.source is not None:
            self.pick = self.source.pick(
                self.page, self.to_fraction(self._start), self.to_fraction(point)
            )
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._start is None or event.button() != Qt.MouseButton.LeftButton:
            return
        start, end = self._start, event.position()
        self._start = self._end = None
        if self.tool == BOX_TOOL:
            self.update()
            if abs(end.x() - start.x()) >= MIN_DRAG_PX and abs(end.y() - start.y()) >= MIN_DRAG_PX:
                a, b = self.to_fraction(start), self.to_fraction(end)
                self.box_drawn.emit(clamp_box(a.x(), a.y(), b.x(), b.y()))
            return
        if self.source is not None:
            self.pick = self.source.pick(self.page, self.to_fraction(start), self.to_fraction(end))
        self.update()
        if self.pick is not None:
            self.words_picked.emit(self.pick, event.globalPosition().toPoint())
