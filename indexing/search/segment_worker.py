"""indexing layer: the index segment builder process
(``python -m indexing.search.segment_worker``).

The import and the reindex have one writer (one SQLCipher connection), and analysing
page text (three fields, in pure Python) and writing Whoosh postings take most of their
time. Here that work runs in worker processes, ahead of the writer, so both cores work:
the writer sends each page's fields through a pipe, the worker analyses them and builds
a Whoosh segment in memory (``MemoryStorage``: nothing reaches the disk), and at the
end of the batch hands back the segment's files, which the writer stores as rows of its
transaction like any other index file. The worker never sees the archive or its key.

Protocol (length-prefixed frames, ``indexing.extract.frames``), one request at a time:

- ``{"kind": "add", "index": NAME, "docs": [FIELDS, ...]}``: no reply;
- ``{"kind": "finish"}``: the segment of everything added since the last finish or
  cancel: ``{"segid": ID, "doccount": N, "lengths": {FIELD: TOTAL}, "files": [NAME, ...]}``
  (the field length totals live in Whoosh's segment object) then one frame per
  file; ``{"doccount": 0}`` if nothing was added; ``{"error": TEXT}`` if a page failed;
- ``{"kind": "cancel"}``: drop what was added; no reply;
- ``{"kind": "merge", "index": NAME, "segments": [{"segid", "doccount", "deleted",
  "lengths", "files"}, ...]}`` then one frame per file of each segment, between
  batches: the segments merged term by term (``indexing.search.merging``) into one,
  answered like ``finish``. The writer runs merges here, beside its next batch.
"""

from __future__ import annotations

import sys
from datetime import datetime
from typing import IO, Any

from indexing.extract.frames import FrameError, read_frame, read_json, write_frame, write_json

POOL_MB = 64  # in-memory posting runs of one segment; a batch is a few thousand pages


class _Building:
    """One segment under way in memory."""

    def __init__(self, index_name: str) -> None:
        from whoosh.index import FileIndex

        from indexing.search.codec import index_codec
        from indexing.search.lengths import read_lengths_once
        from indexing.search.schema import build_schema
        from indexing.search.storage import MemoryStorage
        from indexing.search.termpool import use_term_pool

        self.storage = MemoryStorage()
        index = FileIndex.create(self.storage, build_schema(), index_name)
        writer = index.writer(limitmb=POOL_MB, codec=index_codec())
        self.writer = use_term_pool(read_lengths_once(writer))
        self.error = ""
        self.sources: list[str] = []  # files of the segments being merged

    def add(self, docs: list[dict[str, Any]]) -> None:
        if self.error:
            return
        try:
            for fields in docs:
                self.writer.add_document(**decode_fields(fields))
        except Exception as exc:  # reported at finish; the writer's batch is not committed
            self.error = f"{type(exc).__name__}: {exc}"

    def merge(self, sources: list[dict[str, Any]], files: dict[str, bytes]) -> None:
        from collections import defaultdict

        from whoosh.codec.whoosh3 import W3Segment

        from indexing.search.merging import add_segments

        self.storage.files.update(files)
        self.sources = list(files)
        segments = []
        for source in sources:
            deleted = {int(n) for n in source["deleted"]}
            segment = W3Segment(
                self.writer.codec,
                self.writer.indexname,
                int(source["doccount"]),
                str(source["segid"]),
                deleted or None,
            )
            segment.compound = True
            segment._fieldlengths = defaultdict(int, source["lengths"])
            segments.append(segment)
        try:
            add_segments(self.writer, segments)
        except Exception as exc:  # reported by finish; the writer keeps its segments
            self.error = f"{type(exc).__name__}: {exc}"

    def finish(self, replies: IO[bytes]) -> None:
        writer = self.writer
        if self.error:
            writer.cancel()
            write_json(replies, {"error": self.error})
            return
        if not writer._added:
            writer.cancel()
            write_json(replies, {"doccount": 0})
            return
        writer._flush_segment()
        writer._close_segment()
        for name in self.sources:  # merged: their bytes go before the segment is assembled
            self.storage.files.pop(name, None)
        writer._assemble_segment()
        segment = writer.get_segment()
        writer._finish()
        prefix = f"{segment.indexname}_{segment.segid}"
        names = sorted(n for n in self.storage.files if n.startswith(prefix))
        write_json(
            replies,
            {
                "segid": segment.segid,
                "doccount": segment.doc_count_all(),
                "lengths": dict(getattr(segment, "_fieldlengths", {})),
                "files": names,
            },
        )
        for name in names:
            write_frame(replies, bytes(self.storage.files[name]))

    def cancel(self) -> None:
        self.writer.cancel()


SAME_TEXT = ("translit", "plain")  # fields that carry the page text again


def encode_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """A page's fields as JSON can carry them (a date as ``{"date": ISO}``; the page text
    once: the fields that repeat ``text`` as ``{"same": "text"}``)."""
    out = dict(fields)
    when = out.get("date")
    if isinstance(when, datetime):
        out["date"] = {"date": when.isoformat()}
    text = out.get("text")
    if isinstance(text, str):
        for name in SAME_TEXT:
            if out.get(name) is text or out.get(name) == text:
                out[name] = {"same": "text"}
    return out


def decode_fields(fields: dict[str, Any]) -> dict[str, Any]:
    out = dict(fields)
    when = out.get("date")
    if isinstance(when, dict):
        out["date"] = datetime.fromisoformat(when["date"])
    for name in SAME_TEXT:
        if isinstance(out.get(name), dict):
            out[name] = out[str(out[name]["same"])]
    return out


def serve(requests: IO[bytes], replies: IO[bytes]) -> None:
    """Answer requests until the pipe closes."""
    building: _Building | None = None
    while True:
        try:
            request = read_json(requests)
            kind = request["kind"]
        except (FrameError, KeyError, TypeError):
            return
        if kind == "add":
            if building is None:
                building = _Building(str(request["index"]))
            building.add(list(request["docs"]))
        elif kind == "finish":
            if building is None:
                write_json(replies, {"doccount": 0})
            else:
                building.finish(replies)
            building = None
        elif kind == "cancel":
            if building is not None:
                building.cancel()
            building = None
        elif kind == "merge":
            sources = list(request["segments"])
            files = {str(n): read_frame(requests) for src in sources for n in src["files"]}
            if building is not None:  # only between batches
                building.cancel()
            building = _Building(str(request["index"]))
            building.merge(sources, files)
            building.finish(replies)
            building = None


def main() -> None:
    serve(sys.stdin.buffer, sys.stdout.buffer)


if __name__ == "__main__":
    main()
