"""indexing layer: highlighted snippets of a page, matched the way the index matches."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexing.mentions.forms import word_keys
from indexing.mentions.text import read
from indexing.search.analysis import WORD_PATTERN, stem_word

WINDOW = 220
_WORDS = re.compile(WORD_PATTERN)  # what analysis.tokenizer() finds, without Token objects


@dataclass(frozen=True)
class Snippet:
    text: str
    spans: list[tuple[int, int]] = field(default_factory=list)  # highlighted (start, end)

    def render(self, before: str = "**", after: str = "**") -> str:
        out: list[str] = []
        last = 0
        for start, end in self.spans:
            out += [self.text[last:start], before, self.text[start:end], after]
            last = end
        out.append(self.text[last:])
        return "".join(out)


def _matched_words(text: str, stems: set[str], skeletons: set[str], plain: set[str]) -> set[str]:
    """The distinct words of ``text`` (as the tokenizer gives them) that the query
    matched, each decided once (most words of a page repeat)."""
    found: set[str] = set()
    for text_word in set(_WORDS.findall(text)):
        word = text_word.lower()
        if (
            word in plain
            or stem_word(word) in stems
            or (skeletons and not skeletons.isdisjoint(word_keys(text_word)))
        ):
            found.add(text_word)
    return found


def matches(
    text: str, stems: set[str], skeletons: set[str], plain: set[str], *, repaired: bool = False
) -> list[tuple[int, int]]:
    """Character spans of the words in ``text`` that the query matched, keyed as the index
    keys them (a word broken at a line end is one word; its span covers both parts).
    The words are the index tokenizer's (``WORD_PATTERN``), read with the pattern itself."""
    page = None if repaired else read(text)
    words = page.text if page else text
    hits = _matched_words(words, stems, skeletons, plain)
    if not hits:
        return []
    spans = [found.span() for found in _WORDS.finditer(words) if found.group() in hits]
    return [page.span(*span) for span in spans] if page else spans


def any_match(text: str, stems: set[str], skeletons: set[str], plain: set[str]) -> bool:
    """Whether ``make_snippet`` would highlight anything on the page (a page past those a
    hit shows is only counted)."""
    return bool(_matched_words(read(text).text, stems, skeletons, plain))


def make_snippet(
    text: str, stems: set[str], skeletons: set[str], plain: set[str], width: int = WINDOW
) -> Snippet:
    """The part of a page around its first matched words, whitespace folded, cut at words
    (and words broken at a line end joined)."""
    flat = " ".join(read(text).text.split())
    return _snippet_from(flat, matches(flat, stems, skeletons, plain, repaired=True), width)


def _snippet_from(text: str, spans: list[tuple[int, int]], width: int) -> Snippet:
    if not spans:
        cut = text[:width]
        if len(text) > width:
            cut = cut.rsplit(" ", 1)[0] + " …"
        return Snippet(cut)
    first = spans[0][0]
    start = max(0, first - width // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > spans[0][1] else end
    inside = [(s - start, e - start) for s, e in spans if s >= start and e <= end]
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    shift = len(prefix)
    return Snippet(prefix + text[start:end] + suffix, [(s + shift, e + shift) for s, e in inside])
