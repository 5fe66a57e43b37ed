"""indexing layer: DOCX text per page, read with the standard library under size limits.

Word records where it last broke pages (``lastRenderedPageBreak``) and explicit
page breaks; both start a new page. Parts are decompressed through a bounded
reader, so a ZIP bomb stops at the limit instead of filling memory; documents
that declare a DTD are refused (no entity expansion).
"""

from __future__ import annotations

import io
import zipfile
from typing import IO
from xml.etree import ElementTree

from indexing.errors import CorruptFile, ResourceLimit
from indexing.extract.types import DOCX, Extraction, Limits, Source

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"


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


def _pages_from_xml(xml: bytes) -> list[str]:
    pages: list[list[str]] = [[]]
    paragraph: list[str] = []
    try:
        # DTDs were refused above, so no entity can expand.
        for event, elem in ElementTree.iterparse(io.BytesIO(xml), events=("start", "end")):  # noqa: S314
            tag = elem.tag
            if event == "start":
                if tag == f"{W}lastRenderedPageBreak" or (
                    tag == f"{W}br" and elem.get(f"{W}type") == "page"
                ):
                    pages[-1].append("".join(paragraph))
                    paragraph = []
                    pages.append([])
                continue
            if tag == f"{W}t" and elem.text:
                paragraph.append(elem.text)
            elif tag == f"{W}tab":
                paragraph.append("\t")
            elif tag == f"{W}br" and elem.get(f"{W}type") != "page":
                paragraph.append("\n")
            elif tag == f"{W}p":
                pages[-1].append("".join(paragraph))
                paragraph = []
                elem.clear()
    except ElementTree.ParseError as exc:
        raise CorruptFile(f"damaged DOCX ({exc})") from exc
    if paragraph:
        pages[-1].append("".join(paragraph))
    texts = ["\n".join(lines).strip("\n") for lines in pages]
    # A page break at the very start or end leaves an empty page; drop those.
    while len(texts) > 1 and not texts[-1].strip():
        texts.pop()
    while len(texts) > 1 and not texts[0].strip():
        texts.pop(0)
    return texts


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
            pages = _pages_from_xml(
                _read_bounded(zf, "word/document.xml", limits.max_unzipped_bytes)
            )
            title = _title(zf, limits.max_unzipped_bytes)
    except zipfile.BadZipFile as exc:
        raise CorruptFile(f"damaged DOCX ({exc})") from exc
    finally:
        stream.close()
    return Extraction(media_type=DOCX, pages=pages, title=title)
