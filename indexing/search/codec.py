"""indexing layer: how the index is written to its files: Whoosh's W3 codec and posting
formats, in fewer bytes.

Measured on a 2,000-document archive, most of the index was encoding overhead:

- Whoosh pickles each block of postings with protocol 2, which writes every byte string
  (every posting's value) as a call to ``codecs.encode`` on a latin-1 text: about 17
  bytes around each value, plus two for every byte above 127. ``IndexCodec`` pickles
  blocks with protocol 5 (three bytes around a value), whole-number weights as ints,
  and puts more postings in a block. Whoosh's own block reader reads these blocks as
  they are (pickle reads every protocol), so reading is Whoosh's.
- ``CompactPositions`` stores a posting's positions as deltas in an array of the
  smallest unsigned type that holds them (stock: a 4-byte count and a pickled list).
- ``Counts`` stores nothing per posting for a field without positions: the weight the
  block keeps anyway is the word's frequency.

The postings themselves (documents, weights, positions) are the same, so every search
answer is too.
"""

from __future__ import annotations

import zlib
from array import array
from collections.abc import Iterable, Iterator
from itertools import accumulate
from operator import sub
from pickle import dumps
from struct import Struct
from typing import Any

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3Codec, W3FieldWriter, W3PostingsWriter
from whoosh.fields import TEXT
from whoosh.formats import Format, Positions, tokens
from whoosh.util.numeric import length_to_byte

PICKLE_PROTOCOL = 5  # a block's postings (its byte strings as bytes)
INFO_PROTOCOL = 2  # a block's info tuple (numbers only: no frame header, 9 bytes less)
_TYPECODES = (("B", 0xFF), ("H", 0xFFFF), ("I", 0xFFFFFFFF), ("Q", 0xFFFFFFFFFFFFFFFF))


class IndexCodec(W3Codec):  # type: ignore[misc]
    """W3 with posting blocks written as described in the module docstring."""

    def field_writer(self, storage: Any, segment: Any) -> W3FieldWriter:
        return CompactFieldWriter(self, storage, segment)

    def postings_writer(self, dbfile: Any, byteids: bool = False) -> W3PostingsWriter:
        return CompactPostingsWriter(
            dbfile,
            blocklimit=self._blocklimit,
            byteids=byteids,
            compression=self._compression,
            inlinelimit=self._inlinelimit,
        )


BLOCK_POSTINGS = 1024  # stock 128: searches read whole posting lists (no top-N skipping)
COMPRESSION = 6  # zlib level; stock 3


def index_codec() -> IndexCodec:
    """The codec the index's segments are written with."""
    return IndexCodec(blocklimit=BLOCK_POSTINGS, compression=COMPRESSION)


class CompactFieldWriter(W3FieldWriter):  # type: ignore[misc]
    """``W3FieldWriter`` taking a whole term's postings at once from a pool that groups
    them (``indexing.search.termpool``); postings of any other kind one by one."""

    def add_postings(self, schema: Any, lengths: Any, items: Any) -> None:
        by_term = getattr(items, "by_term", None)
        if by_term is None:
            super().add_postings(schema, lengths, items)
            return
        field_length = lengths.doc_field_length if lengths else None
        count = int(lengths.doc_count_all()) if lengths else 0
        table: list[int] = []  # the current field's length in each document
        lastfn = None
        for fieldname, btext, docnums, weights, values in by_term():
            if docnums and docnums[0] < 0:  # (Whoosh's spelling words: not postings)
                keep = [i for i, n in enumerate(docnums) if n >= 0]
                docnums = [docnums[i] for i in keep]
                weights = [weights[i] for i in keep]
                values = [values[i] for i in keep]
            if not docnums:  # (a merged term whose pages were all deleted: not written)
                continue
            if fieldname != lastfn:
                if lastfn is not None:
                    self.finish_field()
                self.start_field(fieldname, schema[fieldname])
                lastfn = fieldname
                table = [field_length(n, fieldname) for n in range(count)] if field_length else []
            self.start_term(btext)
            if field_length is None:
                doclengths = [0] * len(docnums)
            elif docnums[-1] < count:
                doclengths = list(map(table.__getitem__, docnums))
            else:
                doclengths = [field_length(n, fieldname) for n in docnums]
            self._postwriter.add_many(docnums, weights, values, doclengths)
            self.finish_term()
        if lastfn is not None:
            self.finish_field()


