"""ui layer: the export wizard's preview: each document's pages as the export renders them.

``archive.redactions.preview`` renders the document with the bundle's rules and the
document's saved redactions and returns PNG images; they stay in memory (a QPixmap each,
cached per document and profile) and are dropped when the wizard closes or the archive
locks. Bates numbers and the legend are stamped at export time, not here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from archive_app.session import Archive
from ui.export.wizard_scans import ScanWarning
from ui.look import icon, named

if TYPE_CHECKING:
    from ui.export.wizard import ExportWizard


class PreviewPage(QWizardPage):
    """ui layer: the redacted pages, one at a time, before anything is written."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__()
        self.export_wizard = wizard
        self.page = 1
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr(
                "The pages as they will be exported. Pages with redactions are rebuilt as images"
                " with the boxes burned in; the others keep their text."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Export"))
        self.document = QComboBox()
        self.document.setObjectName("previewDocument")
        self.document.currentIndexChanged.connect(lambda _: self._load())
        self.prev_button = QToolButton()
        self.prev_button.setIcon(icon("prev"))
        self.prev_button.setToolTip(self.tr("Previous page"))
        self.prev_button.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_button = QToolButton()
        self.next_button.setIcon(icon("next"))
        self.next_button.setToolTip(self.tr("Next page"))
        self.next_button.clicked.connect(lambda: self.show_page(self.page + 1))
        self.page_label = QLabel()
        self.status = named(QLabel(), "hint")
        self.image = QLabel()
        self.image.setObjectName("previewImage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll_area = named(QScrollArea(), "previewScroll")  # style.qss: its background
        self.scroll_area.setWidget(self.image)
        self.scroll_area.setWidgetResizable(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Document")))
        top.addWidget(self.document, 1)
        top.addSpacing(12)
        top.addWidget(self.prev_button)
        top.addWidget(self.page_label)
        top.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        self.scans = ScanWarning(wizard.session)  # the pages to look at, named
        layout.addWidget(self.scans)
        layout.addWidget(self.scroll_area, 1)
        self.cache: dict[tuple[int, str], list[QPixmap]] = {}
        self.pages: list[QPixmap] = []
        self._wanted: tuple[int, str] | None = None

    def initializePage(self) -> None:
        docs = self.export_wizard.docs()
        self.scans.refresh([doc.id for doc in docs])
        current = self.document.currentData()
        self.document.blockSignals(True)
        self.document.clear()
        for doc in docs:
            self.document.addItem(
                self.tr("#{id} · {title}").format(id=doc.id, title=doc.title), doc.id
            )
        self.document.setCurrentIndex(max(0, self.document.findData(current)))
        self.document.blockSignals(False)
        self._load()

    def _load(self) -> None:
        doc_id = self.document.currentData()
        if doc_id is None:
            return
        key = (int(doc_id), self.export_wizard.profile_key())
        self._wanted = key
        if key in self.cache:
            self._show(key, self.cache[key])
            return
        doc = next(d for d in self.export_wizard.docs() if d.id == key[0])
        self.pages = []
        self.image.clear()
        self.status.setText(
            self.tr("Rendering the preview of %n page(s)…", "", max(1, doc.page_count))
        )
        self._update_nav()
        wizard = self.export_wizard

        def render(archive: Archive) -> list[bytes]:
            extra = wizard.preview_rules(archive, doc)
            return archive.redactions.preview(doc.id, extra=extra)

        wizard.session.run(render, lambda images: self._rendered(key, images), self._failed)

    def _rendered(self, key: tuple[int, str], images: list[bytes]) -> None:
        pixmaps = []
        for data in images:
            pixmap = QPixmap()
            pixmap.loadFromData(data, "PNG")
            pixmaps.append(pixmap)
        self.cache[key] = pixmaps
        if key == self._wanted:
            self._show(key, pixmaps)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("No preview: {error}").format(error=error))
        self.status.setStyleSheet("color: #b3261e;")

    def _show(self, key: tuple[int, str], pixmaps: list[QPixmap]) -> None:
        self.status.setStyleSheet("")
        self.pages = pixmaps
        self.status.setText(
            self.tr("Bates numbers and the confidentiality legend are stamped at export.")
        )
        self.show_page(1)

    def show_page(self, page: int) -> None:
        if not self.pages:
            self._update_nav()
            return
        self.page = max(1, min(page, len(self.pages)))
        self._fit()
        self.scroll_area.verticalScrollBar().setValue(0)
        self._update_nav()

    def _fit(self) -> None:
        if not self.pages:
            return
        pixmap = self.pages[self.page - 1]
        width = max(200, self.scroll_area.viewport().width() - 24)
        if pixmap.width() > width:
            pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        self.image.setPixmap(pixmap)

    def _update_nav(self) -> None:
        count = len(self.pages)
        self.page_label.setText(
            self.tr("Page {page} of {count}").format(page=self.page if count else 0, count=count)
        )
        self.prev_button.setEnabled(count > 0 and self.page > 1)
        self.next_button.setEnabled(self.page < count)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def forget(self) -> None:
        """Drop every rendered page (on lock or close)."""
        self.cache.clear()
        self.pages = []
        self.image.clear()
