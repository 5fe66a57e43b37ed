"""indexing layer: run a search and shape the answer: documents with their matching
pages and snippets, facet counts, partial-result hints and a "did you mean"."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from whoosh.collectors import TimeLimit, TimeLimitCollector

from indexing.search.query import QueryPlan, plan_query
from indexing.search.snippets import Snippet, make_snippet, matches
from storage import documents as doc_repo

if TYPE_CHECKING:
    from indexing.search.index import SearchIndex
    from storage.database import Database

SORTS = ("relevance", "date")
# Each query starts from the (small) set of hits: CROSS JOIN fixes that join order, since
# SQLite has no statistics for the temp table and would otherwise scan whole tables.
FACETS: dict[str, str] = {
    "persons": "SELECT p.name, count(*) FROM temp.search_hits h CROSS JOIN document_persons x"
    " ON x.document_id = h.id JOIN persons p ON p.id = x.person_id GROUP BY p.id",
    "articles": "SELECT a.citation, count(*) FROM temp.search_hits h CROSS JOIN"
    " document_articles x ON x.document_id = h.id JOIN legal_articles a ON a.id = x.article_id"
    " GROUP BY a.id",
    "cases": "SELECT c.name, count(*) FROM temp.search_hits h CROSS JOIN document_cases x"
    " ON x.document_id = h.id JOIN cases c ON c.id = x.case_id GROUP BY c.id",
    "types": "SELECT d.doc_type, count(*) FROM temp.search_hits h CROSS JOIN documents d"
    " ON d.id = h.id GROUP BY d.doc_type",
    "languages": "SELECT coalesce(d.language, 'unknown'), count(*) FROM temp.search_hits h"
    " CROSS JOIN documents d ON d.id = h.id GROUP BY 1",
    "years": "SELECT substr(d.doc_date, 1, 4), count(*) FROM temp.search_hits h CROSS JOIN"
    " documents d ON d.id = h.id WHERE d.doc_date IS NOT NULL GROUP BY 1",
}
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


@dataclass(frozen=True)
class PageHit:
    page: int
    snippet: Snippet


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


@dataclass
class SearchResult:
    query: str
    total: int
    hits: list[DocumentHit]
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
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


def _collect(
    index: SearchIndex, plan: QueryPlan, time_limit: float, hints: list[str]
) -> dict[int, dict[int, float]]:
    """Document id -> {page: score} for every matching page (within the time limit)."""
    searcher = index.searcher()
    timed = TimeLimitCollector(
        searcher.collector(limit=None), timelimit=time_limit, use_alarm=False
    )
    try:
        searcher.search_with_collector(plan.query, timed)
    except TimeLimit:
        hints.append(
            f"the search stopped after {time_limit:g} s; these are the results found so far:"
            " add words or fields to narrow it"
        )
    results = timed.results()
    reader = searcher.reader()
    if not reader.doc_count_all():
        return {}
    doc_column = reader.column_reader("doc")
    page_column = reader.column_reader("page")
    grouped: dict[int, dict[int, float]] = defaultdict(dict)
    for docnum, score in results.items():
        raw = doc_column[docnum]
        doc_id = int(raw.decode() if isinstance(raw, bytes) else raw)
        grouped[doc_id][int(page_column[docnum])] = float(score or 0.0)
    return grouped


def _fill_temp(db: Database, ids: list[int]) -> None:
    db.execute("CREATE TEMP TABLE IF NOT EXISTS search_hits(id INTEGER PRIMARY KEY)")
    db.execute("DELETE FROM temp.search_hits")
    db.conn.executemany("INSERT INTO temp.search_hits(id) VALUES (?)", [(i,) for i in ids])


def _facets(db: Database) -> dict[str, list[tuple[str, int]]]:
    out: dict[str, list[tuple[str, int]]] = {}
    for name, sql in FACETS.items():
        rows = [(str(r[0]), int(r[1])) for r in db.all(sql)]
        key = (lambda r: r[0]) if name == "years" else (lambda r: (-r[1], r[0].casefold()))
        out[name] = sorted(rows, key=key)
    return out


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
    grouped = _collect(index, plan, request.time_limit, hints)
    ids = list(grouped)
    _fill_temp(db, ids)
    dates = {
        int(r[0]): r[1]
        for r in db.all(
            "SELECT d.id, d.doc_date FROM temp.search_hits h CROSS JOIN documents d ON d.id = h.id"
        )
    }
    ids = [i for i in ids if i in dates]  # a document deleted since the index was read
    best = {i: max(grouped[i].values()) for i in ids}
    if request.sort == "date":
        ids.sort(key=lambda i: (dates[i] or "", best[i]), reverse=True)
        ids.sort(key=lambda i: dates[i] is None)  # undated last
    else:
        ids.sort(key=lambda i: (-best[i], i))
    window = ids[request.offset : request.offset + request.limit]
    result = SearchResult(
        query=request.text,
        total=len(ids),
        hits=[_hit(db, plan, doc_id, grouped[doc_id], best[doc_id], request) for doc_id in window],
        hints=hints,
        stems=plan.terms("text"),
        skeletons=plan.terms("translit"),
    )
    if request.facets:
        result.facets = _facets(db)
    if not ids:
        result.suggestion = _did_you_mean(index, request.text)
    return result


def browse(db: Database, request: SearchRequest) -> SearchResult:
    """Every document, newest first (or by date): the view before anything is typed."""
    order = (
        "d.doc_date IS NULL, d.doc_date DESC, d.id DESC" if request.sort == "date" else "d.id DESC"
    )
    rows = db.all(f"SELECT d.id FROM documents d ORDER BY {order}")
    ids = [int(r[0]) for r in rows]
    result = SearchResult(query="", total=len(ids), hits=[])
    for doc_id in ids[request.offset : request.offset + request.limit]:
        doc = doc_repo.get(db, doc_id)
        result.hits.append(
            DocumentHit(doc.id, doc.title, doc.filename, doc.doc_type, doc.doc_date, 0.0)
        )
    if request.facets:
        _fill_temp(db, ids)
        result.facets = _facets(db)
    return result


def _hit(
    db: Database,
    plan: QueryPlan,
    doc_id: int,
    pages: dict[int, float],
    score: float,
    request: SearchRequest,
) -> DocumentHit:
    doc = doc_repo.get(db, doc_id)
    hit = DocumentHit(doc.id, doc.title, doc.filename, doc.doc_type, doc.doc_date, score)
    stems, skeletons = plan.terms("text"), plan.terms("translit")
    if not (stems or skeletons):
        return hit  # matched by its tags or metadata alone
    numbers = sorted(p for p in pages if p > 0)
    texts = _page_texts(db, doc_id, numbers)
    for number in numbers:
        snippet = make_snippet(texts.get(number, ""), stems, skeletons, set())
        if not snippet.spans:
            continue  # this page matched through metadata only
        if len(hit.pages) < request.pages_per_hit:
            hit.pages.append(PageHit(number, snippet))
        else:
            hit.more_pages += 1
    return hit


def _page_texts(db: Database, doc_id: int, numbers: list[int]) -> dict[int, str]:
    if not numbers:
        return {}
    marks = ",".join("?" * len(numbers))
    rows: list[Any] = db.all(
        f"SELECT page_no, text FROM pages WHERE document_id = ? AND page_no IN ({marks})",
        (doc_id, *numbers),
    )
    return {int(r[0]): str(r[1]) for r in rows}
