"""indexing layer: from what a lawyer types to a bounded Whoosh query.

Supports AND (default), OR, NOT, "phrases", prefix*, fuzzy~, parentheses,
fields (person:, article:, case:, type:, lang:, title:, file:, confidentiality:)
and dates (date:2026-01, date:[2025-11-01 to 2026-01-31], open ends date:[2025 to]).
Unfielded words search the stemmed text and, ranked lower, the cross-script
skeleton of the text.

The index holds one Whoosh document per page, but AND, OR and NOT mean archive
documents: ``document_plan`` splits a query into parts that each run page by page
(a word, a phrase, an OR of words, a field filter), to be combined per document.

Expensive expansions are bounded: a prefix or wildcard needs two fixed letters,
fuzzy terms are limited to distance 2, and any expansion stops at
MAX_EXPANSIONS words; the plan then says the result may be partial and why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from itertools import islice
from typing import Any

from whoosh import query as wq
from whoosh.qparser import FuzzyTermPlugin, GtLtPlugin, MultifieldParser
from whoosh.qparser.dateparse import DateParserPlugin, DateRangeNode, English, ToEnd
from whoosh.util.times import adatetime

from indexing.search.names import expand_names
from indexing.search.schema import DEFAULT_FIELDS, FIELD_BOOSTS, article_query_key, build_schema
from storage.errors import ArchiveError

MAX_EXPANSIONS = 256
MIN_FIXED_CHARS = 2
MAX_FUZZY_DISTANCE = 2
FIELD_ALIASES = {"language": "lang", "filename": "file", "persons": "person", "articles": "article"}
_FIELD_VALUE = re.compile(r'\b(article|type):("([^"]*)"|\S+)', re.IGNORECASE)
_FIELD_NAME = re.compile(r"\b(\w+):")
# fields that carry the same value on every page of a document (schema.py, index.py)
DOCUMENT_FIELDS = frozenset(
    {"doc", "type", "lang", "date", "person", "article", "case", "confidentiality", "title", "file"}
)
_ISO_DATE = re.compile(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?")
_DOTTED_DATE = re.compile(r"(?:(\d{1,2})[./])?(\d{1,2})[./](\d{4})")  # 23.01.2026, 01.2026
_DATE_RANGE = re.compile(r"\bdate:\s*[\[{]([^\]}]*)[\]}]", re.IGNORECASE)
_RANGE_TO = re.compile(r"(?:^|\s)to(?:\s|$)", re.IGNORECASE)


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
            if isinstance(q, wq.AndNot):
                walk(q.a)
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


def _date_value(text: str) -> adatetime | None:
    """2026, 2026-01, 2026-01-23 (or with / or .), 23.01.2026, 01.2026; None if not a date."""
    text = text.strip()
    iso, dotted = _ISO_DATE.fullmatch(text), _DOTTED_DATE.fullmatch(text)
    if iso:
        year, month, day = iso[1], iso[2], iso[3]
    elif dotted:
        day, month, year = dotted[1], dotted[2], dotted[3]
    else:
        return None
    try:  # a real date? (month 13 or 31 February are not)
        datetime(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    return adatetime(
        year=int(year), month=int(month) if month else None, day=int(day) if day else None
    )


class _Dates(English):  # type: ignore[misc]
    """Whoosh's English date parser reads only the year of "2025-11-01" at the end of a
    range (range ends are parsed without requiring the whole text to be read, and the year
    alternative wins), so date:[2025-11-01 to 2026-01-31] meant [2025 to 2026]. Numeric
    dates are read here, whole; anything else must be a date English() reads whole
    ("nov 2025", "yesterday"); otherwise the query is an error."""

    def date_from(self, text: str, basedate: datetime | None = None, *_: Any, **__: Any) -> Any:
        value = _date_value(text)
        if value is not None:
            return value.disambiguated(basedate or datetime.now())
        return super().date_from(text.strip(), basedate, toend=True)

    def get_parser(self) -> _RangeEnds:
        return _RangeEnds(super().get_parser())


class _RangeEnds:
    """What DateParserPlugin reads range ends with: an unresolved date, read whole."""

    def __init__(self, english: Any) -> None:
        self._english = ToEnd(english)

    def date_from(self, text: str, basedate: datetime | None = None, *_: Any, **__: Any) -> Any:
        value = _date_value(text)
        if value is not None:
            return value
        return self._english.date_from(text.strip(), basedate or datetime.now())


class _DatePlugin(DateParserPlugin):  # type: ignore[misc]
    """Whoosh's date plugin with dates read by ``_Dates``; "after" and "before" (date:>2025,
    date:<2026-02, curly braces) leave the named day, month or year itself out."""

    def range_to_dt(self, node: Any) -> Any:
        made = super().range_to_dt(node)
        if not isinstance(made, DateRangeNode):
            return made
        ends = self.dateparser.get_parser()
        if node.startexcl and node.start and made.start is not None:
            made.start = _period(ends.date_from(node.start))[1] + timedelta(microseconds=1)
        if node.endexcl and node.end and made.end is not None:
            made.end = _period(ends.date_from(node.end))[0] - timedelta(microseconds=1)
        return made


def _period(value: Any) -> tuple[datetime, datetime]:
    """First and last moment of a day, month or year as the date parser read it."""
    resolved = value.disambiguated(datetime.now())
    return (resolved.start, resolved.end) if hasattr(resolved, "end") else (resolved, resolved)


@cache
def _parser() -> MultifieldParser:
    """Built once: the schema and plugins never change while the program runs."""
    parser = MultifieldParser(list(DEFAULT_FIELDS), build_schema(), fieldboosts=FIELD_BOOSTS)
    parser.add_plugin(FuzzyTermPlugin())
    parser.add_plugin(GtLtPlugin())
    parser.add_plugin(_DatePlugin(dateparser=_Dates(), free=False))
    return parser


def _check_date_ranges(text: str) -> None:
    """A range whose end comes before its start is a typo, not an empty search."""
    for match in _DATE_RANGE.finditer(text):
        ends = _RANGE_TO.split(match[1].strip(), maxsplit=1)
        if len(ends) != 2:
            continue
        start, end = (_date_value(e) if e.strip() else None for e in ends)
        if start is not None and end is not None and start.floor() > end.ceil():
            raise QuerySyntaxError(
                f"the date range ends before it starts: write the earlier date first,"
                f" date:[{ends[1].strip()} to {ends[0].strip()}]"
            )


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
    _check_date_ranges(text)
    try:
        parsed = _parser().parse(_normalise(text))
    except Exception as exc:  # the parser has many ways to fail on odd input
        raise QuerySyntaxError(_not_understood(text)) from exc
    if _errors(parsed):
        raise QuerySyntaxError(_not_understood(text))
    hints: list[str] = []
    bounded = _bound(expand_names(parsed, reader), reader, hints)
    if bounded is wq.NullQuery and not hints:
        raise QuerySyntaxError("the search has no words to look for")
    return QueryPlan(text=text, query=bounded.normalize(), hints=list(dict.fromkeys(hints)))


# -- documents, not pages ----------------------------------------------------------------
@dataclass(frozen=True)
class Part:
    """A query that runs page by page as one Whoosh query: a word, a phrase, an OR of
    words, a field filter. Its documents are those with at least one matching page."""

    query: Any


@dataclass(frozen=True)
class AllOf:
    """Documents that every ``required`` part finds (on any pages) and no ``excluded`` part
    finds; ``optional`` parts only add pages and score. No required part: every document."""

    required: tuple[DocumentPlan, ...]
    excluded: tuple[DocumentPlan, ...] = ()
    optional: tuple[DocumentPlan, ...] = ()


@dataclass(frozen=True)
class AnyOf:
    """Documents that any of the parts finds."""

    parts: tuple[DocumentPlan, ...]


DocumentPlan = Part | AllOf | AnyOf
_STRUCTURE = (wq.And, wq.Not, wq.AndNot, wq.AndMaybe, wq.Require)


def _structured(q: Any) -> bool:
    """Whether AND or NOT occurs anywhere in ``q`` (an OR of plain parts runs page-wise)."""
    if _one_word(q):
        return False
    return isinstance(q, _STRUCTURE) or any(_structured(c) for c in q.children())


def _one_word(q: Any) -> bool:
    """The AND the parser makes of one typed word the analyzer splits ("Taldy-Korgan":
    taldy AND korgan, in one field); its pieces belong together, on one page, as before.
    (Words the user typed apart are searched in two fields, text and translit.)"""
    if not isinstance(q, wq.And):
        return False
    if any(isinstance(c, _STRUCTURE) or _structured(c) for c in q.children()):
        return False
    return len({getattr(x, "fieldname", None) for x in q.leaves()}) == 1


def _per_document(q: Any) -> bool:
    """A filter on fields every page of a document carries alike (type:, date:, person:...):
    page by page it means the same as per document, so it can join any part."""
    if isinstance(q, wq.Not):
        return _per_document(q.query)
    if _structured(q):
        return False
    leaves = [q] if q.is_leaf() else list(q.leaves())
    return bool(leaves) and all(getattr(x, "fieldname", None) in DOCUMENT_FIELDS for x in leaves)


def document_plan(query: Any) -> DocumentPlan | None:
    """How to run ``query`` so that AND, OR and NOT combine documents rather than pages;
    None when it has no such structure and runs as one Whoosh query."""
    plan = _plan(query)
    return None if isinstance(plan, Part) else plan


def _plan(q: Any) -> DocumentPlan:
    if not _structured(q):
        return Part(q)
    if isinstance(q, wq.Not):
        return _all_of([], [q.query], [])
    if isinstance(q, wq.AndNot):
        return _all_of([q.a], [q.b], [])
    if isinstance(q, wq.AndMaybe):
        return _all_of([q.a], [], [q.b])
    if isinstance(q, (wq.And, wq.Require)):
        children = list(q.children())
        return _all_of(
            [c for c in children if not isinstance(c, wq.Not)],
            [c.query for c in children if isinstance(c, wq.Not)],
            [],
        )
    if isinstance(q, wq.Or):
        plain = [c for c in q.children() if not _structured(c)]
        parts = [_plan(c) for c in q.children() if _structured(c)]
        if plain:
            parts.insert(0, Part(plain[0] if len(plain) == 1 else wq.Or(plain)))
        return AnyOf(tuple(parts))
    return Part(q)  # anything else (a boosted wrapper, DisjunctionMax) keeps page semantics


def _all_of(required: list[Any], excluded: list[Any], optional: list[Any]) -> DocumentPlan:
    filters = [q for q in required if _per_document(q)]
    filters += [wq.Not(q) for q in excluded if _per_document(q)]
    required = [q for q in required if not _per_document(q)]
    excluded = [q for q in excluded if not _per_document(q)]
    plans = tuple(_plan(q) for q in required)
    if filters:
        plans = tuple(_with_filters(p, filters) for p in plans) or (Part(_and(filters)),)
    if len(plans) == 1 and not excluded and not optional:
        return plans[0]
    return AllOf(plans, tuple(_plan(q) for q in excluded), tuple(_plan(q) for q in optional))


def _and(queries: list[Any]) -> Any:
    return queries[0] if len(queries) == 1 else wq.And(queries)


def _with_filters(plan: DocumentPlan, filters: list[Any]) -> DocumentPlan:
    """``plan`` limited to documents that pass ``filters``, checked on its own pages."""
    if isinstance(plan, Part):
        return Part(_and([plan.query, *filters]))
    if isinstance(plan, AnyOf):
        return AnyOf(tuple(_with_filters(p, filters) for p in plan.parts))
    required = tuple(_with_filters(p, filters) for p in plan.required) or (Part(_and(filters)),)
    return AllOf(required, plan.excluded, plan.optional)
