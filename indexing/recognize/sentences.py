"""indexing layer: the sentence around a recognised mention, shown as its evidence.

Page texts come from PDFs (lines wrapped mid-sentence), plain text (one line per
paragraph) and forms ("Family name: Seitkali" on a line of its own). A page is
cut once into sentence spans: at ``.``/``!``/``?`` followed by a capital (but
not after "Art.", "ст.", "Mr" or an initial), at blank lines, and at line breaks
that end a short line, follow closing punctuation or start a list item or a
form field ("Legal basis invoked: ..."). Wrapped lines of one paragraph stay
together.
"""

from __future__ import annotations

import re
from bisect import bisect_right

MAX_EVIDENCE_CHARS = 320
SHORT_LINE = 50  # a line this short ends where it ends (a heading, a form field)

# Words after which a full stop does not end a sentence (lowercase, without the dot).
ABBREVIATIONS = frozenset(
    (
        *("art", "arts", "para", "paras", "no", "nos", "nr", "mr", "ms", "mrs", "dr", "st"),
        *("vs", "cf", "pp", "ch", "sec", "e.g", "i.e", "etc", "approx", "ibid", "op", "al"),
        *("ст", "ч", "чч", "п", "пп", "г", "гг", "ул", "д", "обл", "им", "см", "тел", "рис"),
        *("т", "тт", "б", "ж", "бет", "стр"),
    )
)

_ENDERS = re.compile(r"[.!?…]+[\"'»”’)\]]*(?=\s)")
_NEWLINE = re.compile(r"\n")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-•*–—]\s|\d{1,3}[.)]\s|\([a-z0-9]{1,3}\)\s)")
_FIELD = re.compile(r"[ \t]*[^\W\d_][^\n:.;]{0,40}:\s")  # "Legal basis invoked: ..."
_WORD_BEFORE = re.compile(r"([^\W\d_][\w.]*)$")
_SPACE = re.compile(r"\s+")


class PageSentences:
    """The sentence spans of one page, found once and looked up by offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts = _sentence_starts(text)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The bounds of the sentence holding ``text[start:end]`` (and any it runs into)."""
        i = bisect_right(self._starts, start) - 1
        j = bisect_right(self._starts, max(start, end - 1))
        lo = self._starts[i]
        hi = self._starts[j] if j < len(self._starts) else len(self.text)
        return lo, hi

    def evidence(self, start: int, end: int) -> str:
        """The sentence around a mention, whitespace collapsed and cut to a readable length."""
        lo, hi = self.span(start, end)
        if hi - lo > MAX_EVIDENCE_CHARS:
            half = (MAX_EVIDENCE_CHARS - (end - start)) // 2
            new_lo = max(lo, start - max(half, 40))
            new_hi = min(hi, end + max(half, 40))
            if new_lo > lo:  # cut between words
                space = self.text.find(" ", new_lo, start)
                new_lo = space + 1 if space >= 0 else new_lo
            if new_hi < hi:
                space = self.text.rfind(" ", end, new_hi)
                new_hi = space if space >= 0 else new_hi
            prefix = "…" if new_lo > lo else ""
            suffix = "…" if new_hi < hi else ""
            return prefix + _collapse(self.text[new_lo:new_hi]) + suffix
        return _collapse(self.text[lo:hi])


def _collapse(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _sentence_starts(text: str) -> list[int]:
    starts = {0}
    for match in _ENDERS.finditer(text):
        if _ends_sentence(text, match.start(), match.end()):
            starts.add(_skip_space(text, match.end()))
    for match in _NEWLINE.finditer(text):
        if _hard_break(text, match.start()):
            starts.add(_skip_space(text, match.end()))
    return sorted(s for s in starts if s < len(text)) or [0]


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _ends_sentence(text: str, dot: int, after: int) -> bool:
    nxt = _skip_space(text, after)
    if nxt >= len(text):
        return True
    following = text[nxt]
    if not (following.isupper() or following in "\"'«“‘(["):
        return False
    if text[dot] != ".":
        return True
    word = _WORD_BEFORE.search(text, max(0, dot - 20), dot)
    if word is None:
        return True
    token = word.group(1).casefold()
    return len(token) > 1 and token not in ABBREVIATIONS


def _hard_break(text: str, newline: int) -> bool:
    line_start = text.rfind("\n", 0, newline) + 1
    line = text[line_start:newline].strip()
    if not line:
        return True
    next_end = text.find("\n", newline + 1)
    next_line = text[newline + 1 : next_end if next_end >= 0 else len(text)]
    if not next_line.strip():
        return True
    return (
        line[-1] in ".!?:;…"
        or len(line) < SHORT_LINE
        or _LIST_ITEM.match(next_line) is not None
        or (_FIELD.match(next_line) is not None and next_line.lstrip()[:1].isupper())
    )
