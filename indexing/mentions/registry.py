"""indexing layer: registered names as the mention engine keys them.

Each word of a registered name or alias becomes keys: its cross-script skeleton, the
spellings other romanisations and the other press give it (German Schubin, Uzbek
Тошматов, Kazakh Өтеғалиев for Утегалиев), with one vowel more or less, and - for a
surname - without its Russian -ов/-ев as the Kazakh press writes it (only usable beside
another word of the name). Each word also gets a role: surname, given name,
patronymic, or a one-word alias that stands for the person alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from indexing.mentions import text as page_text
from indexing.mentions.forms import press_spellings, readings
from indexing.translit import skeleton

MIN_KEY = 2
MIN_ALONE = 4  # a single name word this long or longer may stand for the person
MIN_VOWEL_VARIANT = 6  # keys this long meet spellings with one vowel more or less
MIN_VOWEL_SUBSTITUTION = 8  # and these with one vowel for another
MIN_DROPPED = 4  # a surname without -ов/-ев keeps at least this much
VOWELS = "aeiou"
WORD = re.compile(r"[^\W\d_]+")
PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ichna|uli|ulu|kizi)(?:a|u|om|em|oi|e|i)?$")
_RUSSIAN_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ichna)(?:a|u|om|em|oi|e|i)?$")
SURNAME_SHAPE = re.compile(r"(?:ov|ev|in|ova|eva|ina|ski|skaia|uli|ulu|kizi)$")
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
# Spellings of Cyrillic letters other romanisations use (German, Polish, Czech): Мелехина
# is also Melechina, Барановская also Baranovskaja.
_FOREIGN_SPELLINGS = (
    ("х", "ch"), ("я", "ja"), ("ю", "ju"), ("й", "j"), ("ш", "sch"), ("ш", "ch"),
    ("sh", "sch"), ("sh", "ch"), ("kh", "ch"),
)  # fmt: skip


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
class Variant:
    person_id: int
    words: tuple[str, ...]  # keys
    roles: tuple[Role, ...]


def name_roles(keys: tuple[str, ...]) -> tuple[Role, ...]:
    """Which word of a registered name is the surname, the given name, the patronymic."""
    if len(keys) == 1:
        return (Role.ALIAS,)
    patronymic = PATRONYMIC if len(keys) > 2 else _RUSSIAN_PATRONYMIC  # Bolat Nurlanuly
    roles = [Role.PATRONYMIC if patronymic.search(k) else Role.GIVEN for k in keys]
    others = [i for i, r in enumerate(roles) if r is Role.GIVEN]
    if not others:
        return tuple(roles)
    shaped = [i for i in others if len(keys[i]) >= MIN_ALONE + 1 and keys[i] not in GIVEN_NAMES]
    strong = [i for i in shaped if SURNAME_SHAPE.search(keys[i])]
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


class NameKeys:
    """The keys of every registered name and alias, and the names a written word may be."""

    def __init__(self, names: Iterable[tuple[int, str]]) -> None:
        self.variants: list[Variant] = []
        self._keys: dict[str, dict[tuple[int, int], Quality]] = {}
        self._vowel_less: dict[str, set[tuple[int, int]]] = {}
        self.surname_keys: dict[str, int] = {}  # surname and one-word alias keys -> person
        seen: set[tuple[int, tuple[str, ...]]] = set()
        for person_id, name in names:
            raw = [
                w for w in WORD.findall(page_text.read(name).text) if len(skeleton(w)) >= MIN_KEY
            ]
            words = tuple(skeleton(w) for w in raw)
            if not words or (person_id, words) in seen:
                continue
            seen.add((person_id, words))
            index = len(self.variants)
            roles = name_roles(words)
            self.variants.append(Variant(person_id, words, roles))
            for i, key in enumerate(words):
                spellings = {key, *_foreign_spellings(raw[i])}
                for other in spellings:
                    self._add(other, (index, i), Quality.EXACT)
                if roles[i] in (Role.SURNAME, Role.ALIAS) and len(key) > MIN_ALONE:
                    self.surname_keys.update(dict.fromkeys(spellings, person_id))
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
