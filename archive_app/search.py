"""archive_app layer: the search service the CLI and the desktop window use, and reindexing."""

from __future__ import annotations

import dataclasses
import os
import time
from typing import TYPE_CHECKING

from archive_app.tasks import CancelToken, Progress, ProgressCallback
from indexing.search import IndexStatus, SearchRequest, SearchResult, browse, run_search
from indexing.search.builders import BuildersStopped
from storage.ocr import read_page_numbers
from storage.suggestion_queue import documents_to_refresh

if TYPE_CHECKING:
    from archive_app.session import Archive

# Pages are analysed and written into segments by worker processes, one per core (the
# writer here only reads the page texts and stores the segment files).
REINDEX_BUILDERS = 2
REINDEX_BUILDERS_MIN_PAGES = 200
# Pages per commit for each builder (or the writer here): each builder's segment of a
# commit holds about this many pages, which bounds its memory (a builder peaks at about
# 260 MB). Segments this big are past 6^5 = 7,776 pages, a tier of the merge policy
# (``choose_merge``) where five of them wait without a merge: a reindex of up to about
# 45,000 pages merges nothing (a merge costs about half of building its pages again),
# and leaves the next commit nothing to merge.
REINDEX_PAGES = 8_500
REINDEX_TAIL = 0.25  # pages left after a commit, under this share of one, join it


class SearchService:
    def __init__(self, archive: Archive) -> None:
        self._archive = archive
        self._db = archive.db
        self._index = archive.index

    def status(self, *, full: bool = True) -> IndexStatus:
        return self._index.status(full=full)

    def search(self, request: SearchRequest | str) -> SearchResult:
        """Search; an empty query lists every document (with facets if asked)."""
        if isinstance(request, str):
            request = SearchRequest(text=request)
        if not request.text.strip():
            return browse(self._db, request)
        return self._mark_ocr(run_search(self._db, self._index, request))

    def _mark_ocr(self, result: SearchResult) -> SearchResult:
        """Mark the matching pages whose text OCR read from the page image."""
        read = read_page_numbers(self._db, [hit.id for hit in result.hits if hit.pages])
        if read:
            for hit in result.hits:
                hit.pages = [
                    dataclasses.replace(page, ocr=True) if (hit.id, page.page) in read else page
                    for page in hit.pages
                ]
        return result

    def reindex(
        self, *, progress: ProgressCallback | None = None, cancel: CancelToken | None = None
    ) -> bool:
        """Rebuild the index from the stored page texts; False if cancelled.

        The new index is built aside, batch by batch, and swapped in by one transaction
        at the end: until then searches read the previous index, and a rebuild cancelled,
        interrupted by a lock or a crash (kill -9, a full disk) leaves it as it was.
        """
        documents = documents_to_refresh(self._db)  # (id, page count), oldest first
        ids = [doc_id for doc_id, _pages in documents]
        started = time.monotonic()
        with self._db.atomic():
            self._index.begin_rebuild()
        pages = {doc_id: max(1, count) for doc_id, count in documents}
        builders = 0
        if sum(pages.values()) >= REINDEX_BUILDERS_MIN_PAGES:
            launcher = self._archive.settings.limits().worker_launcher
            builders = min(REINDEX_BUILDERS, os.cpu_count() or 1)
            self._index.use_builders(launcher, builders)
        try:
            budget = REINDEX_PAGES * max(1, builders)
            return self._rebuild(ids, pages, budget, started, progress, cancel)
        finally:
            self._index.stop_builders()

    def _rebuild(
        self,
        ids: list[int],
        pages: dict[int, int],
        budget_pages: int,
        started: float,
        progress: ProgressCallback | None,
        cancel: CancelToken | None,
    ) -> bool:
        start = 0
        left = sum(pages.values())
        while start < len(ids):
            if cancel is not None and cancel.cancelled:
                self._abandon()
                return False
            if progress:
                progress(
                    Progress(
                        done=start,
                        total=len(ids),
                        current=f"document #{ids[start]}",
                        item_id=ids[start],
                    )
                )
            end, budget = start, budget_pages
            if left - budget_pages < budget_pages * REINDEX_TAIL:
                budget = left  # the few pages after this batch go with it: no tiny segments
            while end < len(ids) and (end == start or budget - pages[ids[end]] >= 0):
                budget -= pages[ids[end]]
                left -= pages[ids[end]]
                end += 1
            try:
                self._write_batch(ids[start:end], cancel)
            except BuildersStopped:
                if cancel is None or not cancel.cancelled:
                    raise
                self._abandon()
                return False
            self._index.reclaim_space()
            start = end
        if cancel is not None and cancel.cancelled:
            self._abandon()
            return False
        self._index.settle_merges(aside=True)  # the merge a builder still runs
        with self._db.atomic():
            self._index.finish_rebuild()
            self._archive.record(
                "index.rebuild",
                self._archive.path.name,
                {"documents": len(ids), "seconds": round(time.monotonic() - started, 1)},
            )
        self._db.reclaim_free_pages()
        if progress:
            progress(Progress(done=len(ids), total=len(ids), current=""))
        return True

    def _write_batch(self, ids: list[int], cancel: CancelToken | None) -> None:
        """One commit of the index built aside. A cancel stops it at once, between two
        documents or while the builders still work on its pages (``BuildersStopped``):
        their processes are stopped, not waited for."""
        stop = (lambda: cancel.cancelled) if cancel is not None else None
        with self._db.atomic(), self._index.writing(aside=True, stop=stop) as batch:
            for doc_id in ids:
                if stop is not None and stop():
                    self._index.stop_builders()
                    raise BuildersStopped("the reindex was cancelled")
                batch.add(doc_id)

    def _abandon(self) -> None:
        """Drop a cancelled rebuild's files; the previous index stays the one searched."""
        with self._db.atomic():
            self._index.abandon_rebuild()
        self._db.reclaim_free_pages()
