"""archive_app layer: importing files and folders into the archive.

Files are written in batches: one transaction per batch holds the documents
and the index segment that makes them searchable, so after a crash both agree.
Inside it each document (an e-mail together with its attachments) has its own
savepoint: bytes, metadata, page texts, links, index entries and the audit
entry, or nothing. A bad file is reported and skipped; the batch goes on. Cancelling
stops between files and keeps everything committed so far.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from archive_app import metadata
from archive_app.errors import ArchiveError, ImportFailed, StorageFull
from archive_app.ocr import pages_to_read
from archive_app.prefetch import Prefetcher
from archive_app.suggestions import NewDocuments
from archive_app.tasks import CancelToken, Progress, ProgressCallback
from indexing.extract import Extraction, Extractor, Limits, Source
from indexing.language import guess_language
from indexing.search import IndexBatch
from storage import blobs
from storage import documents as repo
from storage import ocr as ocr_repo
from storage import registry as reg_repo

if TYPE_CHECKING:
    from archive_app.session import Archive

IMPORTED, DUPLICATE, FAILED = "imported", "duplicate", "failed"
# A batch of files shares one transaction and one index commit (much faster than one
# each); it is closed early when big or slow, so a crash loses at most some seconds.
# Each batch is one index segment, and segments of about the same size are merged
# (indexing.search.index.choose_merge, tiers of 6x): batches of about 1,300 pages or
# more start one tier up, so every page is merged about once less. Importing the 8,000
# bench files, the index builder used 88 s CPU with batches of 200 files or 5 s (often
# 60-130 files on a busy machine), 62 s with these.
BATCH_FILES = 500
BATCH_PAGES = 2_000  # bounds the segment a builder holds in memory
BATCH_BYTES = 64 * 1024 * 1024
BATCH_SECONDS = 15.0
MAX_NESTING = 16  # attachments of attachments of ... (a forwarded forward)
# Pages are analysed and written into index segments by a worker process while this one
# stores the documents (indexing.search.builders); for a few files, here.
BUILDER_MIN_FILES = 20
BUILDER_PROCESSES = 1


@dataclass(frozen=True)
class ImportOptions:
    """Metadata given at import; None means "guess" (type, language, date) or the default."""

    doc_type: str | None = None
    language: str | None = None
    doc_date: str | None = None
    confidentiality: str = "confidential"
    source: str = ""
    title: str | None = None
    cases: tuple[str, ...] = ()
    suggest: bool = True  # propose person and article tags from the text
    ocr: bool = True  # queue image pages (scans, photos) to be read by OCR

    def validated(self) -> ImportOptions:
        return ImportOptions(
            doc_type=metadata.check_type(self.doc_type) if self.doc_type else None,
            language=metadata.check_language(self.language),
            doc_date=metadata.check_date(self.doc_date),
            confidentiality=metadata.check_confidentiality(self.confidentiality),
            source=self.source.strip(),
            title=self.title.strip() if self.title else None,
            cases=self.cases,
            suggest=self.suggest,
            ocr=self.ocr,
        )


@dataclass(frozen=True)
class Outcome:
    name: str
    status: str
    message: str = ""
    document_id: int | None = None


@dataclass
class ImportReport:
    outcomes: list[Outcome] = field(default_factory=list)
    cancelled: bool = False
    stopped: str = ""

    def _count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def imported(self) -> int:
        return self._count(IMPORTED)

    @property
    def duplicates(self) -> int:
        return self._count(DUPLICATE)

    @property
    def failed(self) -> int:
        return self._count(FAILED)

    @property
    def document_ids(self) -> list[int]:
        return [o.document_id for o in self.outcomes if o.status == IMPORTED and o.document_id]


def collect_files(paths: Sequence[Path]) -> list[Path]:
    """Files named directly, plus every file under named folders (recursively, sorted)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found += [Path(root) / f for f in sorted(files) if not f.startswith(".")]
        else:
            found.append(path)
    return found


@contextlib.contextmanager
def _reading_ahead(limits: Limits, files: list[Path]) -> Iterator[Prefetcher]:
    ahead = Prefetcher(limits, files)
    try:
        yield ahead
    finally:
        ahead.close()


