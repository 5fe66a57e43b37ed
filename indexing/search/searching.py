"""indexing layer: run a search and shape the answer: documents with their matching
pages and snippets, facet counts, partial-result hints and a "did you mean"."""

from __future__ import annotations

import re
import time
import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from whoosh.collectors import TimeLimit, TimeLimitCollector

from indexing.search.batch import notes_text
from indexing.search.query import AnyOf, DocumentPlan, Part, QueryPlan, document_plan, plan_query
from indexing.search.schema import NOTES_PAGE
from indexing.search.scoring import OutOfTime, score_pages
from indexing.search.scoring import keep_lengths_in_memory as keep_lengths_in_memory
from indexing.search.snippets import (
    Snippet,
    WordMatcher,
    any_match,
    make_snippet,
    matches,
    word_matcher,
)
from storage import documents as doc_repo
from storage import notes as note_repo
from storage import search_rows

if TYPE_CHECKING:
    from indexing.search.index import SearchIndex
    from storage.database import Database

# best match; newest and oldest document date first (undated last); title; newest import
SORTS = ("relevance", "date", "date-asc", "title", "added")
FILTER_GROUPS = ("persons", "articles", "cases")  # facets that filter by id
_PLAIN_WORD = re.compile(r"(?<![\w:*?~\"])([^\W\d_]{3,})(?![\w:*?~])")
OPERATORS = {"and", "or", "not", "to"}


@dataclass(frozen=True)
class SearchRequest:
    text: str
    limit: int = 20
    offset: int = 0
    sort: str = "relevance"
    facets: bool = False
    time_limit: float = 3.0
    pages_per_hit: int = 20
    # (facet group, id): only documents linked to that person, article or case; by id, so
    # two persons whose names fold alike never share a filter
    filters: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class PageHit:
    page: int
    snippet: Snippet
    ocr: bool = False  # the page's text was read from its image by OCR


@dataclass
class DocumentHit:
    id: int
    title: str
    filename: str
    doc_type: str
    date: str | None
    score: float
    pages: list[PageHit] = field(default_factory=list)
    more_pages: int = 0
    note: Snippet | None = None  # the words found in the document's notes (issue 14)


@dataclass
class SearchResult:
    query: str
    total: int
    hits: list[DocumentHit]
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    facet_ids: dict[str, dict[str, int]] = field(default_factory=dict)  # group -> value -> id
    hints: list[str] = field(default_factory=list)
    suggestion: str | None = None
    stems: set[str] = field(default_factory=set)  # what to highlight, as the index matched it
    skeletons: set[str] = field(default_factory=set)

    @property
    def partial(self) -> bool:
        return bool(self.hints)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where this search's words occur in ``text`` (for highlighting a whole page)."""
        if not (self.stems or self.skeletons):
            return []
        return matches(text, self.stems, self.skeletons, set())


@dataclass
class _Found:
    """One document's share of a search: its score and its matching pages' scores."""

    score: float
    pages: dict[int, float] = field(default_factory=dict)

    def join(self, other: _Found) -> _Found:
        pages = dict(self.pages)
        for page, score in other.pages.items():
            pages[page] = pages.get(page, 0.0) + score
        return _Found(self.score + other.score, pages)


Found = dict[int, _Found]  # document id -> what matched in it


def _doc_id(raw: bytes | str) -> int:
    return int(raw.decode() if isinstance(raw, bytes) else raw)


class _PageTable:
    """The document and page of every Whoosh document number, read once per index reader
    (numbers only), for grouping many pages and limiting a part to some documents."""

    def __init__(self, reader: Any) -> None:
        self.docs = [_doc_id(raw) for raw in reader.column_reader("doc")]
        self.pages = [int(n) for n in reader.column_reader("page")]
        self.live = list(reader.all_doc_ids())

    def numbers_of(self, doc_ids: Found) -> set[int]:
        return {n for n, doc_id in enumerate(self.docs) if doc_id in doc_ids}


_TABLES: weakref.WeakKeyDictionary[Any, _PageTable] = weakref.WeakKeyDictionary()
# More hits than this: the whole page table is read (about 4 us a page) rather than each
# hit's columns (about 15 us a hit: a seek and a read in two columns)
TABLE_AFTER_HITS = 4_000
_LOCATED: weakref.WeakKeyDictionary[Any, int] = weakref.WeakKeyDictionary()


