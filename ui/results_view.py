"""ui layer: the result list: title, type, date, matching pages with highlighted snippets.

A snippet's page ("p.3") is a link: clicking it opens that page of that document
(``page_requested``)."""

from __future__ import annotations

import html
import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from indexing.search import DocumentHit, Snippet
from ui.labels import TYPE_NAMES
from ui.look import HIGHLIGHT_HEX, HIGHLIGHT_TEXT_HEX, tones

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
MAX_SNIPPETS = 3
PAGE_LINK = "page:"  # a snippet's page label links to "page:3"
ModelIndex = QModelIndex | QPersistentModelIndex


def snippet_html(snippet: Snippet) -> str:
    out: list[str] = []
    last = 0
    for start, end in snippet.spans:
        out.append(html.escape(snippet.text[last:start]))
        marked = html.escape(snippet.text[start:end])
        out.append(  # dark text on yellow, in the dark theme too
            f'<span style="background:{HIGHLIGHT_HEX}; color:{HIGHLIGHT_TEXT_HEX}">{marked}</span>'
        )
        last = end
    out.append(html.escape(snippet.text[last:]))
    return "".join(out)


def ocr_mark() -> str:
    """The mark of a matching page whose text OCR read from the page image."""
    text = QCoreApplication.translate("ResultsView", "OCR text")
    return f" <span class='ocr'>[{html.escape(text)}]</span>"


def hit_html(hit: DocumentHit, more_pages: Callable[[int], str] | None = None) -> str:
    kind = TYPE_NAMES.get(hit.doc_type, hit.doc_type)
    undated = QCoreApplication.translate("ResultsView", "undated")
    meta = " · ".join([kind, hit.date or undated, html.escape(hit.filename)])
    parts = [
        f"<div style='font-weight:600'>{html.escape(hit.title)}</div>",
        f"<div class='meta'>#{hit.id} · {meta}</div>",
    ]
    if hit.note is not None:  # found in the lawyer's notes on the document (issue 14)
        label = QCoreApplication.translate("ResultsView", "Note:")
        parts.append(
            f"<div style='margin-top:3px'><span class='meta'>{html.escape(label)}</span>"
            f" {snippet_html(hit.note)}</div>"
        )
    for page in hit.pages[:MAX_SNIPPETS]:
        label = QCoreApplication.translate("ResultsView", "p.{page}").format(page=page.page)
        parts.append(
            f"<div style='margin-top:3px'><a class='page' href='{PAGE_LINK}{page.page}'>"
            f"{html.escape(label)}</a>"
            + (ocr_mark() if page.ocr else "")
            + f" {snippet_html(page.snippet)}</div>"
        )
    more = len(hit.pages) - MAX_SNIPPETS + hit.more_pages
    if more > 0:
        more_text = more_pages(more) if more_pages else f"… +{more}"
        parts.append(f"<div class='meta'>{html.escape(more_text)}</div>")
    return "".join(parts)


def hit_css() -> str:
    """The colours of a hit's details, page links and OCR mark in the theme in use."""
    t = tones()
    return (
        f".meta {{ color: {t.muted}; }} a.page {{ color: {t.link}; }}"
        f" .ocr {{ color: {t.warning}; }}"
    )


class ResultsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.hits: list[DocumentHit] = []
        self._html: list[str] = []

    def set_hits(self, hits: list[DocumentHit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self._html = [hit_html(h, self._more_pages) for h in self.hits]
        self.endResetModel()

    def append_hits(self, hits: list[DocumentHit]) -> None:
        if not hits:
            return
        start = len(self.hits)
        self.beginInsertRows(QModelIndex(), start, start + len(hits) - 1)
        self.hits += hits
        self._html += [hit_html(h, self._more_pages) for h in hits]
        self.endInsertRows()

    def _more_pages(self, count: int) -> str:
        return self.tr("… %n more matching page(s)", "", count)

    def clear(self) -> None:
        self.set_hits([])

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"#{hit.id} {hit.filename}"
        if role == HIT_ROLE:
            return hit
        if role == HTML_ROLE:
            return self._html[index.row()]
        return None


class HitDelegate(QStyledItemDelegate):
    """Paints a hit's small HTML block (title, details, snippets)."""

    PADDING = 8

    def _width(self, option: QStyleOptionViewItem) -> int:
        """The row's width: the list's visible width, whatever rect Qt passes along.

        Size hints and painting must lay the text out at the same width, or a title that
        wraps in one and not the other makes rows overlap (QListView asks for size hints
        with a rect that is not the row's)."""
        view = option.widget
        if isinstance(view, QAbstractItemView):
            return max(100, view.viewport().width())
        return max(100, option.rect.width())

    def _document(self, option: QStyleOptionViewItem, index: ModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setDefaultStyleSheet(hit_css())  # the theme's colours, when painted
        doc.setHtml(str(index.data(HTML_ROLE) or ""))
        doc.setTextWidth(self._width(option) - 2 * self.PADDING)
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        doc = self._document(option, index)
        painter.save()
        painter.translate(option.rect.left() + self.PADDING, option.rect.top() + self.PADDING)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(
            QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.Text)
        )
        clip = QRectF(0, 0, option.rect.width() - self.PADDING, option.rect.height() - self.PADDING)
        painter.setClipRect(clip)
        doc.documentLayout().draw(painter, context)
        painter.restore()
        painter.save()
        painter.setPen(option.palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        self.initStyleOption(option, index)
        doc = self._document(option, index)
        return QSize(self._width(option), math.ceil(doc.size().height()) + 2 * self.PADDING)


class ResultsView(QListView):
    page_requested = Signal(object, int)  # a snippet's page clicked: DocumentHit, page

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.results = ResultsModel(self)
        self.setModel(self.results)
        self.delegate = HitDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setMouseTracking(True)  # the hand over a page link
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # rows re-measured at the new width

    def selected_hits(self) -> list[DocumentHit]:
        rows = sorted(i.row() for i in self.selectionModel().selectedIndexes())
        return [self.results.hits[r] for r in rows if r < len(self.results.hits)]

    def current_hit(self) -> DocumentHit | None:
        index = self.currentIndex()
        return index.data(HIT_ROLE) if index.isValid() else None

    # -- page links ---------------------------------------------------------------------------
    def page_link_at(self, position: QPoint) -> int:
        """The page whose link (a snippet's "p.3") is at ``position``; 0 when none."""
        index = self.indexAt(position)
        if not index.isValid():
            return 0
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = self.visualRect(index)
        self.delegate.initStyleOption(option, index)
        doc = self.delegate._document(option, index)  # laid out as painted
        padding = HitDelegate.PADDING
        anchor = doc.documentLayout().anchorAt(
            QPointF(position - option.rect.topLeft()) - QPointF(padding, padding)
        )
        number = anchor.removeprefix(PAGE_LINK)
        return int(number) if anchor.startswith(PAGE_LINK) and number.isdigit() else 0

    def mousePressEvent(self, event: QMouseEvent) -> None:
        position = event.position().toPoint()
        plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
        page = self.page_link_at(position) if plain else 0
        super().mousePressEvent(event)  # the row is selected as by any click
        hit = self.indexAt(position).data(HIT_ROLE)
        if page and event.button() == Qt.MouseButton.LeftButton and hit is not None:
            self.page_requested.emit(hit, page)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            page = self.page_link_at(event.pos())
            if page:
                QToolTip.showText(
                    event.globalPos(), self.tr("Open page {page}").format(page=page), self
                )
                return True
        return super().viewportEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        on_link = self.page_link_at(event.position().toPoint()) > 0
        self.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if on_link else Qt.CursorShape.ArrowCursor
        )
