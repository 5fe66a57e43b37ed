"""archive_app layer: what of a page that keeps its text may be copied into a bundle.

Only what the page draws goes across: the content stream (re-serialised by pypdf, so
comments and junk between operators are dropped) and the resources its operators
name, recursively through form XObjects. Everything else is left behind: annotations
and links, actions, metadata streams, piece info, optional-content and marked-content
properties, unused fonts and XObjects, and inside JPEGs everything decoding does not
need (EXIF, XMP, ICC, thumbnails, comments, data after the image).
"""

from __future__ import annotations

from typing import Any

from pypdf.generic import (
    ContentStream,
    DictionaryObject,
    IndirectObject,
    NameObject,
    StreamObject,
)

FORM_KEYS = frozenset(
    [
        "/Type",
        "/Subtype",
        "/FormType",
        "/BBox",
        "/Matrix",
        "/Resources",
        "/Group",
        "/Length",
        "/Filter",
        "/DecodeParms",
    ]
)
IMAGE_KEYS = frozenset(
    [
        "/Type",
        "/Subtype",
        "/Width",
        "/Height",
        "/ColorSpace",
        "/BitsPerComponent",
        "/Intent",
        "/ImageMask",
        "/Mask",
        "/Decode",
        "/Interpolate",
        "/SMask",
        "/SMaskInData",
        "/Length",
        "/Filter",
        "/DecodeParms",
    ]
)
# Resource categories an operator can name, and the operators that name them.
_CATEGORY_OF = {
    b"Do": "/XObject",
    b"Tf": "/Font",
    b"gs": "/ExtGState",
    b"sh": "/Shading",
    b"cs": "/ColorSpace",
    b"CS": "/ColorSpace",
}


def names_used(operations: list[tuple[Any, bytes]]) -> dict[str, set[str]]:
    """Resource names the operators refer to, by category."""
    used: dict[str, set[str]] = {}
    for operands, operator in operations:
        if operator in _CATEGORY_OF and operands:
            used.setdefault(_CATEGORY_OF[operator], set()).add(str(operands[0]))
        elif operator in (b"scn", b"SCN") and operands and isinstance(operands[-1], NameObject):
            used.setdefault("/Pattern", set()).add(str(operands[-1]))
        elif operator == b"INLINE IMAGE":
            settings = operands.get("settings", {}) if isinstance(operands, dict) else {}
            space = settings.get("/CS", settings.get("/ColorSpace"))
            if isinstance(space, NameObject):
                used.setdefault("/ColorSpace", set()).add(str(space))
    return used


