"""indexing layer: a posting pool that groups postings by term as they come.

Whoosh's ``PostingPool`` keeps every posting as a tuple (field, term, document, weight,
value), estimates its size on every add, sorts all tuples at the end and, past its
memory limit, pickles sorted runs (which stay in RAM here: nothing may reach the disk)
to merge them again. But pages reach a writer in document order, so the postings of one
term already come in order: here each (field, term) keeps its documents, weights and
values in three lists, and only the distinct terms are sorted at the end. The postings
handed to the segment writer are the same, in the same order; the work per posting is
three appends.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any


class TermPool:
    """Drop-in for ``whoosh.writing.PostingPool`` in a ``SegmentWriter`` (``add``,
    ``iter_postings``, ``cleanup``)."""

    def __init__(self) -> None:
        self._terms: dict[tuple[str, bytes], tuple[list[int], list[float], list[Any]]] = {}
        self.fieldnames: set[str] = set()

    def add(self, item: tuple[str, bytes, int, float, Any]) -> None:
        fieldname, tbytes, docnum, weight, vbytes = item
        postings = self._terms.get((fieldname, tbytes))
        if postings is None:
            postings = self._terms[(fieldname, tbytes)] = ([], [], [])
            self.fieldnames.add(fieldname)
        postings[0].append(docnum)
        postings[1].append(weight)
        postings[2].append(vbytes)

    def iter_postings(self) -> Iterator[tuple[str, bytes, int, float, Any]]:
        """Every posting ordered by field, term and document, as the stock pool sorts
        them (postings of one term that came out of order are sorted the same way)."""
        terms = self._terms
        for key in sorted(terms):
            fieldname, tbytes = key
            docnums, weights, values = terms[key]
            rows: Iterable[tuple[int, float, Any]] = zip(docnums, weights, values, strict=True)
            if len(docnums) > 1 and (
                docnums != sorted(docnums) or len(set(docnums)) != len(docnums)
            ):
                rows = sorted(rows, key=_row_key)
            for docnum, weight, value in rows:
                yield (fieldname, tbytes, docnum, weight, value)

    def cleanup(self) -> None:
        self._terms = {}


def _row_key(row: tuple[int, float, Any]) -> tuple[int, float, bytes]:
    docnum, weight, value = row
    return docnum, weight, value if value is not None else b""


def use_term_pool(writer: Any) -> Any:
    """``writer`` (a new SegmentWriter) with a ``TermPool``; returned."""
    writer.pool = TermPool()
    return writer
