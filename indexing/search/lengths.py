"""indexing layer: a Whoosh commit reads each field's document lengths once.

Whoosh's ``FieldWriter.add_postings`` asks the new segment's per-document reader for a
document's field length once per posting (a seek and a small read each time: about a
tenth of a commit), and the postings of one page repeat its document many times. Here
each field's lengths are read once for every document of the segment, through the
same reader, so the values and everything below them stay the same.
"""

from __future__ import annotations

from typing import Any


class LengthsReadOnce:
    """A per-document reader whose ``doc_field_length`` answers from one pass per field."""

    def __init__(self, reader: Any) -> None:
        self._reader = reader
        self._count = int(reader.doc_count_all())
        self._lengths: dict[tuple[str, Any], list[Any]] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: Any = 0) -> Any:
        if not 0 <= docnum < self._count:
            return self._reader.doc_field_length(docnum, fieldname, default)
        values = self._lengths.get((fieldname, default))
        if values is None:
            length = self._reader.doc_field_length
            values = [length(n, fieldname, default) for n in range(self._count)]
            self._lengths[(fieldname, default)] = values
        return values[docnum]

    def __bool__(self) -> bool:
        return bool(self._reader)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._reader, name)


def read_lengths_once(writer: Any) -> Any:
    """``writer`` (a SegmentWriter), its commit given the reader above; returned."""
    make = writer.per_document_reader
    writer.per_document_reader = lambda: LengthsReadOnce(make())
    return writer