class PageScrubber:
    """Prunes resources and strips unsafe keys; one per source document (memoised)."""

    def __init__(self, reader: Any) -> None:
        self._reader = reader
        self._done: set[int] = set()

    def operations(self, stream: Any) -> list[tuple[Any, bytes]]:
        content = (
            stream if isinstance(stream, ContentStream) else ContentStream(stream, self._reader)
        )
        ops: list[tuple[Any, bytes]] = content.operations
        return ops

    def page_content(self, page: Any) -> tuple[bytes, DictionaryObject]:
        """(re-serialised content, pruned resources) of a page."""
        contents = page.get_contents()
        if contents is None:
            return b"", DictionaryObject()
        ops = self.operations(contents)
        data = ContentStream(None, self._reader)
        data.operations = ops
        resources = page.get("/Resources")
        resources = resources.get_object() if resources is not None else DictionaryObject()
        return data.get_data(), self.prune(resources, names_used(ops))

    def prune(self, resources: Any, used: dict[str, set[str]]) -> DictionaryObject:
        """The entries of ``resources`` that ``used`` names (forms scrubbed on the way)."""
        pruned = DictionaryObject()
        if not isinstance(resources, DictionaryObject):
            return pruned
        xobjects = resources.get("/XObject")
        xobjects = xobjects.get_object() if xobjects is not None else None
        if isinstance(xobjects, DictionaryObject):
            seen: set[str] = set()
            while pending := used.get("/XObject", set()) - seen:
                for name in sorted(pending):
                    seen.add(name)
                    if name in xobjects:
                        self._scrub_xobject(xobjects[name], used)
        for category, names in used.items():
            table = resources.get(category)
            table = table.get_object() if table is not None else None
            if not isinstance(table, DictionaryObject):
                continue
            kept = DictionaryObject()
            for name in sorted(names):
                if name in table:
                    kept[NameObject(name)] = table.raw_get(name)
            if kept:
                pruned[NameObject(category)] = kept
        return pruned

    def _scrub_xobject(self, ref: Any, parent_used: dict[str, set[str]]) -> None:
        obj = ref.get_object() if isinstance(ref, IndirectObject) else ref
        if not isinstance(obj, StreamObject) or id(obj) in self._done:
            return
        self._done.add(id(obj))
        subtype = obj.get("/Subtype")
        if subtype == "/Form":
            for key in [k for k in obj if k not in FORM_KEYS]:
                del obj[key]
            ops = self.operations(obj)
            own = obj.get("/Resources")
            if own is None:  # a form without resources uses its parent's
                for category, names in names_used(ops).items():
                    parent_used.setdefault(category, set()).update(names)
            else:
                obj[NameObject("/Resources")] = self.prune(own.get_object(), names_used(ops))
        elif subtype == "/Image":
            for key in [k for k in obj if k not in IMAGE_KEYS]:
                del obj[key]
            if obj.get("/Filter") == "/DCTDecode":
                obj._data = strip_jpeg_metadata(obj._data)
            for mask in ("/SMask", "/Mask"):
                if isinstance(obj.get(mask), IndirectObject):
                    self._scrub_xobject(obj[mask], parent_used)


def strip_jpeg_metadata(data: bytes) -> bytes:
    """A JPEG without metadata (see ``clean_jpeg``); data that is not a well-formed JPEG is
    returned as it is (the page audit has such a page rendered instead of kept)."""
    cleaned = clean_jpeg(data)
    return data if cleaned is None else cleaned


def clean_jpeg(data: bytes) -> bytes | None:
    """The JPEG rebuilt from what decoding needs (frame, tables, restart interval, scans
    and the Adobe colour-transform marker), ending at its end-of-image marker: EXIF, XMP,
    IPTC, ICC, JFIF thumbnails, comments and anything after the image (a second JPEG)
    are gone, the pixels untouched. None when it is not a well-formed JPEG."""
    if not data.startswith(b"\xff\xd8"):
        return None
    out = bytearray(b"\xff\xd8")
    pos, end = 2, len(data)
    while pos + 1 < end:
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0xD9:
            return bytes(out + b"\xff\xd9")
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            out += data[pos : pos + 2]
            pos += 2
            continue
        if pos + 4 > end:
            return None
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        segment = data[pos : pos + 2 + length]
        if length < 2 or len(segment) < 2 + length:
            return None
        if _keep_segment(marker, segment):
            out += segment
        pos += 2 + length
        if marker == 0xDA:  # entropy-coded data up to the next marker that is not a restart
            start = pos
            while True:
                pos = data.find(b"\xff", pos)
                if pos < 0 or pos + 1 >= end:
                    return None
                following = data[pos + 1]
                if following == 0x00 or 0xD0 <= following <= 0xD7:
                    pos += 2
                    continue
                break
            out += data[start:pos]
    return None


def _keep_segment(marker: int, segment: bytes) -> bool:
    if 0xC0 <= marker <= 0xCF or marker in (0xDA, 0xDB, 0xDC, 0xDD, 0xDE, 0xDF):
        return True  # frames, Huffman/arithmetic tables, scans, quantisation, restarts
    # APP14 "Adobe": 12 bytes that say how the colours are transformed (CMYK/YCCK JPEGs).
    return marker == 0xEE and segment[4:9] == b"Adobe" and len(segment) <= 16
