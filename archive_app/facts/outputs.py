"""archive_app layer: checked writing of drafts and chronologies to the file the user chose.

A file is made in memory, read back (every XML part of a DOCX, the text of a PDF, the
CSV itself) and checked with the naming rules' verifier (archive_app.facts.naming); only
then is it written - beside the target under a temporary name, then renamed - so a file
that would name a person beyond their consent is never written at all.
"""

from __future__ import annotations

import io
import os
import re
import secrets
import zipfile
from collections.abc import Iterator
from pathlib import Path

from archive_app.errors import InvalidValue, OutputExists
from archive_app.facts.naming import Namer

_TAG = re.compile(r"<[^>]+>")
_PARA_END = re.compile(r"</w:p>|</a:p>|<w:br/>|<w:tab/>|</w:tc>")


def docx_texts(data: bytes) -> Iterator[tuple[str, str]]:
    """Every text in a DOCX: paragraphs and tables as python-docx reads them, and each
    XML part of the package as raw text (headers, footers, properties, comments)."""
    from docx import Document

    document = Document(io.BytesIO(data))
    for paragraph in document.paragraphs:
        yield "a paragraph", paragraph.text
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield "a table", cell.text
    props = document.core_properties
    for name in ("title", "subject", "author", "keywords", "comments", "last_modified_by"):
        yield "the document properties", str(getattr(props, name) or "")
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for info in package.infolist():
            yield "the file names", info.filename
            if info.filename.endswith((".xml", ".rels")):
                xml = package.read(info).decode("utf-8", "replace")
                text = _TAG.sub("", _PARA_END.sub("\n", xml))
                yield f"part {info.filename}", _unescape(text)


def _unescape(text: str) -> str:
    return (
        text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", '"')
        .replace("&apos;", "'")
        .replace("&amp;", "&")
    )


def pdf_texts(data: bytes) -> Iterator[tuple[str, str]]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    for number, page in enumerate(reader.pages, 1):
        yield f"page {number}", page.extract_text() or ""
    for key, value in (reader.metadata or {}).items():
        yield "the document properties", f"{key} {value}"


def file_texts(data: bytes, fmt: str) -> Iterator[tuple[str, str]]:
    if fmt == "docx":
        yield from docx_texts(data)
    elif fmt == "pdf":
        yield from pdf_texts(data)
    else:
        yield "the table", data.decode("utf-8-sig")


def format_of(path: Path, allowed: tuple[str, ...]) -> str:
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in allowed:
        raise InvalidValue(f"write to a file ending in {', '.join('.' + a for a in allowed)}")
    return fmt


def write_checked(
    data: bytes, fmt: str, out: Path, namer: Namer, *, what: str, force: bool = False
) -> Path:
    """Check ``data`` as it will be read, then write it to ``out``."""
    namer.check(file_texts(data, fmt), what=what)
    out = out.expanduser()
    if out.exists() and not force:
        raise OutputExists(str(out))
    partial = out.with_name(f".{out.name}.partial-{secrets.token_hex(4)}")
    try:
        with partial.open("xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, out)
    finally:
        if partial.exists():
            partial.unlink()
    return out
