"""Finding what to redact: names in any script, inflected, squashed or spaced out; patterns
of personal data in English, Russian and Kazakh text; typesetting with the text removed."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from archive_app.export.detect import Detector
from archive_app.export.matching import TermMatcher, person_terms
from archive_app.export.model import PatternRule, RedactionSet, TermRule
from archive_app.export.patterns import find_patterns
from archive_app.export.typeset import typeset_pages

NAZIGUL = ["Nazigul Maksutkhan", "Назигуль Максутхан", "Нәзигүл Мақсұтхан", "Nazigul Maqsutqan"]


def found(matcher: TermMatcher, text: str) -> list[str]:
    return sorted({text[m.start : m.end] for m in matcher.find(text)})


@pytest.mark.parametrize(
    "text",
    [
        "Statement of NAZIGUL MAKSUTKHAN, defender",
        "показания Назигуль Максутхан",
        "Нәзигүл Мақсұтхан айтты",
        "Nazigul Maqsutqan said",
        "NazigulMaksutkhan",  # words run together in a PDF text layer
        "N a z i g u l M a k s u t k h a n",  # letter-spaced heading
        "Назигуль\nМаксутхан",  # broken over two lines
    ],
)
def test_a_registered_name_is_found_in_every_script_and_spacing(text: str) -> None:
    matcher = TermMatcher(person_terms(NAZIGUL))
    assert matcher.find(text), text


def test_inflected_russian_and_kazakh_forms_are_found_whole() -> None:
    matcher = TermMatcher(person_terms(["Yerlan Seitkali", "Aigerim Nurlanova"]))
    text = "подозреваемого Сейткали Ерлана Маратовича; с Айгерим Нурлановой; Сейткалиге хат"
    hits = found(matcher, text)
    assert "Ерлана" in " ".join(hits)
    assert any("Нурлановой" in h for h in hits)
    assert any("Сейткалиге" in h for h in hits)  # Kazakh dative ending
    assert "Маратовича" not in " ".join(hits)  # not an alias: left alone


def test_short_words_and_numbers_must_match_whole() -> None:
    matcher = TermMatcher(["Ali", "940507450318"])
    assert found(matcher, "Ali met Alimnur and Natalia") == ["Ali"]
    assert found(matcher, "IIN 940507450318, not 940507450") == ["940507450318"]
    assert found(matcher, "IIN:940 507 450 318") == ["940 507 450 318"]


def test_phone_numbers_match_in_any_grouping() -> None:
    matcher = TermMatcher(["+7 701 555 24 19", "7015552419"])
    for text in ("Tel +77015552419.", "8 (701) 555-24-19", "+7 701 555 24 19"):
        assert matcher.find(text), text
    assert not matcher.find("Tel +7 701 555 24 18")


def test_patterns_find_personal_data_in_three_languages() -> None:
    text = (
        "Phone: +7 701 555 24 19, e-mail a.dauletova@example.org, IIN 940507450318.\n"
        "Паспорт № N12345678; удостоверение личности 043912345.\n"
        "Date of birth: 07.05.1994. Сейткали Е. М., 1991 года рождения.\n"
        "Туған күні: 1994 жылғы 7 мамыр. Телефон 8 (777) 301-88-12, Geneva +41 22 917 12 34."
    )
    names = ("phone", "email", "iin", "id", "dob")
    values = {(m.name, m.value) for m in find_patterns(text, names)}
    assert ("phone", "+7 701 555 24 19") in values
    assert ("phone", "8 (777) 301-88-12") in values
    assert ("phone", "+41 22 917 12 34") in values
    assert ("email", "a.dauletova@example.org") in values
    assert ("iin", "940507450318") in values
    assert ("id", "N12345678") in values
    assert ("id", "043912345") in values
    assert ("dob", "07.05.1994") in values
    assert ("dob", "1991") in values
    assert any(name == "dob" and "1994" in value for name, value in values if "мамыр" in value)


def test_patterns_leave_ordinary_numbers_alone() -> None:
    text = (
        "Article 174(2); 150/95 mmHg; 13 November 2025; page 12; widths 653.8086 634.7656 691.4062"
    )
    assert find_patterns(text, ("phone", "iin", "id", "dob")) == []


def test_typeset_text_has_no_trace_of_the_redacted_name() -> None:
    detector = Detector(
        RedactionSet(
            terms=[TermRule(t, "PII-VICTIM", "person") for t in person_terms(NAZIGUL)],
            patterns=[PatternRule("phone", "PII-WITNESS")],
        )
    )
    pages = [
        "Witness statement\nNazigul Maksutkhan was at the gathering. Phone +7 701 555 24 19.",
        "Второй лист: Назигуль Максутхан, Қалжат ауылы.",
        "withheld",
    ]
    typeset = typeset_pages(pages, detector, skip={3})
    reader = PdfReader(io.BytesIO(typeset.pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) == 2
    assert "Witness statement" in text and "Қалжат ауылы" in text  # Kazakh letters survive
    assert "PII-VICTIM" in text and "PII-WITNESS" in text
    assert not TermMatcher(person_terms(NAZIGUL)).find(text)
    assert "555" not in text
    assert sorted(r for _, r, _ in typeset.placed) == ["PII-VICTIM", "PII-VICTIM", "PII-WITNESS"]
    assert typeset.page_of_section == {1: [0], 2: [1]}
