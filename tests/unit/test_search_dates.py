"""Searching by a document's date: both ends of a range hold, open ends, TO in any case,
months and years, "after" and "before", and clear messages for dates that cannot be."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive_app.importer import ImportOptions
from archive_app.session import Archive
from indexing.search import QuerySyntaxError, SearchRequest

DATES = {
    "october": "2025-10-15",
    "november": "2025-11-20",
    "january": "2026-01-23",
    "february": "2026-02-10",
}


@pytest.fixture
def dated(archive: Archive, tmp_path: Path) -> dict[str, int]:
    """One hearing report per date, one appeal on the January date, and an undated note."""
    ids: dict[str, int] = {}
    for name, date in DATES.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(f"Hearing report for {name}: the court heard the defence.", "utf-8")
        ids[name] = (
            archive.importer().import_paths([path], ImportOptions(doc_date=date)).document_ids[0]
        )
    appeal = tmp_path / "appeal.txt"
    appeal.write_text("Appeal against the hearing report: the defence appealed.", "utf-8")
    options = ImportOptions(doc_date="2026-01-23")
    ids["appeal"] = archive.importer().import_paths([appeal], options).document_ids[0]
    undated = tmp_path / "undated.txt"
    undated.write_text("Hearing report without a date: the court heard the defence.", "utf-8")
    ids["undated"] = archive.importer().import_paths([undated]).document_ids[0]
    return ids


def found(archive: Archive, dated: dict[str, int], query: str, **kwargs: object) -> list[str]:
    names = {doc_id: name for name, doc_id in dated.items()}
    hits = archive.search.search(SearchRequest(query, limit=50, **kwargs)).hits  # type: ignore[arg-type]
    return [names[h.id] for h in hits]


def test_a_range_keeps_both_its_ends(archive: Archive, dated: dict[str, int]) -> None:
    expected = {"november", "january", "appeal"}
    for query in (
        "date:[2025-11-01 to 2026-01-31]",
        "date:[2025-11-01 TO 2026-01-31]",
        "date:[2025-11-01 To 2026-01-31]",
        "date:[2025-11 to 2026-01]",
        "date:[01.11.2025 to 31.01.2026]",
    ):
        assert set(found(archive, dated, query)) == expected, query


def test_the_end_days_belong_to_the_range(archive: Archive, dated: dict[str, int]) -> None:
    assert set(found(archive, dated, "date:[2025-11-20 to 2026-01-23]")) == {
        "november",
        "january",
        "appeal",
    }
    assert found(archive, dated, "date:[2025-11-21 to 2026-01-22]") == []


def test_open_ends(archive: Archive, dated: dict[str, int]) -> None:
    assert set(found(archive, dated, "date:[2026 to]")) == {"january", "appeal", "february"}
    assert set(found(archive, dated, "date:[2025-11-21 TO]")) == {"january", "appeal", "february"}
    assert set(found(archive, dated, "date:[to 2026-01]")) == {
        "october",
        "november",
        "january",
        "appeal",
    }
    assert set(found(archive, dated, "date:[to 2025-11-20]")) == {"october", "november"}


def test_a_year_a_month_a_day(archive: Archive, dated: dict[str, int]) -> None:
    assert set(found(archive, dated, "date:2025")) == {"october", "november"}
    assert set(found(archive, dated, "date:2026-01")) == {"january", "appeal"}
    assert set(found(archive, dated, "date:2026-02-10")) == {"february"}
    assert set(found(archive, dated, "date:10.02.2026")) == {"february"}


def test_after_and_before_leave_the_named_period_out(
    archive: Archive, dated: dict[str, int]
) -> None:
    assert set(found(archive, dated, "date:>2026-01")) == {"february"}
    assert set(found(archive, dated, "date:>=2026-01")) == {"january", "appeal", "february"}
    assert set(found(archive, dated, "date:<2025-11")) == {"october"}
    assert set(found(archive, dated, "date:<=2025-11")) == {"october", "november"}


def test_dates_combine_with_words_and_sort_by_date(archive: Archive, dated: dict[str, int]) -> None:
    in_range = "date:[2025-11-01 to 2026-01-31]"
    assert found(archive, dated, f"hearing {in_range} NOT appeal", sort="date") == [
        "january",
        "november",
    ]
    assert set(found(archive, dated, f"appeal AND {in_range}")) == {"appeal"}
    assert "undated" in found(archive, dated, "hearing")
    assert "undated" not in found(archive, dated, "hearing date:[to 2030]")


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("date:[2026-02-30 to 2026-03-31]", "date could not be understood"),
        ("date:[2025-13 to 2026]", "date could not be understood"),
        ("date:[garbage to 2026]", "date could not be understood"),
        ("date:[2026-01-31 to 2025-11-01]", "ends before it starts"),
    ],
)
def test_impossible_dates_are_explained(
    archive: Archive, dated: dict[str, int], query: str, message: str
) -> None:
    with pytest.raises(QuerySyntaxError, match=message):
        archive.search.search(query)
