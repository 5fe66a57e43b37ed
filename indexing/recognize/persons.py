"""indexing layer: registered persons recognised in text, in any script and word order.

Every word of a registered name and of each alias is reduced to its
cross-script skeleton (indexing.translit), so "Yerlan Seitkali" registered in
Latin letters finds "Сейткали Ерлана Маратовича" and "Ерлан Сейткали", and
"Нурлан Есенов" finds "Nurlan Yessenov". A word of the text matches a name word
when their skeletons are equal, or equal after one Russian case ending or
Kazakh suffix (Есенова, Есеновым, Сейткалидің, Абдрахмановой) - never after
a derivational one (-ов, -ин, -ева), so Seitkaliev is not Seitkali.

A mention is *strong* - enough to propose the person - when, among capitalised
words standing together:
- two different words of one name or alias appear, in either order, side by side
  or with a patronymic or an initial between ("Yerlan Seitkali", "Сейткали Ерлан
  Маратович", "Ерлан Маратович Сейткали", "Yerlan M. Seitkali");
- a name word has initials next to it whose first letter starts another word of
  the name ("Сейткали Е. М.", "Д. Е. Абдрахманованың");
- a name word follows "Mr", "Ms", "г-н", "гражданина" or precedes "мырза";
- a form gives "Family name: Seitkali" and "First name: Yerlan";
- a one-word name or alias stands alone.
A name word on its own is a *weak* mention: only extra evidence for a person
already found in the same document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from indexing.translit import skeleton as _skeleton

# Case endings (Russian) and case suffixes (Kazakh) of a name written in Cyrillic. They
# are cut from the word before it is reduced to a skeleton, so that Мақсұтханның is
# Мақсұтхан + ның, never Мақсұтха + нин or a different surname Мақсұтханин.
ENDINGS = (
    *("а", "я", "у", "ю", "ом", "ем", "ём", "ым", "им", "е", "и", "ы"),
    *("ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "на", "не"),
    *("ны", "ні", "ды", "ді", "ты", "ті", "да", "де", "та", "те", "нда", "нде"),
    *("дан", "ден", "тан", "тен", "нан", "нен", "мен", "бен", "пен", "сы", "сі", "і"),
)
# After a name's final -а/-я (Даулетова, Дана, Мария): Даулетовой, Даулетову, Даны, Марией.
FEMININE_ENDINGS = ("ой", "ою", "у", "ю", "ы", "и", "е", "ей", "ею")
MIN_STEM = 3
MIN_ALONE = 4  # a single name word this long or longer may stand for the person
_HONORIFIC_BEFORE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Mme|Madame|Monsieur|Sir|MR|MRS|MS|DR)\.?"
    r"|(?i:\b(?:господин\w*|госпож\w*|граждан(?:ин|ина|ину|ка|ки|ке)|г-н|г-жа)\.?))\s+$"
)
_HONORIFIC_AFTER = re.compile(r"\s+(?:мырза|ханым)", re.IGNORECASE)

_WORD = re.compile(r"[^\W\d_]+")
# Cyrillic е after a vowel is romanised "ye" (Жумабаев = Zhumabayev, Токаев = Tokayev);
# translit.skeleton does not fold that yet, so names are keyed by this slightly wider form.
_IOTATED = re.compile(r"(?<=[aou])i(?=e)")
_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ichna|uli|ulu|kizi)(?:a|u|om|em|oi|e|i)?$")
_RUN_GAP = re.compile(r"[ \t\u00a0]*\n?[ \t\u00a0]*|-|\.[ \t\u00a0]*\n?[ \t\u00a0]*")
_FORM = re.compile(
    r"^[ \t]*(?P<label>family\s+name|surname|last\s+name|first\s+names?|given\s+names?|forenames?"
    r"|фамилия|имя|тегі|аты)[ \t]*[:：][ \t]*(?P<value>[^\W\d_][^\n,;]{0,60})$",
    re.IGNORECASE | re.MULTILINE,
)
_GIVEN_LABELS = ("first", "given", "fore", "имя", "аты")


def skeleton(word: str) -> str:
    """translit.skeleton, also folding the "y" of an iotated e (Zhumabayev -> zhumabaev)."""
    return _IOTATED.sub("", _skeleton(word))


@dataclass(frozen=True)
class PersonHit:
    person_id: int
    start: int
    end: int
    strong: bool


@dataclass(frozen=True)
class _Variant:
    person_id: int
    words: tuple[str, ...]  # skeletons


@dataclass
class _Token:
    start: int
    end: int
    text: str
    skel: str
    candidates: frozenset[tuple[int, int]]  # (variant index, word index)

    @property
    def initial(self) -> bool:
        return len(self.text) == 1 and self.text.isupper()


class PersonMatcher:
    """Built once from the registry's names and aliases; ``find`` runs per page."""

    def __init__(self, names: Iterable[tuple[int, str]]) -> None:
        self._variants: list[_Variant] = []
        self._exact: dict[str, set[tuple[int, int]]] = {}
        self._stems: dict[str, set[tuple[int, int]]] = {}
        seen: set[tuple[int, tuple[str, ...]]] = set()
        for person_id, name in names:
            words = tuple(s for s in (skeleton(w) for w in _WORD.findall(name)) if len(s) > 1)
            if not words or (person_id, words) in seen:
                continue
            seen.add((person_id, words))
            index = len(self._variants)
            self._variants.append(_Variant(person_id, words))
            for i, word in enumerate(words):
                self._exact.setdefault(word, set()).add((index, i))
                if word.endswith("a") and len(word) > MIN_STEM:
                    self._stems.setdefault(word[:-1], set()).add((index, i))
        self._prefixes = {w[:MIN_STEM] for w in self._exact}

    def _candidates(self, word: str) -> frozenset[tuple[int, int]]:
        """The (variant, word) pairs a word of the text may be, in any script or case."""
        skel = skeleton(word)
        if len(skel) < 2 or skel[:MIN_STEM] not in self._prefixes:
            return frozenset()
        found = set(self._exact.get(skel, ()))
        lower = word.casefold()
        for ending in ENDINGS:
            if lower.endswith(ending) and len(lower) - len(ending) >= MIN_STEM:
                found |= self._exact.get(skeleton(lower[: -len(ending)]), set())
        for ending in FEMININE_ENDINGS:
            if lower.endswith(ending) and len(lower) - len(ending) >= MIN_STEM:
                found |= self._stems.get(skeleton(lower[: -len(ending)]), set())
        return frozenset(found)

    def _tokens(self, text: str) -> list[_Token]:
        """The capitalised words of a text (names, initials, titles, sentence starts)."""
        tokens = []
        for m in _WORD.finditer(text):
            word = m.group()
            if word[0].isupper():
                candidates = self._candidates(word)
                tokens.append(_Token(m.start(), m.end(), word, skeleton(word), candidates))
        return tokens

    def find(self, text: str) -> list[PersonHit]:
        """Mentions of registered persons in one page of text, in reading order."""
        if not self._variants:
            return []
        tokens = self._tokens(text)
        hits: list[PersonHit] = []
        for run in _runs(text, tokens):
            hits += self._in_run(text, run, tokens)
        hits += self._in_forms(text)
        return _merged(hits)

    def _in_run(self, text: str, run: list[int], tokens: list[_Token]) -> list[PersonHit]:
        hits: list[PersonHit] = []
        strong_positions: set[int] = set()
        for a_pos, a in enumerate(run):
            for v, wi in tokens[a].candidates:
                variant = self._variants[v]
                if len(variant.words) == 1:
                    hits.append(self._hit(variant, tokens, a, a))
                    strong_positions.add(a)
                    continue
                for b in _partners(run, a_pos, tokens):
                    if any(v2 == v and w2 != wi for v2, w2 in tokens[b].candidates):
                        hits.append(self._hit(variant, tokens, a, b))
                        strong_positions.update((a, b))
                if len(tokens[a].skel) >= MIN_ALONE and (
                    _initials_agree(variant, wi, _initials_next_to(run, a_pos, tokens))
                    or _titled(text, run, a_pos, tokens)
                ):
                    hits.append(self._hit(variant, tokens, a, a))
                    strong_positions.add(a)
        if len(run) == 1 and run[0] not in strong_positions:  # a name word on its own
            a = run[0]
            persons = {self._variants[v].person_id for v, _ in tokens[a].candidates}
            if len(persons) == 1 and len(tokens[a].skel) >= MIN_ALONE:
                hits.append(PersonHit(persons.pop(), tokens[a].start, tokens[a].end, False))
        return _unambiguous(hits)

    def _hit(self, variant: _Variant, tokens: list[_Token], a: int, b: int) -> PersonHit:
        return PersonHit(variant.person_id, tokens[a].start, tokens[b].end, True)

    def _in_forms(self, text: str) -> list[PersonHit]:
        """A form's "Family name: X" and "First name: Y" fields, read as one name."""
        family: list[tuple[int, int, str]] = []
        given: list[str] = []
        for m in _FORM.finditer(text):
            label = m["label"].casefold()
            if label.startswith(_GIVEN_LABELS):
                given += _WORD.findall(m["value"])
            else:
                family += [(m.start("value"), m.end("value"), m["value"])]
        hits = []
        for start, end, value in family:
            for word in _WORD.findall(value):
                for v, wi in self._candidates(word):
                    variant = self._variants[v]
                    if any(
                        (v, wj) in self._candidates(g) and wj != wi
                        for g in given
                        for wj in range(len(variant.words))
                    ):
                        hits.append(PersonHit(variant.person_id, start, end, True))
        return hits


