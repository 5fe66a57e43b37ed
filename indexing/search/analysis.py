"""indexing layer: analyzers for English, Russian and Kazakh text and cross-script names.

- ``text``: words lower-cased (Kazakh letters included), Russian words stemmed
  with Snowball, English with Porter; Kazakh words are left whole (no stemmer
  fits them, and a Russian one would damage them).
- ``skeleton``: every word under the mention engine's keys (indexing.mentions.forms):
  a capitalised word under every dictionary form it may be (Курмангалиевой ->
  kurmangalieva, Есеновтың -> esenov, Äbılqasymovqa -> abilkasimov), any other word
  under its cross-script skeleton, so a name typed in any script and form finds it
  in every other (a second, lower-ranked field). A query word becomes one token
  holding all its keys joined by "|"; indexing.search.names turns it into an OR of
  the keys the index holds. The same analyzer serves titles, file names, persons
  and cases, where any spelling of a name should meet every other.

Both read the text as the mention engine does (indexing.mentions.text): words broken
at a line end or by a soft hyphen are joined, format characters dropped and
look-alike letters of another script folded.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from whoosh.analysis import CompositeAnalyzer, Filter, LowercaseFilter, RegexTokenizer, Tokenizer
from whoosh.lang.porter import stem as english_stem
from whoosh.lang.snowball.russian import RussianStemmer

from indexing.mentions.forms import forget_cached_forms, is_russian_surname, word_keys
from indexing.mentions.text import repair
from indexing.translit import skeleton

KAZAKH_ONLY = frozenset("әғқңөұүһі")
KEY_SEPARATOR = "|"
NAME_FLAG = "!"  # among a query word's keys: a capitalised Russian surname
WORD_PATTERN = r"\w+(?:[.'’]\w+)*"
_russian = RussianStemmer()


@lru_cache(maxsize=100_000)
def stem_word(word: str) -> str:
    """The indexing form of one lower-cased word, by its script."""
    if word.isdigit():
        return word
    if any("\u0400" <= ch <= "\u04ff" for ch in word):
        if KAZAKH_ONLY.intersection(word):
            return word
        return str(_russian.stem(word))
    if word.isascii():
        return str(english_stem(word))
    return word


@lru_cache(maxsize=200_000)
def sorted_keys(word: str) -> tuple[str, ...]:
    """``word_keys`` in order, once per distinct word (a page repeats most of its words)."""
    return tuple(sorted(word_keys(word)))


def forget_cached_words() -> None:
    """Drop the word caches (they hold words and names read from documents); on lock."""
    stem_word.cache_clear()
    sorted_keys.cache_clear()
    skeleton.cache_clear()
    forget_cached_forms()
    _LAST_REPAIRED.clear()  # the last page text read
    _PAGE_WORDS.clear()
    _TEXT_TERMS.clear()
    _SKELETON_TERMS.clear()


class ScriptStemFilter(Filter):  # type: ignore[misc]
    """Stem by script. Prefix, wildcard and fuzzy query text (which the query parser
    passes with ``removestops=False``) is left whole: a stem is no prefix of its words."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for token in tokens:
            if not (token.mode == "query" and not token.removestops):
                token.text = stem_word(token.text)
            yield token


