"""indexing layer: the full-text index of an archive: open, write in step with the
documents, verify, rebuild.

Writes happen inside the caller's SQLite transaction: ``with db.atomic():
with index.writing() as batch: batch.add(...)``. The Whoosh commit writes its
files as rows of that same transaction, so after a crash the documents and the
index agree (both or neither).

A rebuild is built aside: two index names take turns (``MAIN`` and ``NEXT``; the one
searched is recorded in ``index_meta``). ``begin_rebuild`` starts an empty index under
the other name, ``writing(aside=True)`` fills it batch by batch, and ``finish_rebuild``
switches the name and drops the old files in one transaction. Until then the old index
answers every search, so a rebuild interrupted by Ctrl+C, a lock, kill -9 or a full disk
leaves it as it was; its leftover files are dropped by the next rebuild.

The status on open reads no index file: every commit records a checksum of the index's
files (``files:<name>`` in ``index_meta``, same transaction), and a change to what the
index holds notes its document in ``index_pending`` until a commit takes it in. Nothing
pending and the files as recorded: current. Otherwise, or when the files changed behind
the meta, the full comparison decides (and, if it finds the index current, records it).
"""

from __future__ import annotations

import math
import pickle
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from whoosh.index import EmptyIndexError, FileIndex
from whoosh.index import IndexError as WhooshIndexError

from indexing.search.batch import IndexBatch, IndexBatchBroken, notes_text
from indexing.search.builders import (
    BuildersStopped,
    BuiltSegment,
    SegmentBuilders,
    SourceSegment,
)
from indexing.search.codec import index_codec
from indexing.search.lengths import read_lengths_once
from indexing.search.merging import add_segments
from indexing.search.schema import INDEX_SCHEMA_VERSION, NOTES_PAGE, build_schema
from indexing.search.storage import ArchiveStorage
from indexing.search.termpool import use_term_pool
from storage import documents as doc_repo
from storage import index_files
from storage import notes as note_repo
from storage.errors import ArchiveClosed, TransactionLost

if TYPE_CHECKING:
    from whoosh.searching import Searcher

    from storage.database import Database

INDEX_NAME = "MAIN"  # the name of a new archive's index
INDEX_NAMES = ("MAIN", "NEXT")  # a rebuild writes under the name not in use, then swaps
OK, MISSING, STALE, DAMAGED = "ok", "missing", "stale", "damaged"
RECLAIM_AFTER_FREE_PAGES = 256


@dataclass(frozen=True)
class IndexStatus:
    state: str
    message: str

    @property
    def ok(self) -> bool:
        return self.state == OK


_meta = index_files.meta
_set_meta = index_files.set_meta


def _files_key(index_name: str) -> str:
    return f"files:{index_name}"


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


MAX_MERGE_PAGES = 20_000  # a segment this big is never merged again (bounded memory)
MERGE_FACTOR = 6  # merge when this many segments of about the same size exist


def choose_merge(segments: list[Any]) -> list[Any]:
    """Whoosh merge policy, tiered: segments are grouped by order of magnitude of their
    size, and a group is merged once it holds MERGE_FACTOR segments, so every page is
    rewritten only a logarithmic number of times. A segment past MAX_MERGE_PAGES is never
    touched again, so no commit rewrites the bulk of a large index. Returns the segments
    to merge into one (none: nothing to merge)."""
    tiers: dict[int, list[Any]] = {}
    for seg in segments:
        size = seg.doc_count_all()
        if size < MAX_MERGE_PAGES:
            tiers.setdefault(int(math.log(max(size, 1), MERGE_FACTOR)), []).append(seg)
    for tier in sorted(tiers):
        group = tiers[tier]
        if len(group) < MERGE_FACTOR:
            continue
        chosen: list[Any] = []
        total = 0
        for seg in sorted(group, key=lambda s: s.doc_count_all()):
            if chosen and total + seg.doc_count_all() > MAX_MERGE_PAGES:
                break
            chosen.append(seg)
            total += seg.doc_count_all()
        if len(chosen) >= 2:
            return chosen
    return []


def merge_bounded(writer: Any, segments: list[Any]) -> list[Any]:
    """The merge policy (``choose_merge``) run in the writer; returns the segments left
    as they are."""
    chosen = choose_merge(segments)
    if not chosen:
        return segments
    add_segments(writer, chosen)  # streamed, term by term: bounded memory
    return [s for s in segments if s not in chosen]


