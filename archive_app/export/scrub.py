"""archive_app layer: what of a page that keeps its text may be copied into a bundle.

Only what the page draws goes across: the content stream (re-serialised by pypdf, so
comments and junk between operators are dropped) and the resources its operators
name, recursively through form XObjects. Everything else is left behind: annotations
and links, actions, metadata streams, piece info, optional-content and marked-content
properties, unused fonts and XObjects, and EXIF/XMP/comment segments inside JPEGs.
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
# JPEG segments kept: APP0 (JFIF), APP2 (ICC profile), APP14 (Adobe colour transform).
_JPEG_KEEP_APP = {0xE0, 0xE2, 0xEE}


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
    """A JPEG without EXIF, XMP, IPTC and comment segments (pixels untouched)."""
    if not data.startswith(b"\xff\xd8"):
        return data
    out = bytearray(b"\xff\xd8")
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return data  # not a well-formed marker sequence; leave it alone
        marker = data[pos + 1]
        if marker == 0xDA:  # start of scan: the rest is image data
            out += data[pos:]
            return bytes(out)
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        segment = data[pos : pos + 2 + length]
        if not ((0xE0 <= marker <= 0xEF and marker not in _JPEG_KEEP_APP) or marker == 0xFE):
            out += segment
        pos += 2 + length
    return data