class SkeletonFilter(Filter):  # type: ignore[misc]
    """Each word under its keys (see the module docstring); the keys of one word share its
    position, so phrases hold. Runs before lower-casing: capitals mark names."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for token in tokens:
            keys = sorted_keys(token.text)
            if token.mode == "query":
                if not token.removestops:  # prefix, wildcard, fuzzy: the typed letters
                    token.text = skeleton(token.text)
                    yield token
                    continue
                primary = skeleton(token.text)
                rest = [k for k in keys if k != primary]
                flag = [NAME_FLAG] if is_russian_surname(token.text) else []
                token.text = KEY_SEPARATOR.join([primary, *rest, *flag])
                yield token
                continue
            for key in keys:
                token.text = key
                yield token
            for key in getattr(token, "initials", ()):
                token.text = key
                yield token


class PageTokenizer(Tokenizer):  # type: ignore[misc]
    """Words of the text as the mention engine reads it (broken words joined)."""

    def __init__(self, *, initials: bool = False) -> None:
        self._words = RegexTokenizer(expression=WORD_PATTERN)
        self.initials = initials

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PageTokenizer) and other.initials == self.initials

    def __hash__(self) -> int:
        return hash((PageTokenizer, self.initials))

    def __call__(self, value: str, **kwargs: Any) -> Iterator[Any]:
        """Tokens as RegexTokenizer makes them; initials ("Ж.", "Zh.", "Д.Б") also carry
        ``initials``: their letters as INITIAL_MARK + skeleton, for name queries."""
        value = _repaired(value)
        if not getattr(self, "initials", False):  # (an index pickled before the attribute)
            yield from self._words(value, **kwargs)
            return
        asked_chars = kwargs.pop("chars", False)
        for token in self._words(value, chars=True, **kwargs):
            word = token.text
            if len(word) <= 2 or "." in word:
                token.initials = _initial_keys(word, value[token.endchar : token.endchar + 1])
            else:
                token.initials = ()
            if not asked_chars:
                token.startchar = token.endchar = None
            yield token


_LAST_REPAIRED: list[tuple[str, str]] = []


def _repaired(value: str) -> str:
    """``repair(value)``, once per page: the text and name fields get the same page string,
    so the second analyzer reuses the first one's result (one entry, compared by identity
    and then by value)."""
    if _LAST_REPAIRED:
        before, after = _LAST_REPAIRED[0]
        if before is value or before == value:
            return after
    after = repair(value)
    _LAST_REPAIRED[:] = [(value, after)]
    return after


INITIAL_MARK = "^"
_DIGRAPHS = frozenset({"zh", "sh", "ch", "kh", "ts", "yu", "ya", "ye", "yo"})
_INITIALS = re.compile(r"[^\W\d_]{1,2}(?:\.[^\W\d_]{1,2})+")


def _initial_keys(word: str, after: str) -> tuple[str, ...]:
    """ "Ж" before a full stop, "Zh." or "Д.Б": the keys of its initials; else nothing."""
    if not word[:1].isupper():
        return ()
    if _INITIALS.fullmatch(word):
        letters = word.split(".")
    elif after == "." and (len(word) == 1 or word.casefold() in _DIGRAPHS):
        letters = [word]
    else:
        return ()
    return tuple(INITIAL_MARK + skeleton(letter) for letter in letters if letter)


def tokenizer() -> RegexTokenizer:
    return RegexTokenizer(expression=WORD_PATTERN)


# -- indexing a page: the analyzers' words without a token stream --------------------------
# Whoosh runs every page through each analyzer's chain of generators, one Token at a time,
# once per field. ``index_positions`` / ``index_counts`` give the same words at the same
# positions (the formats in indexing.search.codec call them when indexing): the page is
# read and split into words once for ``text`` and ``translit``, and each distinct word is
# analysed once (most words of a page, and of an archive, repeat). Queries still go
# through the chains.
_WORD = re.compile(WORD_PATTERN)
_CACHED_WORDS = 200_000  # distinct words kept per cache before it starts again
_PAGE_WORDS: dict[str, tuple[str, list[str], list[int]]] = {}
_TEXT_TERMS: dict[str, str] = {}
_SKELETON_TERMS: dict[str, tuple[str, ...]] = {}


def _page_words(value: str) -> tuple[str, list[str], list[int]]:
    """The page as PageTokenizer reads it: the repaired text, its words and where each
    ends; the last few pages are kept (the fields of one page share its text)."""
    found = _PAGE_WORDS.get(value)
    if found is None:
        text = _repaired(value)
        matches = list(_WORD.finditer(text))
        found = (text, [m.group() for m in matches], [m.end() for m in matches])
        if len(_PAGE_WORDS) >= 4:
            _PAGE_WORDS.clear()
        _PAGE_WORDS[value] = found
    return found


def _bounded(cache: dict[str, Any]) -> dict[str, Any]:
    if len(cache) >= _CACHED_WORDS:
        cache.clear()
    return cache


class TextAnalyzer(CompositeAnalyzer):  # type: ignore[misc]
    """``PageTokenizer() | LowercaseFilter() | ScriptStemFilter()``."""

    def index_positions(self, value: str) -> dict[str, list[int]]:
        """Each indexed word of ``value`` with its positions, as the chain gives them."""
        terms = _bounded(_TEXT_TERMS)
        positions: dict[str, list[int]] = {}
        for pos, word in enumerate(_page_words(value)[1]):
            term = terms.get(word)
            if term is None:
                term = terms[word] = stem_word(word.lower())
            found = positions.get(term)
            if found is None:
                positions[term] = [pos]
            else:
                found.append(pos)
        return positions


class SkeletonAnalyzer(CompositeAnalyzer):  # type: ignore[misc]
    """``PageTokenizer(initials=True) | SkeletonFilter()``."""

    def index_positions(self, value: str) -> dict[str, list[int]]:
        """Each key of ``value`` with its positions, as the chain gives them: a word's
        keys, then its initials, all at the word's position."""
        text, words, ends = _page_words(value)
        terms = _bounded(_SKELETON_TERMS)
        positions: dict[str, list[int]] = {}
        for pos, word in enumerate(words):
            keys = terms.get(word)
            if keys is None:
                keys = terms[word] = sorted_keys(word)
            if len(word) <= 2 or "." in word:
                end = ends[pos]
                keys = keys + _initial_keys(word, text[end : end + 1])
            for key in keys:
                found = positions.get(key)
                if found is None:
                    positions[key] = [pos]
                else:
                    found.append(pos)
        return positions


class PlainAnalyzer(CompositeAnalyzer):  # type: ignore[misc]
    """``tokenizer() | LowercaseFilter()``."""

    def index_counts(self, value: str) -> dict[str, int]:
        """Each lower-cased word of ``value`` (as written, not repaired) with its count."""
        return dict(Counter(word.lower() for word in _WORD.findall(value)))


def text_analyzer() -> Any:
    return TextAnalyzer(PageTokenizer(), LowercaseFilter(), ScriptStemFilter())


def skeleton_analyzer() -> Any:
    return SkeletonAnalyzer(PageTokenizer(initials=True), SkeletonFilter())


def plain_analyzer() -> Any:
    return PlainAnalyzer(tokenizer(), LowercaseFilter())
