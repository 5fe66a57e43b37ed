"""archive_app layer: patterns of personal data to redact in English, Russian and Kazakh text.

- ``phone``: Kazakh and Russian numbers (+7 7xx ..., 8 7xx ..., +7 (727) ...) and any
  international number written with a leading ``+``;
- ``email``: e-mail addresses;
- ``iin``: a Kazakhstan individual identification number (12 digits);
- ``id``: ID card and passport numbers (``№ 043912345``, ``N12345678``, a number after
  "passport", "ID card", "удостоверение", "жеке куәлік");
- ``dob``: a date of birth after "date of birth", "born", "дата рождения", "туған күні",
  or a year before "года рождения" / "г.р.".

Patterns lean towards finding too much: a redaction too many costs less than one missed.
Where a keyword introduces the value, only the value is redacted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]"
    r"|октябр[яь]|ноябр[яь]|декабр[яь]"
    r"|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)"
)
_DATE = (
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}"
    rf"|\d{{1,2}}\s+{_MONTHS}\.?\s+\d{{4}}(?:\s*(?:г\.|года|жыл\w*))?"
    rf"|{_MONTHS}\.?\s+\d{{1,2}},?\s+\d{{4}}"
    rf"|\d{{4}}\s*(?:ж\.|жыл\w*)?\s*\d{{1,2}}\s*{_MONTHS}|\d{{4}}(?:\s*(?:г\.|года))?)"
)
_DOB_BEFORE = (
    r"(?:date\s+of\s+birth|d\.?o\.?b\.?|born(?:\s+on)?|birth\s*date|дата\s+рождения"
    r"|родил(?:ся|ась)|д\.\s?р\.|туған\s+(?:күні|жылы|уақыты)|туылған\s+күні)"
)

PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {
    "phone": (
        re.compile(
            r"(?<![\w+.,])(?:\+\s?7|8)[\s\-(]{0,3}\d{3}[\s\-)]{0,3}\d{3}[\s\-]?\d{2}[\s\-]?\d{2}(?![\d.,]\d|\d)"
        ),
        re.compile(r"(?<![\w+])\+\s?\d{1,3}(?:[\s\-.()]{0,3}\d){6,13}(?!\d)"),
    ),
    "email": (re.compile(r"[\w.+%-]+@[\w-]+(?:\.[\w-]+)+"),),
    "iin": (re.compile(r"(?<![\d\w])\d{6}\s?\d{6}(?![\d\w])"),),
    "id": (
        re.compile(r"(?:№|No\.?|N°|#)\s?(?P<v>[A-ZА-Я]{0,2}\s?\d{6,10})(?!\d)"),
        re.compile(r"(?<![\w])[A-ZА-Я]{1,2}\s?\d{7,9}(?![\w])"),
        re.compile(r"(?<![\d\w])\d{9}(?![\d\w])"),
        re.compile(
            r"(?i:passport|паспорт\w*|удостоверени\w+|id\s+card|identity\s+card|жеке\s+куәлі\w*)"
            r"(?:\s*(?:no\.?|№|number|номер|нөмірі))?\s*[:#]?\s*"
            r"(?P<v>[A-ZА-Я]{0,2}\s?\d[\d\s]{4,12}\d)"
        ),
    ),
    "dob": (
        re.compile(rf"(?i:{_DOB_BEFORE})\s*[:\-–]?\s*(?P<v>(?i:{_DATE}))"),
        re.compile(r"(?P<v>\d{4})\s*(?:года\s+рождения|г\.\s?р\.|жылы\s+туған)", re.IGNORECASE),
    ),
}


@dataclass(frozen=True)
class PatternMatch:
    start: int
    end: int
    name: str
    value: str


def find_patterns(text: str, names: list[str] | tuple[str, ...]) -> list[PatternMatch]:
    """Every match of the named patterns, as spans of the value to redact."""
    found: list[PatternMatch] = []
    for name in names:
        for regex in PATTERNS[name]:
            for m in regex.finditer(text):
                group = "v" if "v" in regex.groupindex and m.group("v") else 0
                start, end = m.span(group)
                value = text[start:end].strip()
                if value:
                    found.append(PatternMatch(start, end, name, value))
    return sorted(set(found), key=lambda p: (p.start, p.end, p.name))


def verification_forms(match: PatternMatch) -> list[str]:
    """What the verifier looks for after a pattern match: the value itself, and for phone
    numbers also the national number (its last ten digits), so +7 701 ... and 8 701 ...
    are one number."""
    forms = [match.value]
    digits = "".join(ch for ch in match.value if ch.isdigit())
    if match.name == "phone" and len(digits) >= 10:
        forms.append(digits[-10:])
    return forms
