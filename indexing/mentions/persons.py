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
from enum import Enum

from indexing.mentions import text as page_text
from indexing.mentions.forms import has_kazakh_suffix, press_spellings, readings
from indexing.translit import skeleton

MIN_KEY = 2
MIN_ALONE = 4  # a single name word this long or longer may stand for the person
MIN_VOWEL_VARIANT = 6  # keys this long meet spellings with one vowel more or less
MIN_VOWEL_SUBSTITUTION = 8  # and these with one vowel for another
MIN_DROPPED = 4  # a surname without -ов/-ев keeps at least this much
VOWELS = "aeiou"
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
_WORD = re.compile(r"[^\W\d_]+")
_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ichna|uli|ulu|kizi)(?:a|u|om|em|oi|e|i)?$")
_RUSSIAN_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ichna)(?:a|u|om|em|oi|e|i)?$")
_SURNAME_SHAPE = re.compile(r"(?:ov|ev|in|ova|eva|ina|ski|skaia|uli|ulu|kizi)$")
_KAZAKH_SURNAME_SHAPE = re.compile(r"(?:bai|bek|bekov|uli|tai|kan|kali)$")
# Given names that look like surnames (-ина, -ин, -ев), as keys.
GIVEN_NAMES = frozenset(
    [
        "marina", "polina", "galina", "alina", "irina", "kristina", "arina", "karina", "regina",
        "dina", "nina", "zarina", "madina", "amina", "angelina", "valentina", "ekaterina",
        "katerina", "kamila", "ravshan", "veniamin", "lev", "matvei", "sergei", "aleksei",
        "andrei", "nikolai", "dmitri", "arsenii", "evgenii", "gennadi", "vasili", "iuri", "georgi",
        "timofei",
    ]
)  # fmt: skip
_RUN_GAP = re.compile(r"[ \t\u00a0]*\n?[ \t\u00a0]*|-|\.[ \t\u00a0]*|,[ \t\u00a0]+")
_FORM = re.compile(
    r"^[ \t]*(?P<label>family\s+name|surname|last\s+name|first\s+names?|given\s+names?|forenames?"
    r"|фамилия|имя|тегі|аты|отчество|әкесінің\s+аты)[ \t]*[:：][ \t]*"
    r"(?P<value>[^\W\d_][^\n,;]{0,60})$",
    re.IGNORECASE | re.MULTILINE,
)
_GIVEN_LABELS = ("first", "given", "fore", "имя", "аты", "отчество", "әкесінің")
_ADDRESS = re.compile(r"(?<![\w.@])(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@[A-Za-z0-9_.]{3,})")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;«»\"“”(\[/—–]|\n)\s*$")


ANOTHER, SENTENCE_START = "another", "sentence start"
DIGRAPH_INITIALS = frozenset({"Zh", "Sh", "Ch", "Kh", "Ts", "Yu", "Ya", "Ye", "Yo", "Dzh", "Sch"})
# Capital letters that are words of their own (prepositions, conjunctions, pronouns).
ONE_LETTER_WORDS = frozenset("ВСКУОИАЯAIО")
# Spellings of Cyrillic letters other romanisations use (German, Polish, Czech): Мелехина
# is also Melechina, Барановская also Baranovskaja.
_FOREIGN_SPELLINGS = (
    ("х", "ch"), ("я", "ja"), ("ю", "ju"), ("й", "j"), ("ш", "sch"), ("ш", "ch"),
    ("sh", "sch"), ("sh", "ch"), ("kh", "ch"),
)  # fmt: skip
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


class Role(Enum):
    SURNAME = "surname"
    GIVEN = "given"
    PATRONYMIC = "patronymic"
    ALIAS = "alias"  # a one-word name or alias: it stands for the person alone


class Quality(Enum):
    EXACT = 0
    VOWEL = 1  # one vowel more or less
    DROPPED = 2  # -ов/-ев left off: only beside another word of the name


@dataclass(frozen=True)
class PersonHit:
    person_id: int
    start: int
    end: int
    strong: bool
    redact: bool = True  # part of what a redaction of the person removes


@dataclass(frozen=True)
class _Variant:
    person_id: int
    words: tuple[str, ...]  # keys
    roles: tuple[Role, ...]


@dataclass
class _Token:
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
        return any(_PATRONYMIC.search(key) for key in readings(self.text))

    def fits(self, variant: int, word: int | None = None, *, paired: bool = False) -> bool:
        for (v, w), quality in self.candidates.items():
            if (v == variant and (word is None or w == word)) and (
                paired or quality is not Quality.DROPPED
            ):
                return True
        return False


