"""archive_app layer: reading scans and photos with OCR, page by page, resumably.

Import stores a scanned document at once and queues its image pages (``pages_to_read``):
scans, pages whose text layer is unusable or far too thin, and "mixed" pages, text pages
that draw pictures large enough to show words (a photographed ID, a stamp, a screenshot).
On a mixed page only what is not text is read (the sandbox hides the text objects before
drawing the page), and its words are added to the page text after the layer, so search,
suggestions and the export's boxes find a name the pictures alone show.
``OcrJob`` works the queue off in steps, each with three parts so that the desktop
window can run the slow middle one away from the database thread:

1. ``next_work`` (database thread): the next few pages of one document and its bytes;
2. ``OcrJob.read`` (any thread): the pages read by the sandboxed OCR engine;
3. ``store`` (database thread): one transaction stores the text and word boxes, puts
   the text into the page, indexes those pages again, takes them off the queue and
   (once a document is finished) recomputes its suggestions.

A page leaves the queue only in the transaction that stores it, so a cancel, a lock
or a killed process resumes exactly where it stopped, and no page is half-written.
The CLI runs every step in one thread (``run``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from archive_app.changes import DOCUMENTS
from archive_app.errors import NotFound
from archive_app.tasks import CancelToken, Progress, ProgressCallback
from indexing.extract import Extraction
from indexing.extract.pdf_worker import NO_TEXT_CHARS_PER_PAGE
from indexing.extract.types import IMAGE_TYPES, PDF
from indexing.language import guess_language
from indexing.ocr import (
    DEFAULT_LANGUAGES,
    LOW_CONFIDENCE,
    OcrEngine,
    OcrFailed,
    OcrLimits,
    OcrPage,
    check_languages,
)
from indexing.ocr.page import corrected
from storage import blobs
from storage import documents as doc_repo
from storage import ocr as ocr_repo

if TYPE_CHECKING:
    from archive_app.session import Archive

OCR_MEDIA_TYPES = (PDF, *IMAGE_TYPES)


def pages_to_read(extraction: Extraction) -> list[int]:
    """Pages (1-based) that need OCR: every page of an image, PDF pages without a usable
    text layer (image-only, text that was unreadable and dropped, or a layer far too thin
    for the ink on the page), and PDF text pages that draw pictures large enough to show
    words ("mixed" pages: their pictures are read, the layer stays)."""
    if extraction.media_type in IMAGE_TYPES:
        return list(range(1, max(1, extraction.page_count) + 1))
    if extraction.media_type != PDF:
        return []
    queued = set(extraction.scan_pages) | set(extraction.picture_pages)
    return [
        number
        for number, text in enumerate(extraction.pages, start=1)
        if number in queued or len("".join(_layer_text(text).split())) < NO_TEXT_CHARS_PER_PAGE
    ]


def _layer_text(text: str) -> str:
    """A page's text without the form values and comments read from its annotations."""
    for marker in ("\n\n[Form fields]\n", "\n\n[Comments]\n", "[Form fields]\n", "[Comments]\n"):
        if text.startswith(marker.lstrip("\n")):
            return ""
        text = text.split(marker, 1)[0]
    return text


def ocr_limits(archive: Archive) -> OcrLimits:
    limits = archive.settings.limits()
    return OcrLimits(worker_launcher=limits.worker_launcher)


@dataclass(frozen=True)
class OcrReport:
    """Where a run stands: pages handled of those planned, failures, doubtful pages."""

    done: int
    total: int
    read: int = 0
    failed: int = 0
    low_confidence: int = 0
    cancelled: bool = False

    @property
    def finished(self) -> bool:
        return self.done >= self.total


@dataclass(frozen=True)
class ScanReport:
    """The scanned pages of some documents: how many, which were read with low confidence
    (``(document id, page, confidence)``, for a human look), how many are not read yet."""

    scanned: int
    doubtful: list[tuple[int, int, float]] = field(default_factory=list)
    unread: int = 0


@dataclass
class PageWork:
    """Pages of one document to read, with the document's bytes (never on disk)."""

    document_id: int
    media_type: str
    data: bytes = field(repr=False)
    pages: list[int]