class _TimedCollector(TimeLimitCollector):  # type: ignore[misc]
    """Whoosh's time limit, keeping only the allowed page numbers (a FilterCollector inside a
    TimeLimitCollector is bypassed, and one outside it never sees the time run out). The
    clock is read every ``CLOCK_EVERY`` matches instead of Whoosh's timer thread: starting a
    thread for every query cost up to 10 ms on a busy machine (one switch interval)."""

    CLOCK_EVERY = 32

    def __init__(self, child: Any, timelimit: float, allow: set[int] | None) -> None:
        super().__init__(child, timelimit=timelimit, use_alarm=False)
        self.allow = allow
        self._deadline = 0.0

    def prepare(self, top_searcher: Any, q: Any, context: Any) -> None:
        self.child.prepare(top_searcher, q, context)
        self.timedout = False
        self.timer = None
        self._deadline = time.monotonic() + self.timelimit

    def collect_matches(self) -> None:
        child, allow, deadline = self.child, self.allow, self._deadline
        for count, sub_docnum in enumerate(child.matches()):
            if count % self.CLOCK_EVERY == 0 and time.monotonic() > deadline:
                self.timedout = True
            if self.timedout:
                raise TimeLimit
            if allow is None or self.offset + sub_docnum in allow:
                child.collect(sub_docnum)


class _Runner:
    """Runs a query, or the parts of a document plan, page by page within one time budget,
    and groups the matching pages into their documents."""

    def __init__(self, index: SearchIndex, time_limit: float, hints: list[str]) -> None:
        self._searcher = index.searcher()
        self._reader = self._searcher.reader()
        self._time_limit = time_limit
        self._deadline = time.monotonic() + time_limit
        self._hints = hints
        self._table: _PageTable | None = None

    def _page_table(self) -> _PageTable:
        if self._table is None:
            self._table = _TABLES.get(self._reader)
            if self._table is None:
                self._table = _TABLES[self._reader] = _PageTable(self._reader)
        return self._table

    # -- one Whoosh query -----------------------------------------------------------------
    def pages(self, query: Any, within: Found | None = None, scored: bool = True) -> Found:
        """Documents with pages matching ``query`` (only among ``within`` when given).
        Scored parts stop at the time limit; an excluded (unscored) part always runs to
        its end, because a NOT that was skipped would show documents it excludes."""
        if not self._reader.doc_count_all() or within == {}:
            return {}
        remaining = self._deadline - time.monotonic()
        if scored and remaining <= 0:
            self._out_of_time()
            return {}
        allow = None if within is None else self._page_table().numbers_of(within)
        if allow == set():  # (Whoosh reads an empty filter as no filter)
            return {}
        hits = self._whoosh_pages(query, allow, scored, remaining)
        found: Found = {}
        several = []  # documents with more than one page found
        for doc_id, page, score in self._locate(hits):
            match = found.get(doc_id)
            if match is None:
                value = float(score or 0.0)
                found[doc_id] = _Found(value, {page: value})
            else:
                if len(match.pages) == 1:
                    several.append(match)
                match.pages[page] = float(score or 0.0)
        for match in several:
            match.score = max(match.pages.values())
        return found

    def _whoosh_pages(
        self, query: Any, allow: set[int] | None, scored: bool, remaining: float
    ) -> Iterable[tuple[int, Any]]:
        """(page number, score) of the pages ``query`` matches, best first: a plain word
        scored block by block (indexing.search.scoring), anything else by Whoosh."""
        if scored:
            try:
                hits = score_pages(self._searcher, query, allow, self._deadline, time.monotonic)
            except OutOfTime as out:
                self._out_of_time()
                return out.found
            if hits is not None:
                return hits
            collector = _TimedCollector(self._searcher.collector(limit=None), remaining, allow)
        else:
            collector = self._searcher.collector(limit=None, scored=False, filter=allow)
        try:
            self._searcher.search_with_collector(query, collector)
        except TimeLimit:
            self._out_of_time()
        return list(collector.results().items())

    def _locate(self, hits: Iterable[tuple[int, Any]]) -> Iterator[tuple[int, int, Any]]:
        """(document id, page, score) of Whoosh hits; a single query with few hits reads
        their pages' columns, else the page table is read once (for this reader: later
        searches take it as it is), and so it is once the hits located one by one with
        this reader add up to as many."""
        hits = list(hits)
        if self._table is None:
            self._table = _TABLES.get(self._reader)
        if self._table is None:
            # hits located one by one with this reader so far: once they add up to the
            # table's cost, later searches take the table (the first one stays quick)
            located = _LOCATED.get(self._reader, 0) + len(hits)
            _LOCATED[self._reader] = located
            if located > TABLE_AFTER_HITS:
                self._page_table()
        if self._table is not None:
            docs, pages = self._table.docs, self._table.pages
            yield from [(docs[docnum], pages[docnum], score) for docnum, score in hits]
            return
        doc_column = self._reader.column_reader("doc")
        page_column = self._reader.column_reader("page")
        for docnum, score in hits:
            yield _doc_id(doc_column[docnum]), int(page_column[docnum]), score

    def _out_of_time(self) -> None:
        hint = (
            f"the search stopped after {self._time_limit:g} s; these are the results found so"
            " far: add words or fields to narrow it"
        )
        if hint not in self._hints:
            self._hints.append(hint)

    # -- documents ------------------------------------------------------------------------
    def run(self, plan: DocumentPlan, within: Found | None = None, scored: bool = True) -> Found:
        """The documents a plan finds: parts run page by page, combined per document."""
        if not self._reader.doc_count_all():
            return {}
        self._page_table()
        if isinstance(plan, Part):
            return self.pages(plan.query, within, scored)
        if isinstance(plan, AnyOf):
            found: Found = {}
            for part in plan.parts:
                for doc_id, match in self.run(part, within, scored).items():
                    found[doc_id] = found[doc_id].join(match) if doc_id in found else match
            return found
        required = sorted(plan.required, key=self._size)
        if required:  # the rarest part first; the others only look in its documents
            found = self.run(required[0], within, scored)
            for part in required[1:]:
                other = self.run(part, found, scored)
                found = {d: m.join(other[d]) for d, m in found.items() if d in other}
        else:  # only NOT parts: every document to start with
            live = self._page_table()
            found = {d: _Found(0.0) for d in {live.docs[n] for n in live.live}}
            found = found if within is None else {d: f for d, f in found.items() if d in within}
        for part in plan.excluded:
            for doc_id in self.run(part, found, scored=False) if found else {}:
                del found[doc_id]
        for part in plan.optional:
            for doc_id, match in (self.run(part, found, scored) if found else {}).items():
                if doc_id in found:
                    found[doc_id] = found[doc_id].join(match)
        return found

    def _size(self, plan: DocumentPlan) -> int:
        """Roughly how many pages a part matches (Whoosh's estimate from the term lists)."""
        if isinstance(plan, Part):
            try:
                return int(plan.query.estimate_size(self._reader))
            except NotImplementedError:  # some queries (span queries) cannot say
                return int(self._reader.doc_count())
        if isinstance(plan, AnyOf):
            return sum(self._size(p) for p in plan.parts)
        sizes = [self._size(p) for p in plan.required]
        return min(sizes) if sizes else self._reader.doc_count()