class CompactPostingsWriter(W3PostingsWriter):  # type: ignore[misc]
    """``W3PostingsWriter`` pickling with protocol 5; the block layout (length, info
    tuple, compressed data tuple) is Whoosh's."""

    _maxweight: float  # (the block statistics Whoosh's writer keeps)
    _minlength: int | None
    _maxlength: int

    def _mini_weights(self) -> Any:
        """Whoosh's: None when all are 1.0, one float when all are equal, else a tuple;
        here a tuple of ints when all are whole (word counts: a pickled float takes nine
        bytes, a small int two). Scores come out the same: an int enters every sum and
        product of the scorer as the float it equals."""
        weights = self._weights
        first = weights[0]
        if weights.count(first) == len(weights):
            return None if first == 1.0 else first
        if all(map(float.is_integer, weights)):
            return tuple(map(int, weights))
        return tuple(weights)

    def add_many(
        self, ids: list[int], weights: list[float], values: list[Any], lengths: list[int]
    ) -> None:
        """``add_posting`` for each posting of one term, in slices that fill blocks."""
        limit = self._blocklimit
        count = len(ids)
        start = 0
        while start < count:
            if len(self._ids) >= limit:
                self._write_block()
            end = min(count, start + limit - len(self._ids))
            self._ids.extend(ids[start:end])
            block_weights = weights[start:end]
            self._weights.extend(block_weights)
            self._maxweight = max(self._maxweight, *block_weights)
            self._values.extend(v for v in values[start:end] if v)
            known = [n for n in lengths[start:end] if n]
            if known:
                shortest, longest = min(known), max(known)
                if self._minlength is None or shortest < self._minlength:
                    self._minlength = shortest
                self._maxlength = max(self._maxlength, longest)
            start = end

    def _write_block(self, last: bool = False) -> None:
        # Whoosh's W3PostingsWriter._write_block, pickled with the protocols above.
        if not self._blockcount:
            self._postfile.write(WHOOSH3_HEADER_MAGIC)
        self._terminfo.add_block(self)
        data = (self._mini_ids(), self._mini_weights(), self._mini_values())
        databytes = dumps(data, PICKLE_PROTOCOL)
        comp = self._compression
        if comp:
            databytes = zlib.compress(databytes, comp)
        ids = self._ids
        infobytes = dumps(
            (
                len(ids),
                ids[-1],
                self._maxweight,
                comp,
                length_to_byte(self._minlength),
                length_to_byte(self._maxlength),
            ),
            INFO_PROTOCOL,
        )
        postfile = self._postfile
        blocklength = len(infobytes) + len(databytes)
        if last:
            blocklength *= -1
        postfile.write_int(blocklength)
        postfile.write(infobytes)
        postfile.write(databytes)
        self._blockcount += 1
        self._new_block()


_ITEMSIZE = {ord(code): array(code).itemsize for code, _limit in _TYPECODES}
_ONE_BYTE = [b"B" + bytes([n]) for n in range(256)]
_ONE_SHORT = Struct("=H")  # as array("H") writes one item


def _typecode(largest: int) -> str:
    for code, limit in _TYPECODES:
        if largest <= limit:
            return code
    raise ValueError("position out of range")