def _runs(text: str, tokens: list[_Token]) -> list[list[int]]:
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


def _partners(run: list[int], pos: int, tokens: list[_Token]) -> list[int]:
    """Where the other word of a name may stand: next, or past a patronymic or an initial."""
    partners = run[pos + 1 : pos + 2]
    if pos + 2 < len(run):
        between = tokens[run[pos + 1]]
        if between.initial or _PATRONYMIC.search(between.skel):
            partners.append(run[pos + 2])
    return partners


def _initials_next_to(run: list[int], pos: int, tokens: list[_Token]) -> list[str]:
    """First letters of the initials right after a word, else of those right before it."""
    after = [tokens[i] for i in run[pos + 1 : pos + 3]]
    if after and after[0].initial:
        return [skeleton(after[0].text)]
    before: list[_Token] = []
    for i in reversed(run[max(0, pos - 2) : pos]):
        if not tokens[i].initial:
            break
        before.insert(0, tokens[i])
    return [skeleton(before[0].text)] if before else []


def _initials_agree(variant: _Variant, matched: int, initials: list[str]) -> bool:
    if not initials:
        return False
    letter = initials[0]
    for i, word in enumerate(variant.words):
        if i == matched:
            continue
        if word.startswith(letter) or (letter == "i" and word[:1] in "eo"):  # Y. for Ye-/Yo-
            return True
    return False


