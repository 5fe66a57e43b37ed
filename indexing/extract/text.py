"""indexing layer: plain text and Markdown, with UTF-8, UTF-16 and Windows-1251 detected."""

from __future__ import annotations

from indexing.errors import TooLarge
from indexing.extract.types import Extraction, Limits, Source


def _plausible(text: str) -> float:
    """Share of characters found in the archive's prose: Latin or Cyrillic letters, digits,
    spaces, punctuation. (Any letter would not do: Windows-1251 capitals pair up into
    Hangul syllables when read as UTF-16.)"""
    if not text:
        return 0.0
    good = sum(
        1
        for ch in text
        if ("\u0400" <= ch <= "\u04ff")
        or (ch.isascii() and ch.isalnum())
        or ch.isspace()
        or ch in PUNCTUATION
    )
    return good / len(text)


PUNCTUATION = set(".,;:!?-–—'\"«»“”„()[]/\\%&*+=#@№§_<>|~`^$")


def utf16_codec(sample: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when BOM-less bytes read as prose in that order, else None.

    Cyrillic in UTF-16 has 0x04 beside every letter and NULs only beside ASCII, so
    counting NULs is not enough; the decoded text must look like text.
    """
    sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 4:
        return None
    as_utf8 = _plausible(sample.decode("utf-8", errors="replace"))
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            decoded = sample.decode(codec)
        except UnicodeDecodeError:
            continue
        if _plausible(decoded) >= 0.95 and as_utf8 < 0.9:
            return codec
    return None


def decode_text(raw: bytes) -> tuple[str, str]:
    """Return (text, encoding name) for bytes in UTF-8, UTF-16 (BOM or not) or Windows-1251."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "utf-8"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace"), "utf-16"
    codec = utf16_codec(raw[:4096])
    if codec:
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
    while len(pages) > 1 and not pages[-1].strip():  # a final form feed ends the last page
        pages.pop()
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
    """The heading: the first non-empty line if short enough; a short capitalised heading
    ("ПОСТАНОВЛЕНИЕ", "WITNESS STATEMENT") takes its subtitle line too."""
    lines = [ln.strip().lstrip("#").strip() for ln in text.splitlines()[:12]]
    lines = [ln for ln in lines if ln]
    if not lines or len(lines[0]) > max_len:
        return ""
    first = lines[0]
    second = lines[1] if len(lines) > 1 else ""
    if (
        first.isupper()
        and len(first.split()) <= 3
        and second
        and len(second) <= 60
        and not second.endswith(".")
    ):
        return f"{first} — {second}"
    return first
