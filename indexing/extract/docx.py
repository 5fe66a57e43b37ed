"""indexing layer: DOCX text per page, read with the standard library under size limits.

Word records where it last broke pages (``lastRenderedPageBreak``) and explicit
page breaks; both start a new page. Parts are decompressed through a bounded
reader, so a ZIP bomb stops at the limit instead of filling memory; documents
that declare a DTD are refused (no entity expansion).
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import IO
from xml.etree import ElementTree

from indexing.errors import CorruptFile, ResourceLimit
from indexing.extract.types import DOCX, Extraction, Limits, Source

# Transitional and Strict OOXML name WordprocessingML differently; both are read.
W_NAMESPACES = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
)
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
# Story parts besides the body, with the label a hit in them carries.
STORIES = (
    ("header", "Header"),
    ("footer", "Footer"),
    ("footnotes", "Footnotes"),
    ("endnotes", "Endnotes"),
    ("comments", "Comments"),
)
NOTE_SEPARATORS = ("separator", "continuationSeparator", "continuationNotice")


def _w(tag: str) -> str | None:
    """The local name of a WordprocessingML tag (either namespace), else None."""
    if tag.startswith("{"):
        ns, _, local = tag[1:].partition("}")
        return local if ns in W_NAMESPACES else None
    return None


def _attr(elem: ElementTree.Element, name: str) -> str | None:
    for ns in W_NAMESPACES:
        value = elem.get(f"{{{ns}}}{name}")
        if value is not None:
            return value
    return None


def _read_bounded(zf: zipfile.ZipFile, name: str, budget: int) -> bytes:
    info = zf.getinfo(name)
    if info.file_size > budget:
        raise ResourceLimit(
            f"{name} would decompress to {info.file_size:,} bytes (limit {budget:,})"
        )
    out = io.BytesIO()
    with zf.open(info) as fh:
        while True:
            chunk = fh.read(1024 * 1024)
            if not chunk:
                break
            out.write(chunk)
            if out.tell() > budget:  # the header lied about the size
                raise ResourceLimit(f"{name} decompresses past the limit of {budget:,} bytes")
    data = out.getvalue()
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise CorruptFile(f"{name} declares a DTD, which DOCX never needs; refused")
    return data


class _Story:
    """Paragraph text of one story part, page by page, with notes on what it held."""

    def __init__(self) -> None:
        self.pages: list[list[str]] = [[]]
        self.stack: list[list[str]] = []  # paragraphs nest (text boxes inside a paragraph)
        self.fallback = 0  # inside mc:Fallback: a copy of mc:Choice, read once only
        self.deleted = False
        self.inserted = False
        self.blocks: list[tuple[str, str]] = []  # (kind, text) per footnote/comment
        self.skip_hidden = False  # leave out text marked hidden (w:vanish), for export
        self.hidden_run = False  # inside a run whose properties say hidden
        self.hidden = 0  # hidden runs left out

    def text(self, value: str) -> None:
        if self.stack and not self.fallback:
            self.stack[-1].append(value)

    def paragraph_end(self) -> None:
        if self.stack:
            line = "".join(self.stack.pop())
            if not self.fallback:
                self.pages[-1].append(line)

    def page_break(self) -> None:
        if self.stack:
            self.pages[-1].append("".join(self.stack[-1]))
            self.stack[-1].clear()
        self.pages.append([])


def _read_story(xml: bytes, *, skip_hidden: bool = False) -> _Story:
    story = _Story()
    story.skip_hidden = skip_hidden
    block_start = 0
    in_paragraph_props = 0
    try:
        # DTDs were refused above, so no entity can expand.
        for event, elem in ElementTree.iterparse(io.BytesIO(xml), events=("start", "end")):  # noqa: S314
            tag = elem.tag
            if tag in (f"{MC}Fallback",):
                story.fallback += 1 if event == "start" else -1
                continue
            name = _w(tag)
            if name is None:
                continue
            if event == "start":
                if name == "pPr":
                    in_paragraph_props += 1
                elif name == "r":
                    story.hidden_run = False
                elif name in ("vanish", "specVanish") and not in_paragraph_props:
                    story.hidden_run = _attr(elem, "val") not in ("0", "false", "off")
                if name == "p":
                    story.stack.append([])
                elif name == "lastRenderedPageBreak" or (
                    name == "br" and _attr(elem, "type") == "page"
                ):
                    story.page_break()
                elif name in ("footnote", "endnote", "comment"):
                    block_start = sum(len(p) for p in story.pages)
                continue
            if name == "pPr":
                in_paragraph_props -= 1
            elif name == "r":
                story.hidden_run = False
            if story.skip_hidden and story.hidden_run and name in ("t", "delText", "tab", "br"):
                story.hidden += 1 if name != "br" else 0
                continue
            if name in ("t", "delText") and elem.text:
                story.text(elem.text)
                if name == "delText" and not story.fallback:
                    story.deleted = True
            elif name == "ins":
                story.inserted = True
            elif name == "del":
                story.text(" ")  # deleted and inserted words must not run together
            elif name == "tab":
                story.text("\t")
            elif name == "noBreakHyphen":
                story.text("-")
            elif name in ("br", "cr") and _attr(elem, "type") != "page":
                story.text("\n")
            elif name == "p":
                story.paragraph_end()
                elem.clear()
            elif name in ("footnote", "endnote", "comment"):
                lines = [ln for page in story.pages for ln in page][block_start:]
                text = "\n".join(ln for ln in lines if ln.strip())
                if _attr(elem, "type") not in NOTE_SEPARATORS and text.strip():
                    who = _attr(elem, "author") or ""
                    key = _attr(elem, "id") or ""
                    story.blocks.append((f"{who}" if name == "comment" else key, text))
    except ElementTree.ParseError as exc:
        raise CorruptFile(f"damaged DOCX ({exc})") from exc
    while story.stack:
        story.paragraph_end()
    return story


def _pages_from_xml(xml: bytes) -> list[str]:
    return _page_texts(_read_story(xml))


def _page_texts(story: _Story) -> list[str]:
    texts = ["\n".join(lines).strip("\n") for lines in story.pages]
    # A page break at the very start or end leaves an empty page; drop those.
    while len(texts) > 1 and not texts[-1].strip():
        texts.pop()
    while len(texts) > 1 and not texts[0].strip():
        texts.pop(0)
    return texts


def _story_names(names: list[str], kind: str) -> list[str]:
    pattern = re.compile(rf"^word/{kind}\d*\.xml$")
    return sorted((n for n in names if pattern.match(n)), key=_natural)


def _natural(name: str) -> tuple[int, str]:
    digits = re.sub(r"\D", "", name)
    return (int(digits) if digits else 0, name)


def _other_stories(
    zf: zipfile.ZipFile, budget: int, *, skip_hidden: bool = False
) -> tuple[list[str], list[str]]:
    """(labelled pages, notes) for headers, footers, footnotes, endnotes and comments."""
    pages: list[str] = []
    notes: list[str] = []
    names = zf.namelist()
    seen: set[str] = set()
    for kind, label in STORIES:
        chunks: list[str] = []
        for part in _story_names(names, kind):
            story = _read_story(_read_bounded(zf, part, budget), skip_hidden=skip_hidden)
            if story.deleted or story.inserted:
                notes.append(
                    f"tracked changes in the {label.lower()}:"
                    " inserted and deleted text both indexed"
                )
            if kind in ("footnotes", "endnotes", "comments"):
                for key, text in story.blocks:
                    chunks.append(
                        f"[{key}] {text}"
                        if kind != "comments"
                        else f"{key}: {text}"
                        if key
                        else text
                    )
            else:
                text = "\n".join(_page_texts(story)).strip()
                if text and text not in seen:  # first/even/default headers often repeat
                    seen.add(text)
                    chunks.append(text)
        if chunks:
            pages.append(f"[{label}]\n" + "\n".join(chunks))
            notes.append(f"{label.lower()} read (a page of its own at the end)")
    return pages, notes


def _title(zf: zipfile.ZipFile, budget: int) -> str:
    if "docProps/core.xml" not in zf.namelist():
        return ""
    try:
        root = ElementTree.fromstring(_read_bounded(zf, "docProps/core.xml", budget))  # noqa: S314
    except ElementTree.ParseError:
        return ""
    node = root.find(DC_TITLE)
    return (node.text or "").strip() if node is not None else ""


def extract_docx(source: Source, limits: Limits) -> Extraction:
    if source.data is not None:
        stream: IO[bytes] = io.BytesIO(source.data)
    else:
        assert source.path is not None
        stream = source.path.open("rb")
    try:
        with zipfile.ZipFile(stream) as zf:
            total = sum(i.file_size for i in zf.infolist())
            if total > limits.max_unzipped_bytes * 4:
                raise ResourceLimit(
                    f"the DOCX would decompress to {total:,} bytes; refusing (decompression bomb?)"
                )
            if "word/document.xml" not in zf.namelist():
                raise CorruptFile("not a Word document (no word/document.xml)")
            body = _read_story(_read_bounded(zf, "word/document.xml", limits.max_unzipped_bytes))
            pages = _page_texts(body)
            extra, notes = _other_stories(zf, limits.max_unzipped_bytes)
            if body.deleted or body.inserted:
                notes.insert(0, "tracked changes: inserted and deleted text both indexed")
            title = _title(zf, limits.max_unzipped_bytes)
    except zipfile.BadZipFile as exc:
        raise CorruptFile(f"damaged DOCX ({exc})") from exc
    finally:
        stream.close()
    if not any(p.strip() for p in pages) and not extra:
        notes.append("no text found in the document body")
    return Extraction(media_type=DOCX, pages=pages + extra, title=title, notes=notes)


def visible_pages(data: bytes, limits: Limits) -> tuple[list[str], int]:
    """The document's pages as ``extract_docx`` gives them, but without text marked hidden
    (w:vanish): what a reader of the printed document sees, for export. Also how many
    hidden pieces of text were left out."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        if "word/document.xml" not in zf.namelist():
            raise CorruptFile("not a Word document (no word/document.xml)")
        body = _read_story(
            _read_bounded(zf, "word/document.xml", limits.max_unzipped_bytes), skip_hidden=True
        )
        extra, _ = _other_stories(zf, limits.max_unzipped_bytes, skip_hidden=True)
    return _page_texts(body) + extra, body.hidden