def _commit(writer: Any, built: list[Any]) -> None:
    """``writer.commit(mergetype=merge_bounded)`` with segments built elsewhere (already
    stored) added to the index: the merge policy sees them with the others."""
    writer._check_state()
    final = merge_bounded(writer, [*writer.segments, *built])
    if writer._added:
        final.append(writer._finalize_segment())
    else:
        writer._close_segment()
    writer._commit_toc(final)
    writer._finish()


@dataclass
class _PendingMerge:
    """A merge a builder runs: the index, its sources (segment id -> deleted pages then)
    and the merged segment to come."""

    index_name: str
    sources: dict[str, int]
    future: Future[BuiltSegment | None]


class SearchIndex:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._storage = ArchiveStorage(db)
        self._index: FileIndex | None = None
        self._searcher: Searcher | None = None
        self._builders: SegmentBuilders | None = None
        self._merging: _PendingMerge | None = None
        self._rebuilt: set[int] = set()  # documents written into the index built aside

    def use_builders(self, launcher: str, processes: int) -> None:
        """Analyse and write new pages in ``processes`` worker processes (started through
        ``launcher``, as the PDF sandbox is) instead of in this one; 0: in this one."""
        if self._builders is not None and self._builders.processes == processes:
            return
        self.stop_builders()
        if processes > 0:
            self._builders = SegmentBuilders(launcher, processes)

    def stop_builders(self) -> None:
        self._merging = None
        builders, self._builders = self._builders, None
        if builders is not None:
            builders.close()

    # -- names --------------------------------------------------------------------------
    @property
    def name(self) -> str:
        """The name of the index that searches read (the other one is built aside)."""
        stored = _meta(self._db, "name")
        return stored if stored in INDEX_NAMES else INDEX_NAME

    @property
    def aside_name(self) -> str:
        return INDEX_NAMES[1] if self.name == INDEX_NAMES[0] else INDEX_NAMES[0]

    def _has_toc(self, index_name: str) -> bool:
        toc = re.compile(rf"^_{index_name}_[0-9]+\.toc$")
        return any(toc.match(name) for name in self._storage.list())

    # -- state --------------------------------------------------------------------------
    def exists(self) -> bool:
        return self._has_toc(self.name)

    def status(self, *, full: bool = True) -> IndexStatus:
        """Whether the index can answer for every document. ``full`` compares every indexed
        document with the stored ones (``check``); otherwise version and state, nothing
        pending and the index files as their last commit recorded them (a few reads), and
        the full comparison when those do not vouch for it."""
        if not self.exists():
            return IndexStatus(MISSING, "the archive has no search index yet")
        if (
            _meta(self._db, "version") != str(INDEX_SCHEMA_VERSION)
            or _meta(self._db, "state") != "ready"
        ):
            return IndexStatus(STALE, "the search index is from an older version or incomplete")
        if not full and self._vouched(self.name):
            return IndexStatus(OK, "search index is current")
        # (the meta does not vouch for the index: every document is compared)
        try:
            indexed = self.indexed_document_ids()
        except Exception as exc:  # any failure to read the index means it is damaged
            return IndexStatus(DAMAGED, f"the search index cannot be read ({type(exc).__name__})")
        stored = {doc_id for doc_id, _pages in doc_repo.page_counts(self._db)}
        if indexed != stored:
            missing, extra = len(stored - indexed), len(indexed - stored)
            return IndexStatus(
                STALE,
                f"the search index disagrees with the documents ({missing} missing, {extra} extra)",
            )
        try:
            differing = self.documents_whose_entries_differ()
        except Exception as exc:  # any failure to read the index means it is damaged
            return IndexStatus(DAMAGED, f"the search index cannot be read ({type(exc).__name__})")
        if differing:
            shown = ", ".join(f"#{d}" for d in differing[:10]) + (
                ", ..." if len(differing) > 10 else ""
            )
            return IndexStatus(
                STALE,
                f"the search index holds other text than {len(differing)} document(s) ({shown})",
            )
        self._vouch()
        return IndexStatus(OK, f"search index agrees with all {len(stored)} documents")

    def _vouched(self, index_name: str) -> bool:
        """Nothing pending, and the index's files as its last commit recorded them."""
        recorded = _meta(self._db, _files_key(index_name))
        return (
            recorded is not None
            and recorded == index_files.fingerprint(self._db, index_name)
            and not index_files.anything_pending(self._db)
        )

    def _record_files(self, index_name: str) -> None:
        """The index's files, as this process just committed them (same transaction)."""
        _set_meta(self._db, _files_key(index_name), index_files.fingerprint(self._db, index_name))

    def _vouch(self) -> None:
        """The full comparison found the index current: recorded, so the next status on
        open is a few reads (own transaction, or a savepoint in the caller's)."""
        if self._vouched(self.name):
            return
        with suppress(Exception), self._db.atomic():  # a read-only moment: not worth failing
            index_files.forget_all_pending(self._db)
            self._record_files(self.name)

    def documents_whose_entries_differ(self) -> list[int]:
        """Documents whose index entries are not exactly their pages: a page indexed twice
        or missing, or a page whose indexed word count differs from its stored text (the
        entries of another, rolled-back document under a reused id)."""
        from whoosh.util.numeric import byte_to_length, length_to_byte

        reader = self.searcher().reader()
        if not reader.doc_count_all():
            return []  # no entries at all: the id comparison already judged that
        field = reader.schema["plain"]
        entries: dict[int, dict[int, list[int]]] = {}
        doc_column = reader.column_reader("doc")
        page_column = reader.column_reader("page")
        for docnum in reader.all_doc_ids():
            doc_id = int(_text(doc_column[docnum]))
            page = int(page_column[docnum])
            length = int(reader.doc_field_length(docnum, "plain", 0) or 0)
            entries.setdefault(doc_id, {}).setdefault(page, []).append(length)
        differing: list[int] = []
        noted = note_repo.documents_with_notes(self._db)
        for doc_id, page_count in doc_repo.page_counts(self._db):
            pages = entries.get(doc_id, {})
            wanted = set(range(1, page_count + 1)) or {0}
            if doc_id in noted:
                wanted.add(NOTES_PAGE)
            if set(pages) != wanted or any(len(v) != 1 for v in pages.values()):
                differing.append(doc_id)
                continue
            if doc_id in noted:
                text = notes_text(note_repo.texts(self._db, doc_id))
                tokens = sum(freq for _word, freq, _weight, _value in field.index(text))
                if pages[NOTES_PAGE][0] != (
                    byte_to_length(length_to_byte(tokens)) if tokens else 0
                ):
                    differing.append(doc_id)
                    continue
            texts = doc_repo.page_texts(self._db, doc_id) or [""]
            for page_no, text in enumerate(texts, start=1 if page_count else 0):
                tokens = sum(freq for _word, freq, _weight, _value in field.index(text))
                expected = byte_to_length(length_to_byte(tokens)) if tokens else 0
                if pages[page_no][0] != expected:
                    differing.append(doc_id)
                    break
        return differing

    def indexed_document_ids(self) -> set[int]:
        """Documents with live (not deleted) entries; the lexicon alone keeps deleted ones."""
        reader = self.searcher().reader()
        if not reader.doc_count_all():
            return set()
        column = reader.column_reader("doc")
        return {int(_text(column[n])) for n in reader.all_doc_ids()}

    # -- opening ------------------------------------------------------------------------
    def _open(self) -> FileIndex:
        if self._index is None:
            if not self.exists():
                raise EmptyIndexError("no index")
            try:
                self._index = FileIndex(self._storage, indexname=self.name)
            except (WhooshIndexError, pickle.UnpicklingError, AttributeError, EOFError) as exc:
                raise EmptyIndexError(f"unreadable index: {exc}") from exc
        return self._index

    def create_empty(self) -> None:
        """A fresh, empty index (inside the caller's transaction); any other is dropped."""
        self.invalidate()
        self._storage.destroy()
        self._index = FileIndex.create(self._storage, build_schema(), self.name)
        _set_meta(self._db, "version", str(INDEX_SCHEMA_VERSION))
        _set_meta(self._db, "state", "ready")
        self._record_files(self.name)

    def ensure(self) -> None:
        """Create the index for a new, empty archive; leave an existing one alone."""
        if not self.exists() and not doc_repo.count(self._db):
            with self._db.atomic():
                self.create_empty()

    def searcher(self) -> Searcher:
        if self._searcher is None:
            from indexing.search.searching import keep_lengths_in_memory

            searcher = self._open().searcher()
            keep_lengths_in_memory(searcher.reader())
            self._searcher = searcher
        return self._searcher

    def invalidate(self) -> None:
        """Drop open readers (their blobs go stale once the index files change)."""
        if self._searcher is not None:
            try:
                self._searcher.close()
            finally:
                self._searcher = None
        self._index = None

    def close(self) -> None:
        self.stop_builders()
        self.invalidate()

    # -- writing ------------------------------------------------------------------------
    @contextmanager
    def writing(
        self,
        *,
        aside: bool = False,
        settle: bool = False,
        stop: Callable[[], bool] | None = None,
    ) -> Iterator[IndexBatch]:
        """A writer for the current transaction; commits the index when the block ends.
        ``aside``: write the index being rebuilt (``begin_rebuild``), not the one searched.
        ``settle``: commit even without changes, taking in a merge under way.
        ``stop``: asked while the commit waits for the builders; True (or a lock, which
        aborts the connection) stops them and the batch (``BuildersStopped``, or
        ``ArchiveClosed`` after a lock) instead of waiting for their pages."""
        if not self._db.in_transaction:
            raise RuntimeError("index writes must run inside a database transaction")
        self.invalidate()
        if aside:
            if not self._has_toc(self.aside_name):
                raise RuntimeError("no rebuild under way: call begin_rebuild first")
            target_name = self.aside_name
            target = FileIndex(self._storage, indexname=target_name)
        else:
            if not self.exists():
                self.create_empty()
            target_name = self.name
            target = self._open()
        # files changed behind the meta stay unvouched after this commit too
        recorded = _meta(self._db, _files_key(target_name))
        vouched = recorded == index_files.fingerprint(self._db, target_name)
        # postings grouped by term (no sorted runs); lengths read once per field at commit
        writer = use_term_pool(read_lengths_once(target.writer(limitmb=128, codec=index_codec())))
        builders = self._builders
        if builders is not None:
            db = self._db
            builders.stopped = lambda: db.aborted or (stop is not None and stop())
        batch = IndexBatch(self._db, writer, builders, target_name)
        try:
            yield batch
        except BaseException:
            writer.cancel()
            if builders is not None:
                builders.cancel()
            self.invalidate()
            raise
        try:
            if batch.broken:
                raise IndexBatchBroken("the index writer failed; the batch was not committed")
            if not self._db.transaction_alive():
                raise TransactionLost()
            if builders is not None and (batch.changed or settle):
                try:
                    segments = builders.finish()
                except BuildersStopped as exc:
                    self.stop_builders()  # closed: later batches are written here
                    if self._db.aborted:
                        raise ArchiveClosed() from exc
                    raise
                built = [self._store_segment(writer, target_name, s) for s in segments]
                self._commit_beside(writer, target_name, builders, built, wait=settle)
            elif batch.changed:
                _commit(writer, [])
            else:
                writer.cancel()
                if builders is not None:
                    builders.cancel()
            if vouched:
                self._record_files(target_name)
            if aside:
                self._rebuilt |= batch.touched
            else:
                index_files.forget_pending(self._db, batch.touched)
        except BaseException:
            if not writer.is_closed:
                with suppress(Exception):
                    writer.cancel()
            if builders is not None:
                builders.cancel()
            raise
        finally:
            self.invalidate()

    def _commit_beside(
        self,
        writer: Any,
        index_name: str,
        builders: SegmentBuilders,
        built: list[Any],
        *,
        wait: bool = False,
    ) -> None:
        """Commit with merges run by a builder process beside the next batch: the merge
        chosen by this commit is taken in by the next commit of the same index (if its
        segments are still as they were; a builder answers in order, so it is there by
        then), and the writer never waits for a merge. ``wait``: for the one under way."""
        segments = self._take_merged(writer, index_name, [*writer.segments, *built], wait)
        writer._check_state()
        if writer._added:  # (pages given to this writer, not to the builders)
            segments.append(writer._finalize_segment())
        else:
            writer._close_segment()
        writer._commit_toc(segments)
        writer._finish()
        if self._merging is None:
            chosen = choose_merge(segments)
            if chosen:
                sources = [self._source(index_name, segment) for segment in chosen]
                counts = {segment.segid: segment.deleted_count() for segment in chosen}
                future = builders.merge(index_name, sources)
                self._merging = _PendingMerge(index_name, counts, future)

    def _take_merged(
        self, writer: Any, index_name: str, segments: list[Any], wait: bool
    ) -> list[Any]:
        """``segments`` with the sources of the merge under way replaced by its result,
        when it is there and they are unchanged; else as they are."""
        pending, self._merging = self._merging, None
        if pending is None or pending.index_name != index_name:
            return segments
        if not wait and not pending.future.done():
            self._merging = pending  # not there yet: the next commit looks again
            return segments
        try:
            merged = pending.future.result()
        except Exception:  # a builder that failed: the segments stay as they are
            return segments
        current = {segment.segid: segment for segment in segments}
        if merged is None or any(
            segid not in current or current[segid].deleted_count() != count
            for segid, count in pending.sources.items()
        ):
            return segments
        kept = [s for s in segments if s.segid not in pending.sources]
        return [*kept, self._store_segment(writer, index_name, merged)]

    def _source(self, index_name: str, segment: Any) -> SourceSegment:
        prefix = f"{index_name}_{segment.segid}"
        files = {
            name: index_files.read(self._db, name)
            for name in self._storage.list()
            if name.startswith(prefix)
        }
        return SourceSegment(
            segment.segid,
            segment.doc_count_all(),
            sorted(segment.deleted_docs()),
            dict(getattr(segment, "_fieldlengths", {})),
            files,
        )

    def settle_merges(self, *, aside: bool = False) -> None:
        """Take in the merge a builder runs, if any (waits for it; own transaction)."""
        if self._merging is not None and self._builders is not None:
            with self._db.atomic(), self.writing(aside=aside, settle=True):
                pass

    def _store_segment(self, writer: Any, index_name: str, built: BuiltSegment) -> Any:
        """A worker's segment stored as files of this transaction; its Whoosh segment."""
        from whoosh.codec.whoosh3 import W3Segment

        for name, data in built.files.items():
            if not name.startswith(f"{index_name}_{built.segid}"):
                raise IndexBatchBroken("the index builder named a file of another index")
            index_files.write(self._db, name, data)
        segment = W3Segment(writer.codec, index_name, built.doccount, built.segid)
        segment.compound = True
        segment._fieldlengths = defaultdict(int, built.lengths)
        return segment

    def reclaim_space(self) -> None:
        """Give pages freed by segment merges back to the file system."""
        if self._db.free_pages() >= RECLAIM_AFTER_FREE_PAGES:
            self._db.reclaim_free_pages()

    # -- rebuilding aside -------------------------------------------------------------
    def begin_rebuild(self) -> None:
        """An empty index under the name not in use (inside the caller's transaction);
        files left there by an interrupted rebuild are dropped first. The index searched
        stays as it is."""
        self.invalidate()
        self._storage.destroy_index(self.aside_name)
        FileIndex.create(self._storage, build_schema(), self.aside_name)
        self._record_files(self.aside_name)
        self._rebuilt = set()

    def finish_rebuild(self) -> None:
        """Swap (inside the caller's transaction): the index built aside becomes the one
        searched, current and ready, and the old one's files are dropped."""
        if not self._has_toc(self.aside_name):
            raise RuntimeError("no rebuild under way: call begin_rebuild first")
        self.invalidate()
        old, new = self.name, self.aside_name
        _set_meta(self._db, "name", new)
        _set_meta(self._db, "version", str(INDEX_SCHEMA_VERSION))
        _set_meta(self._db, "state", "ready")
        self._storage.destroy_index(old)
        index_files.delete_meta(self._db, _files_key(old))
        # the documents the rebuild read are in; any other change stays pending (a document
        # removed meanwhile, say), for the full comparison on the next status
        index_files.forget_pending(self._db, self._rebuilt)
        self._rebuilt = set()

    def abandon_rebuild(self) -> None:
        """Drop what a cancelled rebuild wrote (inside the caller's transaction)."""
        self.invalidate()
        self._storage.destroy_index(self.aside_name)
        index_files.delete_meta(self._db, _files_key(self.aside_name))
        self._rebuilt = set()

    def size_bytes(self) -> int:
        return self._storage.total_size()
