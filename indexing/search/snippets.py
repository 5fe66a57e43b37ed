"""indexing layer: highlighted snippets of a page, matched the way the index matches."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from indexing.mentions.forms import word_keys
from indexing.mentions.text import FORMAT_CHARS, read
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


def any_match(
    text: str,
    stems: set[str],
    skeletons: set[str],
    plain: set[str],
    *,
    matched: WordMatcher | None = None,
) -> bool:
    """Whether ``make_snippet`` would highlight anything on the page (a page past those a
    hit shows is only counted). ``matched``: ``word_matcher(stems, skeletons, plain)``,
    shared by the pages of one search."""
    matched = matched or word_matcher(stems, skeletons, plain)
    for piece, _whole in _pieces(text):
        if any(matched(found.group()) for found in _WORDS.finditer(read(piece).text)):
            return True
    return False


# A page is read (``read``: broken words joined, format characters dropped, look-alikes
# folded) from its start, FIRST_READ characters first and four times as many each time
# after, until what is sought lies inside: the highlights shown, or a match at all. Each
# piece ends where reading it gives exactly the start of what reading the whole page
# gives: after a space, tab or newline that follows a character that is no whitespace,
# hyphen or format character. No repair reaches across such a place (a line-end hyphen
# or a format character with the line break after it would; a word mixing scripts ends
# at the space), and the words before it are whole.
FIRST_READ = 1024
_CUT = re.compile("[^-\\s" + "".join(sorted(FORMAT_CHARS)) + r"][ \t\n]")


def _pieces(text: str) -> Iterator[tuple[str, bool]]:
    """Leading pieces of ``text`` cut as above, each longer, then the whole (True)."""
    limit = FIRST_READ
    while limit < len(text):
        cut = _CUT.search(text, max(0, limit - 2))
        if cut is None:
            break
        yield text[: cut.end()], False
        limit = cut.end() * 4
    yield text, True


WordMatcher = Callable[[str], bool]


def word_matcher(stems: set[str], skeletons: set[str], plain: set[str]) -> WordMatcher:
    """Whether a word of a page (as the tokenizer gives it) is one the query matched, as
    ``_matched_words`` decides it, each distinct word decided once (for as long as the
    matcher is kept: the pages of one search)."""
    decided: dict[str, bool] = {}

    def matched(text_word: str) -> bool:
        found = decided.get(text_word)
        if found is None:
            word = text_word.lower()
            found = decided[text_word] = (
                word in plain
                or stem_word(word) in stems
                or bool(skeletons and not skeletons.isdisjoint(word_keys(text_word)))
            )
        return found

    return matched


def make_snippet(
    text: str,
    stems: set[str],
    skeletons: set[str],
    plain: set[str],
    width: int = WINDOW,
    *,
    matched: WordMatcher | None = None,
) -> Snippet:
    """The part of a page around its first matched words, whitespace folded, cut at words
    (and words broken at a line end joined). The page is read only as far as the part
    shown needs (``_pieces``). ``matched``: as for ``any_match``."""
    matched = matched or word_matcher(stems, skeletons, plain)
    for piece, whole in _pieces(text):
        flat = " ".join(read(piece).text.split())
        spans = _shown(flat, matched, width)
        # a piece will do when the part shown ends before it does (else the part, and
        # whether " …" follows it, depend on the rest of the page)
        if whole or (spans and _window(flat, spans[0], width)[1] < len(flat)):
            return _snippet_from(flat, spans, width)
    raise AssertionError("the whole page is the last piece")  # pragma: no cover


def _shown(flat: str, matched: WordMatcher, width: int) -> list[tuple[int, int]]:
    """The first matched word of ``flat`` and those after it up to the end of the part
    shown around it (the highlights past it are not shown: ``_snippet_from``)."""
    words = _WORDS.finditer(flat)
    spans: list[tuple[int, int]] = []
    for found in words:
        if matched(found.group()):
            spans.append(found.span())
            break
    if spans:
        end = _window(flat, spans[0], width)[1]
        for found in words:
            if found.start() >= end:
                break
            if matched(found.group()):
                spans.append(found.span())
    return spans


def _window(text: str, first: tuple[int, int], width: int) -> tuple[int, int]:
    """Where the part of ``text`` shown around its first highlight ``first`` starts and
    ends: a third of the width before it, cut at spaces."""
    start = max(0, first[0] - width // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first[0] else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > first[1] else end
    return start, end


def _snippet_from(text: str, spans: list[tuple[int, int]], width: int) -> Snippet:
    if not spans:
        cut = text[:width]
        if len(text) > width:
            cut = cut.rsplit(" ", 1)[0] + " …"
        return Snippet(cut)
    start, end = _window(text, spans[0], width)
    inside = [(s - start, e - start) for s, e in spans if s >= start and e <= end]
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    shift = len(prefix)
    return Snippet(prefix + text[start:end] + suffix, [(s + shift, e + shift) for s, e in inside])
