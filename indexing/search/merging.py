"""indexing layer: index segments merged term by term, without Whoosh's posting pool.

``SegmentWriter.add_reader`` copies every posting of the segments it merges into the
writer's posting pool, which sorts them all again (in memory here: spilled runs stay in
RAM, since nothing may reach the disk), so a merge of a 20,000-page segment held about
a gigabyte. But each segment's terms are already sorted: here the per-document part is
copied as Whoosh copies it, and the postings are read term by term from all segments
at once (a heap over their term lists) while the new segment is written, beside the
writer's own pool (the pages added in this batch). Memory stays that of a few posting
blocks; the postings written, and so every search answer, are the same.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from typing import Any

from whoosh.codec.whoosh3 import W3LeafMatcher

Posting = tuple[str, bytes, int, float, Any]
Source = tuple[Any, int, dict[int, int] | None, set[str]]  # reader, first doc, doc map, fields


def add_segments(writer: Any, segments: list[Any]) -> None:
    """``writer.add_reader`` for each segment's reader, streamed (see the module
    docstring). The readers stay open until the writer finishes (commit or cancel)."""
    from whoosh.reading import SegmentReader

    sources: list[Source] = []
    readers: list[Any] = []
    try:
        for segment in segments:
            reader = SegmentReader(writer.storage, writer.schema, segment)
            readers.append(reader)
            basedoc = writer.docnum
            indexed = {f for f in reader.indexed_field_names() if f in writer.schema}
            docmap = writer.write_per_doc(set(writer.schema.names()) | indexed, reader)
            sources.append((reader, basedoc, docmap, indexed))
    except BaseException:
        _close(readers)
        raise
    writer._added = True
    _close_when_finished(writer, readers)
    pool = writer.pool
    pooled = pool.iter_postings

    def postings() -> _Merged:
        return _Merged(pooled(), sources, readers)

    pool.iter_postings = postings


class _Merged:
    """The writer's own postings and the sources', in order: one by one, or by term
    (``by_term``, when the writer's pool gives its own by term) for a field writer that
    takes a term's postings at once (``indexing.search.codec``)."""

    def __init__(self, own: Any, sources: list[Source], readers: list[Any]) -> None:
        self._own = own
        self._sources = sources
        self._readers = readers
        if hasattr(own, "by_term"):
            self.by_term = self._by_term

    def __iter__(self) -> Iterator[Posting]:
        try:
            yield from heapq.merge(self._own, _postings(self._sources))
        finally:
            _close(self._readers)  # read to the end: before the old segments' files go

    def _by_term(self) -> Iterator[tuple[str, bytes, list[int], list[float], list[Any]]]:
        """(field, term, documents, weights, values) per term, ordered as ``__iter__``
        orders the postings."""
        try:
            streams: list[Iterator[tuple[Any, ...]]] = [
                ((f, t, -1, d, w, v) for f, t, d, w, v in self._own.by_term())
            ]
            streams += [_source_terms(n, source) for n, source in enumerate(self._sources)]
            group: list[tuple[Any, ...]] = []
            for item in heapq.merge(*streams, key=lambda item: item[:3]):
                if group and item[:2] != group[0][:2]:
                    yield _joined(group, self._sources)
                    group = []
                group.append(item)
            if group:
                yield _joined(group, self._sources)
        finally:
            _close(self._readers)


def _source_terms(n: int, source: Source) -> Iterator[tuple[str, bytes, int]]:
    reader, _base, _map, indexed = source
    for fieldname in sorted(indexed):
        for btext in reader.lexicon(fieldname):
            yield fieldname, btext, n


def _joined(
    group: list[tuple[Any, ...]], sources: list[Source]
) -> tuple[str, bytes, list[int], list[float], list[Any]]:
    """One term's postings from the writer's pool and each source that has it."""
    fieldname, btext = group[0][0], group[0][1]
    docnums: list[int] = []
    weights: list[float] = []
    values: list[Any] = []
    for item in group:
        if item[2] < 0:  # the writer's own
            docnums += item[3]
            weights += item[4]
            values += item[5]
            continue
        reader, basedoc, docmap, _indexed = sources[item[2]]
        matcher = reader.postings(fieldname, btext)
        if docmap is None and type(matcher) is W3LeafMatcher:
            ids = _read_blocks(matcher, weights, values)
            docnums += [basedoc + docnum for docnum in ids]
            continue
        while matcher.is_active():
            docnum = matcher.id()
            docnums.append(docmap[docnum] if docmap is not None else basedoc + docnum)
            weights.append(matcher.weight())
            values.append(matcher.value())
            matcher.next()
    if docnums != sorted(docnums):  # (the writer's own pages came after the sources')
        rows = sorted(zip(docnums, weights, values, strict=True), key=lambda row: row[0])
        docnums = [row[0] for row in rows]
        weights = [row[1] for row in rows]
        values = [row[2] for row in rows]
    return fieldname, btext, docnums, weights, values


def _read_blocks(matcher: Any, weights: list[float], values: list[Any]) -> list[int]:
    """Every posting of a Whoosh W3 posting list, a block at a time (what ``id``,
    ``weight`` and ``value`` give one by one): the documents returned, weights and
    values appended."""
    ids: list[int] = []
    while matcher.is_active():
        if matcher._ids is None:
            matcher._read_ids()
        if matcher._weights is None:
            matcher._read_weights()
        if matcher._values is None:
            matcher._read_values()
        start = matcher._i
        ids += matcher._ids[start:]
        weights += matcher._weights[start:]
        values += matcher._values[start:]
        matcher._next_block()
    return ids


def _postings(sources: list[Source]) -> Iterator[Posting]:
    """Every live posting of the sources, renumbered, ordered as the pool orders its own:
    by field name, term, new document number."""
    names = sorted(set().union(*(indexed for *_rest, indexed in sources)))
    for fieldname in names:
        terms = [
            _numbered(reader.lexicon(fieldname), n)
            for n, (reader, _base, _map, indexed) in enumerate(sources)
            if fieldname in indexed
        ]
        for btext, n in heapq.merge(*terms):
            reader, basedoc, docmap, _indexed = sources[n]
            matcher = reader.postings(fieldname, btext)
            while matcher.is_active():
                docnum = matcher.id()
                new = docmap[docnum] if docmap is not None else basedoc + docnum
                yield (fieldname, btext, new, matcher.weight(), matcher.value())
                matcher.next()


def _numbered(terms: Iterator[bytes], n: int) -> Iterator[tuple[bytes, int]]:
    """Each term with the number of the source it comes from (ties go in source order)."""
    for btext in terms:
        yield btext, n


def _close(readers: list[Any]) -> None:
    for reader in readers:
        if not reader.is_closed:
            reader.close()


def _close_when_finished(writer: Any, readers: list[Any]) -> None:
    finish = writer._finish

    def finished() -> None:
        try:
            finish()
        finally:
            _close(readers)

    writer._finish = finished
