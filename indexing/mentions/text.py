"""indexing layer: page text as the mention engine reads it, with a map back to the page.

What a reader sees as one word is often several in the text layer:
- a word broken at a line end: "Сейдах-\\nметовой", and PDFium's soft hyphen marker
  U+FFFE ("Col\\ufffelaboration"; U+0002 in its per-character API), or a soft hyphen
  U+00AD, with or without a newline;
- format characters inside a word (zero-width space and joiners U+200B-U+200D,
  word joiner U+2060, BOM U+FEFF, bidi marks);
- letters of another script that look the same (Cyrillic "У" in "Уessenov", Greek "ο"
  in "Yessenοv", Latin "c" in "Еcенов", a Cherokee "Ꭺ"): inside a word written mostly
  in Latin or Cyrillic letters, look-alikes from any other script are read as that
  script's letters, by Unicode's confusables data.

``read(text)`` returns the text with those repaired and an offset map, so a match found
in the repaired text is reported on the original page (the stored and displayed page
text is never changed). A line-end hyphen is kept when the next line starts with a
capital (Kassym-\\nJomart is a hyphenated name, not a broken word).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

_LATIN = "A-Za-z\u00c0-\u024f"
_GREEK = "\u0370-\u03ff"
_CYRILLIC = "\u0400-\u04ff"

# U+0002 is what PDFium's per-character API gives for a line-end soft hyphen.
FORMAT_CHARS = frozenset("\x02\u00ad\ufffe\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u180e")


def _script(ch: str) -> str:
    if "\u0400" <= ch <= "\u04ff":
        return "cyrillic"
    if "\u0370" <= ch <= "\u03ff":
        return "greek"
    if ch.isascii() or "\u00c0" <= ch <= "\u024f":
        return "latin"
    return "other"


@dataclass(frozen=True)
class ReadText:
    """Repaired text; ``origin[i]`` is where character ``i`` stood in the original."""

    text: str
    origin: tuple[int, ...] | None  # None: nothing was cut, offsets are the same
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the repaired text's ``[start, end)``."""
        if self.origin is None:
            return min(start, self.original_length), min(end, self.original_length)
        if start >= len(self.origin):
            return self.original_length, self.original_length
        first = self.origin[start]
        last = self.origin[end - 1] + 1 if end > start else first
        return first, last


@cache
def _look_alikes() -> tuple[dict[str, str], dict[str, str], re.Pattern[str]]:
    """Letters that look like a Latin or a Cyrillic letter, from Unicode's confusables data
    (confusable-homoglyphs, MIT): Cyrillic у and Greek ο for Latin, Latin c for Cyrillic,
    and Cherokee, Armenian, Coptic or small-capital look-alikes - and the seam (two
    letters of different scripts side by side) that shows a word mixing them. Loaded
    once, on the first page read."""
    from confusable_homoglyphs.confusables import confusables_data

    latin: dict[str, str] = {}
    cyrillic: dict[str, str] = {}
    for char, entries in confusables_data.items():
        if len(char) != 1 or not char.isalpha():
            continue
        for entry in entries:
            other = entry["c"]
            if len(other) != 1:
                continue
            if other.isascii() and other.isalpha() and not char.isascii():
                latin.setdefault(char, other)
            if _script(other) == "cyrillic" and _script(char) != "cyrillic":
                cyrillic.setdefault(char, other)
    foreign = "".join(sorted(c for c in latin if _script(c) == "other"))
    known = f"{_LATIN}{_GREEK}{_CYRILLIC}"
    seam = re.compile(
        f"[{_CYRILLIC}][{_LATIN}{_GREEK}]|[{_LATIN}{_GREEK}][{_CYRILLIC}]"
        f"|[{_LATIN}][{_GREEK}]|[{_GREEK}][{_LATIN}]"
        + (f"|[{known}][{re.escape(foreign)}]|[{re.escape(foreign)}][{known}]" if foreign else "")
    )
    return latin, cyrillic, seam


