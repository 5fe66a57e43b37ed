"""indexing layer: where a text names a legal instrument, in English, Russian or Kazakh.

Each mention is either *specific* ("International Covenant on Civil and Political
Rights", "УК РК", "Қылмыстық кодекстің") or *generic* ("the Covenant", "Пакта",
"конвенцияның", "the same Code"), which only says which family it belongs to; citations.py
resolves a generic mention to the specific instrument of that family the
document named. Instruments outside the registry that a generic word could mean
(the ICESCR, the European Convention, the Declaration on Human Rights Defenders)
and foreign codes ("Criminal Code of the Russian Federation", "УК РФ") are
recognised too, with an empty code, so that they are never mistaken for ours.

All patterns are joined into one regular expression (earlier alternatives win
at the same position) and compiled once per set of registry instruments. A text
is first checked for the words each pattern cannot match without
(``indexing.recognize.keywords``): only the patterns that may match are tried,
in the same order, so the mentions found are the same, found much faster.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from indexing.recognize.keywords import Keywords

FOREIGN = ""  # the code of an instrument that is not (or is not known to be) in the registry
NATIONAL = frozenset({"KZ-CC", "KZ-AOC", "KZ-CPC", "KZ-CONST"})


@dataclass(frozen=True)
class InstrumentMention:
    start: int
    end: int
    code: str  # a registry code, or FOREIGN
    family: str | None  # "covenant", "convention", "declaration", "code" or None
    generic: bool = False


_ICCPR_EN = r"(?i:International\s+Covenant\s+on\s+Civil\s+and\s+Political\s+Rights)"
_ICCPR_RU = r"(?i:(?:Международн\w*\s+)?пакт\w*\s+о\s+гражданских\s+и\s+политических\s+правах)"
_ICCPR_KK = r"(?i:Азаматтық\s+және\s+саяси\s+құқықтар\s+туралы\s+халықаралық\s+пакт\w*)"
_ICESCR_EN = r"(?i:International\s+Covenant\s+on\s+Economic,?\s+Social\s+and\s+Cultural\s+Rights)"
_ICESCR_RU = (
    r"(?i:(?:Международн\w*\s+)?пакт\w*\s+об\s+экономических,?\s+социальных\s+и\s+культурных"
    r"\s+правах)"
)
_ICESCR_KK = (
    r"(?i:Экономикалық,?\s+әлеуметтік\s+және\s+мәдени\s+құқықтар\s+туралы\s+халықаралық\s+пакт\w*)"
)
_AOC_EN = (
    r"(?i:Code\s+(?:of|on)\s+Administrative\s+(?:Offen[cs]es|Violations)"
    r"|Administrative\s+(?:Offen[cs]es\s+)?Code)"
)
_AOC_RU = r"(?i:Кодекс\w*\s+(?:Республики\s+Казахстан\s+)?об\s+административных\s+правонарушениях)"
_AOC_KK = (
    r"(?i:Әкімшілік\s+құқық\s*бұзушылық(?:тар)?\s+туралы\s+(?:Қазақстан\s+Республикасының\s+)?"
    r"кодекс\w*)"
)

_Pattern = tuple[str, str | None, bool, tuple[str, ...]]  # code, family, generic, alternatives
_Meta = tuple[str, str | None, bool]

# (code, family, generic, alternatives) in priority order: specific before generic,
# and the procedure code before the criminal code whose words it contains.
_PATTERNS: tuple[_Pattern, ...] = (
    ("ICCPR", "covenant", False, (_ICCPR_EN, r"\bICCPR\b|\bМПГПП\b", _ICCPR_RU, _ICCPR_KK)),
    (FOREIGN, "covenant", False, (_ICESCR_EN, r"\bICESCR\b|\bМПЭСКП\b", _ICESCR_RU, _ICESCR_KK)),
    (
        "CAT",
        "convention",
        False,
        (
            r"(?i:(?:UN\s+|United\s+Nations\s+)?Convention\s+against\s+Torture)|\b(?:UN)?CAT\b",
            r"(?i:Конвенци\w*\s+(?:ООН\s+)?против\s+пыток)",
            r"(?i:Азаптау\w*(?:[\w,-]*\s+){0,16}?қарсы\s+конвенция\w*)",
        ),
    ),
    (
        FOREIGN,
        "convention",
        False,
        (
            r"(?i:European\s+Convention|Convention\s+(?:on|for|relating|concerning)\b)",
            r"\b(?:ECHR|CRC|CEDAW|CERD)\b",
            r"(?i:Европейск\w*\s+конвенци\w*|Конвенци\w*\s+(?:ООН\s+)?об?\b)",
            r"(?i:(?<![\w-])[\w-]{1,40}\s+туралы\s+(?:халықаралық\s+)?конвенция\w*)",
            r"(?i:Еуропалық\s+конвенция\w*)",
        ),
    ),
    (
        "UDHR",
        "declaration",
        False,
        (
            r"(?i:Universal\s+Declaration(?:\s+of\s+Human\s+Rights)?)|\bUDHR\b|\bВДПЧ\b",
            r"(?i:Всеобщ\w*\s+деклараци\w*(?:\s+прав\s+человека)?)",
            r"(?i:(?:Адам\s+құқықтарының\s+)?жалпыға\s+бірдей\s+декларация\w*)",
        ),
    ),
    (
        FOREIGN,
        "declaration",
        False,
        (
            r"(?i:Declaration\s+on\b|Деклараци\w*\s+(?:ООН\s+)?о\b)",
            r"(?i:(?<![\w-])[\w-]{1,40}\s+туралы\s+декларация\w*)",
        ),
    ),
    (
        "KZ-CPC",
        "code",
        False,
        (
            r"(?i:Criminal\s+Procedur(?:e|al)\s+Code|Code\s+of\s+Criminal\s+Procedure)|\bCPC\b",
            r"(?i:Уголовно[-\s]процессуальн\w*\s+кодекс\w*|Қылмыстық[-\s]процест\w*\s+кодекс\w*)",
            r"\bУПК\b|\bҚПК\b",
        ),
    ),
    (
        "KZ-AOC",
        "code",
        False,
        (_AOC_EN, r"\b(?:AOC|CAO|CoAO)\b", _AOC_RU, r"\bКоАП\b", _AOC_KK, r"\bӘҚБт?К\b"),
    ),
    (
        "KZ-CC",
        "code",
        False,
        (
            r"(?i:(?:Kazakh(?:stani)?\s+|Kazakhstan['’]s\s+)?(?:Criminal|Penal)\s+Code)",
            r"\b(?:CC\s+(?:of\s+(?:the\s+)?)?RK|RK\s+CC)\b",
            r"(?i:Уголовн(?:ый|ого|ому|ым|ом)\s+кодекс\w*|Қылмыстық\s+кодекс\w*)|\bУК\b|\bҚК\b",
        ),
    ),
    ("KZ-CONST", None, False, (r"(?i:\bConstitution\b|\bКонституци\w*)",)),
    # generic words, resolved through the family the document named
    ("", "covenant", True, (r"(?i:\bCovenant\b|\bпакт\w*)",)),
    ("", "convention", True, (r"(?i:\bConvention\b|\bконвенци\w*)",)),
    ("", "declaration", True, (r"(?i:\bDeclaration\b|\bдеклараци\w*)",)),
    (
        "",
        "code",
        True,
        (
            r"(?i:\b(?:the\s+same|that|the\s+said)\s+Code\b)",
            r"(?i:\b(?:того\s+же|указанного|названного|этого)\s+кодекса\b)",
        ),
    ),
)

# A national code qualified as another country's is not ours.
_FOREIGN_AFTER = re.compile(
    r"\s*(?:of\s+(?:the\s+)?(?!(?:Republic\s+of\s+)?Kazakhstan\b|RK\b|Republic\b(?!\s+of))[A-Z]"
    r"|(?:РФ|КР|РУз|РТ|РБ|КНР|ФРГ)\b"
    r"|(?:Российской|Кыргызской|Киргизской|Китайской|Украины|Узбекистана|Беларуси)\b"
    r"|Республики\s+(?!Казахстан)[А-ЯЁ])"
)
_FOREIGN_BEFORE = re.compile(
    r"(?:\b(?:Russian|Chinese|Kyrgyz|Uzbek|Tajik|Turkmen|Belarusian|Ukrainian|German|French|Turkish"
    r"|American|US|China['’]s|Russia['’]s)\s+(?:the\s+)?"
    r"|(?i:российск|китайск|киргизск|кыргызск|узбекск|украинск|белорусск)\w*\s+"
    r"|(?:Ресей|Қытай|Қырғыз|Өзбекстан)\w*(?:\s+(?:Федерациясы|Республикасы|Халық\s+Республикасы)\w*)?"
    r"\s+)$"
)


class InstrumentFinder:
    """Finds instrument mentions; built for the instruments a registry holds."""

    def __init__(self, registry_instruments: tuple[tuple[str, str], ...] = ()) -> None:
        patterns: list[_Pattern] = []
        known = {code for code, _, _, _ in _PATTERNS}
        for code, name in registry_instruments:  # user-defined ones: their code and name
            if code in known:
                continue
            words = [re.escape(w) for w in name.split()]
            alternatives = [rf"(?<![\w-]){re.escape(code)}(?![\w-])"]
            if len(words) >= 2:
                alternatives.append(r"(?i:" + r"\s+".join(words) + r")")
            patterns.append((code, _family(name), False, tuple(alternatives)))
        self._patterns = (*patterns, *_PATTERNS)
        self._regex, self._meta = _compile(self._patterns)
        self._keywords = Keywords(tuple(alternatives for *_, alternatives in self._patterns))
        self._families: dict[str, tuple[re.Pattern[str], list[_Meta]]] = {}

    def find(self, text: str) -> list[InstrumentMention]:
        """Every instrument mention in a text."""
        return self._find(text, 0, len(text))

    def find_near(
        self, text: str, spans: list[tuple[int, int]], margin: int
    ) -> list[InstrumentMention]:
        """Mentions within ``margin`` characters of the given spans (much cheaper on long pages)."""
        windows: list[list[int]] = []
        for start, end in sorted(spans):
            lo, hi = max(0, start - margin), min(len(text), end + margin)
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], hi)
            else:
                windows.append([lo, hi])
        return [m for lo, hi in windows for m in self._find(text, lo, hi)]

    def find_named(self, text: str, family: str) -> list[InstrumentMention]:
        """The instruments of one family a text names: what "the Covenant" may stand for."""
        if family not in self._families:
            chosen = tuple(p for p in self._patterns if p[1] == family and not p[2])
            if not chosen:
                return []
            self._families[family] = _compile(chosen)
        regex, meta = self._families[family]
        return self._find(text, 0, len(text), regex, meta)

    def _find(
        self,
        text: str,
        lo: int,
        hi: int,
        regex: re.Pattern[str] | None = None,
        meta: list[_Meta] | None = None,
    ) -> list[InstrumentMention]:
        if regex is None or meta is None:
            meta = self._meta
            chosen = self._keywords.possible(text[lo:hi])
            if chosen is None:
                regex = self._regex
            elif not chosen:
                return []
            else:
                regex = self._keywords.regex(chosen, _compile_chosen)
        mentions: list[InstrumentMention] = []
        for match in regex.finditer(text, lo, hi):
            code, family, generic = meta[int(match.lastgroup[1:])]  # type: ignore[index]
            if code in NATIONAL and _is_foreign(text, match.start(), match.end()):
                code = FOREIGN
            mentions.append(InstrumentMention(match.start(), match.end(), code, family, generic))
        return mentions


def _family(name: str) -> str | None:
    lowered = name.casefold()
    for family in ("covenant", "convention", "declaration"):
        if family in lowered:
            return family
    return None


def _is_foreign(text: str, start: int, end: int) -> bool:
    if _FOREIGN_AFTER.match(text, end, min(len(text), end + 60)):
        return True
    return _FOREIGN_BEFORE.search(text[max(0, start - 50) : start]) is not None


def _compile(patterns: tuple[_Pattern, ...]) -> tuple[re.Pattern[str], list[_Meta]]:
    """One regular expression for all patterns; each alternative is named p<index>."""
    regex = _compile_joined(tuple("|".join(alternatives) for *_, alternatives in patterns))
    return regex, [(code, family, generic) for code, family, generic, _ in patterns]


@lru_cache(maxsize=16)
def _compile_joined(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return _compile_chosen(tuple(enumerate(patterns)))


def _compile_chosen(patterns: tuple[tuple[int, str], ...]) -> re.Pattern[str]:
    """Some of the patterns, in their order, each still named by its index (p<index>)."""
    # every name starts a word: one cheap test rejects the positions inside words
    return re.compile(r"\b(?:" + "|".join(f"(?P<p{i}>{p})" for i, p in patterns) + ")")
