"""indexing layer: a query's name keys turned into the words the index holds.

The skeleton analyzer (indexing.search.analysis) gives a query word one token holding
every key the word may stand for ("kurmangalieva|kurmangalievoi" for Курмангалиевой).
Here each such token becomes an OR of the keys the index actually holds, together with
the spellings one vowel away (Бауыржан/Бауржан, Bauyrzhan/Baurzhan) that the index
holds, for keys long enough to make that safe. A phrase whose words have several keys
becomes an ordered span query over the alternatives, so "Dauren Yessenov" in quotes
still finds "Даурена Есенова". In a query of several words (a name and a surname),
each word also stands for its initial, so "Zhanar Kurmangaliyeva" finds "Курмангалиевой
Ж." and "KURMANGALIYEVA ZH." (the index holds initials under INITIAL_MARK).
"""

from __future__ import annotations

import re
import weakref
from typing import Any

from whoosh import query as wq
from whoosh.query.spans import SpanNear2, SpanOr

from indexing.search.analysis import INITIAL_MARK, KEY_SEPARATOR, NAME_FLAG

NAME_FIELDS = frozenset({"translit", "title", "file", "person", "case"})
MIN_VOWEL_VARIANT = 6
MIN_VOWEL_SUBSTITUTION = 8
_RUSSIAN_ENDINGS = ("ov", "ev", "ova", "eva")
_SURNAME_KEY = re.compile(r"(?:ov|ev|in|ova|eva|ina|ski|skaia|uli|kizi)$")
VOWELS = "aeiou"


def _variants(key: str) -> list[str]:
    """The key, then the spellings with one inner vowel less or more, and for long keys
    an a written o (Uzbek: Ташматов/Тошматов)."""
    out = [key]
    if len(key) >= MIN_VOWEL_SUBSTITUTION:
        swap = {"a": "o", "o": "a"}
        out += [
            key[:i] + swap[key[i]] + key[i + 1 :] for i in range(1, len(key) - 1) if key[i] in swap
        ]
    if len(key) >= MIN_VOWEL_VARIANT:
        out += [key[:i] + key[i + 1 :] for i in range(1, len(key) - 1) if key[i] in VOWELS]
    if len(key) + 1 >= MIN_VOWEL_VARIANT:
        out += [key[:i] + v + key[i:] for i in range(1, len(key)) for v in VOWELS]
    return list(dict.fromkeys(out))


def held_keys(reader: Any, fieldname: str, token: str, *, in_name: bool = False) -> list[str]:
    """The keys of one query token (and their one-vowel variants) the index holds; beside
    another word of a name, a surname the Kazakh press writes without -ов (Сейдахмет) also
    stands for the Russian form (Сейдахметов)."""
    keys = [k for k in token.split(KEY_SEPARATOR) if k and k != NAME_FLAG]
    if in_name:
        keys += [k + ending for k in list(keys) if len(k) >= 6 for ending in _RUSSIAN_ENDINGS]
    held = _lexicon_answers(reader)
    found: list[str] = []
    for key in keys:
        for variant in _variants(key) if key.isalpha() else [key]:
            if variant in found:
                continue
            term = (fieldname, variant)
            if term not in held:  # each a lookup in every segment's term table
                held[term] = term in reader
            if held[term]:
                found.append(variant)
    return found


_LEXICON: weakref.WeakKeyDictionary[Any, dict[tuple[str, str], bool]] = weakref.WeakKeyDictionary()


def _lexicon_answers(reader: Any) -> dict[tuple[str, str], bool]:
    """Whether ``reader`` holds a term, remembered for as long as the reader lives (a
    reader never changes; a new commit gives a new reader): a query word checks dozens of
    name keys and vowel variants, and the next search asks again."""
    try:
        return _LEXICON.setdefault(reader, {})
    except TypeError:  # a reader that cannot be weakly referenced: nothing remembered
        return {}


def _term_alternatives(fieldname: str, keys: list[str], boost: float) -> Any:
    terms = [wq.Term(fieldname, k, boost=boost) for k in keys]
    return terms[0] if len(terms) == 1 else wq.Or(terms)