class CompactPositions(Positions):  # type: ignore[misc]
    """Positions: one typecode byte, then the deltas as an array of that type."""

    def encode(self, poslist: Iterable[int]) -> bytes:
        positions = poslist if isinstance(poslist, list) else list(poslist)
        if len(positions) == 1:
            position = positions[0]
            if 0 <= position < 256:
                return _ONE_BYTE[position]
            if 0 <= position < 65536:
                return b"H" + _ONE_SHORT.pack(position)
        deltas = list(map(sub, positions, [0, *positions]))
        largest = max(deltas, default=0)
        if largest < 256:
            return b"B" + bytes(deltas)
        code = _typecode(largest)
        return code.encode() + array(code, deltas).tobytes()

    def decode_positions(self, valuestring: bytes) -> list[int]:
        deltas = array(chr(valuestring[0]))
        deltas.frombytes(valuestring[1:])
        return list(accumulate(deltas))

    def decode_frequency(self, valuestring: bytes) -> int:
        return (len(valuestring) - 1) // _ITEMSIZE[valuestring[0]]

    def decode_weight(self, valuestring: bytes) -> float:
        return float(self.decode_frequency(valuestring) * self.field_boost)

    def word_values(self, value: Any, analyzer: Any, **kwargs: Any) -> Iterator[Any]:
        """As Whoosh's, through the analyzer's ``index_positions`` when it has one (one
        pass over the words, every distinct word analysed once)."""
        fast = getattr(analyzer, "index_positions", None)
        if fast is None or not isinstance(value, str) or kwargs.get("mode") != "index":
            yield from super().word_values(value, analyzer, **kwargs)
            return
        fb = self.field_boost
        encode = self.encode
        for word, positions in fast(value).items():
            yield (word, len(positions), float(len(positions)) * fb, encode(positions))

    def index_items(self, value: str, analyzer: Any) -> list[Any] | None:
        """``PageText.index`` of ``value`` in one list; None without ``index_positions``."""
        fast = getattr(analyzer, "index_positions", None)
        if fast is None:
            return None
        fb = self.field_boost
        encode = self.encode
        return [
            (word.encode("utf-8"), len(positions), len(positions) * fb, encode(positions))
            for word, positions in fast(value).items()
        ]


class Counts(Format):  # type: ignore[misc]
    """A word's frequency in each document, kept as the posting's weight only.

    Supports: nothing to decode (the value is empty); matchers give the weight.
    """

    posting_size = 0

    def __init__(self, field_boost: float = 1.0, **options: Any) -> None:
        self.field_boost = field_boost
        self.options = options

    def word_values(self, value: Any, analyzer: Any, **kwargs: Any) -> Iterator[Any]:
        fb = self.field_boost
        fast = getattr(analyzer, "index_counts", None)
        if fast is not None and isinstance(value, str) and kwargs.get("mode") == "index":
            for word, freq in fast(value).items():
                yield (word, freq, float(freq) * fb, b"")
            return
        freqs: dict[str, int] = {}
        weights: dict[str, float] = {}
        kwargs["boosts"] = True
        for token in tokens(value, analyzer, kwargs):
            freqs[token.text] = freqs.get(token.text, 0) + 1
            weights[token.text] = weights.get(token.text, 0.0) + token.boost
        for word, freq in freqs.items():
            yield (word, freq, weights[word] * fb, b"")

    def index_items(self, value: str, analyzer: Any) -> list[Any] | None:
        """``PageText.index`` of ``value`` in one list; None without ``index_counts``."""
        fast = getattr(analyzer, "index_counts", None)
        if fast is None:
            return None
        fb = self.field_boost
        return [(word.encode("utf-8"), n, n * fb, b"") for word, n in fast(value).items()]

    def encode(self, value: Any) -> bytes:
        return b""

    def combine(self, vs: Any) -> bytes:
        return b""


class PageText(TEXT):  # type: ignore[misc]
    """A TEXT field whose ``index`` (what a writer adds for a page) comes from its
    format's ``index_items`` in one list, when the format and analyzer have them: the
    same items as Whoosh's ``FieldType.index``, without its generators per word."""

    def index(self, value: Any, **kwargs: Any) -> Any:
        index_items = getattr(self.format, "index_items", None)
        if (
            index_items is not None
            and isinstance(value, str)
            and kwargs.get("mode", "index") == "index"
        ):
            items = index_items(value, self.analyzer)
            if items is not None:
                return items
        return super().index(value, **kwargs)