@contextlib.contextmanager
def _builders_stopped(archive: Archive) -> Iterator[None]:
    """The index builder processes go when the import ends (they hold memory)."""
    try:
        yield
    finally:
        archive.index.stop_builders()


def _sha256(stream: BinaryIO) -> str:
    digest = hashlib.sha256()
    for chunk in iter(lambda: stream.read(blobs.CHUNK_SIZE), b""):
        digest.update(chunk)
    return digest.hexdigest()


@dataclass
class _Batch:
    """Files written in one transaction: committed, with their index segment, together."""

    outcomes: list[Outcome] = field(default_factory=list)
    files: int = 0
    bytes: int = 0
    pages: int = 0  # pages of the documents written (what the index segment holds)
    started: float = field(default_factory=time.monotonic)

    def add(self, outcomes: list[Outcome], path: Path, pages: int) -> None:
        self.outcomes += outcomes
        self.files += 1
        self.pages += pages
        if any(o.status == IMPORTED for o in outcomes):
            with contextlib.suppress(OSError):
                self.bytes += path.stat().st_size

    def full(self) -> bool:
        return (
            self.files >= BATCH_FILES
            or self.pages >= BATCH_PAGES
            or self.bytes >= BATCH_BYTES
            or time.monotonic() - self.started >= BATCH_SECONDS
        )


@dataclass
class _Item:
    """One document about to be written: where its bytes come from and what was read."""

    source: Source
    sha256: str
    extraction: Extraction
    parent: _Item | None = None
    document_id: int | None = None
    label: str = ""


@dataclass
class _Tree:
    """The parts of one imported file: documents to write (parents first), links from a
    parent to a file stored once (already in the archive, or met earlier in this file),
    and the outcomes of parts that were not written."""

    seen: dict[str, _Item]
    items: list[_Item] = field(default_factory=list)
    links: list[tuple[_Item, _Item | int, str]] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)


