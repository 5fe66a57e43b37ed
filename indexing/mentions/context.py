"""indexing layer: capitalised words standing together, and what stands beside a name.

A page is read as runs of capitalised words (names, initials, titles, sentence starts)
with only spaces, a line break, a hyphen, an initial's dot or a list comma between them.
These helpers say which words of a run are initials, titles, roles or common sentence
openers, where the other word of a name may stand, and whether a word beside a name is
another person's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from indexing.mentions.forms import has_kazakh_suffix, readings
from indexing.mentions.registry import (
    GIVEN_NAMES,
    MIN_ALONE,
    PATRONYMIC,
    SURNAME_SHAPE,
    Quality,
    Role,
    Variant,
)
from indexing.translit import skeleton

_HONORIFIC_BEFORE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Mme|Madame|Monsieur|Sir|MR|MRS|MS|DR)\.?"
    r"|(?i:\b(?:господин\w*|госпож\w*|граждан(?:ин|ина|ину|ином|ка|ки|ке|кой)|г-н|г-жа"
    r"|гр\.|азамат\w*))\.?)\s+$"
)
_HONORIFIC_AFTER = re.compile(r"\s+(?:мырза|ханым|mırza|myrza|hanym|hanım)", re.IGNORECASE)
# Capitalised words that stand before a name without being part of it.
ROLE_WORDS = frozenset(
    [
        "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "judge", "justice", "prosecutor", "counsel",
        "lawyer", "attorney", "advocate", "investigator", "officer", "detective", "colonel",
        "major", "captain", "lieutenant", "general", "professor", "defender", "activist",
        "journalist", "witness", "plaintiff", "defendant", "applicant", "complainant", "судья",
        "прокурор", "адвокат", "следователь", "защитник", "свидетель", "истец", "ответчик",
        "заявитель", "потерпевший", "потерпевшая", "подсудимый", "подсудимая", "осужденный",
        "осуждённый", "задержанный", "гражданин", "гражданка", "господин", "госпожа", "полковник",
        "майор", "капитан", "лейтенант", "генерал", "сот", "тергеуші", "қорғаушы", "куә", "азамат",
        "азаматша", "журналист", "белсенді", "sot", "sudya", "prokuror", "advokat", "tergeushi",
        "qorgaushy", "kua", "azamat",
    ]
)  # fmt: skip
_RUN_GAP = re.compile(r"[ \t\u00a0]*\n?[ \t\u00a0]*|-|\.[ \t\u00a0]*|,[ \t\u00a0]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;«»\"“”(\[/—–]|\n)\s*$")
ANOTHER, SENTENCE_START = "another", "sentence start"
DIGRAPH_INITIALS = frozenset({"Zh", "Sh", "Ch", "Kh", "Ts", "Yu", "Ya", "Ye", "Yo", "Dzh", "Sch"})
# Capital letters that are words of their own (prepositions, conjunctions, pronouns).
ONE_LETTER_WORDS = frozenset("ВСКУОИАЯAIО")
# Capitalised words that open a sentence and are nobody's name.
SENTENCE_OPENERS = frozenset(
    [
        "the",
        "this",
        "that",
        "these",
        "those",
        "then",
        "there",
        "here",
        "on",
        "in",
        "at",
        "after",
        "before",
        "when",
        "while",
        "since",
        "according",
        "however",
        "also",
        "but",
        "and",
        "as",
        "by",
        "for",
        "from",
        "under",
        "upon",
        "yesterday",
        "today",
        "later",
        "later",
        "earlier",
        "meanwhile",
        "although",
        "though",
        "if",
        "once",
        "during",
        "despite",
        "following",
        "both",
        "neither",
        "затем",
        "потом",
        "после",
        "однако",
        "также",
        "согласно",
        "в",
        "на",
        "по",
        "с",
        "к",
        "у",
        "о",
        "об",
        "при",
        "для",
        "как",
        "когда",
        "кроме",
        "это",
        "так",
        "тогда",
        "но",
        "и",
        "а",
        "же",
        "ещё",
        "еще",
        "уже",
        "вчера",
        "сегодня",
        "позже",
        "ранее",
        "поскольку",
        "хотя",
        "если",
        "пока",
        "несмотря",
        "кейін",
        "содан",
        "сонымен",
        "бірақ",
        "және",
        "сот",
        "бұл",
        "осы",
        "ол",
        "онда",
        "мұнда",
        "сондай",
        "кеше",
        "бүгін",
        "алайда",
        "себебі",
        "егер",
        "соңынан",
        "сол",
    ]
)


@dataclass
class Token:
    start: int
    end: int
    text: str
    skel: str
    candidates: dict[tuple[int, int], Quality]  # (variant index, word index) -> quality
    dotted: bool = False  # a full stop follows

    @property
    def initial(self) -> bool:
        """ "Д." "Zh." "D" - but not the preposition "С" or "У" opening a sentence."""
        if self.text.capitalize() in DIGRAPH_INITIALS:
            return self.dotted
        if len(self.text) != 1 or not self.text.isupper():
            return False
        return self.dotted or self.text not in ONE_LETTER_WORDS

    @property
    def patronymic(self) -> bool:
        """Болатович, Болатовичем, Маратұлы, Маратұлының: a patronymic in any form."""
        return any(PATRONYMIC.search(key) for key in readings(self.text))

    def fits(self, variant: int, word: int | None = None, *, paired: bool = False) -> bool:
        for (v, w), quality in self.candidates.items():
            if (v == variant and (word is None or w == word)) and (
                paired or quality is not Quality.DROPPED
            ):
                return True
        return False


def runs(text: str, tokens: list[Token]) -> list[list[int]]:
    """Capitalised words standing together: only spaces, a hyphen or an initial's dot between."""
    runs: list[list[int]] = []
    current: list[int] = []
    for i, token in enumerate(tokens):
        if current:
            prev = tokens[i - 1]
            gap = text[prev.end : token.start]
            if not _RUN_GAP.fullmatch(gap) or (gap.startswith(".") and not prev.initial):
                runs.append(current)
                current = []
        current.append(i)
    if current:
        runs.append(current)
    return [run for run in runs if any(tokens[i].candidates for i in run)]


