"""ui layer: a PDF rendered inside the application from memory (QtPdf from a buffer).

No temporary file and no external viewer: the original bytes go from the
archive into a QBuffer. Pages, zoom (its percentage shown; zooming keeps the current
hit, or else the middle of the view, where it was), fit width, go to page, the
search's words highlighted in the snippets' yellow and the view opened at the first
of them, and text selected with the mouse for the context menu ("Add as fact…", Copy,
redact). "Redact" asks for redact mode (the page canvas of ui/export takes the view's
place; QPdfView's page layout is private).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPoint,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.clipboard import copy_text
from ui.look import icon
from ui.viewer.ocr_marks import PdfMarks, page_rects
from ui.viewer.pdf_overlay import PdfOverlay

ZOOM_STEP = 1.25
MIN_ZOOM = 0.25
MAX_ZOOM = 6.0
REVEAL_MARGIN = 16  # px the current hit is kept from the view's edges
# page, point on it (points), where in the viewport, whether it is the current hit
Anchor = tuple[int, QPointF, QPointF, bool]


class PdfPage(QWidget):
    redact_requested = Signal()  # the Redact button: mark redactions on the pages
    context_menu = Signal(QPoint)  # right click on the pages (global position)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(
            lambda at: self.context_menu.emit(self.view.viewport().mapToGlobal(at))
        )
        self.marks = PdfMarks(self.view)  # OCR hits on scanned pages
        self.overlay = PdfOverlay(self.view, self.document)  # hits and the selection
        self.search_model = self.overlay.search_model  # the first word's
        self._buffer: QBuffer | None = None
        self._bytes: QByteArray | None = None

        self.page_box = QSpinBox()
        self.page_box.setMinimum(1)
        self.page_box.setToolTip(self.tr("Go to page (Ctrl+G)"))
        self.page_box.editingFinished.connect(lambda: self.go_to(self.page_box.value()))
        self.page_count = QLabel(self.tr("of 0"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(4, 2, 4, 2)
        for name, tip, slot in (
            ("prev", self.tr("Previous page (PgUp)"), lambda: self.go_to(self.current_page() - 1)),
            ("next", self.tr("Next page (PgDown)"), lambda: self.go_to(self.current_page() + 1)),
        ):
            buttons.addWidget(self._button(name, tip, slot))
        buttons.addWidget(self.page_box)
        buttons.addWidget(self.page_count)
        buttons.addStretch()
        self.zoom_label = QLabel()
        self.zoom_label.setToolTip(self.tr("Zoom"))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("0000 %"))
        buttons.addWidget(self._button("zoom-out", self.tr("Zoom out (Ctrl+-)"), self.zoom_out))
        buttons.addWidget(self.zoom_label)
        buttons.addWidget(self._button("zoom-in", self.tr("Zoom in (Ctrl++)"), self.zoom_in))
        buttons.addWidget(self._button("fit-width", self.tr("Fit width (Ctrl+0)"), self.fit_width))
        self.redact_button = QPushButton(self.tr("Redact"))
        self.redact_button.setToolTip(
            self.tr("Mark redactions: draw boxes or select words (Ctrl+Shift+R)")
        )
        self.redact_button.clicked.connect(self.redact_requested.emit)
        buttons.addSpacing(8)
        buttons.addWidget(self.redact_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
            ("Ctrl+0", self.fit_width),
            ("Ctrl+G", self.page_box.setFocus),
        ):
            QShortcut(QKeySequence(keys), self, slot)
        # Ctrl+C copies the passage only while the pages have the focus (a click gives it)
        copy = QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), self, self.copy_selection)
        copy.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.viewport().setCursor(Qt.CursorShape.IBeamCursor)  # text can be selected
        self.view.pageNavigator().currentPageChanged.connect(
            lambda page: self.page_box.setValue(page + 1)
        )
        self.view.zoomFactorChanged.connect(self._show_zoom)
        self.view.zoomModeChanged.connect(self._show_zoom)

    def _button(self, name: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(name))
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def load(self, data: bytes, page: int = 1, words: list[str] | None = None) -> bool:
        """Show ``data`` at ``page`` (1-based), ``words`` highlighted and the first of them
        on that page in view; False if QtPdf cannot open it."""
        self.unload()
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            self.unload()
            return False
        count = self.document.pageCount()
        self.page_box.setMaximum(max(1, count))
        self.page_count.setText(self.tr("of {count}").format(count=count))
        self.overlay.set_words(list(words or []))
        self.show_page(page)
        QTimer.singleShot(0, lambda: self.show_page(page))  # again once the view has its size
        return True

    def unload(self) -> None:
        self.marks.set_boxes({})
        self.overlay.set_words([])
        self.overlay.clear_selection()
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._buffer = None
        self._bytes = None
        self.page_count.setText(self.tr("of 0"))
        self._show_zoom()

    def current_page(self) -> int:
        return int(self.view.pageNavigator().currentPage()) + 1

    def go_to(self, page: int) -> None:
        count = self.document.pageCount()
        if count <= 0:
            return
        page = max(1, min(page, count))
        self.view.pageNavigator().jump(page - 1, QPointF(), self.view.zoomFactor())
        self.page_box.setValue(page)

    def show_page(self, page: int) -> None:
        """Go to ``page`` with its first hit current and in view (the page's top if none)."""
        self.go_to(page)
        if self.document.pageCount() > 0:
            page = max(1, min(page, self.document.pageCount()))
            if self.overlay.pick_current(page) is not None:
                self.reveal_current()
        self._show_zoom()

    def reveal_current(self, least: bool = False) -> None:
        """Bring the current hit into view, clear of the edges: a third down the view, or
        with ``least`` (zooming) by as little scrolling as it takes."""
        current = self.overlay.current
        shown = self.overlay.to_viewport(*current) if current else None
        if shown is None:
            return
        view = QRectF(self.view.viewport().rect())
        clear = view.adjusted(REVEAL_MARGIN, REVEAL_MARGIN, -REVEAL_MARGIN, -REVEAL_MARGIN)
        if clear.contains(shown):
            return
        vertical, horizontal = self.view.verticalScrollBar(), self.view.horizontalScrollBar()
        if least and view.intersects(shown):
            dy = min(0.0, shown.top() - clear.top()) + max(0.0, shown.bottom() - clear.bottom())
            dx = min(0.0, shown.left() - clear.left()) + max(0.0, shown.right() - clear.right())
        else:
            dy = shown.top() - view.height() / 3
            # a hit near its page's top: that page's top at the view's top, not the foot of
            # the page before (which the page box and the navigator would then call current)
            page_top = self.overlay.to_viewport(current[0], QRectF()) if current else None
            if page_top is not None and dy < page_top.top() <= shown.top():
                dy = page_top.top()
            dx = shown.center().x() - view.width() / 2 if not clear.contains(shown.center()) else 0
        vertical.setValue(vertical.value() + round(dy))
        horizontal.setValue(horizontal.value() + round(dx))

    # -- selection --------------------------------------------------------------------------
    def selection(self) -> tuple[str, int]:
        """The text selected on the pages and its page (from 1); ("", 0) when none."""
        return self.overlay.selected_text, self.overlay.selected_page

    def copy_selection(self) -> None:
        if self.overlay.selected_text:
            copy_text(self.overlay.selected_text)  # marked secret for clipboard managers

    # -- zoom -------------------------------------------------------------------------------
    def zoom(self) -> float:
        """The scale the pages are shown at: 1.0 is the page's size on paper."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom:
            return float(self.view.zoomFactor())
        page = self.current_page()
        rect = page_rects(self.view).get(page)
        points = self.document.pagePointSize(page - 1)
        screen = QGuiApplication.primaryScreen()
        resolution = (screen.logicalDotsPerInch() if screen else 96.0) / 72.0
        if rect is None or points.width() <= 0:
            return float(self.view.zoomFactor())
        return rect.width() / (points.width() * resolution)

    def zoom_in(self) -> None:
        self._zoom_to(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_to(self.zoom() / ZOOM_STEP)

    def fit_width(self) -> None:
        anchor = self._anchor()
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._hold(anchor)

    def _zoom_to(self, factor: float) -> None:
        if self.document.pageCount() <= 0:
            return
        anchor = self._anchor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(MAX_ZOOM, max(MIN_ZOOM, factor)))
        self._hold(anchor)

    def _anchor(self) -> Anchor | None:
        """What zooming keeps in place: the current hit when it is in view, else the point
        of the page in the middle of the view."""
        viewport = QRectF(self.view.viewport().rect())
        current = self.overlay.current
        shown = self.overlay.to_viewport(*current) if current else None
        if current is not None and shown is not None and viewport.intersects(shown):
            return current[0], current[1].center(), shown.center(), True
        middle = viewport.center().toPoint()
        found = self.overlay.to_page(middle) or self.overlay.to_page(middle, self.current_page())
        return (found[0], found[1], QPointF(middle), False) if found else None

    def _hold(self, anchor: Anchor | None) -> None:
        """Scroll so that ``anchor``'s point is where it was in the view (the current hit
        kept wholly in view when it was the anchor)."""
        if anchor is not None:
            page, point, before, on_hit = anchor
            after = self.overlay.to_viewport(page, QRectF(point, QSizeF(0, 0)))
            if after is not None:
                for bar, delta in (
                    (self.view.horizontalScrollBar(), after.x() - before.x()),
                    (self.view.verticalScrollBar(), after.y() - before.y()),
                ):
                    bar.setValue(bar.value() + round(delta))
            if on_hit:
                self.reveal_current(least=True)
        self._show_zoom()

    def _show_zoom(self, *_: object) -> None:
        loaded = self.document.pageCount() > 0
        self.zoom_label.setText(
            self.tr("{percent} %").format(percent=round(self.zoom() * 100)) if loaded else ""
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_zoom()  # fit width follows the view's width
