"""archive_app layer: what a PDF page draws that its text layer does not say, and what it hides.

PDFium's text page holds the text of the page's content and of the forms it draws, but
not text drawn inside a tiling pattern or a soft mask: a name shown through those is in
the pixels and in no extractor's text. ``audit_page`` reads the page's resources with
pypdf and reports
- the text-showing strings of those streams (searched for redacted content: a hit there
  cannot be boxed, so the page cannot be exported as it is);
- the optional-content layers (OCGs) the page uses that are OFF in the document's
  default configuration (the page is rendered by PDFium, which leaves them out, and the
  export report lists them);
- images that cannot be cleaned in place: JPEG 2000 (its boxes can carry XML and text)
  and JPEGs that do not parse (rendered too, never copied).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pypdf.generic import ArrayObject, ContentStream, DictionaryObject, IndirectObject

from archive_app.export.scrub import clean_jpeg

MAX_DEPTH = 8
_SHOW_TEXT = (b"Tj", b"TJ", b"'", b'"')


@dataclass
class PageAudit:
    unseen_texts: list[str] = field(default_factory=list)  # strings in patterns, soft masks
    unseen_drawing: bool = False  # a pattern or soft mask shows text at all
    hidden_layers: set[int] = field(default_factory=set)  # OCGs (object numbers) left out
    unclean_images: bool = False  # JPEG 2000, or a JPEG that does not parse

    @property
    def must_render(self) -> bool:
        return self.unseen_drawing or bool(self.hidden_layers) or self.unclean_images


def hidden_groups(reader: Any) -> set[int]:
    """Object numbers of the OCGs that are OFF in the default configuration."""
    try:
        properties = reader.trailer["/Root"].get_object().get("/OCProperties")
        if properties is None:
            return set()
        properties = properties.get_object()
        config = properties.get("/D")
        config = config.get_object() if config is not None else DictionaryObject()
        groups = _refs(properties.get("/OCGs"))
        if config.get("/BaseState") == "/OFF":
            return groups - _refs(config.get("/ON"))
        return _refs(config.get("/OFF"))
    except Exception:  # a broken /OCProperties hides nothing we can tell; PDFium decides
        return set()


def _refs(value: Any) -> set[int]:
    value = value.get_object() if isinstance(value, IndirectObject) else value
    if not isinstance(value, ArrayObject):
        return set()
    return {item.idnum for item in value if isinstance(item, IndirectObject)}


def audit_page(reader: Any, index: int, hidden: set[int]) -> PageAudit:
    audit = PageAudit()
    try:
        page = reader.pages[index]
        resources = page.get("/Resources")
        _walk_resources(reader, resources, audit, hidden, unseen=False, depth=0, seen=set())
    except Exception:  # pypdf cannot walk it: render the page (PDFium decides what shows)
        audit.unseen_drawing = True
    return audit


def _walk_resources(
    reader: Any,
    resources: Any,
    audit: PageAudit,
    hidden: set[int],
    *,
    unseen: bool,
    depth: int,
    seen: set[tuple[int, bool]],
) -> None:
    resources = resources.get_object() if resources is not None else None
    if not isinstance(resources, DictionaryObject) or depth > MAX_DEPTH:
        return
    properties = _dict(resources.get("/Properties"))
    for ref in properties.values() if properties else ():
        audit.hidden_layers |= _groups_of(ref) & hidden
    for ref in (_dict(resources.get("/XObject")) or {}).values():
        _visit(reader, ref, audit, hidden, unseen=unseen, depth=depth, seen=seen)
    for ref in (_dict(resources.get("/Pattern")) or {}).values():
        _visit(reader, ref, audit, hidden, unseen=True, depth=depth, seen=seen)
    for state in (_dict(resources.get("/ExtGState")) or {}).values():
        state = state.get_object()
        mask = state.get("/SMask") if isinstance(state, DictionaryObject) else None
        mask = mask.get_object() if mask is not None else None
        if isinstance(mask, DictionaryObject) and "/G" in mask:
            _visit(reader, mask.raw_get("/G"), audit, hidden, unseen=True, depth=depth, seen=seen)


def _dict(value: Any) -> DictionaryObject | None:
    value = value.get_object() if value is not None else None
    return value if isinstance(value, DictionaryObject) else None


def _groups_of(ref: Any) -> set[int]:
    """The OCGs an optional-content entry (an OCG or a membership dictionary) names."""
    found = {ref.idnum} if isinstance(ref, IndirectObject) else set()
    obj = ref.get_object() if ref is not None else None
    if isinstance(obj, DictionaryObject) and obj.get("/Type") == "/OCMD":
        members = obj.raw_get("/OCGs") if "/OCGs" in obj else None
        if isinstance(members, IndirectObject) and not isinstance(
            members.get_object(), ArrayObject
        ):
            found.add(members.idnum)
        else:
            found |= _refs(members)
    return found


def _visit(
    reader: Any,
    ref: Any,
    audit: PageAudit,
    hidden: set[int],
    *,
    unseen: bool,
    depth: int,
    seen: set[tuple[int, bool]],
) -> None:
    if isinstance(ref, IndirectObject):
        if (ref.idnum, unseen) in seen:
            return
        seen.add((ref.idnum, unseen))
    obj = ref.get_object() if ref is not None else None
    if not isinstance(obj, DictionaryObject):
        return
    if "/OC" in obj:
        audit.hidden_layers |= _groups_of(obj.raw_get("/OC")) & hidden
    subtype = obj.get("/Subtype")
    if subtype == "/Image":
        filters = obj.get("/Filter")
        filters = list(filters) if isinstance(filters, ArrayObject) else [filters]
        if "/JPXDecode" in filters or (
            "/DCTDecode" in filters and (len(filters) > 1 or clean_jpeg(_raw_data(obj)) is None)
        ):
            audit.unclean_images = True
        return
    if subtype != "/Form" and obj.get("/PatternType") != 1:
        return
    if unseen:
        texts = _shown_strings(reader, obj)
        if texts:
            audit.unseen_drawing = True
            audit.unseen_texts += texts
    _walk_resources(
        reader, obj.get("/Resources"), audit, hidden, unseen=unseen, depth=depth + 1, seen=seen
    )


def _shown_strings(reader: Any, stream: Any) -> list[str]:
    """The strings a content stream shows, read as Latin-1 and (with a BOM) UTF-16."""
    try:
        operations = ContentStream(stream, reader).operations
    except Exception:
        return ["?"]  # unreadable: treat as drawing something
    texts: list[str] = []
    for operands, operator in operations:
        if operator not in _SHOW_TEXT:
            continue
        for item in operands:
            parts = item if isinstance(item, ArrayObject) else [item]
            texts.append("".join(_decode(p) for p in parts if isinstance(p, bytes | str)))
    return [" ".join(texts)] if texts else []


def _decode(part: bytes | str) -> str:
    raw = part.original_bytes if hasattr(part, "original_bytes") else part
    if isinstance(raw, str):
        return raw
    if raw.startswith((b"\xfe\xff", b"\xff\xfe")):
        return raw.decode("utf-16", errors="ignore")
    return raw.decode("latin-1")


def _raw_data(obj: Any) -> bytes:
    data = getattr(obj, "_data", b"")
    return bytes(data) if isinstance(data, bytes | bytearray) else b""
