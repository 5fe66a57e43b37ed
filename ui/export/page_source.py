"""ui layer: the pages redact mode draws on: a PDF (QtPdf, from memory) or an image.

Positions are fractions of the displayed page, origin at the top left, as the archive
saves rectangle redactions. A PDF also answers which words lie between two points
(QtPdf's text selection, widened to whole words), so words can be picked with the mouse.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtPdf import QPdfDocument

Box = tuple[float, float, float, float]
MAX_PICK = 400  # characters: a pick longer than this is a paragraph, not a term


@dataclass(frozen=True)
class TextPick:
    """Whole words picked on a page: their text and their boxes (fractions of the page)."""

    text: str
    boxes: list[Box]


class PageSource(Protocol):
    has_text: bool

    def page_count(self) -> int: ...

    def aspect(self, page: int) -> float:
        """Height / width of page ``page`` (from 1)."""
        ...

    def render(self, page: int, size: QSize) -> QImage: ...

    def pick(self, page: int, start: QPointF, end: QPointF) -> TextPick | None: ...


def clamp_box(x0: float, y0: float, x1: float, y1: float) -> Box:
    left, right = sorted((min(max(x0, 0.0), 1.0), min(max(x1, 0.0), 1.0)))
    top, bottom = sorted((min(max(y0, 0.0), 1.0), min(max(y1, 0.0), 1.0)))
    return (left, top, right, bottom)


class PdfSource:
    """ui layer: pages of a loaded QPdfDocument (the viewer's own, still in memory)."""

    has_text = True

    def __init__(self, document: QPdfDocument) -> None:
        self.document = document

    def page_count(self) -> int:
        return int(self.document.pageCount())

    def _points(self, page: int) -> tuple[float, float]:
        size = self.document.pagePointSize(page - 1)
        return max(1.0, size.width()), max(1.0, size.height())

    def aspect(self, page: int) -> float:
        width, height = self._points(page)
        return height / width

    def render(self, page: int, size: QSize) -> QImage:
        image = self.document.render(page - 1, size)
        if image.isNull():
            image = QImage(size, QImage.Format.Format_RGB32)
            image.fill(Qt.GlobalColor.white)
        return image

    def pick(self, page: int, start: QPointF, end: QPointF) -> TextPick | None:
        width, height = self._points(page)
        index = page - 1
        rough = self.document.getSelection(
            index,
            QPointF(start.x() * width, start.y() * height),
            QPointF(end.x() * width, end.y() * height),
        )
        if not rough.isValid() or not rough.text().strip():
            return None
        text = self.document.getAllText(index).text()
        first, last = rough.startIndex(), rough.endIndex()
        while first > 0 and text[first - 1].isalnum():
            first -= 1
        while last < len(text) and text[last].isalnum():
            last += 1
        while first < last and not text[first].isalnum():
            first += 1  # no stray punctuation or spaces at the ends
        while last > first and not text[last - 1].isalnum():
            last -= 1
        if last - first > MAX_PICK:
            return None
        words = self.document.getSelectionAtIndex(index, first, last - first)
        picked = " ".join(words.text().split())
        if not picked:
            return None
        boxes = []
        for polygon in words.bounds():
            rect: QRectF = polygon.boundingRect().adjusted(-1.0, -1.0, 1.0, 1.0)
            boxes.append(
                clamp_box(
                    rect.left() / width,
                    rect.top() / height,
                    rect.right() / width,
                    rect.bottom() / height,
                )
            )
        return TextPick(picked, boxes)


class ImageSource:
    """ui layer: the frames of an image, turned upright the way the export turns them."""

    has_text = False

    def __init__(self, data: bytes) -> None:
        self.frames: list[QImage] = []
        raw = QByteArray(data)
        buffer = QBuffer(raw)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        reader.setAutoTransform(True)  # EXIF orientation, as the export applies it
        while True:
            frame = reader.read()
            if frame.isNull():
                break
            self.frames.append(frame)
            if not reader.jumpToNextImage():
                break
        buffer.close()

    def page_count(self) -> int:
        return len(self.frames)

    def aspect(self, page: int) -> float:
        frame = self.frames[page - 1]
        return frame.height() / max(1, frame.width())

    def render(self, page: int, size: QSize) -> QImage:
        return self.frames[page - 1].scaled(
            size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
        )

    def pick(self, page: int, start: QPointF, end: QPointF) -> TextPick | None:
        return None
