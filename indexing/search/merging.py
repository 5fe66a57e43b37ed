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

Posting = tuple[str, bytes, int, float, Any]


def add_segments(writer: Any, segments: list[Any]) -> None:
    """``writer.add_reader`` for each segment's reader, streamed (see the module
    docstring). The readers stay open until the writer finishes (commit or cancel)."""
    from whoosh.reading import SegmentReader

    sources: list[tuple[Any, int, dict[int, int] | None, set[str]]] = []
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

    def postings() -> Iterator[Posting]:
        try:
            yield from heapq.merge(pooled(), _postings(sources))
        finally:
            _close(readers)  # read to the end: before the old segments' files go

    pool.iter_postings = postings


def _postings(sources: list[tuple[Any, int, dict[int, int] | None, set[str]]]) -> Iterator[Posting]:
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