class OcrJob:
    """One pass over the queued pages. Use ``next_work``/``store`` on the database thread
    only; between steps the job holds plain data, never the connection."""

    def __init__(self, queued: Sequence[tuple[int, int]], languages: str = DEFAULT_LANGUAGES):
        self.languages = check_languages(languages)
        self._queued = list(queued)
        self._position = 0
        self._read = 0
        self._failed = 0
        self._low = 0
        self._cancelled = False
        self._bytes: tuple[int, str, bytes] | None = None  # the current document's

    @classmethod
    def plan(
        cls,
        archive: Archive,
        document_ids: Sequence[int] | None = None,
        *,
        languages: str = DEFAULT_LANGUAGES,
        retry_failed: bool = False,
    ) -> OcrJob:
        return cls(ocr_repo.queued(archive.db, document_ids, failed=retry_failed), languages)

    @property
    def report(self) -> OcrReport:
        return OcrReport(
            done=self._position,
            total=len(self._queued),
            read=self._read,
            failed=self._failed,
            low_confidence=self._low,
            cancelled=self._cancelled,
        )

    def cancel(self) -> OcrReport:
        self._cancelled = True
        self._bytes = None
        return self.report

    def next_work(self, archive: Archive, max_pages: int) -> PageWork | None:
        """The next pages (of one document) to read, or None when the plan is done."""
        while self._position < len(self._queued) and not self._cancelled:
            doc_id = self._queued[self._position][0]
            pages: list[int] = []
            position = self._position
            while (
                position < len(self._queued)
                and self._queued[position][0] == doc_id
                and len(pages) < max_pages
            ):
                pages.append(self._queued[position][1])
                position += 1
            if self._bytes is None or self._bytes[0] != doc_id:
                try:
                    doc = doc_repo.get(archive.db, doc_id)
                except NotFound:  # deleted since the plan was made
                    self._skip_document(doc_id)
                    continue
                data = b"".join(blobs.iter_chunks(archive.db, doc_id))
                self._bytes = (doc_id, doc.media_type, data)
            return PageWork(doc_id, self._bytes[1], self._bytes[2], pages)
        self._bytes = None
        return None

    def _skip_document(self, doc_id: int) -> None:
        while self._position < len(self._queued) and self._queued[self._position][0] == doc_id:
            self._position += 1

    @staticmethod
    def read(
        engine: OcrEngine, work: PageWork, languages: str = DEFAULT_LANGUAGES
    ) -> list[OcrPage | OcrFailed]:
        """Read the pages of ``work`` (slow: run it off the database thread)."""
        return engine.read_pages(
            ("document", work.document_id),
            work.media_type,
            work.data,
            work.pages,
            languages,
            mode="auto",  # a text page with pictures: the pictures are read, the layer stays
        )

    def store(
        self, archive: Archive, work: PageWork, results: Sequence[OcrPage | OcrFailed]
    ) -> OcrReport:
        """Store what was read (one transaction); the job moves on only once committed."""
        db = archive.db
        read: list[int] = []
        failed: list[int] = []
        kept: list[int] = []  # pages read again whose hand correction stays their text
        low = 0
        try:
            doc = doc_repo.get(db, work.document_id)
        except NotFound:
            self._position += len(work.pages)
            return self.report
        with db.atomic(), archive.index.writing() as index:
            for page_no, result in zip(work.pages, results, strict=True):
                if isinstance(result, OcrFailed):
                    ocr_repo.mark_failed(db, work.document_id, page_no, str(result))
                    failed.append(page_no)
                    continue
                if ocr_repo.store_page(
                    db,
                    work.document_id,
                    page_no,
                    text=result.text,
                    words=result.words_json(),
                    confidence=result.confidence,
                    languages=result.languages,
                    mixed=result.mixed,
                ):
                    kept.append(page_no)
                read.append(page_no)
                low += result.low_confidence
            if read:
                if doc.language is None:
                    language = guess_language("\n".join(doc_repo.page_texts(db, doc.id)))
                    if language:
                        doc_repo.update_fields(db, doc.id, {"language": language})
                index.update_pages(work.document_id, read)
            position = self._position + len(work.pages)
            last_of_document = (
                position >= len(self._queued) or self._queued[position][0] != work.document_id
            )
            if last_of_document and doc.page_count and (read or self._read_in(doc.id)):
                archive.suggestions.refresh(work.document_id)
            archive.record(
                "document.ocr",
                f"#{work.document_id}",
                {
                    "pages": read,
                    "failed": failed,
                    "languages": self.languages,
                    "low_confidence": low,
                    **({"corrections_kept": kept} if kept else {}),
                },
            )
        self._position = position
        self._read += len(read)
        self._failed += len(failed)
        self._low += low
        if last_of_document:
            self._bytes = None
        return self.report

    def _read_in(self, doc_id: int) -> bool:
        return any(d == doc_id for d, _ in self._queued[: self._position])

    def run(
        self,
        archive: Archive,
        engine: OcrEngine,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> OcrReport:
        """Every step in this thread until done or cancelled (the CLI)."""
        batch = max(1, engine.processes * 2)
        while True:
            if cancel is not None and cancel.cancelled:
                return self.cancel()
            work = self.next_work(archive, batch)
            if work is None:
                break
            if progress:
                progress(self._progress(f"document #{work.document_id}"))
            results = self.read(engine, work, self.languages)
            self.store(archive, work, results)
        if progress:
            progress(self._progress(""))
        return self.report

    def _progress(self, current: str) -> Progress:
        return Progress(
            done=self._position,
            total=len(self._queued),
            current=current,
            imported=self._read,
            failed=self._failed,
        )


class OcrService:
    """The archive's OCR queue: what waits, what was read, and reading it."""

    def __init__(self, archive: Archive) -> None:
        self._archive = archive
        self._db = archive.db

    def queue(self, document_id: int, pages: Sequence[int]) -> int:
        with self._db.atomic():
            return self._queued(ocr_repo.queue_pages(self._db, document_id, pages))

    def queue_again(self, document_id: int, pages: Sequence[int] | None = None) -> int:
        """Queue pages OCR read before (all of the document's, if ``pages`` is None) to be
        read once more, e.g. with other languages; hand corrections stay the page text."""
        with self._db.atomic():
            read = sorted(ocr_repo.read_pages(self._db, document_id))
            wanted = read if pages is None else [p for p in pages if p in set(read)]
            return self._queued(ocr_repo.queue_pages(self._db, document_id, wanted, again=True))

    def _queued(self, count: int) -> int:
        """Pages queued: a document's pages wait to be read (a window starts reading)."""
        if count:
            self._archive.note_changes(DOCUMENTS)
        return count

    def counts(self) -> tuple[int, int]:
        """(pages waiting, pages that failed twice)."""
        return ocr_repo.counts(self._db)

    def pages(self, document_id: int) -> dict[int, OcrPage]:
        """What OCR read on each page of a document (page number -> page)."""
        pages: dict[int, OcrPage] = {}
        for number, stored in ocr_repo.read_pages(self._db, document_id).items():
            page = OcrPage.from_words(stored.words, languages=stored.languages)
            pages[number] = page if stored.corrected is None else corrected(page, stored.corrected)
        return pages

    def machine_text(self, document_id: int, page_no: int) -> tuple[str, str | None]:
        """(what OCR read on the page, the hand correction or None)."""
        stored = ocr_repo.read_pages(self._db, document_id).get(page_no)
        if stored is None:
            raise NotFound(f"page {page_no} of document #{document_id} was not read by OCR")
        return stored.text, stored.corrected

    def correct(self, document_id: int, page_no: int, text: str | None) -> None:
        """Keep ``text`` as the hand correction of a page OCR read (None or the machine's
        own text: drop it). The page is indexed again, its document's suggestions are
        recomputed and the change is audited (lengths, not the words)."""
        machine, before = self.machine_text(document_id, page_no)
        if text is not None and (not text.strip() or text == machine):
            text = None
        archive = self._archive
        with self._db.atomic(), archive.index.writing() as index:
            ocr_repo.correct_page(self._db, document_id, page_no, text)
            index.update_pages(document_id, [page_no])
            archive.suggestions.refresh(document_id)
            archive.record(
                "document.ocr_correct",
                f"#{document_id}",
                {
                    "page": page_no,
                    "machine_chars": len(machine),
                    "before_chars": len(machine if before is None else before),
                    "corrected_chars": None if text is None else len(text),
                },
            )

    def doubtful(self, document_ids: Sequence[int]) -> tuple[int, int]:
        """(pages read with low confidence, pages not read yet) among these documents."""
        return (
            ocr_repo.low_confidence(self._db, document_ids, LOW_CONFIDENCE),
            ocr_repo.unread(self._db, document_ids),
        )

    def scans(self, document_ids: Sequence[int]) -> ScanReport:
        """What an export of these documents should tell about their scanned pages."""
        return ScanReport(
            scanned=ocr_repo.scanned_count(self._db, document_ids),
            doubtful=ocr_repo.doubtful_pages(self._db, document_ids, LOW_CONFIDENCE),
            unread=ocr_repo.unread(self._db, document_ids),
        )

    def run(
        self,
        document_ids: Sequence[int] | None = None,
        *,
        languages: str = DEFAULT_LANGUAGES,
        retry_failed: bool = False,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
        processes: int = 0,
    ) -> OcrReport:
        """Read every queued page (of ``document_ids``, if given) here and now."""
        job = OcrJob.plan(
            self._archive, document_ids, languages=languages, retry_failed=retry_failed
        )
        if not job.report.total:
            return job.report
        limits = ocr_limits(self._archive)
        limits = OcrLimits(worker_launcher=limits.worker_launcher, processes=processes)
        with OcrEngine(limits) as engine:
            return job.run(self._archive, engine, progress=progress, cancel=cancel)
