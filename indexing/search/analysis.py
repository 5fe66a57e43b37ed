"""indexing layer: analyzers for English, Russian and Kazakh text and cross-script names.

- ``text``: words lower-cased (Kazakh letters included), Russian words stemmed
  with Snowball, English with Porter; Kazakh words are left whole (no stemmer
  fits them, and a Russian one would damage them).
- ``skeleton``: every word reduced to its cross-script skeleton, so a name typed
  in Latin finds it in Cyrillic and back (a second, lower-ranked field).
  The same analyzer serves titles, file names, persons and cases, where any
  spelling of a name should meet every other.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer
from whoosh.lang.porter import stem as english_stem
from whoosh.lang.snowball.russian import RussianStemmer

from indexing.translit import skeleton

KAZAKH_ONLY = frozenset("әғқңөұүһі")
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


def forget_cached_words() -> None:
    """Drop the word caches (they hold words and names read from documents); on lock."""
    stem_word.cache_clear()
    skeleton.cache_clear()


class ScriptStemFilter(Filter):  # type: ignore[misc]
    """Stem by script. Prefix, wildcard and fuzzy query text (which the query parser
    passes with ``removestops=False``) is left whole: a stem is no prefix of its words."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for token in tokens:
            if not (token.mode == "query" and not token.removestops):
                token.text = stem_word(token.text)
            yield token


class SkeletonFilter(Filter):  # type: ignore[misc]
    """Each word as its skeleton. When indexing a Russian word, the skeleton of its stem
    goes at the same position too, so "Taldykorgan" finds "в Талдыкоргане"."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for token in tokens:
            word = token.text
            token.text = skeleton(word)
            yield token
            if token.mode != "query" and any("\u0400" <= ch <= "\u04ff" for ch in word):
                stemmed = skeleton(stem_word(word))
                if stemmed != token.text and len(stemmed) >= 4:
                    token.text = stemmed
                    yield token


def tokenizer() -> RegexTokenizer:
    return RegexTokenizer(expression=WORD_PATTERN)


def text_analyzer() -> Any:
    return tokenizer() | LowercaseFilter() | ScriptStemFilter()


def skeleton_analyzer() -> Any:
    return tokenizer() | LowercaseFilter() | SkeletonFilter()


def plain_analyzer() -> Any:
    return tokenizer() | LowercaseFilter()