def name_roles(keys: tuple[str, ...]) -> tuple[Role, ...]:
    """Which word of a registered name is the surname, the given name, the patronymic."""
    if len(keys) == 1:
        return (Role.ALIAS,)
    patronymic = _PATRONYMIC if len(keys) > 2 else _RUSSIAN_PATRONYMIC  # Bolat Nurlanuly
    roles = [Role.PATRONYMIC if patronymic.search(k) else Role.GIVEN for k in keys]
    others = [i for i, r in enumerate(roles) if r is Role.GIVEN]
    if not others:
        return tuple(roles)
    shaped = [i for i in others if len(keys[i]) >= MIN_ALONE + 1 and keys[i] not in GIVEN_NAMES]
    strong = [i for i in shaped if _SURNAME_SHAPE.search(keys[i])]
    weak = [i for i in shaped if _KAZAKH_SURNAME_SHAPE.search(keys[i])]
    if strong:  # -ская over -ина (Полина Ржевская), then the longer word
        surname = max(strong, key=lambda i: (_shape_rank(keys[i]), len(keys[i])))
    elif weak:
        surname = weak[-1]
    else:
        surname = others[-1]  # "Yerlan Seitkali": given name first
    roles[surname] = Role.SURNAME
    return tuple(roles)


def _shape_rank(key: str) -> int:
    if key.endswith(("ski", "skaia", "tski", "tskaia")):
        return 3
    if key.endswith(("ov", "ev", "ova", "eva", "uli", "kizi")):
        return 2
    return 1


def _deletions(key: str) -> set[str]:
    """The key with one inner vowel left out (never the first or last letter)."""
    if len(key) < MIN_VOWEL_VARIANT:
        return set()
    return {key[:i] + key[i + 1 :] for i in range(1, len(key) - 1) if key[i] in VOWELS}


def _substitutions(key: str) -> set[str]:
    """A long key with one inner a or o left open: Uzbek writes o for the Russian а
    (Tashmatov/Toshmatov: "t*shmatov"). Other vowels are not: Шарипова is not Шарапова."""
    if len(key) < MIN_VOWEL_SUBSTITUTION:
        return set()
    return {key[:i] + "*" + key[i + 1 :] for i in range(1, len(key) - 1) if key[i] in "ao"}


def _dropped(key: str) -> list[str]:
    """The surname as the Kazakh press writes it without -ов/-ев: Сейдахметов ->
    Сейдахмет, Тәжібаев -> Тәжібай."""
    found = []
    for suffix in ("ova", "eva", "ov", "ev"):
        if key.endswith(suffix) and len(key) - len(suffix) >= MIN_DROPPED:
            stem = key[: -len(suffix)]
            found.append(stem)
            if stem.endswith(("a", "e", "u", "o")):  # -баев -> -бай, -аев -> -ай
                found.append(stem + "i")
            break
    return found


def _foreign_spellings(word: str) -> set[str]:
    """Keys of a Cyrillic name word as German, Polish or Czech spell it."""
    lower = word.casefold()
    found = set(press_spellings(lower))
    for letter, spelling in _FOREIGN_SPELLINGS:
        if letter in lower:
            found.add(skeleton(lower.replace(letter, spelling)))
    return found - {skeleton(lower)}


