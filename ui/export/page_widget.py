"""ui layer: the page of redact mode: its image, the saved boxes with their reason codes,
the boxes found on a scan through OCR (dashed), and what the mouse is drawing (a box),
moving or resizing (a box grabbed inside or at an edge) or picking (words).

Positions are kept as fractions of the page (origin top left), as the archive saves
them, so the page can be drawn at any width.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from archive_app.export.scan_boxes import ScanBox
from ui.export.page_source import Box, PageSource, TextPick, clamp_box
from ui.export.review import RedactionReview

BOX_TOOL, WORDS_TOOL = "box", "words"
SAVED_FILL = QColor(0, 0, 0, 150)
DRAG_PEN = QColor("#b3261e")
PICK_FILL = QColor(47, 111, 176, 90)
SCAN_FILL = QColor(0, 0, 0, 90)
SCAN_PEN = QColor("#e08a00")
MIN_DRAG_PX = 4
EDGE_PX = 6  # a box grabbed this close to an edge is resized, else moved
COVERED = 0.9  # a found box this much under a saved box is shown as that box


@dataclass(frozen=True)
class Grab:
    """A box taken by the mouse: a saved one (its record) or a found one, and which
    edges follow the mouse (all four: the box moves)."""

    box: Box
    redaction_id: int | None = None  # a saved rectangle
    found: ScanBox | None = None  # a box found on the scan
    left: bool = True
    top: bool = True
    right: bool = True
    bottom: bool = True

    @property
    def moving(self) -> bool:
        return self.left and self.top and self.right and self.bottom


def covered(box: Box, by: Box) -> float:
    """The share of ``box`` that ``by`` covers."""
    width = min(box[2], by[2]) - max(box[0], by[0])
    height = min(box[3], by[3]) - max(box[1], by[1])
    area = (box[2] - box[0]) * (box[3] - box[1])
    return max(0.0, width) * max(0.0, height) / area if area > 0 else 1.0


class PageWidget(QWidget):
    """ui layer: the page itself: its image, saved boxes, and what the mouse is drawing."""

    box_drawn = Signal(object)  # Box
    words_picked = Signal(object, QPoint)  # TextPick, global position
    box_menu = Signal(int, QPoint)  # redaction id, global position
    found_menu = Signal(object, QPoint)  # ScanBox, global position
    box_adjusted = Signal(object, object)  # Grab (what was taken), Box (where it is now)

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
        self.found: list[ScanBox] = []  # boxes found on the document's scans through OCR
        self.held: Grab | None = None
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def set_page(self, source: PageSource | None, page: int) -> None:
        self.source, self.page = source, page
        self._image, self._image_key = None, None
        self._start = self._end = None
        self.pick = None
        self.held = None
        self.update()

    def set_found(self, boxes: list[ScanBox]) -> None:
        self.found = list(boxes)
        self.update()

    def found_boxes(self, page: int | None = None) -> list[ScanBox]:
        """The boxes found on the scan of ``page`` (default: the page shown), but those a
        saved box covers: an adjusted box is shown as the saved box that keeps it."""
        number = self.page if page is None else page
        saved = [r.box for r in self.review.rects(number) if r.box is not None]
        return [
            f
            for f in self.found
            if f.page == number and not any(covered(f.box, b) >= COVERED for b in saved)
        ]

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

    def found_at(self, point: QPointF) -> ScanBox | None:
        for found in reversed(self.found_boxes()):
            if self.to_rect(found.box).contains(point):
                return found
        return None

    def grab_at(self, point: QPointF) -> Grab | None:
        """The box under ``point`` (saved boxes first) and the edges taken with it."""
        taken: tuple[Box, int | None, ScanBox | None] | None = None
        for record in reversed(self.review.rects(self.page)):
            if record.box is not None and self._near(record.box, point):
                taken = (record.box, record.id, None)
                break
        if taken is None:
            for found in reversed(self.found_boxes()):
                if self._near(found.box, point):
                    taken = (found.box, None, found)
                    break
        if taken is None:
            return None
        box, redaction_id, found_box = taken
        rect = self.to_rect(box)
        edges = {
            "left": abs(point.x() - rect.left()) <= EDGE_PX,
            "top": abs(point.y() - rect.top()) <= EDGE_PX,
            "right": abs(point.x() - rect.right()) <= EDGE_PX,
            "bottom": abs(point.y() - rect.bottom()) <= EDGE_PX,
        }
        if not any(edges.values()):
            return Grab(box, redaction_id, found_box)
        return Grab(box, redaction_id, found_box, **edges)

    def _near(self, box: Box, point: QPointF) -> bool:
        rect = self.to_rect(box).adjusted(-EDGE_PX, -EDGE_PX, EDGE_PX, EDGE_PX)
        return rect.contains(point)

    def adjusted(self, grab: Grab, start: QPointF, end: QPointF) -> Box:
        """Where ``grab``'s box is after the mouse went from ``start`` to ``end``."""
        dx = (end.x() - start.x()) / max(1, self.width())
        dy = (end.y() - start.y()) / max(1, self.height())
        x0, y0, x1, y1 = grab.box
        if grab.moving:  # kept whole, and on the page
            dx = min(max(dx, -x0), 1.0 - x1)
            dy = min(max(dy, -y0), 1.0 - y1)
            return (x0 + dx, y0 + dy, x1 + dx, y1 + dy)
        return clamp_box(
            x0 + dx if grab.left else x0,
            y0 + dy if grab.top else y0,
            x1 + dx if grab.right else x1,
            y1 + dy if grab.bottom else y1,
        )

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
        for found in self.found_boxes():
            rect = self.to_rect(found.box)
            painter.fillRect(rect, SCAN_FILL)
            painter.setPen(QPen(SCAN_PEN, 2, Qt.PenStyle.DashLine))
            painter.drawRect(rect)
            self._label(painter, rect, found.reason, 11)
        if self.pick is not None:
            for box in self.pick.boxes:
                painter.fillRect(self.to_rect(box), PICK_FILL)
        elif self.held is not None and self._start is not None and self._end is not None:
            rect = self.to_rect(self.adjusted(self.held, self._start, self._end))
            painter.fillRect(rect, QColor(179, 38, 30, 60))
            painter.setPen(QPen(DRAG_PEN, 2, Qt.PenStyle.DashLine))
            painter.drawRect(rect)
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
            elif (scan := self.found_at(point)) is not None:
                self.found_menu.emit(scan, event.globalPosition().toPoint())
            return
        if event.button() == Qt.MouseButton.LeftButton and self.source is not None:
            self._start = self._end = point
            self.pick = None
            self.held = self.grab_at(point) if self.tool == BOX_TOOL else None
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        if self._start is None:
            self._hover(point)
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
        grab, self.held = self.held, None
        if grab is not None:
            self.update()
            if abs(end.x() - start.x()) >= MIN_DRAG_PX or abs(end.y() - start.y()) >= MIN_DRAG_PX:
                self.box_adjusted.emit(grab, self.adjusted(grab, start, end))
            return
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

    def _hover(self, point: QPointF) -> None:
        grab = self.grab_at(point) if self.tool == BOX_TOOL else None
        if grab is None:
            self.setToolTip("")
            self.setCursor(
                Qt.CursorShape.IBeamCursor
                if self.tool == WORDS_TOOL
                else Qt.CursorShape.CrossCursor
            )
            return
        if grab.found is not None:
            self.setToolTip(
                self.tr(
                    "Found on the scan: {what} ({reason}). Drag to move, drag an edge to"
                    " resize, right-click for more."
                ).format(what=grab.found.label, reason=grab.found.reason)
            )
        else:
            self.setToolTip(
                self.tr("Drag to move, drag an edge to resize, right-click to remove this box")
            )
        horizontal = (grab.left or grab.right) and not grab.moving
        vertical = (grab.top or grab.bottom) and not grab.moving
        if grab.moving:
            shape = Qt.CursorShape.SizeAllCursor
        elif horizontal and vertical:
            forward = (grab.left and grab.top) or (grab.right and grab.bottom)
            shape = Qt.CursorShape.SizeFDiagCursor if forward else Qt.CursorShape.SizeBDiagCursor
        else:
            shape = Qt.CursorShape.SizeHorCursor if horizontal else Qt.CursorShape.SizeVerCursor
        self.setCursor(shape)