def _filtered(db: Database, ids: list[int], request: SearchRequest) -> list[int]:
    """``ids`` kept in order, less those not linked to every filter's person/article/case."""
    for group, target_id in request.filters:
        if group not in FILTER_GROUPS:
            raise ValueError(f"filters are by {FILTER_GROUPS}")
        linked = search_rows.linked_documents(db, group, target_id)
        ids = [i for i in ids if i in linked]
    return ids


def _set_facets(db: Database, result: SearchResult) -> None:
    for name, rows in search_rows.facet_rows(db).items():
        pairs = [(value, count) for value, count, _id in rows]
        key = (lambda r: r[0]) if name == "years" else (lambda r: (-r[1], r[0].casefold()))
        result.facets[name] = sorted(pairs, key=key)
        ids = {value: row_id for value, _count, row_id in rows if row_id is not None}
        if ids:
            result.facet_ids[name] = ids


def _did_you_mean(index: SearchIndex, text: str) -> str | None:
    searcher = index.searcher()
    reader = searcher.reader()
    corrector = searcher.corrector("plain")
    changed = False

    def fix(match: re.Match[str]) -> str:
        nonlocal changed
        word = match[1]
        lowered = word.lower()
        if lowered in OPERATORS or reader.doc_frequency("plain", lowered):
            return word
        options = corrector.suggest(lowered, limit=1, maxdist=2, prefix=1)
        if not options:
            return word
        changed = True
        return str(options[0])

    corrected = _PLAIN_WORD.sub(fix, text)
    return corrected if changed else None


