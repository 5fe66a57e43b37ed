"""indexing layer: plain text and Markdown, with UTF-8, UTF-16 and Windows-1251 detected."""

from __future__ import annotations

from indexing.errors import TooLarge
from indexing.extract.types import Extraction, Limits, Source


def decode_text(raw: bytes) -> tuple[str, str]:
    """Return (text, encoding name) for bytes in UTF-8, UTF-16 (BOM or not) or Windows-1251."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "utf-8"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace"), "utf-16"
    if b"\x00" in raw[:4096]:
        sample = raw[:4096]
        little = sample[1::2].count(0) >= sample[0::2].count(0)
        codec = "utf-16-le" if little else "utf-16-be"
        return raw.decode(codec, errors="replace"), codec
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return raw.decode("cp1251", errors="replace"), "windows-1251"


def split_pages(text: str) -> list[str]:
    """Form feeds separate pages; a text without them is one page."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    pages = text.split("\f")
    return pages if any(p.strip() for p in pages) else [text]


def extract_text(source: Source, limits: Limits, media_type: str) -> Extraction:
    raw = source.read_bytes()
    text, encoding = decode_text(raw)
    if len(text) > limits.max_text_chars:
        raise TooLarge(f"the text is longer than {limits.max_text_chars:,} characters")
    pages = split_pages(text)
    return Extraction(
        media_type=media_type,
        pages=pages,
        title=first_line_title(text),
        notes=[f"decoded as {encoding}"],
    )


def first_line_title(text: str, max_len: int = 100) -> str:
    """The first non-empty line if it is short enough to be a heading, else ''."""
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line if len(line) <= max_len else ""
    return ""