def initial_keys(token: str) -> list[str]:
    """The initials a query word's keys start with: zhanar -> ^zh, erlan -> ^e and ^i
    (Y. for Ye-)."""
    found: list[str] = []
    for key in token.split(KEY_SEPARATOR):
        if len(key) < 3 or not key.isalpha():
            continue
        head = key[:2] if key[:2] in ("zh", "sh", "ch", "ts") else key[:1]
        found.append(INITIAL_MARK + head)
        if head in ("e", "o"):
            found.append(INITIAL_MARK + "i")
    return list(dict.fromkeys(found))


def _word_count(q: Any) -> int:
    """How many children of an AND are words searched in a name field."""
    return sum(1 for child in q.children() if _name_terms(child))


def _name_terms(q: Any) -> list[Any]:
    if isinstance(q, wq.Term):
        return [q] if q.fieldname in NAME_FIELDS and isinstance(q.text, str) else []
    if isinstance(q, wq.Or):
        return [t for child in q.children() for t in _name_terms(child)]
    return []


def expand_names(q: Any, reader: Any, *, in_name: bool = False) -> Any:
    """``q`` with every name-field term and phrase replaced by what the index holds.
    ``in_name``: the word stands beside other words of a name (the query has several)."""
    if isinstance(q, wq.Term) and q.fieldname in NAME_FIELDS and isinstance(q.text, str):
        keys = held_keys(reader, q.fieldname, q.text, in_name=in_name)
        return _term_alternatives(q.fieldname, keys, q.boost) if keys else wq.NullQuery
    if isinstance(q, wq.Or) and _is_name_word(q):
        # A surname typed with a capital: the name keys decide, in every form; the stemmed
        # text only ranks (alone it would also find the first name the surname is built
        # from: Сейдахметов -> сейдахмет -> "Сейдахмет Оспанов").
        text = [c for c in q.children() if isinstance(c, wq.Term) and c.fieldname == "text"]
        names = [expand_names(c, reader, in_name=in_name) for c in q.children() if c not in text]
        required = names[0] if len(names) == 1 else wq.Or(names)
        return wq.AndMaybe(required, text[0]) if len(text) == 1 else required
    if isinstance(q, wq.And) and _word_count(q) >= 2:
        return _name_query(q, reader)
    if isinstance(q, wq.Phrase) and q.fieldname in NAME_FIELDS:
        options = [held_keys(reader, q.fieldname, w) for w in q.words]
        if not options or any(not keys for keys in options):
            return wq.NullQuery
        if all(len(keys) == 1 for keys in options):
            return wq.Phrase(q.fieldname, [k[0] for k in options], slop=q.slop, boost=q.boost)
        parts = [
            SpanOr([wq.Term(q.fieldname, k) for k in keys])
            if len(keys) > 1
            else wq.Term(q.fieldname, keys[0])
            for keys in options
        ]
        return SpanNear2(parts, slop=q.slop, ordered=True, mindist=1)
    if q.is_leaf():
        return q
    return q.apply(lambda child: expand_names(child, reader, in_name=in_name))


def _is_name_word(q: Any) -> bool:
    return any(NAME_FLAG in t.text.split(KEY_SEPARATOR) for t in _name_terms(q))


def _name_query(q: Any, reader: Any) -> Any:
    """Several words: each may also be written as its initial ("Ж. Курмангалиева"), but
    one of them at least in full - never two initials alone."""
    children = list(q.children())
    words = [i for i, c in enumerate(children) if _name_terms(c)]
    full = [expand_names(c, reader, in_name=True) for c in children]
    surnames = {i for i in words if _is_surname(children[i])}
    choices = []
    for keep in words:
        alternatives = list(full)
        for i in words:
            if i != keep and i not in surnames:  # "П. Корягин", never "Павел К."
                alternatives[i] = wq.Or([full[i], _initials_of(children[i], reader)])
        choices.append(wq.And(alternatives, boost=q.boost))
    unique = list(dict.fromkeys(choices))
    return unique[0] if len(unique) == 1 else wq.Or(unique)


def _is_surname(q: Any) -> bool:
    return any(
        key == NAME_FLAG or _SURNAME_KEY.search(key)
        for t in _name_terms(q)
        for key in t.text.split(KEY_SEPARATOR)
    )


def _initials_of(q: Any, reader: Any) -> Any:
    terms = [
        wq.Term(t.fieldname, key, boost=t.boost)
        for t in _name_terms(q)
        for key in initial_keys(t.text)
        if (t.fieldname, key) in reader
    ]
    return wq.Or(terms) if terms else wq.NullQuery