def run_search(db: Database, index: SearchIndex, request: SearchRequest) -> SearchResult:
    if request.sort not in SORTS:
        raise ValueError(f"sort is one of {SORTS}")
    searcher = index.searcher()
    plan = plan_query(request.text, searcher.reader())
    hints = list(plan.hints)
    runner = _Runner(index, request.time_limit, hints)
    documents = document_plan(plan.query)
    found = runner.pages(plan.query) if documents is None else runner.run(documents)
    ids = _filtered(db, list(found), request)
    search_rows.set_hits(db, ids)
    # (the best match needs no keys: only whether each document still exists)
    keys = search_rows.hit_keys(db) if request.sort != "relevance" else {}
    exist = keys or search_rows.existing_hits(db)
    ids = [i for i in ids if i in exist]  # a document deleted since the index was read
    best = {i: found[i].score for i in ids}
    _sort(ids, request.sort, keys, best)
    window = ids[request.offset : request.offset + request.limit]
    words = _Highlight.of(plan)
    rows = search_rows.hit_rows(db, window)
    result = SearchResult(
        query=request.text,
        total=len(ids),
        hits=[
            _hit(db, words, rows.get(doc_id), doc_id, found[doc_id], request) for doc_id in window
        ],
        hints=hints,
        stems=set(words.stems),
        skeletons=set(words.skeletons),
    )
    if request.facets:
        _set_facets(db, result)
    if not ids:
        result.suggestion = _did_you_mean(index, request.text)
    return result


def _sort(
    ids: list[int], sort: str, keys: dict[int, search_rows.HitKeys], best: dict[int, float]
) -> None:
    """Order the documents found in place; ties go to the better match."""
    if sort == "date":
        ids.sort(key=lambda i: (keys[i].date or "", best[i]), reverse=True)
        ids.sort(key=lambda i: keys[i].date is None)  # undated last
    elif sort == "date-asc":
        ids.sort(key=lambda i: (keys[i].date is None, keys[i].date or "", -best[i], i))
    elif sort == "title":
        ids.sort(key=lambda i: (keys[i].title.casefold(), -best[i], i))
    elif sort == "added":
        ids.sort(key=lambda i: (keys[i].imported_at, i), reverse=True)
    else:
        ids.sort(key=lambda i: (-best[i], i))


def browse(db: Database, request: SearchRequest) -> SearchResult:
    """Every document, newest first (or in the order asked): the view before anything is
    typed."""
    if request.sort not in SORTS:
        raise ValueError(f"sort is one of {SORTS}")
    ids = _filtered(db, search_rows.browse_ids(db, sort=request.sort), request)
    result = SearchResult(query="", total=len(ids), hits=[])
    for doc_id in ids[request.offset : request.offset + request.limit]:
        doc = doc_repo.get(db, doc_id)
        result.hits.append(
            DocumentHit(doc.id, doc.title, doc.filename, doc.doc_type, doc.doc_date, 0.0)
        )
    if request.facets:
        search_rows.set_hits(db, ids)
        _set_facets(db, result)
    return result


def _hit(
    db: Database,
    words: _Highlight,
    row: search_rows.HitRow | None,
    doc_id: int,
    match: _Found,
    request: SearchRequest,
) -> DocumentHit:
    pages = match.pages
    if row is None:  # (not read with the others: as the document record says)
        doc = doc_repo.get(db, doc_id)
        row = search_rows.HitRow(doc.id, doc.title, doc.filename, doc.doc_type, doc.doc_date)
    hit = DocumentHit(row.id, row.title, row.filename, row.doc_type, row.date, match.score)
    stems, skeletons, matched = words.stems, words.skeletons, words.matched
    if not (stems or skeletons):
        return hit  # matched by its tags or metadata alone
    if NOTES_PAGE in pages:
        text = notes_text(note_repo.texts(db, doc_id))
        snippet = make_snippet(text, stems, skeletons, set(), matched=matched)
        hit.note = snippet if snippet.spans else None
    numbers = sorted(p for p in pages if p > 0)
    texts = search_rows.page_texts(db, doc_id, numbers)
    for number in numbers:
        text = texts.get(number, "")
        if len(hit.pages) >= request.pages_per_hit:  # only counted: the first word will do
            hit.more_pages += any_match(text, stems, skeletons, set(), matched=matched)
            continue
        snippet = make_snippet(text, stems, skeletons, set(), matched=matched)
        if snippet.spans:  # else this page matched through metadata only
            hit.pages.append(PageHit(number, snippet))
    return hit


@dataclass(frozen=True)
class _Highlight:
    """What a search highlights: its terms of the text and translit fields, and whether a
    word of a page is one of them (decided once per distinct word for all its pages)."""

    stems: set[str]
    skeletons: set[str]
    matched: WordMatcher

    @classmethod
    def of(cls, plan: QueryPlan) -> _Highlight:
        stems, skeletons = plan.terms("text"), plan.terms("translit")
        return cls(stems, skeletons, word_matcher(stems, skeletons, set()))
