"""archive_app layer: refreshing every document's pending suggestions after the registry changed.

A person added, renamed or given an alias may be named in documents imported long
before. ``SuggestionRefresh`` walks every document, oldest first, and recomputes
its pending suggestions against one snapshot of the registry, exactly as an import
does for a new document: accepted and rejected suggestions stay decided, tags stay.

Why every document and every pending suggestion: which documents name a person is
what the recognisers find out, and a new name can change how the recogniser reads
a name it already knew (a namesake with another surname is someone else), so no
narrower choice is exact. Afterwards each document proposes what an import today
would propose.

The walk goes in steps. A step is one transaction of at most ``BATCH_DOCUMENTS``
documents and ``BATCH_PAGES`` pages (and at most ``max_seconds`` when asked), so a
cancel, a lock, a crash or a full disk loses at most the step under way, and the
desktop window lets other database work run between steps. The cancel token is
checked before each document; a cancelled step commits the documents it finished.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from archive_app.errors import NotFound
from archive_app.suggestions import SuggestionService
from archive_app.tasks import CancelToken, Progress, ProgressCallback
from indexing.recognize.document import Registry
from storage.suggestion_queue import documents_to_refresh

if TYPE_CHECKING:
    from archive_app.session import Archive

BATCH_DOCUMENTS = 50  # documents per transaction
BATCH_PAGES = 2_000  # pages per transaction (a long document still gets a step of its own)


@dataclass(frozen=True)
class RefreshReport:
    """Where a refresh stands: documents refreshed of those planned, new suggestions."""

    done: int
    total: int
    added: int = 0  # pending suggestions that were not there before
    documents_with_new: int = 0
    cancelled: bool = False

    @property
    def finished(self) -> bool:
        return self.done >= self.total


class SuggestionRefresh:
    """One refresh of every document, run whole (``run``) or step by step (``step``).

    Use it on the database thread only; between steps it holds plain data (document
    ids and the registry snapshot), never the connection.
    """

    def __init__(self, documents: Sequence[tuple[int, int]], registry: Registry) -> None:
        self._documents = list(documents)  # (id, page count)
        self._registry = registry
        self._done = 0
        self._added = 0
        self._with_new = 0
        self._cancelled = False

    @classmethod
    def plan(cls, archive: Archive) -> SuggestionRefresh:
        """Every document now in the archive, against the registry as it is now."""
        return cls(documents_to_refresh(archive.db), SuggestionService(archive).registry())

    @property
    def report(self) -> RefreshReport:
        return RefreshReport(
            done=self._done,
            total=len(self._documents),
            added=self._added,
            documents_with_new=self._with_new,
            cancelled=self._cancelled,
        )

    def step(
        self,
        archive: Archive,
        *,
        cancel: CancelToken | None = None,
        progress: ProgressCallback | None = None,
        max_seconds: float | None = None,
    ) -> RefreshReport:
        """Refresh the next documents in one transaction; committed when it returns."""
        if self._cancelled or self._done >= len(self._documents):
            return self.report
        if cancel is not None and cancel.cancelled:
            self._cancelled = True
            return self.report
        service = SuggestionService(archive)
        started = time.monotonic()
        position, pages, added, with_new = self._done, 0, 0, 0
        cancelled = False
        with archive.db.atomic():
            while position < len(self._documents):
                doc_id, page_count = self._documents[position]
                if position > self._done and (
                    position - self._done >= BATCH_DOCUMENTS
                    or pages + page_count > BATCH_PAGES
                    or (max_seconds is not None and time.monotonic() - started >= max_seconds)
                ):
                    break
                if cancel is not None and cancel.cancelled:
                    cancelled = True
                    break
                if progress:
                    progress(self._progress(position, f"document #{doc_id}"))
                try:
                    new = service.refresh_counted(doc_id, self._registry)[1]
                except NotFound:  # deleted since the plan was made
                    new = 0
                added += new
                with_new += bool(new)
                pages += page_count
                position += 1
        # committed: only now does the walk move on
        self._done, self._cancelled = position, cancelled
        self._added += added
        self._with_new += with_new
        return self.report

    def run(
        self,
        archive: Archive,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> RefreshReport:
        """Every step, one after the other, until done or cancelled."""
        report = self.report
        while not report.finished and not report.cancelled:
            report = self.step(archive, cancel=cancel, progress=progress)
        if progress:
            progress(self._progress(report.done, ""))
        return report

    def _progress(self, done: int, current: str) -> Progress:
        return Progress(done=done, total=len(self._documents), current=current)
