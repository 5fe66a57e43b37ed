"""indexing layer: registered persons found in text, in any script, word order and form.

Every word of a registered name and of each alias becomes a key (its cross-script
skeleton, indexing.translit); every capitalised word of a page is read into the
dictionary forms it may stand for (indexing.mentions.forms: Russian declension,
Kazakh suffix chains, Kazakh Latin), so "Kurmangaliyeva Zhanar" registered in
Latin letters is found as "Курмангалиевой Жанар", "Құрманғалиеваға" and
"Kurmangalïeva". Spellings that differ by one vowel (Бауыржан/Бауржан, Павел/Павла
is handled by the forms) meet; a surname written without its Russian -ов/-ев, as the
Kazakh press often does (Сейдахмет for Сейдахметов), counts only beside another
word of the name.

A mention is *strong* - enough to propose the person - when, among capitalised
words standing together:
- two different words of one name or alias appear, in either order, side by side or
  with a patronymic or initials between ("Zhanar Kurmangaliyeva", "Курмангалиева
  Жанар Серikовна", "Ерлан М. Сейткали");
- a name word has initials next to it whose first letter starts another word of the
  name ("Есенов Д. Б.", "D. B. Yessenov");
- a name word follows "Mr", "Ms", "г-н", "гражданина" or precedes "мырза";
- a form gives "Family name: X" and "First name: Y";
- a one-word name or alias stands alone.
The span of a strong mention is the whole name: the patronymic and initials beside
it are part of it. A surname on its own (not beside another capitalised word that
could be someone else's first name, nor initials that disagree) is a mention too; a
given name on its own is only evidence for a person found elsewhere in the document and
is never redacted (a bystander called Dauren is not Dauren Yessenov). E-mail addresses and handles
built from a surname (d.yessenov@example.kz, @yessenov_d) are mentions as a whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from indexing.mentions import text as page_text
from indexing.mentions.context import (
    SENTENCE_START,
    Token,
    beside_another_name,
    initials_agree,
    initials_next_to,
    listed,
    partners,
    runs,
    titled,
)
from indexing.mentions.forms import press_spellings
from indexing.mentions.registry import MIN_ALONE, WORD, NameKeys, Quality, Role
from indexing.translit import skeleton

_FORM = re.compile(
    r"^[ \t]*(?P<label>family\s+name|surname|last\s+name|first\s+names?|given\s+names?|forenames?"
    r"|фамилия|имя|тегі|аты|отчество|әкесінің\s+аты)[ \t]*[:：][ \t]*"
    r"(?P<value>[^\W\d_][^\n,;]{0,60})$",
    re.IGNORECASE | re.MULTILINE,
)
_GIVEN_LABELS = ("first", "given", "fore", "имя", "аты", "отчество", "әкесінің")
_ADDRESS = re.compile(r"(?<![\w.@])(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@[A-Za-z0-9_.]{3,})")


@dataclass(frozen=True)
class PersonHit:
    person_id: int
    start: int
    end: int
    strong: bool
    redact: bool = True  # part of what a redaction of the person removes


class PersonMatcher:
    """Built once from the registry's names and aliases; ``find`` runs per page."""

    def __init__(self, names: Iterable[tuple[int, str]]) -> None:
        self._names = NameKeys(names)
        self._variants = self._names.variants

    def __bool__(self) -> bool:
        return bool(self._variants)

    def candidates(self, word: str) -> dict[tuple[int, int], Quality]:
        """The (variant, word) pairs a word of the text may be, in any script or form."""
        return self._names.candidates(word)

    def _tokens(self, text: str) -> list[Token]:
        """The capitalised words of a text (names, initials, titles, sentence starts)."""
        tokens = []
        for m in WORD.finditer(text):
            word = m.group()
            if word[0].isupper():
                candidates = self.candidates(word)
                dotted = text[m.end() : m.end() + 1] == "."
                tokens.append(Token(m.start(), m.end(), word, skeleton(word), candidates, dotted))
        return tokens

    def find(self, text: str) -> list[PersonHit]:
        """Mentions of registered persons in one page of text, in reading order."""
        if not self._variants or not text:
            return []
        read = page_text.read(text)
        tokens = self._tokens(read.text)
        hits: list[PersonHit] = []
        for run in runs(read.text, tokens):
            hits += self._in_run(read.text, run, tokens)
        hits += self._in_forms(read.text)
        hits += self._in_addresses(read.text)
        placed = []
        for hit in _merged(hits):
            start, end = read.span(hit.start, hit.end)
            placed.append(PersonHit(hit.person_id, start, end, hit.strong, hit.redact))
        return placed

    # -- names in runs of capitalised words ---------------------------------------------
    def _in_run(self, text: str, run: list[int], tokens: list[Token]) -> list[PersonHit]:
        hits: list[PersonHit] = []
        named: set[int] = set()  # positions in the run that belong to a strong mention
        for a_pos, a in enumerate(run):
            for (v, wi), quality in tokens[a].candidates.items():
                variant = self._variants[v]
                if len(variant.words) == 1:
                    if quality is not Quality.DROPPED:
                        hits.append(self._hit(v, text, tokens, run, a_pos, a_pos))
                        named.add(a_pos)
                    continue
                for b_pos in partners(run, a_pos, tokens):
                    b = run[b_pos]
                    if listed(text, tokens[a], tokens[b]) and not (
                        b_pos == len(run) - 1 or tokens[run[b_pos + 1]].initial
                    ):
                        continue  # "Yessenov, Dauren Akhmetov": a list, not "Surname, Given"
                    if any(
                        v2 == v and w2 != wi and (quality, q2) != (Quality.DROPPED,) * 2
                        for (v2, w2), q2 in tokens[b].candidates.items()
                    ):
                        hits.append(self._hit(v, text, tokens, run, a_pos, b_pos))
                        named.update(range(a_pos, b_pos + 1))
                if quality is Quality.DROPPED or len(tokens[a].skel) < MIN_ALONE:
                    continue
                if initials_agree(variant, wi, initials_next_to(run, a_pos, tokens)) or (
                    titled(text, run, a_pos, tokens)
                ):
                    hits.append(self._hit(v, text, tokens, run, a_pos, a_pos))
                    named.add(a_pos)
        hits = _unambiguous(hits)
        for a_pos in range(len(run)):
            if a_pos not in named:
                hits += self._alone(text, run, a_pos, tokens)
        return hits

    def _hit(
        self,
        index: int,
        text: str,
        tokens: list[Token],
        run: list[int],
        first: int,
        last: int,
    ) -> PersonHit:
        """A strong mention from run position ``first`` to ``last``, grown to the whole name:
        initials, a patronymic and the other words of the same name beside it."""
        variant = self._variants[index]

        def belongs(pos: int, edge: int) -> bool:
            """Whether the token at ``pos`` joins the name whose edge is ``edge``: never
            across a line end; a patronymic only right beside the given name."""
            token = tokens[run[pos]]
            left, right = sorted((tokens[run[pos]], tokens[run[edge]]), key=lambda t: t.start)
            if "\n" in text[left.end : right.start] or listed(text, left, right):
                return False
            if token.fits(index):
                return True
            if token.patronymic:
                given = [
                    w for (v, w) in tokens[run[edge]].candidates
                    if v == index and variant.roles[w] is Role.GIVEN
                ]  # fmt: skip
                return bool(given)
            return token.initial

        while first > 0 and belongs(first - 1, first):
            first -= 1
        while last + 1 < len(run) and belongs(last + 1, last):
            last += 1
        start, end = tokens[run[first]].start, tokens[run[last]].end
        if tokens[run[last]].initial and text[end : end + 1] == ".":
            end += 1
        return PersonHit(variant.person_id, start, end, True)

    def _alone(self, text: str, run: list[int], pos: int, tokens: list[Token]) -> list[PersonHit]:
        """A name word with no other word of its name beside it: a surname (or one-word
        alias) is a mention unless initials that disagree or another person's first name
        stand beside it; a given name alone is only evidence for a person found elsewhere."""
        token = tokens[run[pos]]
        if len(token.skel) < MIN_ALONE:
            return []
        surname_of: set[int] = set()
        persons: set[int] = set()
        for (v, wi), quality in token.candidates.items():
            if quality is Quality.DROPPED:
                continue
            variant = self._variants[v]
            persons.add(variant.person_id)
            if variant.roles[wi] in (Role.SURNAME, Role.ALIAS):
                surname_of.add(variant.person_id)
        if len(persons) != 1:
            return []
        person = persons.pop()
        initials = initials_next_to(run, pos, tokens)
        if initials and not any(
            initials_agree(self._variants[v], wi, initials)
            for v, wi in token.candidates
            if self._variants[v].person_id == person
        ):
            return []  # "Жумабаева Г. К.": another person of that surname
        if person in surname_of:
            beside = beside_another_name(text, run, pos, tokens)
            if beside is None:
                return [PersonHit(person, token.start, token.end, True)]
            if beside == SENTENCE_START:  # "Bolat Seitkali." or "Then Seitkali": removed,
                return [PersonHit(person, token.start, token.end, False)]  # not proposed
        if len(run) == 1:  # a given name alone: evidence for a person found elsewhere only
            return [PersonHit(person, token.start, token.end, False, redact=False)]
        return []

    # -- forms and addresses -------------------------------------------------------------
    def _in_forms(self, text: str) -> list[PersonHit]:
        """A form's "Family name: X" and "First name: Y" fields, read as one name."""
        family: list[tuple[int, int, str]] = []
        given: list[tuple[int, int, str]] = []
        for m in _FORM.finditer(text):
            label = m["label"].casefold()
            field = (m.start("value"), m.end("value"), m["value"].rstrip())
            (given if label.startswith(_GIVEN_LABELS) else family).append(field)
        hits = []
        for start, _end, value in family:
            for word in WORD.findall(value):
                for v, wi in self.candidates(word):
                    variant = self._variants[v]
                    matched = [
                        g for g in given
                        for w in WORD.findall(g[2])
                        if any(v2 == v and w2 != wi for v2, w2 in self.candidates(w))
                    ]  # fmt: skip
                    if matched:
                        hits.append(PersonHit(variant.person_id, start, start + len(value), True))
                        hits += [
                            PersonHit(variant.person_id, s, s + len(g), True) for s, _, g in given
                        ]
        return hits

    def _in_addresses(self, text: str) -> list[PersonHit]:
        """E-mail addresses and handles built from a surname or a one-word alias."""
        hits = []
        for m in _ADDRESS.finditer(text):
            local = m.group().lstrip("@").split("@")[0]
            parts = [skeleton(p) for p in re.split(r"[._+\-\d]+", local) if p]
            squashed = "".join(parts)
            spelled = set(parts) | {v for p in parts for v in press_spellings(p)}
            spelled_squashed = {squashed} | press_spellings(squashed)
            persons = {
                person
                for key, person in self._names.surname_keys.items()
                if key in spelled
                or (len(key) >= 6 and any(key in whole for whole in spelled_squashed))
            }
            if len(persons) == 1:
                end = m.end()
                while end > m.start() and text[end - 1] in ".-":
                    end -= 1
                hits.append(PersonHit(persons.pop(), m.start(), end, True))
        return hits


def _merged(hits: list[PersonHit]) -> list[PersonHit]:
    """One hit per stretch of text naming a person ("Kassym-Jomart Tokayev", not three)."""
    merged: list[PersonHit] = []
    for hit in sorted(hits, key=lambda h: (h.person_id, h.start, h.end)):
        last = merged[-1] if merged else None
        if last and last.person_id == hit.person_id and hit.start <= last.end:
            merged[-1] = PersonHit(
                hit.person_id,
                last.start,
                max(last.end, hit.end),
                last.strong or hit.strong,
                last.redact or hit.redact,
            )
        else:
            merged.append(hit)
    return sorted(merged, key=lambda h: (h.start, h.person_id))


def _unambiguous(hits: list[PersonHit]) -> list[PersonHit]:
    """Drop a span that names several different persons: it cannot tell which one."""
    by_span: dict[tuple[int, int], set[int]] = {}
    for hit in hits:
        by_span.setdefault((hit.start, hit.end), set()).add(hit.person_id)
    return [h for h in hits if len(by_span[(h.start, h.end)]) == 1]
