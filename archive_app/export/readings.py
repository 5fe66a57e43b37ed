"""archive_app layer: other ways to read a text, so a name the text layer garbles is found.

The redactor and the verifier look for redacted content in each reading, mapped back to
the original offsets (so a hit in any reading is boxed where it stands on the page):
- the text as it is;
- repaired by the mention engine's reader (indexing.mentions.text): format characters
  dropped, words broken at line ends joined, look-alike letters folded;
- joined: letters spaced apart ("Y e s s e n o v", what letter-spaced or kerned text
  extracts as) and words split by a hyphen before a small letter ("Yes-senov") run
  together;
- legacy 8-bit: a text layer of Latin-1 letters that is really Windows-1251 or KZ-1048
  Cyrillic ("Äàóðåí Åñåíîâ" is "Даурен Есенов"), what old Cyrillic fonts without a
  Unicode map give. The conversion is one character for one, so offsets do not move.

``looks_mojibake`` tells a page whose text layer is such garbage and ``looks_unusable``
one made of replacement or private-use characters: such a page is rebuilt as an image
whatever is found.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from indexing.mentions.text import ReadText, read

LEGACY_CODECS = ("cp1251", "kz1048")
_HIGH = "\u00c0-\u00ff"
_MOJIBAKE_RUN = re.compile(f"[{_HIGH}]{{3}}")
_EXTRA = "\u00a8\u00b8\u00b2\u00b3\u00aa\u00ba\u00af\u00bf"  # Ё ё І і Є є Ї ї in 1251
_MOJIBAKE_WORD = re.compile(rf"[A-Za-z{_HIGH}{_EXTRA}]{{3,}}")
# Four or more single letters, each followed by one space (or a no-break space).
_SPACED = re.compile(r"(?<![^\W\d_])(?:[^\W\d_][ \u00a0]){3,}[^\W\d_](?![^\W\d_])")
# A hyphen (or Unicode hyphen) inside a capitalised word, before a small letter
# ("Yes-senov"; "pre-trial" is left alone: names are capitalised).
_INNER_HYPHEN = re.compile(
    r"(?<![^\W\d_])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\W\d_]*[-\u2010\u2011](?=[a-zа-яёәғқңөұүһі])"
)


def _legacy_table(codec: str) -> dict[int, str]:
    """Latin-1 and Windows-1252 characters -> the letter the same byte is in ``codec``."""
    table: dict[int, str] = {}
    for byte in range(0x80, 0x100):
        try:
            target = bytes([byte]).decode(codec)
        except UnicodeDecodeError:
            continue
        for source_codec in ("latin-1", "cp1252"):
            try:
                table.setdefault(ord(bytes([byte]).decode(source_codec)), target)
            except UnicodeDecodeError:
                continue
    return table


_TABLES: dict[str, dict[int, str]] = {}


def legacy_reading(text: str, codec: str) -> str:
    table = _TABLES.get(codec)
    if table is None:
        table = _TABLES[codec] = _legacy_table(codec)
    return text.translate(table)


def looks_mojibake(text: str) -> bool:
    """Most words of three or more letters are runs of Latin-1's upper half."""
    if not _MOJIBAKE_RUN.search(text):
        return False
    words = _MOJIBAKE_WORD.findall(text)
    garbled = sum(1 for w in words if sum(1 for c in w if "\u00c0" <= c <= "\u00ff") * 2 > len(w))
    return garbled >= 2 and garbled * 4 >= len(words)


def _cut(text: str, spans: list[tuple[int, int]]) -> ReadText:
    pieces: list[str] = []
    origin: list[int] = []
    at = 0
    for start, end in sorted(spans):
        start = max(start, at)
        pieces.append(text[at:start])
        origin.extend(range(at, start))
        at = max(at, end)
    pieces.append(text[at:])
    origin.extend(range(at, len(text)))
    return ReadText("".join(pieces), tuple(origin), len(text))


def joined(text: str) -> ReadText | None:
    """Spaced letters and hyphen-split words run together, or None when there are none."""
    spans = [(m.end() - 1, m.end()) for m in _INNER_HYPHEN.finditer(text)]
    for m in _SPACED.finditer(text):
        spans += [(m.start() + i, m.start() + i + 1) for i in range(1, m.end() - m.start(), 2)]
    return _cut(text, spans) if spans else None


def readings(text: str) -> Iterator[ReadText]:
    """The text itself, then every other reading that differs from it."""
    yield ReadText(text, None, len(text))
    repaired = read(text)
    if repaired.text != text:
        yield repaired
    glued = joined(repaired.text)
    if glued is not None:
        yield _compose(repaired, glued)
    if _MOJIBAKE_RUN.search(text):
        for codec in LEGACY_CODECS:
            yield ReadText(legacy_reading(text, codec), None, len(text))


def _compose(first: ReadText, second: ReadText) -> ReadText:
    """``second`` read from ``first``'s text, mapped back to the original."""
    if second.origin is None:
        return ReadText(second.text, first.origin, first.original_length)
    if first.origin is None:
        return ReadText(second.text, second.origin, first.original_length)
    return ReadText(
        second.text, tuple(first.origin[i] for i in second.origin), first.original_length
    )


def looks_unusable(text: str) -> bool:
    """A text layer that is mostly replacement characters, private-use code points or
    control characters (a font without a usable Unicode map)."""
    letters = [c for c in text if not c.isspace()]
    if len(letters) < 8:
        return False
    bad = sum(
        1 for c in letters if c in "\ufffd\ufffe" or "\ue000" <= c <= "\uf8ff" or ord(c) < 0x20
    )
    return bad * 5 > len(letters)