def _fold_word(word: str) -> str:
    """A word mixing scripts, with the minority script's look-alikes made majority."""
    latin_of, cyrillic_of, _ = _look_alikes()
    counts: dict[str, int] = {}
    for ch in word:
        script = _script(ch)
        if script == "other" and ch not in latin_of:
            continue
        counts[script] = counts.get(script, 0) + 1
    if len(counts) < 2:
        return word
    if counts.get("cyrillic", 0) > counts.get("latin", 0):
        return "".join(ch if _script(ch) == "cyrillic" else cyrillic_of.get(ch, ch) for ch in word)
    return "".join(ch if _script(ch) == "latin" else latin_of.get(ch, ch) for ch in word)


_FORMAT_RUN = re.compile(
    "[" + "".join(sorted(FORMAT_CHARS)) + r"](?:[ \t]*\r?\n[ \t]*(?=[^\W\d_]))?"
)
_BROKEN = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[^\W\d_])(?![^\W\d_]*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])")
_WORD = re.compile(r"[^\W\d_]+")


def repair(text: str) -> str:
    """``read(text).text`` without the offset map, at the speed of a few regexes."""
    if not text:
        return text
    text = _FORMAT_RUN.sub("", text)
    if "-" in text:
        text = _BROKEN.sub("", text)
    return _fold_mixed(text)


@cache
def _seam_finder() -> tuple[dict[int, str], re.Pattern[str]]:
    """The seam of ``_look_alikes`` found fast: each letter of a class the seam names
    is replaced by one letter for its class (L Latin, G Greek, C Cyrillic, F a foreign
    look-alike; the classes do not overlap, and every other character stays itself,
    never one of those four), so a pattern of four plain letters finds the same seams at
    the same offsets, where the seam's big classes cost microseconds per character."""
    foreign = "".join(c for c in _look_alikes()[0] if _script(c) == "other")
    table: dict[int, str] = {}
    for first, last, code in (("A", "Z", "L"), ("a", "z", "L"), ("\u00c0", "\u024f", "L")):
        table.update({n: code for n in range(ord(first), ord(last) + 1)})
    table.update({n: "G" for n in range(0x370, 0x400)})
    table.update({n: "C" for n in range(0x400, 0x500)})
    table.update({ord(c): "F" for c in foreign})
    return table, re.compile("C[LG]|[LG]C|LG|GL" + ("|[LGC]F|F[LGC]" if foreign else ""))


def _fold_mixed(text: str) -> str:
    if text.isascii():  # Latin letters alone: no seam
        return text
    table, script_seam = _seam_finder()
    classes = text.translate(table)
    seam = script_seam.search(classes)
    if seam is None:
        return text
    pieces: list[str] = []
    at = 0
    while seam is not None:
        start = seam.start()
        while start > 0 and (text[start - 1].isalpha()):
            start -= 1
        word = _WORD.match(text, start)
        end = word.end() if word else seam.end()
        pieces += [text[at:start], _fold_word(text[start:end])]
        at = end
        seam = script_seam.search(classes, end)
    pieces.append(text[at:])
    return "".join(pieces)


def read(text: str) -> ReadText:
    """Join broken words, drop format characters, fold mixed-script look-alikes."""
    cuts = sorted(
        [(m.start(), m.end()) for m in _FORMAT_RUN.finditer(text)]
        + ([(m.start(), m.end()) for m in _BROKEN.finditer(text)] if "-" in text else [])
    )
    if not cuts:
        return ReadText(_fold_mixed(text), None, len(text))
    pieces: list[str] = []
    origin: list[int] = []
    at = 0
    for start, end in cuts:
        if start < at:
            start = at
        pieces.append(text[at:start])
        origin.extend(range(at, start))
        at = max(at, end)
    pieces.append(text[at:])
    origin.extend(range(at, len(text)))
    return ReadText(_fold_mixed("".join(pieces)), tuple(origin), len(text))
