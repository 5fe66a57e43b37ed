"""archive_app layer: finding redacted terms in text, case-, space- and script-insensitively.

Text is cut into words (letters and digits; ``NazigulMaksutkhan`` is two words), and
each word is reduced to its cross-script skeleton (``indexing.translit.skeleton``), so
Максутхан, Мақсұтхан, Maksutkhan and Maqsutqan are one word. A term matches

- word by word: each term word is a prefix of the text word, which may carry up to
  ``MAX_SUFFIX`` more letters (Russian and Kazakh endings: Ерлана, Сейткалиев,
  Абдрахманованың); a long term word ending in a vowel also matches without that vowel
  (Нурланова / Нурлановой); short words and numbers must match whole;
- or squashed: the term's words run together match the text's words run together from
  the start of a word (``N a z i g u l`` or ``nazigulmaksutkhan``); numbers of seven or
  more digits match anywhere in the digit stream (``+7 701 555 24 19`` / ``87015552419``).

A match always covers whole words. The redactor and the verifier use this same matcher,
so what one removes is exactly what the other looks for.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from indexing.translit import skeleton

MAX_SUFFIX = 5
MIN_STEM_WORD = 5  # words this long may drop a final vowel (Russian/Kazakh inflection)
MIN_PREFIX_WORD = 4  # shorter words must match whole
MIN_SQUASHED = 6
MIN_DIGITS_ANYWHERE = 7
_UPPER = "A-ZÀ-ÖØ-ÞЀ-ЯӘҒҚҢӨҰҮҺІ"
WORD_RE = re.compile(rf"[{_UPPER}]?[^\W_{_UPPER}]+|[^\W_]+")
VOWELS = frozenset("aeiou")


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    term: int  # index of the term in the matcher


@dataclass(frozen=True)
class _Word:
    skel: str
    exact: bool  # must equal the text word's skeleton (short words, numbers)
    stem: str  # prefix a text word must start with (when not exact)


@dataclass(frozen=True)
class _Term:
    index: int
    words: tuple[_Word, ...]
    squashed: str
    digits_anywhere: bool


class Words:
    """The words of one text: their spans, skeletons and the squashed skeleton stream."""

    def __init__(self, text: str) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.skels: list[str] = []
        for m in WORD_RE.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())
            self.skels.append(skeleton(m.group()))
        self.offsets: list[int] = []  # where each word begins in the squashed stream
        pos = 0
        for skel in self.skels:
            self.offsets.append(pos)
            pos += len(skel)
        self.squashed = "".join(self.skels)
        self._offset_index = {off: i for i, off in enumerate(self.offsets)}
        self.by_first: dict[str, list[int]] = {}
        for i, skel in enumerate(self.skels):
            if skel:
                self.by_first.setdefault(skel[0], []).append(i)

    def word_at_offset(self, offset: int) -> int:
        return bisect.bisect_right(self.offsets, offset) - 1

    def word_starting_at(self, offset: int) -> int | None:
        return self._offset_index.get(offset)


def _compile_word(skel: str) -> _Word:
    numeric = any(ch.isdigit() for ch in skel)
    exact = numeric or len(skel) < MIN_PREFIX_WORD
    stem = skel
    if not exact and len(skel) >= MIN_STEM_WORD and skel[-1] in VOWELS:
        stem = skel[:-1]
    return _Word(skel=skel, exact=exact, stem=stem)


def term_words(text: str) -> list[str]:
    return [skeleton(m.group()) for m in WORD_RE.finditer(text)]


class TermMatcher:
    """Finds any of a list of terms; ``find`` gives whole-word spans in the original text."""

    def __init__(self, terms: Iterable[str]) -> None:
        self.terms: list[str] = []
        self._compiled: list[_Term] = []
        for text in dict.fromkeys(t.strip() for t in terms):
            skels = [s for s in term_words(text) if s]
            if not skels:
                continue
            index = len(self.terms)
            self.terms.append(text)
            squashed = "".join(skels)
            self._compiled.append(
                _Term(
                    index=index,
                    words=tuple(_compile_word(s) for s in skels),
                    squashed=squashed,
                    digits_anywhere=squashed.isdigit() and len(squashed) >= MIN_DIGITS_ANYWHERE,
                )
            )

    def __bool__(self) -> bool:
        return bool(self._compiled)

    def find(self, text: str, words: Words | None = None) -> list[Match]:
        if not self._compiled or not text:
            return []
        words = words or Words(text)
        found: set[Match] = set()
        for term in self._compiled:
            found.update(self._by_words(term, words))
            found.update(self._squashed(term, words))
        return sorted(found, key=lambda m: (m.start, m.end, m.term))

    def first(self, text: str) -> Match | None:
        matches = self.find(text)
        return matches[0] if matches else None

    # -- the two ways a term matches ---------------------------------------------------
    @staticmethod
    def _word_fits(word: _Word, skel: str) -> bool:
        if word.exact:
            return skel == word.skel
        return skel.startswith(word.stem) and len(skel) - len(word.stem) <= MAX_SUFFIX

    def _by_words(self, term: _Term, words: Words) -> Iterable[Match]:
        first = term.words[0]
        n = len(term.words)
        for i in words.by_first.get(first.skel[0], ()):
            if i + n > len(words.skels):
                continue
            if all(self._word_fits(w, words.skels[i + k]) for k, w in enumerate(term.words)):
                yield Match(words.starts[i], words.ends[i + n - 1], term.index)

    def _squashed(self, term: _Term, words: Words) -> Iterable[Match]:
        pattern = term.squashed
        if len(pattern) < MIN_SQUASHED and not term.digits_anywhere:
            return
        stream = words.squashed
        at = stream.find(pattern)
        while at != -1:
            if term.digits_anywhere or words.word_starting_at(at) is not None:
                first = words.word_at_offset(at)
                last = words.word_at_offset(at + len(pattern) - 1)
                yield Match(words.starts[first], words.ends[last], term.index)
            at = stream.find(pattern, at + 1)


def merge_spans(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching spans joined, in order."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def person_terms(names: Sequence[str], *, parts: bool = True) -> list[str]:
    """Every form of a person to redact: each name and alias, the two-word ones also
    reversed (Сейткали Ерлан), and with ``parts`` each word of four letters or more."""
    forms: list[str] = []
    for name in names:
        name = " ".join(name.split())
        if not name:
            continue
        forms.append(name)
        pieces = [m.group() for m in WORD_RE.finditer(name)]
        if len(pieces) == 2:
            forms.append(f"{pieces[1]} {pieces[0]}")
        if parts:
            forms += [p for p in pieces if len(p) >= MIN_PREFIX_WORD and not p.isdigit()]
    return list(dict.fromkeys(forms))
