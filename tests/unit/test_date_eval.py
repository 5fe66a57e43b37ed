"""Dates read from text, measured (issue 20): an evaluation set of dates as written in
English, Russian and Kazakh case papers (every month, inflected forms, numeric forms,
ranges) and strings that are not dates (article and case numbers, UN symbols, sums,
phone numbers, terms of detention). Precision and recall must both reach 0.95."""

from __future__ import annotations

import json
from pathlib import Path

from archive_app.facts.dates import propose

EVAL = Path(__file__).resolve().parents[1] / "eval" / "dates" / "dates.json"


def test_date_reading_precision_and_recall() -> None:
    items = json.loads(EVAL.read_text(encoding="utf-8"))["items"]
    expected_total = sum(len(item["expected"]) for item in items)
    assert expected_total >= 150
    found_total = correct = 0
    misses: list[str] = []
    for item in items:
        found = [str(p.date) for p in propose(item["text"], context_year=item["context_year"])]
        found_total += len(found)
        hits = [d for d in found if d in item["expected"]]
        correct += len(hits)
        if sorted(found) != sorted(item["expected"]):
            misses.append(f"{item['text']!r}: {found} != {item['expected']}")
    precision = correct / found_total
    recall = correct / expected_total
    by_language = {
        lang: sum(len(i["expected"]) for i in items if i["lang"] == lang)
        for lang in ("en", "ru", "kk")
    }
    print(
        f"\ndates: precision {precision:.3f}, recall {recall:.3f} over {expected_total} dates"
        f" ({by_language}) and {sum(1 for i in items if not i['expected'])} non-dates"
    )
    for line in misses:
        print("  ", line)
    assert precision >= 0.95 and recall >= 0.95, misses