class ImportService:
    def __init__(self, archive: Archive) -> None:
        self._archive = archive
        self._db = archive.db
        self._suggestions: NewDocuments | None = None
        self._ahead: Prefetcher | None = None
        self._pages = 0  # pages of the documents written for the file under way

    def import_paths(
        self,
        paths: Sequence[Path],
        options: ImportOptions | None = None,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
        on_outcome: Callable[[Outcome], None] | None = None,
    ) -> ImportReport:
        options = (options or ImportOptions()).validated()
        case_ids = [reg_repo.find_case(self._db, ref).id for ref in options.cases]
        own = self._archive.path.resolve()
        own_files = {own, own.with_name(own.name + "-journal"), own.with_name(own.name + "-wal")}
        files = [f for f in collect_files(paths) if f.resolve() not in own_files]
        if options.title and len(files) > 1:
            options = ImportOptions(**{**options.__dict__, "title": None})
        report = ImportReport()
        self._suggestions = NewDocuments(self._archive) if options.suggest else None
        queue = list(reversed(files))
        processed = 0
        committed: Counter[str] = Counter()  # the report's outcomes by status, kept as they come
        limits = self._archive.settings.limits()
        if len(files) >= BUILDER_MIN_FILES:  # a few files: not worth starting a process
            self._archive.index.use_builders(limits.worker_launcher, BUILDER_PROCESSES)
        with (
            Extractor(limits) as extractor,
            _reading_ahead(limits, files) as ahead,
            _builders_stopped(self._archive),
        ):
            self._ahead = ahead
            while queue and not (report.cancelled or report.stopped):
                batch = _Batch()
                try:
                    with self._db.atomic(), self._archive.index.writing() as index:
                        while queue and not batch.full():
                            path = queue[-1]
                            if progress:
                                progress(
                                    self._progress(
                                        committed, processed, len(files), path.name, batch.outcomes
                                    )
                                )
                            if cancel is not None and cancel.cancelled:
                                report.cancelled = True
                                break
                            queue.pop()
                            processed += 1
                            self._pages = 0
                            try:
                                outcomes = self._import_one(
                                    extractor, path, options, case_ids, index
                                )
                            except StorageFull as exc:
                                outcomes = [Outcome(str(path), FAILED, str(exc))]
                                report.stopped = str(exc)
                            batch.add(outcomes, path, self._pages)
                            if report.stopped:
                                break
                except StorageFull as exc:  # the commit itself found the disk full
                    report.stopped = str(exc)
                    batch.outcomes = [
                        Outcome(o.name, FAILED, str(exc)) if o.status == IMPORTED else o
                        for o in batch.outcomes
                    ]
                report.outcomes += batch.outcomes
                committed.update(o.status for o in batch.outcomes)
                if on_outcome:
                    for outcome in batch.outcomes:
                        on_outcome(outcome)
                self._archive.index.reclaim_space()
            if not (report.cancelled or report.stopped):
                self._archive.index.settle_merges()  # the merge a builder still runs
            if progress:
                progress(self._progress(committed, processed, len(files), ""))
        return report

    @staticmethod
    def _progress(
        committed: Counter[str],
        done: int,
        total: int,
        current: str,
        pending: Sequence[Outcome] = (),
    ) -> Progress:
        """Counts include the batch under way (``pending``): a window or a bar shows them
        live, not only when the batch commits (a small import is one batch). ``committed``
        counts the report's outcomes by status (counted once each, not at every file)."""

        def count(status: str) -> int:
            return sum(1 for o in pending if o.status == status)

        return Progress(
            done=done,
            total=total,
            current=current,
            imported=committed[IMPORTED] + count(IMPORTED),
            duplicates=committed[DUPLICATE] + count(DUPLICATE),
            failed=committed[FAILED] + count(FAILED),
        )

    # -- one file -------------------------------------------------------------------------
    def _import_one(
        self,
        extractor: Extractor,
        path: Path,
        options: ImportOptions,
        case_ids: list[int],
        index: IndexBatch,
    ) -> list[Outcome]:
        name = str(path)
        try:
            if not path.is_file():
                raise ImportFailed("not a file or not found")
            source = Source.from_path(path)
            ahead = self._ahead.take(path) if self._ahead is not None else None
            if ahead is not None:  # read, hashed and extracted by the reader thread
                sha = ahead.sha256
            elif source.size and source.size <= extractor.limits.max_file_bytes:
                with path.open("rb") as fh:
                    sha = _sha256(fh)
            else:
                sha = ""
            if sha:
                existing = repo.id_by_sha256(self._db, sha)
                if existing is not None:
                    return [
                        Outcome(name, DUPLICATE, f"already in the archive as #{existing}", existing)
                    ]
            if ahead is not None and ahead.error is not None:
                raise ahead.error
            if ahead is not None and ahead.extraction is not None:
                extraction = ahead.extraction
            else:  # raises for empty / too large / bad files
                extraction = extractor.extract(source)
        except StorageFull:
            raise
        except ArchiveError as exc:
            return [Outcome(name, FAILED, str(exc))]
        except OSError as exc:
            return [Outcome(name, FAILED, f"cannot read the file: {exc.strerror or exc}")]
        item = _Item(source, sha, extraction)
        tree = _Tree(seen={sha: item} if sha else {})
        self._children(extractor, item, name, tree, depth=0)
        try:
            with self._db.atomic(), index.staged():
                for each in (item, *tree.items):
                    self._write(each, options, case_ids)
                for parent, target, filename in tree.links:
                    assert parent.document_id is not None
                    child_id = target if isinstance(target, int) else target.document_id
                    assert child_id is not None
                    repo.link_attachment(self._db, parent.document_id, child_id, filename)
                # Only once every row of the item is written do its pages go to the index.
                for each in (item, *tree.items):
                    assert each.document_id is not None
                    index.add(each.document_id, each.extraction.pages)
        except ArchiveError as exc:
            if isinstance(exc, StorageFull):
                raise
            return [Outcome(name, FAILED, str(exc))]
        except OSError as exc:
            return [Outcome(name, FAILED, f"cannot read the file: {exc.strerror or exc}")]
        result = [Outcome(name, IMPORTED, _describe(item.extraction), item.document_id)]
        result += [
            Outcome(each.label, IMPORTED, _describe(each.extraction), each.document_id)
            for each in tree.items
        ]
        return result + tree.outcomes

    def _children(
        self, extractor: Extractor, parent: _Item, parent_name: str, tree: _Tree, depth: int
    ) -> None:
        """Every part of ``parent`` (and of its parts) as items to write, links to files
        already stored, or outcomes for parts that could not be read."""
        for attachment in parent.extraction.attachments:
            label = f"{parent_name} › {attachment.filename}"
            sha = hashlib.sha256(attachment.data).hexdigest()
            existing = repo.id_by_sha256(self._db, sha)
            if existing is not None:
                tree.links.append((parent, existing, attachment.filename))
                tree.outcomes.append(
                    Outcome(
                        label, DUPLICATE, f"already in the archive as #{existing}; linked", existing
                    )
                )
                continue
            if sha in tree.seen:
                tree.links.append((parent, tree.seen[sha], attachment.filename))
                tree.outcomes.append(Outcome(label, DUPLICATE, "attached twice; linked"))
                continue
            source = Source(name=attachment.filename, data=attachment.data)
            if attachment.extraction is not None:
                extraction = attachment.extraction
            else:
                try:
                    extraction = extractor.extract(source)
                except ArchiveError as exc:
                    reason = str(exc)
                    tree.outcomes.append(
                        Outcome(label, FAILED, f"{reason} (kept inside the stored e-mail)")
                    )
                    parent.extraction.lost.append(f"{attachment.filename}: {reason}")
                    continue
            child = _Item(source, sha, extraction, parent=parent, label=label)
            tree.seen[sha] = child
            tree.items.append(child)
            if depth + 1 < MAX_NESTING:
                self._children(extractor, child, label, tree, depth + 1)
            elif extraction.attachments:
                extraction.lost.append(
                    f"{len(extraction.attachments)} part(s) nested more than {MAX_NESTING} deep"
                )

    def _write(self, item: _Item, options: ImportOptions, case_ids: list[int]) -> None:
        ex = item.extraction
        filename = item.source.name
        new = repo.NewDocument(
            title=options.title
            if options.title and item.parent is None
            else (ex.title or metadata.title_from_filename(filename)),
            doc_type=options.doc_type or metadata.guess_type(filename, ex.media_type),
            language=options.language or guess_language(ex.text),
            doc_date=options.doc_date or ex.date,
            source=options.source,
            confidentiality=options.confidentiality,
            filename=filename,
            media_type=ex.media_type,
            page_count=ex.page_count,
            status=ex.status,
            parent_id=item.parent.document_id if item.parent else None,
        )
        with _open(item.source) as stream:
            size = item.source.size
            doc_id = repo.insert(self._db, new, sha256=item.sha256, size=size)
            written, digest = blobs.write_chunks(self._db, doc_id, stream)
        if digest != item.sha256 or written != size:
            raise ImportFailed("the file changed while it was being imported; try again")
        repo.insert_pages(self._db, doc_id, ex.pages)
        self._pages += len(ex.pages)
        if options.ocr:
            ocr_repo.queue_pages(self._db, doc_id, pages_to_read(ex))
        if self._suggestions is not None and ex.pages:
            self._suggestions.refresh(doc_id, ex.pages)
        for case_id in case_ids:
            repo.link(self._db, "case", doc_id, case_id, actor=self._archive.actor, source="import")
        self._archive.record(
            "document.import",
            f"#{doc_id}",
            {
                "sha256": item.sha256,
                "filename": filename,
                "pages": ex.page_count,
                "status": ex.status,
                "parent": new.parent_id,
                "lost": ex.lost,
            },
        )
        item.document_id = doc_id


def _open(source: Source) -> BinaryIO:
    if source.data is not None:
        return io.BytesIO(source.data)
    assert source.path is not None
    return source.path.open("rb")


def _describe(extraction: Extraction) -> str:
    pages = f"{extraction.page_count} page{'s' if extraction.page_count != 1 else ''}"
    notes = [n for n in extraction.notes if not n.startswith("decoded as")]
    lost = extraction.lost
    if lost:
        parts = "1 part" if len(lost) == 1 else f"{len(lost)} parts"
        notes.append(f"{parts} could not be read: " + "; ".join(lost))
    return f"{pages}; " + "; ".join(notes) if notes else pages
