"""Dates of facts: what a user types, and dates proposed from English, Russian and Kazakh text."""

from __future__ import annotations

import pytest

from archive_app.errors import InvalidValue
from archive_app.facts.dates import FactDate, first_date, month_of, propose


@pytest.mark.parametrize(
    ("typed", "kind", "start", "end"),
    [
        ("2025-11-13", "exact", "2025-11-13", None),
        ("2025-11", "month", "2025-11", None),
        ("2025", "year", "2025", None),
        ("2025-11-13..2025-11-20", "range", "2025-11-13", "2025-11-20"),
        ("2025-11..2026", "range", "2025-11", "2026"),
        ("tbd", "tbd", None, None),
        ("", "tbd", None, None),
    ],
)
def test_typed_dates(typed: str, kind: str, start: str | None, end: str | None) -> None:
    assert FactDate.parse(typed) == FactDate(kind, start, end)


@pytest.mark.parametrize("typed", ["2025-13-01", "13.11.2025", "2025-11-20..2025-11-13", "soon"])
def test_bad_dates_are_refused(typed: str) -> None:
    with pytest.raises(InvalidValue):
        FactDate.parse(typed)


def test_display_and_order() -> None:
    dates = [FactDate(), FactDate.parse("2026"), FactDate.parse("2025-11-13")]
    assert [d.display() for d in sorted(dates, key=lambda d: d.sort_key)] == [
        "13 Nov 2025",
        "2026",
        "date to be determined",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Арестован 13 ноября 2025 года в Алматы", "2025-11-13"),
        ("постановление от 23.01.2026 по делу", "2026-01-23"),
        ("2025 жылғы 13 қарашада ұсталды", "2025-11-13"),
        ("2024 жылдың 5 мамырында", "2024-05-05"),
        ("13-қарашадағы қаулы", "2025-11-13"),  # year from the context
        ("On November 13, 2025 he was detained", "2025-11-13"),
        ("detained on 3rd March 2024", "2024-03-03"),
        ("в мае 2024 года", "2024-05"),
        ("с 13 по 20 ноября 2025 года", "2025-11-13..2025-11-20"),
        ("from 13 to 20 November 2025", "2025-11-13..2025-11-20"),
        ("2025-11-13", "2025-11-13"),
    ],
)
def test_proposed_dates(text: str, expected: str) -> None:
    assert str(first_date(text, context_year=2025)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ч. 2 ст. 174 УК РК",
        "Қылмыстық кодекстің 174-бабының 2-бөлігі",
        "дело № 12.03.2024-1",
        "10 тәулікке қамалған",
        "Article 19 of the Covenant",
    ],
)
def test_non_dates_are_not_proposed(text: str) -> None:
    assert propose(text, context_year=2025) == []


def test_months_in_every_language() -> None:
    assert [month_of(w) for w in ("January", "Sept.", "февраля", "мая", "желтоқсанда")] == [
        1,
        9,
        2,
        5,
        12,
    ]
    assert month_of("Kazakhstan") is None