class PersonMatcher:
    """Built once from the registry's names and aliases; ``find`` runs per page."""

    def __init__(self, names: Iterable[tuple[int, str]]) -> None:
        self._variants: list[_Variant] = []
        self._keys: dict[str, dict[tuple[int, int], Quality]] = {}
        self._vowel_less: dict[str, set[tuple[int, int]]] = {}
        self._surname_keys: dict[str, int] = {}  # surname and one-word alias keys -> person
        seen: set[tuple[int, tuple[str, ...]]] = set()
        for person_id, name in names:
            raw = [
                w for w in _WORD.findall(page_text.read(name).text) if len(skeleton(w)) >= MIN_KEY
            ]
            words = tuple(skeleton(w) for w in raw)
            if not words or (person_id, words) in seen:
                continue
            seen.add((person_id, words))
            index = len(self._variants)
            roles = name_roles(words)
            self._variants.append(_Variant(person_id, words, roles))
            for i, key in enumerate(words):
                spellings = {key, *_foreign_spellings(raw[i])}
                for other in spellings:
                    self._add(other, (index, i), Quality.EXACT)
                if roles[i] in (Role.SURNAME, Role.ALIAS) and len(key) > MIN_ALONE:
                    self._surname_keys.update(dict.fromkeys(spellings, person_id))
                for shorter in _deletions(key):
                    self._vowel_less.setdefault(shorter, set()).add((index, i))
                for pattern in _substitutions(key):
                    self._vowel_less.setdefault(pattern, set()).add((index, i))
                for dropped in _dropped(key) if roles[i] is Role.SURNAME else []:
                    self._add(dropped, (index, i), Quality.DROPPED)
        self._prefixes = {k[:2] for k in self._keys} | {k[:2] for k in self._vowel_less}

    def _add(self, key: str, where: tuple[int, int], quality: Quality) -> None:
        slot = self._keys.setdefault(key, {})
        if where not in slot or slot[where].value > quality.value:
            slot[where] = quality

    def __bool__(self) -> bool:
        return bool(self._variants)

    def candidates(self, word: str) -> dict[tuple[int, int], Quality]:
        """The (variant, word) pairs a word of the text may be, in any script or form."""
        found: dict[tuple[int, int], Quality] = {}

        def note(where: tuple[int, int], quality: Quality) -> None:
            if where not in found or found[where].value > quality.value:
                found[where] = quality

        for key in readings(word):
            if key[:2] not in self._prefixes:
                continue
            for where, quality in self._keys.get(key, {}).items():
                note(where, quality)
            for where in self._vowel_less.get(key, ()):
                note(where, Quality.VOWEL)
            for shorter in _deletions(key):
                for where, quality in self._keys.get(shorter, {}).items():
                    if quality is Quality.EXACT:
                        note(where, Quality.VOWEL)
            for pattern in _substitutions(key):
                for where in self._vowel_less.get(pattern, ()):
                    note(where, Quality.VOWEL)
        return found

    def _tokens(self, text: str) -> list[_Token]:
        """The capitalised words of a text (names, initials, titles, sentence starts)."""
        tokens = []
        for m in _WORD.finditer(text):
            word = m.group()
            if word[0].isupper():
                candidates = self.candidates(word)
                dotted = text[m.end() : m.end() + 1] == "."
                tokens.append(_Token(m.start(), m.end(), word, skeleton(word), candidates, dotted))
        return tokens

    def find(self, text: str) -> list[PersonHit]:
        """Mentions of registered persons in one page of text, in reading order."""
        if not self._variants or not text:
            return []
        read = page_text.read(text)
        tokens = self._tokens(read.text)
        hits: list[PersonHit] = []
        for run in _runs(read.text, tokens):
            hits += self._in_run(read.text, run, tokens)
        hits += self._in_forms(read.text)
        hits += self._in_addresses(read.text)
        placed = []
        for hit in _merged(hits):
            start, end = read.span(hit.start, hit.end)
            placed.append(PersonHit(hit.person_id, start, end, hit.strong, hit.redact))
        return placed

    # -- names in runs of capitalised words ---------------------------------------------
    def _in_run(self, text: str, run: list[int], tokens: list[_Token]) -> list[PersonHit]:
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
                for b_pos in _partners(run, a_pos, tokens):
                    b = run[b_pos]
                    if _listed(text, tokens[a], tokens[b]) and not (
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
                if _initials_agree(variant, wi, _initials_next_to(run, a_pos, tokens)) or (
                    _titled(text, run, a_pos, tokens)
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
        tokens: list[_Token],
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
            if "\n" in text[left.end : right.start] or _listed(text, left, right):
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

    def _alone(self, text: str, run: list[int], pos: int, tokens: list[_Token]) -> list[PersonHit]:
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
        initials = _initials_next_to(run, pos, tokens)
        if initials and not any(
            _initials_agree(self._variants[v], wi, initials)
            for v, wi in token.candidates
            if self._variants[v].person_id == person
        ):
            return []  # "Жумабаева Г. К.": another person of that surname
        if person in surname_of:
            beside = _beside_another_name(text, run, pos, tokens)
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
            for word in _WORD.findall(value):
                for v, wi in self.candidates(word):
                    variant = self._variants[v]
                    matched = [
                        g for g in given
                        for w in _WORD.findall(g[2])
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
                for key, person in self._surname_keys.items()
                if key in spelled
                or (len(key) >= 6 and any(key in whole for whole in spelled_squashed))
            }
            if len(persons) == 1:
                end = m.end()
                while end > m.start() and text[end - 1] in ".-":
                    end -= 1
                hits.append(PersonHit(persons.pop(), m.start(), end, True))
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


def looks_like_surname(token: _Token) -> bool:
    """Шубину, Завьялов, Ржевской - not Мадина or Полина, nor a patronymic."""
    if token.patronymic:
        return False
    keys = readings(token.text)
    if keys & GIVEN_NAMES:
        return False
    return any(len(k) > MIN_ALONE and _SURNAME_SHAPE.search(k) for k in keys)


def _listed(text: str, left: _Token, right: _Token) -> bool:
    """Whether a comma stands between two words of a run."""
    return "," in text[left.end : right.start]


def _partners(run: list[int], pos: int, tokens: list[_Token]) -> list[int]:
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


def _titled(text: str, run: list[int], pos: int, tokens: list[_Token]) -> bool:
    """ "Mr Seitkali", "гражданина Сейткали", "Сейткали мырза": the title and one word."""
    token = tokens[run[pos]]
    after = tokens[run[pos + 1]] if pos + 1 < len(run) else None
    if after is not None and not after.initial and not _listed(text, token, after):
        return False  # "Mr Yerlan Sarsembayev" names someone else
    if pos > 0 and not is_role_word(tokens[run[pos - 1]].text):
        return False
    if _HONORIFIC_BEFORE.search(text, max(0, token.start - 16), token.start):
        return True
    return pos == 0 and _HONORIFIC_AFTER.match(text, token.end) is not None


def _beside_another_name(text: str, run: list[int], pos: int, tokens: list[_Token]) -> str | None:
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
        if _listed(text, left, right):
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
