"""archive_app layer: patterns of personal data to redact in English, Russian and Kazakh text.

- ``phone``: Kazakh and Russian numbers in every common form: with a leading +7, 8 or
  nothing (then a mobile or city code must open it: 701 555 24 17), the code in
  brackets or not (8 (7212) 55-24-19), digits grouped by spaces, dots or dashes of any
  kind (8-701-555-24-13, 8.701.555.24.14, 8–701–555–24–15), glued to "тел."; and any
  international number written with a leading ``+``;
- ``email``: e-mail addresses, also written "name [at] host [dot] kz", "name (at) host",
  with spaces around the @ or split at a line end;
- ``iin``: a Kazakhstan individual or business identification number (IIN/BIN, 12
  digits), also glued to its label (ИИН900312300122) or grouped (9003 1230 0144,
  900312-300166);
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

_DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_SEP = f"[\\s.{_DASHES}]"
# A run of digits grouped by separators and brackets; checked by ``_phone_ok``.
_PHONE_RUN = re.compile(
    rf"(?<![\w+])(?<!\d[.,])(?:\+\s?)?\(?\d(?:(?:{_SEP}{{1,2}}|\s?\(|\)\s?|{_SEP}?\(|\){_SEP}?)?\d)"
    r"{8,11}(?![\d]|[.,]\d)"
)
_GROUPS = re.compile(r"\d+")
KZ_MOBILE = ("70", "74", "75", "76", "77")
_AT = r"(?:\s*@\s*|\s*[\[({]\s*(?:at|собака)\s*[\])}]\s*|\s+at\s+(?=[\w-]+\s*[\[({]\s*dot))"
_DOT = r"(?:\.|\s*[\[({]\s*(?:dot|точка)\s*[\])}]\s*|\s+dot\s+)"
_IIN_LABEL = r"(?i:иин|бин|жсн|бсн|iin|bin)"

PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {
    "phone": (re.compile(r"(?<![\w+])\+\s?\d{1,3}(?:[\s\-.()]{0,3}\d){6,13}(?!\d)"),),
    "email": (
        re.compile(rf"[\w.+%-]+{_AT}[\w-]+(?:{_DOT}[\w-]+)*{_DOT}[A-Za-z]{{2,}}\b", re.IGNORECASE),
    ),
    "iin": (
        re.compile(
            rf"(?:(?<!\w){_IIN_LABEL}\s*[:№#]?\s*|(?<![\w.,/-]))"
            rf"(?P<v>\d{{6}}[\s{_DASHES}]?\d{{6}}|\d{{4}}\s\d{{4}}\s\d{{4}}|\d{{3}}\s\d{{3}}\s\d{{3}}\s\d{{3}})"
            r"(?![\w]|[.,/-]\d)"
        ),
    ),
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


def _phone_ok(value: str) -> bool:
    """A digit run is a Kazakh or Russian phone number: 11 digits opening with 7 or 8
    (or +7) and a real code after it, or 10 digits whose first group is a mobile or city
    code (never a sum of money grouped by thousands, nor a date)."""
    digits = "".join(ch for ch in value if ch.isdigit())
    groups = _GROUPS.findall(value)
    if len(digits) == 11 and digits[0] in "78" and digits[1] in "3479":
        return value.startswith("+") or digits[0] == "8" or len(groups[0]) >= 4
    if len(digits) != 10 or value.startswith("+") or digits[0] not in "79":
        return False
    first = groups[0]
    if len(first) not in (3, 4, 5, 10):
        return False
    if digits[0] == "7":
        return digits[:2] in KZ_MOBILE or digits[:2] == "72" or digits[:2] == "71"
    return True  # Russian mobile 9xx


def _phones(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in _PHONE_RUN.finditer(text):
        if _phone_ok(m.group()):
            start = m.start() + (1 if m.group().startswith("(") and ")" not in m.group() else 0)
            spans.append((start, m.end()))
    return spans


def find_patterns(text: str, names: list[str] | tuple[str, ...]) -> list[PatternMatch]:
    """Every match of the named patterns, as spans of the value to redact."""
    found: list[PatternMatch] = []
    if "phone" in names:
        for start, end in _phones(text):
            found.append(PatternMatch(start, end, "phone", text[start:end].strip()))
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