def _titled(text: str, run: list[int], pos: int, tokens: list[_Token]) -> bool:
    """ "Mr Seitkali", "гражданина Сейткали", "Сейткали мырза": the title and one word."""
    token = tokens[run[pos]]
    if pos + 1 < len(run) and not tokens[run[pos + 1]].initial:
        return False  # "Mr Yerlan Sarsembayev" names someone else
    if _HONORIFIC_BEFORE.search(text, max(0, token.start - 16), token.start):
        return True
    return pos == 0 and _HONORIFIC_AFTER.match(text, token.end) is not None


def _merged(hits: list[PersonHit]) -> list[PersonHit]:
    """One hit per stretch of text naming a person ("Kassym-Jomart Tokayev", not three)."""
    merged: list[PersonHit] = []
    for hit in sorted(hits, key=lambda h: (h.person_id, h.start, h.end)):
        last = merged[-1] if merged else None
        if last and last.person_id == hit.person_id and hit.start <= last.end:
            end, is_strong = max(last.end, hit.end), last.strong or hit.strong
            merged[-1] = PersonHit(hit.person_id, last.start, end, is_strong)
        else:
            merged.append(hit)
    return sorted(merged, key=lambda h: (h.start, h.person_id))


def _unambiguous(hits: list[PersonHit]) -> list[PersonHit]:
    """Drop a span that names several different persons: it cannot tell which one."""
    by_span: dict[tuple[int, int], set[int]] = {}
    for hit in hits:
        by_span.setdefault((hit.start, hit.end), set()).add(hit.person_id)
    return [h for h in hits if len(by_span[(h.start, h.end)]) == 1]
