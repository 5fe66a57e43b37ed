"""ui layer: the unlocked archive: search bar, facets, results, the document and its details.

Searches run on the database thread as you type (debounced) or on Enter; a
newer search makes older answers irrelevant, so they are dropped on arrival. The
details and the document's redactions share a tab widget under the viewer.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from archive_app.session import Archive
from indexing.ocr import OcrPage
from indexing.search import DocumentHit, QuerySyntaxError, SearchRequest, SearchResult
from storage.documents import DocumentRecord
from ui.details_panel import DetailsPanel
from ui.errors import show_error
from ui.export.redaction_panel import RedactionPanel
from ui.facets_panel import FacetsPanel
from ui.look import named, tones
from ui.results_view import ResultsView
from ui.search_bar import SearchBar
from ui.session import UiSession
from ui.viewer.document_view import DocumentView

RESULT_LIMIT = 200
REFRESH_ON = ("documents", "tags", "registry", "consent", "index")  # what the results show
VIEWER_SHARE = 0.7  # of the right-hand column's height, for the document at first


class ArchiveView(QWidget):
    import_requested = Signal(list)  # paths dropped on the window
    counted = Signal(int)  # documents matching (for the status bar)

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAcceptDrops(True)
        self.search_bar = SearchBar(session)
        self.status = named(QLabel(), "hint")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.linkActivated.connect(self._link)
        self.facets = FacetsPanel()
        self.results = ResultsView()
        self.viewer = DocumentView()
        self.details = DetailsPanel(session)
        self.redactions = RedactionPanel(session, self.viewer)
        self.side = QTabWidget()
        self.side.setDocumentMode(True)
        self.side.addTab(self.details, self.tr("Details"))
        self.side.addTab(self.redactions, self.tr("Redactions"))
        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.addWidget(self.viewer)
        self.right.addWidget(self.side)
        # The document gets the room (issue 14): 70 % of the height to start with, the
        # share the user drags it to afterwards, at every window size; the details scroll.
        self.right.setCollapsible(0, False)
        self._viewer_share = VIEWER_SHARE
        self.right.splitterMoved.connect(lambda *_: self._note_share())
        self.right.installEventFilter(self)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.status)
        centre_layout.addWidget(self.results, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.facets)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.right)
        self.splitter.setSizes([250, 480, 670])
        self.splitter.setCollapsible(0, False)  # facets never squeezed out of sight
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_bar)
        layout.addWidget(self.splitter, 1)

        self._sequence = 0
        self._sort = "relevance"
        self.last_result: SearchResult | None = None
        self.search_bar.search_requested.connect(lambda _: self.refresh())
        self.search_bar.sort_changed.connect(self._sort_changed)
        self.facets.filters_changed.connect(lambda _: self.refresh())
        self.results.selectionModel().selectionChanged.connect(self._selection_changed)
        self.results.page_requested.connect(self._go_to_page)
        self._opening = 0  # the latest open_hit: an older one's document is not shown
        self.details.changed.connect(lambda _: self.refresh(keep_selection=True))
        self._refresh_soon = QTimer(self)  # several notifications of one change: one search
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(0)
        self._refresh_soon.timeout.connect(lambda: self.refresh(keep_selection=True))
        session.changed.connect(self._on_changed)

    # -- the document's share of the height ---------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.right and event.type() == QEvent.Type.Resize:
            self._keep_share()
        return False

    def _keep_share(self) -> None:
        total = sum(self.right.sizes())
        if total > 0:
            viewer = round(total * self._viewer_share)
            self.right.setSizes([viewer, total - viewer])

    def _note_share(self) -> None:
        viewer, side = self.right.sizes()
        if viewer + side > 0:
            self._viewer_share = viewer / (viewer + side)

    def _on_changed(self, what: str) -> None:
        """Something was written (by this window or a dialog): show it at once."""
        if what in REFRESH_ON and self.session.is_open:
            self._refresh_soon.start()

    # -- searching ------------------------------------------------------------------------
    def query(self) -> str:
        return " ".join(p for p in [self.search_bar.text().strip(), *self.facets.clauses()] if p)

    def refresh(self, keep_selection: bool = False) -> None:
        self._sequence += 1
        sequence = self._sequence
        request = SearchRequest(
            self.query(),
            limit=RESULT_LIMIT,
            facets=True,
            sort=self._sort,
            filters=self.facets.id_filters(),
        )
        selected = [h.id for h in self.results.selected_hits()] if keep_selection else []
        self.session.run(
            lambda archive: archive.search.search(request),
            lambda result: self._show(sequence, result, selected),
            lambda error: self._failed(sequence, error),
        )

    def _show(self, sequence: int, result: SearchResult, selected: list[int]) -> None:
        if sequence != self._sequence:
            return  # a newer search is on its way
        self.last_result = result
        self.results.results.set_hits(result.hits)
        self.facets.show_facets(result.facets, result.facet_ids)
        self.counted.emit(result.total)
        shown = len(result.hits)
        if result.query or self.facets.active:
            text = self.tr("%n document(s) match", "", result.total)
        else:
            text = self.tr("%n document(s) in the archive", "", result.total)
        if shown < result.total:
            text += self.tr(" — showing the first {shown}; add words to narrow it").format(
                shown=shown
            )
        if self.facets.active:
            filters = ", ".join(html.escape(f) for f in self.facets.active_labels())
            text += self.tr(" · filtered by {filters}").format(filters=filters)
            text += ' (<a href="clear-filters">{}</a>)'.format(self.tr("clear"))
        for hint in result.hints:
            text += f"<br>⚠ {html.escape(hint)}"
        if result.suggestion:
            suggestion = html.escape(result.suggestion)
            text += "<br>" + self.tr("Did you mean {suggestion}?").format(
                suggestion=f'<a href="suggest:{suggestion}">{suggestion}</a>'
            )
        self.status.setText(text)
        if selected:
            self._select_ids(selected)
        else:
            self._follow_results(result)

    def _follow_results(self, result: SearchResult) -> None:
        """After a new search, show nothing that is not in its results.

        The document being read stays open (and selected) only when the new results
        hold it, re-opened for the new query's highlights; otherwise the viewer, the
        details and the redaction list let go of it, so nobody tags or redacts a
        document they can no longer see in the list."""
        shown = self.viewer.document_id
        self.viewer.clear()
        self.details.clear()
        if shown is not None and any(h.id == shown for h in result.hits):
            row = next(r for r, h in enumerate(result.hits) if h.id == shown)
            self.results.setCurrentIndex(self.results.results.index(row))

    def _failed(self, sequence: int, error: BaseException) -> None:
        if sequence != self._sequence:
            return
        if isinstance(error, QuerySyntaxError):
            colour = tones().error
            self.status.setText(f"<span style='color:{colour}'>{html.escape(str(error))}</span>")
            return
        show_error(self, error, self.tr("The search failed"))

    def _sort_changed(self, sort: str) -> None:
        self._sort = sort
        self.refresh()

    def _link(self, link: str) -> None:
        if link == "clear-filters":
            self.facets.clear_filters()
            self.refresh()
        elif link.startswith("suggest:"):
            self.search_bar.set_query(html.unescape(link.removeprefix("suggest:")))

    def _select_ids(self, ids: list[int]) -> None:
        model = self.results.results
        selection = QItemSelection()
        for row, hit in enumerate(model.hits):
            if hit.id in ids:
                index = model.index(row)
                selection.select(index, index)
        self.results.selectionModel().select(
            selection, self.results.selectionModel().SelectionFlag.ClearAndSelect
        )

    # -- reading --------------------------------------------------------------------------
    def _selection_changed(self, *_: Any) -> None:
        hits = self.results.selected_hits()
        self.details.show_documents([h.id for h in hits])
        current = self.results.current_hit()
        if len(hits) == 1:
            current = hits[0]
        if current is not None and current.id != self.viewer.document_id:
            self.open_hit(current)
        elif not hits:
            self.viewer.clear()

    def _go_to_page(self, hit: DocumentHit, page: int) -> None:
        """A snippet's "p.3" clicked: that page of that document."""
        if self.viewer.document_id == hit.id:
            self.viewer.show_page(page)
        else:
            self.open_hit(hit, page)

    def open_hit(self, hit: DocumentHit, page: int | None = None) -> None:
        """Show ``hit``'s document at ``page``, else at its first matching page."""
        result = self.last_result
        first = page or (hit.pages[0].page if hit.pages else None)
        self._opening += 1
        opening = self._opening

        def load(
            archive: Archive,
        ) -> tuple[DocumentRecord, bytes, list[str], dict[int, OcrPage]]:
            doc = archive.documents.get(hit.id)
            data = archive.documents.read_original(hit.id)
            return doc, data, archive.documents.pages(hit.id), archive.ocr.pages(hit.id)

        def show(loaded: tuple[DocumentRecord, bytes, list[str], dict[int, OcrPage]]) -> None:
            if opening != self._opening:
                return  # opened again since (another page of it, or another document)
            current = self.results.current_hit()
            if current is not None and current.id != hit.id:
                return
            if hit.id not in [h.id for h in self.results.selected_hits()]:
                return  # a newer search or selection left this document behind
            doc, data, pages, ocr = loaded
            self.viewer.show_document(doc, data, pages, result, first, ocr)

        self.viewer.show_message(self.tr("Opening…"))
        self.session.run(
            load, show, lambda e: show_error(self, e, self.tr("Could not open the document"))
        )

    # -- locking ----------------------------------------------------------------------------
    def clear(self) -> None:
        """Forget everything shown from the archive (on lock)."""
        self._sequence += 1
        self.last_result = None
        self.results.results.clear()
        self.facets.clear()
        self.facets.clear_filters()
        self.viewer.clear()
        self.details.clear()
        self.redactions.clear()
        self.search_bar.clear_history()
        self.status.clear()

    def show_redactions(self) -> None:
        """Bring the redaction list forward; the page being marked gets most of the height."""
        self.side.setCurrentWidget(self.redactions)
        viewer, side = self.right.sizes()
        if viewer + side > 0 and viewer < (viewer + side) * 0.6:
            self.right.setSizes([round((viewer + side) * 0.65), round((viewer + side) * 0.35)])
            self._note_share()

    def pdf_unloaded(self) -> bool:
        return self.viewer.pdf.document.pageCount() == 0

    # -- drag and drop ----------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_requested.emit(paths)
