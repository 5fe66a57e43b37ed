"""archive_app layer: the date of a fact, and dates proposed from a passage of text.

A fact's date is as precise as the evidence: an exact day, a month, a year, a range, or
"to be determined". ``FactDate.parse`` reads what a user types (``2025-11-13``,
``2025-11``, ``2025``, ``2025-11-13..2025-11-20``, ``tbd``); ``propose`` finds dates in
English, Russian and Kazakh text, inflected forms included ("13 ноября 2025 года",
"2025 жылғы 13 қарашада", "13-қарашадағы", "23.01.2026", "November 13, 2025"), for the
user to confirm. A day and month without a year take the year given as context (the
document's date), or are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from archive_app.errors import InvalidValue

KINDS = ("exact", "month", "year", "range", "tbd")
_ISO = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def _valid_iso(value: str) -> bool:
    if not _ISO.match(value):
        return False
    try:
        date.fromisoformat(value if len(value) == 10 else (value + "-01-01")[:10])
    except ValueError:
        return False
    return True


def _kind_of(value: str) -> str:
    return {4: "year", 7: "month", 10: "exact"}[len(value)]


@dataclass(frozen=True, order=True)
class FactDate:
    """``start``/``end`` are ISO text as far as known; ``kind`` says how precise."""

    kind: str = "tbd"
    start: str | None = None
    end: str | None = None

    @classmethod
    def parse(cls, text: str) -> FactDate:
        value = text.strip()
        if value.casefold() in ("", "tbd", "?", "unknown", "to be determined"):
            return cls()
        for sep in ("..", "/", " to ", " – ", " — "):
            if sep in value:
                first, _, last = value.partition(sep)
                first, last = first.strip(), last.strip()
                if _valid_iso(first) and _valid_iso(last):
                    if _sort_end(last) < first:
                        raise InvalidValue(f"the range {value!r} ends before it starts")
                    return cls("range", first, last)
        if _valid_iso(value):
            return cls(_kind_of(value), value)
        raise InvalidValue(
            f"{text!r} is not a date: give YYYY-MM-DD, YYYY-MM, YYYY, a range START..END or 'tbd'"
        )

    def __str__(self) -> str:
        if self.kind == "tbd" or not self.start:
            return "tbd"
        if self.kind == "range":
            return f"{self.start}..{self.end}"
        return self.start

    def display(self) -> str:
        """For a reader: '13 Nov 2025', 'Nov 2025', '2025', '13 Nov 2025 - 20 Nov 2025',
        'date to be determined'."""
        if self.kind == "tbd" or not self.start:
            return "date to be determined"
        if self.kind == "range":
            return f"{_show(self.start)} – {_show(self.end or '')}"
        return _show(self.start)

    @property
    def sort_key(self) -> tuple[int, str, str]:
        return (1, "", "") if self.kind == "tbd" else (0, self.start or "", self.end or "")


_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _show(iso: str) -> str:
    parts = iso.split("-")
    if len(parts) == 1:
        return parts[0]
    month = _MONTH_ABBR[int(parts[1]) - 1]
    return f"{month} {parts[0]}" if len(parts) == 2 else f"{int(parts[2])} {month} {parts[0]}"


def _sort_end(iso: str) -> str:
    return iso + "-99" if len(iso) < 10 else iso


# -- month names -----------------------------------------------------------------------
_EN = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_EN_ABBR = {name[:3]: i for i, name in enumerate(_EN, 1)} | {"sept": 9}
_RU_STEMS = (
    "январ",
    "феврал",
    "март",
    "апрел",
    "",  # май: only whole forms, see _RU_MAY
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
)
_RU_MAY = {"май", "мая", "мае", "маю", "маем"}
_KK_STEMS = (
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
)


def month_of(word: str) -> int | None:
    """The month a word names, in English, Russian or Kazakh, in any inflected form."""
    w = word.casefold().rstrip(".")
    if not w:
        return None
    if w in _EN:
        return _EN.index(w) + 1
    if w in _EN_ABBR:
        return _EN_ABBR[w]
    if w in _RU_MAY:
        return 5
    for i, stem in enumerate(_RU_STEMS, 1):
        if stem and w.startswith(stem) and len(w) - len(stem) <= 3:
            return i
    for i, stem in enumerate(_KK_STEMS, 1):
        if w.startswith(stem) and len(w) - len(stem) <= 8:
            return i
    if w.startswith("қыркүйег"):  # қыркүйек before a vowel: қыркүйегінде
        return 9
    return None


# -- proposing dates from text ----------------------------------------------------------
_W = r"[^\W\d_]+\.?"
_D = r"(?P<{}>[0-3]?\d)(?:-?(?:ші|шы|st|nd|rd|th|го|е|ое))?"
_Y = r"(?P<{}>(?:19|20)\d\d)"
_YEAR_WORDS = r"(?:\s*(?:года|году|г\.|жылғы|жылдың|жылы|ж\.))?"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(r"(?<![\d.])" + _Y.format("y") + r"-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)")),
    (
        "numeric",
        re.compile(
            r"(?<![\d.,/])(?P<d>[0-3]?\d)[./](?P<m>[01]?\d)[./]"
            + _Y.format("y")
            + r"(?![\d.]\d|-\d)"
        ),
    ),
    (
        "range",
        re.compile(
            r"(?<!\d)(?P<d>[0-3]?\d)\s*(?:[-–—]|по|до|to)\s*"
            + _D.format("d2")
            + r"[\s-]+(?P<mw>"
            + _W
            + r")[\s,]+"
            + _Y.format("y"),
            re.IGNORECASE,
        ),
    ),
    (
        "kk",
        re.compile(
            _Y.format("y")
            + r"\s*(?:жылғы|жылдың|жылы|ж\.)\s+"
            + _D.format("d")
            + r"[\s-]+(?P<mw>"
            + _W
            + ")",
            re.IGNORECASE,
        ),
    ),
    (
        "dmy",
        re.compile(
            r"(?<![\d.])"
            + _D.format("d")
            + r"[\s-]+(?:of\s+)?(?P<mw>"
            + _W
            + r")[\s,]+"
            + _Y.format("y"),
            re.IGNORECASE,
        ),
    ),
    (
        "mdy",
        re.compile(
            r"(?P<mw>[A-Z][a-z]+\.?)\s+" + _D.format("d") + r",?\s+" + _Y.format("y"),
        ),
    ),
    (
        "my",
        re.compile(r"(?P<mw>" + _W + r")\s+" + _Y.format("y") + _YEAR_WORDS, re.IGNORECASE),
    ),
    ("dm", re.compile(r"(?<![\d.])" + _D.format("d") + r"[\s-]+(?P<mw>" + _W + ")", re.IGNORECASE)),
)


@dataclass(frozen=True)
class ProposedDate:
    date: FactDate
    start: int
    end: int
    text: str


def _exact(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _from_match(kind: str, m: re.Match[str], context_year: int | None) -> FactDate | None:
    groups = m.groupdict()
    month = int(groups["m"]) if groups.get("m") else month_of(groups.get("mw") or "")
    if month is None or not 1 <= month <= 12:
        return None
    year = int(groups["y"]) if groups.get("y") else context_year
    if kind == "my":
        return FactDate("month", f"{year:04d}-{month:02d}") if year else None
    if year is None:
        return None
    first = _exact(year, month, int(groups["d"]))
    if first is None:
        return None
    if kind == "range":
        last = _exact(year, month, int(groups["d2"]))
        if last is None or last < first:
            return None
        return FactDate("range", first, last)
    return FactDate("exact", first)


def propose(text: str, *, context_year: int | None = None) -> list[ProposedDate]:
    """Dates written in ``text``, in reading order, none overlapping another."""
    found: list[ProposedDate] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            fact_date = _from_match(kind, m, context_year)
            if fact_date is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(ProposedDate(fact_date, m.start(), m.end(), m.group()))
    return sorted(found, key=lambda p: p.start)


def first_date(text: str, *, context_year: int | None = None) -> FactDate:
    """The date to propose for a fact taken from ``text``: the first one written in it."""
    proposals = propose(text, context_year=context_year)
    return proposals[0].date if proposals else FactDate()
