"""indexing layer: highlighted snippets of a page, matched the way the index matches."""

from __future__ import annotations

from dataclasses import dataclass, field

from indexing.mentions.forms import word_keys
from indexing.mentions.text import read
from indexing.search.analysis import stem_word, tokenizer

WINDOW = 220


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


def matches(
    text: str, stems: set[str], skeletons: set[str], plain: set[str], *, repaired: bool = False
) -> list[tuple[int, int]]:
    """Character spans of the words in ``text`` that the query matched, keyed as the index
    keys them (a word broken at a line end is one word; its span covers both parts)."""
    spans: list[tuple[int, int]] = []
    page = None if repaired else read(text)
    for token in tokenizer()(page.text if page else text, chars=True):
        word = token.text.lower()
        if (
            word in plain
            or stem_word(word) in stems
            or (skeletons and not skeletons.isdisjoint(word_keys(token.text)))
        ):
            span = (token.startchar, token.endchar)
            spans.append(page.span(*span) if page else span)
    return spans


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
