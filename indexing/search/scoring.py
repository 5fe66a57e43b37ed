"""indexing layer: the pages one typed word matches, scored as Whoosh scores them, read a
block of postings at a time.

A plain word is a query of one or two terms (the stemmed ``text`` term, and the
``translit`` skeleton ranked lower). Whoosh runs it through a tree of matchers and a
collector: for every matching page a dozen method calls to move, compare and score,
and a scorer that asks the segment for the page's length through four more. Here each
term's posting blocks are read as Whoosh reads them (the same matcher, block by block),
each posting is scored by the scorer Whoosh would use (``BM25FScorer._score``, once
per distinct frequency and length), a boosted term's score is multiplied by its boost
and the two terms' scores of a page are added, as Whoosh's matchers do; the pages come
out in the order Whoosh's collector gives them (best score first, then page number).
Any other query, weighting or posting format is left to Whoosh (``None``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from itertools import accumulate
from typing import Any

from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.matching.wrappers import FilterMatcher
from whoosh.scoring import BM25F, BM25FScorer
from whoosh.util.numeric import byte_to_length

# a page's length byte -> the length BM25 is given (W3PerDocReader.doc_field_length:
# None for a zero byte)
_BYTE_LENGTHS: list[Any] = [byte_to_length(b) if b else None for b in range(256)]
ENABLED = True  # False: every query runs through Whoosh's matchers (for comparison)


class OutOfTime(Exception):
    """The time budget ran out; ``found`` holds the pages scored until then."""

    def __init__(self, found: list[tuple[int, float]]) -> None:
        super().__init__("out of time")
        self.found = found


class _Unsupported(Exception):
    """A posting list or scorer this module does not read: Whoosh runs the query."""


class LengthsInMemory:
    """A segment's column of field lengths (one byte a page), read in one piece: BM25
    asks for a page's length at every posting it scores, and each ask was a seek and a
    one-byte read through the file. Answers as Whoosh's column reader does."""

    def __init__(self, column: Any) -> None:
        self.data = column._dbfile.get(column._basepos, column._count)
        self._doccount = column._doccount
        self._default = column._default

    def __getitem__(self, docnum: int) -> int:
        return int(self.data[docnum]) if docnum < len(self.data) else int(self._default)

    def __iter__(self) -> Iterator[int]:
        yield from self.data
        for _ in range(len(self.data), self._doccount):
            yield int(self._default)

    def __len__(self) -> int:
        return int(self._doccount)


def keep_lengths_in_memory(reader: Any) -> None:
    """Each segment of ``reader`` reads a field's page lengths whole the first time BM25
    asks (a few KB each); readers Whoosh builds otherwise are left as they are."""
    from whoosh.columns import NumericColumn

    for leaf, _base in reader.leaf_readers():
        perdoc: Any = getattr(leaf, "_perdoc", None)
        cached = getattr(perdoc, "_cached_reader", None)
        readers = getattr(perdoc, "_readers", None)
        if cached is None or not isinstance(readers, dict):
            continue

        def loaded(
            fieldname: str, column: Any, _cached: Any = cached, _readers: Any = readers
        ) -> Any:
            found = _readers.get(fieldname)
            if found is None:
                found = _cached(fieldname, column)
                if (
                    isinstance(found, NumericColumn.Reader)
                    and getattr(found, "_typecode", "") == "B"
                    and getattr(found, "_fixedlen", 0) == 1
                ):
                    found = _readers[fieldname] = LengthsInMemory(found)
            return found

        perdoc._cached_reader = loaded


def word_terms(q: Any) -> list[Any] | None:
    """The one or two terms of a query this module scores as Whoosh does; None for any
    other query."""
    if type(q) is wq.Term:
        terms = [q]
    elif (
        type(q) is wq.Or
        and len(q.subqueries) in (1, 2)
        and q.boost == 1.0
        and not q.minmatch
        and q.scale is None
    ):
        terms = list(q.subqueries)
    else:
        return None
    if all(type(t) is wq.Term and not t.minquality and isinstance(t.text, str) for t in terms):
        return terms
    return None


def score_pages(
    searcher: Any,
    q: Any,
    allow: set[int] | None,
    deadline: float,
    clock: Callable[[], float] = time.monotonic,
) -> list[tuple[int, float]] | None:
    """(page number, score) of every page ``q`` matches (only those in ``allow`` when
    given), best first and then by number, as Whoosh's collector gives them; None when
    ``q`` is not one or two plain terms or Whoosh would score it otherwise. Raises
    ``OutOfTime`` (with the pages scored so far) once ``clock()`` passes ``deadline``."""
    terms = word_terms(q) if ENABLED else None
    if terms is None or type(searcher.weighting) is not BM25F:
        return None
    schema = searcher.schema
    for term in terms:
        if term.fieldname in schema and not schema[term.fieldname].scorable:
            return None
    weighting = searcher.weighting
    found: list[tuple[float, int]] = []
    for subsearcher, offset in searcher.leaf_searchers():
        scores: dict[int, float] = {}
        for term in terms:
            try:
                in_time = _add_term(subsearcher, weighting, term, scores, deadline, clock)
            except _Unsupported:
                return None
            if not in_time:
                found += [(-s, offset + n) for n, s in scores.items()]
                raise OutOfTime(_ordered(found, allow))
        found += [(-s, offset + n) for n, s in scores.items()]
    return _ordered(found, allow)