def looks_like_surname(token: Token) -> bool:
    """Шубину, Завьялов, Ржевской - not Мадина or Полина, nor a patronymic."""
    if token.patronymic:
        return False
    keys = readings(token.text)
    if keys & GIVEN_NAMES:
        return False
    return any(len(k) > MIN_ALONE and SURNAME_SHAPE.search(k) for k in keys)


def listed(text: str, left: Token, right: Token) -> bool:
    """Whether a comma stands between two words of a run."""
    return "," in text[left.end : right.start]


def partners(run: list[int], pos: int, tokens: list[Token]) -> list[int]:
    """Run positions where the other word of a name may stand: next, or past a patronymic
    or up to two initials."""
    partners = [pos + 1] if pos + 1 < len(run) else []
    k = pos + 1
    while k < len(run) and k <= pos + 2:
        between = tokens[run[k]]
        if not (between.initial or between.patronymic):
            break
        if k + 1 < len(run):
            partners.append(k + 1)
        k += 1
    return partners


def initials_next_to(run: list[int], pos: int, tokens: list[Token]) -> list[str]:
    """First letters of the initials right after a word, else of those right before it."""
    after = [tokens[i] for i in run[pos + 1 : pos + 3]]
    if after and after[0].initial:
        return [skeleton(after[0].text)]
    before: list[Token] = []
    for i in reversed(run[max(0, pos - 2) : pos]):
        if not tokens[i].initial:
            break
        before.insert(0, tokens[i])
    return [skeleton(before[0].text)] if before else []


def initials_agree(variant: Variant, matched: int, initials: list[str]) -> bool:
    if not initials:
        return False
    letter = initials[0]
    for i, word in enumerate(variant.words):
        if i == matched or variant.roles[i] is Role.PATRONYMIC:
            continue
        if word.startswith(letter) or (letter == "i" and word[:1] in "eo"):  # Y. for Ye-/Yo-
            return True
    return False


def is_role_word(word: str) -> bool:
    """A title or role written before a name, in any case form (Гражданина, Судьи)."""
    lower = word.casefold()
    return (
        any(lower.startswith(role) and len(lower) - len(role) <= 3 for role in ROLE_WORDS)
        or lower in ROLE_WORDS
    )


def titled(text: str, run: list[int], pos: int, tokens: list[Token]) -> bool:
    """ "Mr Seitkali", "гражданина Сейткали", "Сейткали мырза": the title and one word."""
    token = tokens[run[pos]]
    after = tokens[run[pos + 1]] if pos + 1 < len(run) else None
    if after is not None and not after.initial and not listed(text, token, after):
        return False  # "Mr Yerlan Sarsembayev" names someone else
    if pos > 0 and not is_role_word(tokens[run[pos - 1]].text):
        return False
    if _HONORIFIC_BEFORE.search(text, max(0, token.start - 16), token.start):
        return True
    return pos == 0 and _HONORIFIC_AFTER.match(text, token.end) is not None


def beside_another_name(text: str, run: list[int], pos: int, tokens: list[Token]) -> str | None:
    """Whether a capitalised word beside this one may be another person's first name:
    ANOTHER for "Aigul Yessenova" (his wife) or "Bolat Nurlanuly" registered; SENTENCE_START
    for an unknown capitalised word opening the sentence ("Then"? "Bolat"?); None for
    initials, titles, roles and common sentence openers ("The", "Затем", "Содан")."""
    verdict: str | None = None
    for other in (pos - 1, pos + 1):
        if not 0 <= other < len(run):
            continue
        token = tokens[run[other]]
        lower = token.text.casefold()
        left, right = sorted((token, tokens[run[pos]]), key=lambda t: t.start)
        if listed(text, left, right):
            continue  # "Yessenov, Akhmetov and others": a list of names
        if token.initial or is_role_word(token.text) or lower in SENTENCE_OPENERS:
            continue
        if looks_like_surname(token):
            continue  # "Олег Завьялов Корягинге": a surname beside it is another name's end
        if other == pos - 1 and other > 0 and is_role_word(tokens[run[other - 1]].text):
            continue  # "Судья Бойко Шубинге": the role and its surname are a name of their own
        if other == pos + 1 and has_kazakh_suffix(tokens[run[pos]].text):
            continue  # a Kazakh case ends a name: "Есенбековқа Қылмыстық кодексі"
        if token.patronymic and not token.candidates:
            continue
        if (
            other == pos - 1
            and not token.candidates
            and _SENTENCE_START.search(text, 0, token.start)
        ):
            verdict = SENTENCE_START
            continue
        return ANOTHER
    return verdict
