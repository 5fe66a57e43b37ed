"""indexing layer: from what a lawyer types to a bounded Whoosh query.

Supports AND (default), OR, NOT, "phrases", prefix*, fuzzy~, parentheses,
fields (person:, article:, case:, type:, lang:, title:, file:, confidentiality:)
and date ranges (date:[2025-11-01 to 2026-01-31]). Unfielded words search the
stemmed text and, ranked lower, the cross-script skeleton of the text.

Expensive expansions are bounded: a prefix or wildcard needs two fixed letters,
fuzzy terms are limited to distance 2, and any expansion stops at
MAX_EXPANSIONS words; the plan then says the result may be partial and why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from itertools import islice
from typing import Any

from whoosh import query as wq
from whoosh.qparser import FuzzyTermPlugin, GtLtPlugin, MultifieldParser
from whoosh.qparser.dateparse import DateParserPlugin

from indexing.search.schema import DEFAULT_FIELDS, FIELD_BOOSTS, article_query_key, build_schema
from storage.errors import ArchiveError

MAX_EXPANSIONS = 256
MIN_FIXED_CHARS = 2
MAX_FUZZY_DISTANCE = 2
FIELD_ALIASES = {"language": "lang", "filename": "file", "persons": "person", "articles": "article"}
_FIELD_VALUE = re.compile(r'\b(article|type):("([^"]*)"|\S+)', re.IGNORECASE)
_FIELD_NAME = re.compile(r"\b(\w+):")


class QuerySyntaxError(ArchiveError):
    """A query the parser cannot make sense of; the message says what to fix."""


@dataclass
class QueryPlan:
    text: str
    query: Any
    hints: list[str] = field(default_factory=list)

    @property
    def partial(self) -> bool:
        return bool(self.hints)

    def terms(self, fieldname: str) -> set[str]:
        """Positive (not negated) terms of one field, for highlighting."""
        found: set[str] = set()

        def walk(q: Any) -> None:
            if isinstance(q, wq.Not):
                return
            if isinstance(q, wq.Term) and q.fieldname == fieldname:
                found.add(q.text if isinstance(q.text, str) else q.text.decode())
            elif isinstance(q, wq.Phrase) and q.fieldname == fieldname:
                found.update(q.words)
            for child in q.children():
                walk(child)

        walk(self.query)
        return found


def _check_balance(text: str) -> None:
    if text.count('"') % 2:
        raise QuerySyntaxError('a quotation mark is not closed: add the missing "')
    depth = 0
    for ch in text:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth < 0:
            raise QuerySyntaxError("a ')' has no matching '('")
    if depth:
        raise QuerySyntaxError("a '(' is not closed: add the missing ')'")
    if text.count("[") != text.count("]"):
        raise QuerySyntaxError("a date range needs both brackets: date:[2025-11-01 to 2026-01-31]")


def _normalise(text: str) -> str:
    def field_value(match: re.Match[str]) -> str:
        name = match[1].lower()
        value = match[3] if match[3] is not None else match[2]
        if name == "article":
            return f"article:{article_query_key(value)}"
        return f"type:{value.strip().lower().replace(' ', '-')}"

    text = _FIELD_NAME.sub(lambda m: f"{FIELD_ALIASES.get(m[1].lower(), m[1].lower())}:", text)
    return _FIELD_VALUE.sub(field_value, text)


@cache
def _parser() -> MultifieldParser:
    """Built once: the schema and plugins never change while the program runs."""
    parser = MultifieldParser(list(DEFAULT_FIELDS), build_schema(), fieldboosts=FIELD_BOOSTS)
    parser.add_plugin(FuzzyTermPlugin())
    parser.add_plugin(GtLtPlugin())
    parser.add_plugin(DateParserPlugin(free=False))
    return parser


def _errors(q: Any) -> list[str]:
    found = [str(q.error)] if getattr(q, "error", None) else []
    for child in q.children():
        found += _errors(child)
    return found


def _fixed_prefix(q: Any) -> str:
    if isinstance(q, wq.Prefix):
        return str(q.text)
    if isinstance(q, wq.Wildcard):
        return re.split(r"[*?]", str(q.text), maxsplit=1)[0]
    if isinstance(q, wq.FuzzyTerm):
        return str(q.text)[: q.prefixlength]
    return str(getattr(q, "text", ""))


def _bound(q: Any, reader: Any, hints: list[str]) -> Any:
    """Replace every multi-term query with an explicit, bounded OR of the words it means."""
    if isinstance(q, wq.FuzzyTerm):
        q.maxdist = min(q.maxdist, MAX_FUZZY_DISTANCE)
        q.prefixlength = max(q.prefixlength, 1)
    if isinstance(q, (wq.Prefix, wq.Wildcard, wq.FuzzyTerm, wq.Regex)):
        shown = f"{q.text}{'*' if isinstance(q, wq.Prefix) else ''}"
        if not isinstance(q, wq.FuzzyTerm) and len(_fixed_prefix(q)) < MIN_FIXED_CHARS:
            hints.append(f"'{shown}' is too short to expand: type at least two letters first")
            return wq.NullQuery
        words = list(islice(q._btexts(reader), MAX_EXPANSIONS + 1))
        if len(words) > MAX_EXPANSIONS:
            hints.append(
                f"'{shown}' matches more than {MAX_EXPANSIONS} words; only the first"
                f" {MAX_EXPANSIONS} were searched: make it longer"
            )
            words = words[:MAX_EXPANSIONS]
        terms = [wq.Term(q.fieldname, w, boost=q.boost) for w in words]
        return wq.Or(terms) if terms else wq.NullQuery
    if q.is_leaf():
        return q
    return q.apply(lambda child: _bound(child, reader, hints))


def _not_understood(text: str) -> str:
    if "date:" in text.lower():
        return (
            "the date could not be understood: write dates as 2026-01-23 and ranges as"
            " date:[2025-11-01 to 2026-01-31]"
        )
    return "the search could not be understood; see the examples in 'archive-app search --help'"


def plan_query(text: str, reader: Any) -> QueryPlan:
    """Parse and bound ``text``; raises QuerySyntaxError with a message a user can act on."""
    if not text.strip():
        raise QuerySyntaxError("type something to search for")
    _check_balance(text)
    try:
        parsed = _parser().parse(_normalise(text))
    except Exception as exc:  # the parser has many ways to fail on odd input
        raise QuerySyntaxError(_not_understood(text)) from exc
    if _errors(parsed):
        raise QuerySyntaxError(_not_understood(text))
    hints: list[str] = []
    bounded = _bound(parsed, reader, hints)
    if bounded is wq.NullQuery and not hints:
        raise QuerySyntaxError("the search has no words to look for")
    return QueryPlan(text=text, query=bounded.normalize(), hints=list(dict.fromkeys(hints)))
