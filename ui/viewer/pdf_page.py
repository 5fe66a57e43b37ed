"""ui layer: a PDF rendered inside the application from memory (QtPdf from a buffer).

No temporary file and no external viewer: the original bytes go from the
archive into a QBuffer. Pages, zoom, fit width, go to page, and the search
words highlighted on the page it opens at. "Redact" asks for redact mode (the page
canvas of ui/export takes the view's place; QPdfView's page layout is private).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
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

from ui.look import icon
from ui.viewer.ocr_marks import PdfMarks

ZOOM_STEP = 1.25


class PdfPage(QWidget):
    redact_requested = Signal()  # the Redact button: mark redactions on the pages

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.search_model = QPdfSearchModel(self)
        self.search_model.setDocument(self.document)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setSearchModel(self.search_model)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.marks = PdfMarks(self.view)  # OCR hits on scanned pages
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
        buttons.addWidget(self._button("zoom-out", self.tr("Zoom out (Ctrl+-)"), self.zoom_out))
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
        self.view.pageNavigator().currentPageChanged.connect(
            lambda page: self.page_box.setValue(page + 1)
        )

    def _button(self, name: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(name))
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def load(self, data: bytes, page: int = 1, highlight: str = "") -> bool:
        """Show ``data`` at ``page`` (1-based); False if QtPdf cannot open it."""
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
        self.search_model.setSearchString(highlight)
        self.go_to(page)
        QTimer.singleShot(0, lambda: self.go_to(page))  # again once the view has its size
        return True

    def unload(self) -> None:
        self.marks.set_boxes({})
        self.search_model.setSearchString("")
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._buffer = None
        self._bytes = None
        self.page_count.setText(self.tr("of 0"))

    def current_page(self) -> int:
        return int(self.view.pageNavigator().currentPage()) + 1

    def go_to(self, page: int) -> None:
        count = self.document.pageCount()
        if count <= 0:
            return
        page = max(1, min(page, count))
        self.view.pageNavigator().jump(page - 1, QPointF(), self.view.zoomFactor())
        self.page_box.setValue(page)

    def zoom_in(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(self.view.zoomFactor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(self.view.zoomFactor() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