def _ordered(found: list[tuple[float, int]], allow: set[int] | None) -> list[tuple[int, float]]:
    found.sort()  # best first, then by page number (UnlimitedCollector.results)
    return [(n, -s) for s, n in found if allow is None or n in allow]


def _add_term(
    subsearcher: Any,
    weighting: Any,
    term: Any,
    scores: dict[int, float],
    deadline: float,
    clock: Callable[[], float],
) -> bool:
    """Add one term's score on each page of one segment to ``scores`` (as a union of
    matchers adds them); False when the time ran out."""
    fieldname = term.fieldname
    if fieldname not in subsearcher.schema:
        return True
    try:
        btext = subsearcher.schema[fieldname].to_bytes(term.text)
    except ValueError:
        return True
    reader = subsearcher.reader()
    if (fieldname, btext) not in reader:
        return True
    scorer = weighting.scorer(subsearcher, fieldname, btext)
    matcher = reader.postings(fieldname, btext, scorer=scorer)
    deleted: Any = frozenset()
    if type(matcher) is FilterMatcher and matcher._exclude and matcher.boost == 1.0:
        deleted, matcher = matcher._ids, matcher.child
    if type(scorer) is not BM25FScorer or type(matcher) is not W3LeafMatcher:
        raise _Unsupported()
    lengths = _length_bytes(reader, fieldname)
    if lengths is None:  # each page's length asked of the scorer, as Whoosh does
        score, dfl = scorer._score, scorer.dfl

        def block_scores(ids: Any, weights: Any) -> list[float]:
            return [score(tf, dfl(n)) for n, tf in zip(ids, weights, strict=True)]

    else:  # bm25() of whoosh.scoring, its length term looked up by the length byte
        idf, k1_plus_1 = scorer.idf, scorer.K1 + 1
        norms = _norms(scorer.K1, scorer.B, scorer.avgfl)

        def block_scores(ids: Any, weights: Any) -> list[float]:
            return [
                idf * ((tf * k1_plus_1) / (tf + norms[lengths[n]]))
                for n, tf in zip(ids, weights, strict=True)
            ]

    boost = term.boost
    first = not scores
    while matcher.is_active():
        if clock() > deadline:
            return False
        if matcher._ids is None:  # W3LeafMatcher._read_ids, its delta_decode in C
            if matcher._data is None:
                matcher._read_data()
            ids = matcher._data[0]
            matcher._ids = ids if matcher._byteids else tuple(accumulate(ids))
        matcher.weight()  # loads the block's weights as Whoosh does
        start = matcher._i
        ids, weights = matcher._ids[start:], matcher._weights[start:]
        if deleted:
            kept = [i for i, n in enumerate(ids) if n not in deleted]
            ids, weights = [ids[i] for i in kept], [weights[i] for i in kept]
        values = block_scores(ids, weights)
        if boost != 1.0:  # (a boosted term's matcher: its score times the boost)
            values = [value * boost for value in values]
        if first:
            scores.update(zip(ids, values, strict=True))
        else:  # (a union of matchers: the sum of both terms' scores on a page)
            get = scores.get
            for n, value in zip(ids, values, strict=True):
                before = get(n)
                scores[n] = value if before is None else before + value
        matcher._next_block()
    return True


_NORMS: dict[tuple[float, float, float], list[Any]] = {}


def _norms(k1: float, b: float, avgfl: float) -> list[Any]:
    """``K1 * ((1 - B) + B * fl / avgfl)`` of bm25() for each length byte's length fl
    (None for a zero byte: Whoosh gives no length there, and neither does this)."""
    key = (k1, b, avgfl)
    found = _NORMS.get(key)
    if found is None:
        if len(_NORMS) >= 64:
            _NORMS.clear()
        found = _NORMS[key] = [
            None if fl is None else k1 * ((1 - b) + b * fl / avgfl) for fl in _BYTE_LENGTHS
        ]
    return found


def _length_bytes(reader: Any, fieldname: str) -> Any:
    """The length byte of every page of the segment, when read whole (LengthsInMemory,
    as many as the segment has pages); None: ask the scorer page by page."""
    perdoc = getattr(reader, "_perdoc", None)
    cached = getattr(perdoc, "_cached_reader", None)
    if cached is None:
        return None
    column = cached(_lenfield(fieldname), LENGTHS_COLUMN)
    if isinstance(column, LengthsInMemory) and len(column.data) >= reader.doc_count_all():
        return column.data
    return None
