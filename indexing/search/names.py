"""indexing layer: a query's name keys turned into the words the index holds.

The skeleton analyzer (indexing.search.analysis) gives a query word one token holding
every key the word may stand for ("kurmangalieva|kurmangalievoi" for Курмангалиевой).
Here each such token becomes an OR of the keys the index actually holds, together with
the spellings one vowel away (Бауыржан/Бауржан, Bauyrzhan/Baurzhan) that the index
holds, for keys long enough to make that safe. A phrase whose words have several keys
becomes an ordered span query over the alternatives, so "Dauren Yessenov" in quotes
still finds "Даурена Есенова".
"""

from __future__ import annotations

from typing import Any

from whoosh import query as wq
from whoosh.query.spans import SpanNear2, SpanOr

from indexing.search.analysis import KEY_SEPARATOR

NAME_FIELDS = frozenset({"translit", "title", "file", "person", "case"})
MIN_VOWEL_VARIANT = 6
VOWELS = "aeiou"


def _variants(key: str) -> list[str]:
    """The key, then the spellings with one inner vowel less or more."""
    out = [key]
    if len(key) >= MIN_VOWEL_VARIANT:
        out += [key[:i] + key[i + 1 :] for i in range(1, len(key) - 1) if key[i] in VOWELS]
    if len(key) + 1 >= MIN_VOWEL_VARIANT:
        out += [key[:i] + v + key[i:] for i in range(1, len(key)) for v in VOWELS]
    return list(dict.fromkeys(out))


def held_keys(reader: Any, fieldname: str, token: str) -> list[str]:
    """The keys of one query token (and their one-vowel variants) the index holds."""
    keys = [k for k in token.split(KEY_SEPARATOR) if k]
    found: list[str] = []
    for key in keys:
        for variant in _variants(key) if key.isalpha() else [key]:
            if variant not in found and (fieldname, variant) in reader:
                found.append(variant)
    return found


def _term_alternatives(fieldname: str, keys: list[str], boost: float) -> Any:
    terms = [wq.Term(fieldname, k, boost=boost) for k in keys]
    return terms[0] if len(terms) == 1 else wq.Or(terms)


def expand_names(q: Any, reader: Any) -> Any:
    """``q`` with every name-field term and phrase replaced by what the index holds."""
    if isinstance(q, wq.Term) and q.fieldname in NAME_FIELDS and isinstance(q.text, str):
        keys = held_keys(reader, q.fieldname, q.text)
        return _term_alternatives(q.fieldname, keys, q.boost) if keys else wq.NullQuery
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
    return q.apply(lambda child: expand_names(child, reader))
