"""Personal-data patterns against tables of real-looking variants, both ways (issue 10):
every common Kazakh/Russian way of writing a phone number, an IIN and an e-mail address
is found whole, and dates, case numbers, article numbers and sums are left alone."""

from __future__ import annotations

import pytest

from archive_app.export.detect import Detector
from archive_app.export.model import PatternRule, RedactionSet
from archive_app.export.patterns import find_patterns

ALL = ("phone", "email", "iin", "id", "dob")

FOUND = [
    # phones: leading 8, +7 or none; brackets, dots, dashes of every kind, glued to "тел."
    ("Тел.8 701 555 24 12, звонить вечером.", "phone", "8 701 555 24 12"),
    ("тел.: 8(701)555-24-13", "phone", "8(701)555-24-13"),
    ("номер 8.701.555.24.14 не отвечает", "phone", "8.701.555.24.14"),
    ("call 8–701–555–24–15 (en dash)", "phone", "8–701–555–24–15"),
    ("моб. 8—701—555—24—16", "phone", "8—701—555—24—16"),
    ("сотовый 701 555 24 17", "phone", "701 555 24 17"),
    ("ұялы телефоны 7015552418", "phone", "7015552418"),
    ("приёмная 8 (7212) 55-24-19", "phone", "8 (7212) 55-24-19"),
    ("Phone: +7 701 555 24 20.", "phone", "+7 701 555 24 20"),
    ("Tel +77015552421.", "phone", "+77015552421"),
    ("+7 (727) 255-24-22", "phone", "+7 (727) 255-24-22"),
    ("тел 8 727 2552423", "phone", "8 727 2552423"),
    ("Moscow 8 (495) 123-45-67", "phone", "8 (495) 123-45-67"),
    ("мобильный 8 916 123 45 67", "phone", "8 916 123 45 67"),
    ("+7-701-555-24-24", "phone", "+7-701-555-24-24"),
    ("Geneva +41 22 917 12 34", "phone", "+41 22 917 12 34"),
    # IIN / BIN with labels and separators
    ("ИИН900312300122", "iin", "900312300122"),
    ("ИИН: 900312300133", "iin", "900312300133"),
    ("ЖСН 900312300155", "iin", "900312300155"),
    ("IIN 9003 1230 0144", "iin", "9003 1230 0144"),
    ("ИИН 900312-300166", "iin", "900312-300166"),
    ("БИН 040340001234", "iin", "040340001234"),
    ("iin 900 312 300 177", "iin", "900 312 300 177"),
    # e-mail and its obfuscations
    ("write to d.yessenov@example.kz today", "email", "d.yessenov@example.kz"),
    ("d.yessenov[at]example[dot]kz", "email", "d.yessenov[at]example[dot]kz"),
    ("d.yessenov (at) example (dot) kz", "email", "d.yessenov (at) example (dot) kz"),
    ("d.yessenov @ example.kz", "email", "d.yessenov @ example.kz"),
    ("почта d.yessenov@\nexample.kz", "email", "d.yessenov@\nexample.kz"),
    ("D.Yessenov{at}mail{dot}ru", "email", "D.Yessenov{at}mail{dot}ru"),
]

LEFT_ALONE = [
    "Hearing on 13.11.2025 at 10:30; adjourned to 2025-12-01.",
    "Дело № 2-174/2026, решение от 5 марта 2024 года.",
    "Article 174(2) of the Criminal Code; ч. 2 ст. 174 УК РК; 174-бабының 2-бөлігі.",
    "Opinion No. 15/2024 (A/HRC/WGAD/2024/15), paragraphs 70-75.",
    "Fine of 7 000 000 000 tenge; bail 1 500 000 tenge.",
    "Pages 701-755 and 12-13; widths 653.8086 634.7656 691.4062.",
    "Bates DOC-000001_DOC-000003, volume 2, items 70 75 80 85 90.",
    "Registered 2019, 2020, 2021 and 2022.",
    "Case 7512-24-00-1/145 of the Almaty court.",
    "Blood pressure 150/95 mmHg, pulse 88.",
]


@pytest.mark.parametrize(("text", "name", "value"), FOUND)
def test_each_variant_is_found_whole(text: str, name: str, value: str) -> None:
    values = {(m.name, m.value) for m in find_patterns(text, ALL)}
    assert (name, value) in values, values


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_dates_case_numbers_articles_and_sums_are_left_alone(text: str) -> None:
    assert find_patterns(text, ("phone", "iin", "email")) == []


def test_a_phone_number_with_a_soft_hyphen_inside_is_found() -> None:
    detector = Detector(RedactionSet(patterns=[PatternRule("phone", "PII-WITNESS")]))
    text = "тел. 8 701 555\u00ad24 19 (after hours)"
    hits = detector.hits(text)
    assert [text[h.start : h.end] for h in hits] == ["8 701 555\u00ad24 19"]
