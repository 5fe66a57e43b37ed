"""indexing layer: legal citations in English, Russian and Kazakh text.

A citation is an article reference ("Article 174(2)", "ч. 2 ст. 174",
"174-бабының 2-бөлігі", "Articles 9, 14 (7), 19 and 21") tied to an instrument
mention (instruments.py). The instrument is the one named right after the
reference ("... of the ICCPR", "... УК РК", "... Пакта"), or right before it
("Қылмыстық кодекстің 174-бабы", "ICCPR, art. 19"); Kazakh references look
before first, the others after. A generic word ("the Covenant", "Пакта")
stands for the instrument of its family the document named (the nearest named
before it, else the first named after). A reference with no instrument takes
one only if the document tied that same article number to exactly one
instrument elsewhere; otherwise it is not guessed.

Lists and ranges expand ("Articles 9-12" gives 9, 10, 11, 12; ranges wider than
``MAX_RANGE`` are ignored); "174-1" with a smaller second number is one
(compound) article. Mapping to the registry is ``nearest_registered``: the exact
citation, else its article without the part (``KZ-CC 174(3)`` -> ``KZ-CC 174``),
else nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from indexing.recognize.instruments import FOREIGN, InstrumentFinder, InstrumentMention
from storage.seed import citation_for

MAX_RANGE = 40


@dataclass(frozen=True)
class CitationHit:
    """One article cited on one page, with the span of the words that cite it."""

    page: int  # 1-based
    start: int
    end: int
    instrument: str
    article: str
    part: str | None

    @property
    def citation(self) -> str:
        return citation_for(self.instrument, self.article, self.part)


_N = r"\d{1,4}(?:-\d{1,3}(?!\d))?"
_PAREN = r"(?:\s?\(\s?[0-9a-z]{1,3}\s?\))"
_EN_SEP = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to|through|&)\s+|\s?[–—]\s?|\s-\s)"
_EN_PARA = r"(?:\b(?:paragraphs?|paras?\.?|parts?)|§§?|¶)"
_RU_ART = r"(?:ст\.\s?ст\.|ст\.|стать(?:я|и|е|ю|ей|ёй|ям|ями|ях)|статей)"
_RU_PART = r"(?:ч\.\s?ч\.|чч\.|ч\.|част(?:ь|и|ью|ям|ями|ях|ей))"
_RU_POINT = r"(?:п\.\s?п\.|пп\.|п\.|пункт(?:а|у|ом|е|ы|ов|ам|ами|ах)?)"
_RU_SEP = r"(?:\s*,\s*(?:и\s+|или\s+)?|\s+(?:и|или|по)\s+|\s?[–—]\s?|\s-\s)"
_KK_SEP = r"(?:-?\s*,\s*|-?\s+(?:және|мен|немесе)\s+|\s?[–—]\s?)"
_KK_PART = r"\s?-?\s?(?:бөлі[кг]\w*|тармақ(?!ша)\w*|тармағ\w*)"

_REFERENCE = re.compile(
    r"(?:\b|(?=[§¶]))"  # a reference starts a word: one cheap test for positions inside words
    # and with one of the letters the alternatives start with (p aragraph/part, a rticle,
    # п ункт, ч асть, с татья, a digit, § ¶): one more cheap test before trying five
    r"(?=[paпчс\d§¶])(?:"
    + "|".join(
        (
            # Part 2 of Article 174 / paragraph 7 of article 14
            rf"(?P<enp>{_EN_PARA}\s?(?P<enp_parts>{_N}(?:{_EN_SEP}{_N})*){_PAREN}*\s*,?\s*"
            rf"of\s+(?:the\s+)?(?:articles?|arts?\.?)\s?(?P<enp_art>{_N}))",
            # Article 174(2); Articles 9, 14 (7), 19 and 21; Art. 174 para. 2
            rf"(?P<en>\b(?:articles?|arts?\.?)\s?(?P<en_arts>{_N}{_PAREN}*"
            rf"(?:{_EN_SEP}(?:{_N}{_PAREN}*|{_PAREN}+))*)"
            rf"(?:\s*,?\s*{_EN_PARA}\s?(?P<en_tail>{_N}(?:{_EN_SEP}{_N})*))?)",
            # ч. 2 ст. 174; частью 2 статьи 174; пункту 7 статьи 14; п. 1 ч. 2 ст. 174; and
            # the same without spaces or with several (ч.2ст.174, п.1 ч.2  ст.174)
            rf"(?P<rup>(?<![\w.])(?:{_RU_POINT}\s*{_N}(?:{_RU_SEP}{_N})*\s*)?"
            rf"(?:{_RU_PART}|{_RU_POINT})\s*(?P<rup_parts>{_N}(?:{_RU_SEP}{_N})*),?\s*"
            rf"{_RU_ART}\s*(?P<rup_art>{_N}))",
            # ст. 488; статьям 19 и 21; ст. 174 ч. 2; ст.174
            rf"(?P<ru>(?<![\w.]){_RU_ART}\s*(?P<ru_arts>{_N}{_PAREN}*(?:{_RU_SEP}{_N}{_PAREN}*)*)"
            rf"(?:\s*,?\s*(?:{_RU_PART}|{_RU_POINT})\s*(?P<ru_tail>{_N}(?:{_RU_SEP}{_N})*))?)",
            # 174-бабының 2-бөлігі; 19 және 21-баптары; 14-бабының 7-тармағына
            rf"(?P<kk>(?<![\w-])(?P<kk_arts>{_N}(?:{_KK_SEP}{_N})*)\s?-?\s?(?:бап|баб)\w*"
            rf"(?:\s+(?P<kk_parts>{_N}(?:{_KK_SEP}{_N})*){_KK_PART})?)",
        )
    )
    + ")",
    re.IGNORECASE,
)

_LIST_TOKEN = re.compile(
    r"(?P<num>\d{1,4})(?:-(?P<sub>\d{1,3}))?(?P<parens>(?:\s?\(\s?[0-9a-z]{1,3}\s?\))*)"
    r"|\((?P<lone>[0-9a-z]{1,3})\)"
    r"|(?P<range>\bto\b|\bthrough\b|\bпо\b|[–—]|(?<=\s)-(?=\s))",
    re.IGNORECASE,
)
_PAREN_CONTENT = re.compile(r"\(\s?([0-9a-z]{1,3})\s?\)", re.IGNORECASE)
_GAP_AFTER = re.compile(r"[\s,(]*(?:(?:of|under|in|to)\s+)?(?:(?:the|its|this)\s+)?", re.I)
_GAP_BEFORE = re.compile(r"(?:-[^\W\d_]{1,5})?[\s,(:]*")
MAX_GAP = 24
WINDOW = 300  # instruments are looked for this close to a reference (longest name + MAX_GAP)


@dataclass(frozen=True)
class _Reference:
    start: int
    end: int
    items: tuple[tuple[str, str | None], ...]  # (article, part)
    looks_before: bool  # Kazakh: the instrument comes first


def _parse_list(text: str) -> list[tuple[str, str | None]]:
    """``9, 14 (7), 19 and 21`` -> [(9, None), (14, 7), (19, None), (21, None)]."""
    items: list[tuple[str, str | None]] = []
    pending_range = False
    for token in _LIST_TOKEN.finditer(text):
        if token["range"]:
            pending_range = bool(items)
            continue
        if token["lone"]:
            if items:
                items.append((items[-1][0], token["lone"].lower()))
            continue
        number, sub = token["num"], token["sub"]
        parts = [p.lower() for p in _PAREN_CONTENT.findall(token["parens"] or "")]
        part = parts[0] if parts else None
        if sub is not None and int(sub) > int(number):  # "9-12" is a range
            items += _expand(number, sub)
            continue
        article = f"{int(number)}-{int(sub)}" if sub is not None else str(int(number))
        if pending_range and items and items[-1][0].isdigit():
            items += _expand(items[-1][0], article)[1:]
        else:
            items.append((article, part))
        pending_range = False
    return items


def _expand(first: str, last: str) -> list[tuple[str, str | None]]:
    if not (first.isdigit() and last.isdigit()):
        return [(first, None), (last, None)]
    lo, hi = int(first), int(last)
    if hi < lo or hi - lo > MAX_RANGE:
        return []
    return [(str(n), None) for n in range(lo, hi + 1)]


def _numbers(text: str | None) -> list[str]:
    return [a for a, _ in _parse_list(text or "")]


def _with_parts(
    items: list[tuple[str, str | None]], parts: list[str]
) -> tuple[tuple[str, str | None], ...]:
    """Parts named apart ("paragraph 7", "ч. 2") belong to the last article listed."""
    if not parts or not items:
        return tuple(items)
    head, (article, _) = items[:-1], items[-1]
    return tuple(head + [(article, p) for p in parts])


def _references(text: str) -> list[_Reference]:
    refs: list[_Reference] = []
    for m in _REFERENCE.finditer(text):
        if m["enp"]:
            items = _with_parts(_parse_list(m["enp_art"]), _numbers(m["enp_parts"]))
        elif m["en"]:
            items = _with_parts(_parse_list(m["en_arts"]), _numbers(m["en_tail"]))
        elif m["rup"]:
            items = _with_parts(_parse_list(m["rup_art"]), _numbers(m["rup_parts"]))
        elif m["ru"]:
            items = _with_parts(_parse_list(m["ru_arts"]), _numbers(m["ru_tail"]))
        else:
            items = _with_parts(_parse_list(m["kk_arts"]), _numbers(m["kk_parts"]))
        if items:
            refs.append(_Reference(m.start(), m.end(), items, looks_before=bool(m["kk"])))
    return refs


def _adjacent(
    text: str, ref: _Reference, mentions: list[InstrumentMention], starts: list[int]
) -> InstrumentMention | None:
    i = bisect_left(starts, ref.end)
    after = None
    if i < len(mentions):
        gap = text[ref.end : mentions[i].start]
        if len(gap) <= MAX_GAP and _GAP_AFTER.fullmatch(gap):
            after = mentions[i]
    before = None
    j = bisect_left(starts, ref.start) - 1
    if j >= 0 and mentions[j].end <= ref.start:
        gap = text[mentions[j].end : ref.start]
        if len(gap) <= MAX_GAP and _GAP_BEFORE.fullmatch(gap):
            before = mentions[j]
    return (before or after) if ref.looks_before else (after or before)


def find_citations(
    pages: Sequence[str], finder: InstrumentFinder | None = None
) -> list[CitationHit]:
    """Every article cited in a document, page by page, in reading order."""
    finder = finder or InstrumentFinder()
    page_refs = [_references(text) for text in pages]
    named: _NamedInstruments | None = None  # read only when a generic word needs it
    tied: list[tuple[int, _Reference, str]] = []
    loose: list[tuple[int, _Reference]] = []
    for page_no, (text, refs) in enumerate(zip(pages, page_refs, strict=True), start=1):
        if not refs:
            continue
        mentions = finder.find_near(text, [(r.start, r.end) for r in refs], WINDOW)
        starts = [m.start for m in mentions]
        for ref in refs:
            mention = _adjacent(text, ref, mentions, starts)
            if mention is None:
                loose.append((page_no, ref))
                continue
            code = mention.code
            if mention.generic:
                named = named or _NamedInstruments(pages, finder)
                code = named.resolve(mention, page_no)
            if code != FOREIGN:
                tied.append((page_no, ref, code))
    owners: dict[str, set[str]] = {}
    for _, ref, code in tied:
        for article, _ in ref.items:
            owners.setdefault(article, set()).add(code)
    for page_no, ref in loose:
        codes = {c for article, _ in ref.items for c in owners.get(article, ())}
        if len(codes) == 1 and all(a in owners for a, _ in ref.items):
            tied.append((page_no, ref, codes.pop()))
    hits = [
        CitationHit(page_no, ref.start, ref.end, code, article, part)
        for page_no, ref, code in tied
        for article, part in ref.items
    ]
    return sorted(hits, key=lambda h: (h.page, h.start))


class _NamedInstruments:
    """The instruments a document names, by family in reading order; each family read once."""

    def __init__(self, pages: Sequence[str], finder: InstrumentFinder) -> None:
        self._pages = pages
        self._finder = finder
        self._named: dict[str, tuple[list[tuple[int, int]], list[str]]] = {}

    def resolve(self, generic: InstrumentMention, page_no: int) -> str:
        """A generic word's instrument: the last of its family named before it, else the next."""
        family = generic.family or ""
        if family not in self._named:
            mentions = [
                (n, m)
                for n, text in enumerate(self._pages, start=1)
                for m in self._finder.find_named(text, family)
            ]
            self._named[family] = (
                [(n, m.start) for n, m in mentions],
                [m.code for _, m in mentions],
            )
        positions, codes = self._named[family]
        if not positions:
            return FOREIGN
        i = bisect_left(positions, (page_no, generic.start))
        return codes[i - 1 if i else 0]


def nearest_registered(
    instrument: str, article: str, part: str | None, registered: Collection[str]
) -> str | None:
    """The registry citation for a cited article: exact, else its article without the part."""
    exact = citation_for(instrument, article, part)
    if exact in registered:
        return exact
    parent = citation_for(instrument, article, None)
    return parent if part and parent in registered else None
