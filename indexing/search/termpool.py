"""indexing layer: a posting pool that groups postings by term as they come.

Whoosh's ``PostingPool`` keeps every posting as a tuple (field, term, document, weight,
value), estimates its size on every add, sorts all tuples at the end and, past its
memory limit, pickles sorted runs (which stay in RAM here: nothing may reach the disk)
to merge them again. But pages reach a writer in document order, so the postings of one
term already come in order: here each (field, term) keeps its documents, weights and
values in one flat list, and only the distinct terms are sorted at the end. The
postings handed to the segment writer are the same, in the same order; the work per
posting is one list extension. A field writer that can (``indexing.search.codec``)
takes each term's postings at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


class TermPool:
    """Drop-in for ``whoosh.writing.PostingPool`` in a ``SegmentWriter`` (``add``,
    ``iter_postings``, ``cleanup``)."""

    def __init__(self) -> None:
        # field -> term -> [document, weight, value, document, weight, value, ...]
        self._fields: dict[str, dict[bytes, list[Any]]] = {}

    @property
    def fieldnames(self) -> set[str]:
        return set(self._fields)

    def add(self, item: tuple[str, bytes, int, float, Any]) -> None:
        terms = self._fields.get(item[0])
        if terms is None:
            terms = self._fields[item[0]] = {}
        postings = terms.get(item[1])
        if postings is None:
            terms[item[1]] = list(item[2:])
        else:
            postings += item[2:]

    def iter_postings(self) -> _Postings:
        """Every posting ordered by field, term and document, as the stock pool sorts
        them (postings of one term that came out of order are sorted the same way); a
        field writer that can take a term's postings at once reads ``by_term``."""
        return _Postings(self)

    def by_term(self) -> Iterator[tuple[str, bytes, list[int], list[float], list[Any]]]:
        """(field, term, documents, weights, values) per term, in the same order."""
        for fieldname in sorted(self._fields):
            terms = self._fields[fieldname]
            for tbytes in sorted(terms):
                flat = terms[tbytes]
                docnums, weights, values = flat[0::3], flat[1::3], flat[2::3]
                if len(docnums) > 1 and (
                    docnums != sorted(docnums) or len(set(docnums)) != len(docnums)
                ):
                    rows = sorted(zip(docnums, weights, values, strict=True), key=_row_key)
                    docnums = [row[0] for row in rows]
                    weights = [row[1] for row in rows]
                    values = [row[2] for row in rows]
                yield fieldname, tbytes, docnums, weights, values

    def cleanup(self) -> None:
        self._fields = {}


class _Postings:
    """The pool's postings: iterated one by one as Whoosh's pool gives them, or by term."""

    def __init__(self, pool: TermPool) -> None:
        self.by_term = pool.by_term

    def __iter__(self) -> Iterator[tuple[str, bytes, int, float, Any]]:
        for fieldname, tbytes, docnums, weights, values in self.by_term():
            for docnum, weight, value in zip(docnums, weights, values, strict=True):
                yield (fieldname, tbytes, docnum, weight, value)


def _row_key(row: tuple[int, float, Any]) -> tuple[int, float, bytes]:
    docnum, weight, value = row
    return docnum, weight, value if value is not None else b""


def use_term_pool(writer: Any) -> Any:
    """``writer`` (a new SegmentWriter) with a ``TermPool``; returned."""
    writer.pool = TermPool()
    return writer
