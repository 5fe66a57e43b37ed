"""indexing layer: the dictionary forms a written word may stand for (Russian and Kazakh
inflection of names), as cross-script keys.

``readings("Тохтаровой")`` is ``{"toktarova"}`` (the feminine surname Тохтарова),
``readings("Тохтарову")`` is ``{"toktarov", "toktarova"}`` (dative of either gender),
``readings("Есеновтың")`` is ``{"esenov"}`` and ``readings("Äbılqasymovqa")`` is
``{"abilkasimov"}``. Every reading is a skeleton (indexing.translit), so a reading
of a Cyrillic form meets the Latin spelling of the same name. The word's own
skeleton is always among its readings.

Rules, by script of the word:
- Russian (Cyrillic): surnames in -ов/-ев/-ёв/-ин/-ын with the endings of each gender
  (Есенова, Есеновым, Есенове; Тохтаровой, Тохтаровою), -ский/-цкий/-ской adjectival
  surnames (-ского, -ской, -скую ...), first names and patronymics with noun endings
  (Даурена, Дауреном, Айгули, Марией, Болатовичем, Болатовной), fleeting vowels
  (Павла -> Павел), and plural surname forms (Есеновых).
- Kazakh (Cyrillic and Latin): case suffixes after an optional plural, chosen by the
  last sound of the stem as Kazakh chooses them (Есеновтің, Нұрланның, Есеновке,
  Құрманғалиеваға, Әбілқасымовпен, Şärıpovtıñ, Есеновтерге), so "Aidana" is never
  read as "Aida" + a suffix.
- English possessive: Yessenov's.

Readings over-generate on purpose (a genitive Есенова may be a feminine nominative);
the person matcher decides with the rest of the name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from indexing.translit import skeleton

MIN_STEM = 3  # letters left after cutting an ending

# -- Russian ---------------------------------------------------------------------------
_SURNAME = re.compile(r"^(?P<stem>.{2,}?(?:ов|ев|ёв|ин|ын))(?P<end>|а|у|ым|ом|е|ой|ою|ы|ых|ыми)$")
_MASCULINE_ONLY = frozenset({"", "ым", "ом", "е"})
_FEMININE_ONLY = frozenset({"ой", "ою"})
_PLURAL = frozenset({"ы", "ых", "ыми"})
_ADJECTIVAL = re.compile(r"^(?P<stem>.{2,}?[сц]к)(?P<end>ий|ого|ому|им|ом|ая|ой|ую|ою)$")
_ADJECTIVAL_FEMININE = frozenset({"ая", "ой", "ую", "ою"})
_NOUN_ENDINGS = (
    "ами", "ями", "ом", "ем", "ём", "ой", "ою", "ей", "ею", "ью", "ым", "им",
    "а", "я", "у", "ю", "е", "и", "ы", "ь",
)  # fmt: skip
_FEMININE_NOUN = frozenset({"ы", "и", "е", "у", "ю", "ой", "ою", "ей", "ею"})
_FLEETING = re.compile(r"^(?P<head>.*[^аеёиоуыэюяәөұүі])(?P<last>[лкцрн])$")
_CYR_VOWELS = "аеёиоуыэюяәөұүі"

# -- Kazakh ----------------------------------------------------------------------------
VOICELESS, VOICED, NASAL, VOWEL = "voiceless", "voiced", "nasal", "vowel"
# The sounds a stem's last letter may be; final и and у are read as й and w by Kazakh
# (Әлидің, Тудың), so they count as both a vowel and a voiced consonant.
_CYR_SOUNDS: dict[str, frozenset[str]] = {
    **dict.fromkeys("кқпстфхһцчшщбвгдғ", frozenset({VOICELESS})),
    **dict.fromkeys("рлйзжю", frozenset({VOICED})),
    **dict.fromkeys("мнң", frozenset({NASAL})),
    **dict.fromkeys("аәеёоөұүыіэя", frozenset({VOWEL})),
    **dict.fromkeys("иу", frozenset({VOWEL, VOICED})),
}
_LAT_SOUNDS: dict[str, frozenset[str]] = {
    **dict.fromkeys("kqpstfhcçşbvgdğx", frozenset({VOICELESS})),
    **dict.fromkeys("rlzj", frozenset({VOICED})),
    **dict.fromkeys("mnñ", frozenset({NASAL})),
    **dict.fromkeys("aäeoöūüı", frozenset({VOWEL})),
    **dict.fromkeys("iuyw", frozenset({VOWEL, VOICED})),
}
# A suffix, and the sounds a stem may end in before it. Plural (-лар ...) and case.
_KK_CYR: tuple[tuple[str, frozenset[str]], ...] = (
    *((s, frozenset({VOWEL, NASAL})) for s in ("ның", "нің")),
    *((s, frozenset({VOICED, NASAL})) for s in ("дың", "дің")),
    *((s, frozenset({VOICELESS})) for s in ("тың", "тің")),
    *((s, frozenset({VOWEL, VOICED, NASAL})) for s in ("ға", "ге")),
    *((s, frozenset({VOICELESS})) for s in ("қа", "ке")),
    *((s, frozenset({VOWEL})) for s in ("ны", "ні")),
    *((s, frozenset({VOICED, NASAL})) for s in ("ды", "ді")),
    *((s, frozenset({VOICELESS})) for s in ("ты", "ті")),
    *((s, frozenset({VOWEL, VOICED, NASAL})) for s in ("да", "де")),
    *((s, frozenset({VOICELESS})) for s in ("та", "те")),
    *((s, frozenset({VOWEL, VOICED})) for s in ("дан", "ден")),
    *((s, frozenset({NASAL})) for s in ("нан", "нен")),
    *((s, frozenset({VOICELESS})) for s in ("тан", "тен")),
    ("мен", frozenset({VOWEL, VOICED, NASAL})),  # after a nasal -бен, but -мен is written too
    ("бен", frozenset({NASAL, VOICED})),
    ("пен", frozenset({VOICELESS})),
)
_KK_CYR_PLURAL: tuple[tuple[str, frozenset[str]], ...] = (
    *((s, frozenset({VOWEL, VOICED})) for s in ("лар", "лер")),
    *((s, frozenset({NASAL, VOICED})) for s in ("дар", "дер")),
    *((s, frozenset({VOICELESS})) for s in ("тар", "тер")),
)
_KK_LAT: tuple[tuple[str, frozenset[str]], ...] = (
    *((s, frozenset({VOWEL, NASAL})) for s in ("nyñ", "nıñ", "nyn", "nin", "nın", "nyng")),
    *((s, frozenset({VOICED, NASAL})) for s in ("dyñ", "dıñ", "dyn", "din", "dın")),
    *((s, frozenset({VOICELESS})) for s in ("tyñ", "tıñ", "tyn", "tin", "tın")),
    *((s, frozenset({VOWEL, VOICED, NASAL})) for s in ("ğa", "ge", "ga", "gha")),
    *((s, frozenset({VOICELESS})) for s in ("qa", "ke", "ka")),
    *((s, frozenset({VOWEL})) for s in ("ny", "nı", "ni")),
    *((s, frozenset({VOICED, NASAL})) for s in ("dy", "dı", "di")),
    *((s, frozenset({VOICELESS})) for s in ("ty", "tı", "ti")),
    *((s, frozenset({VOWEL, VOICED, NASAL})) for s in ("da", "de")),
    *((s, frozenset({VOICELESS})) for s in ("ta", "te")),
    *((s, frozenset({VOWEL, VOICED})) for s in ("dan", "den")),
    *((s, frozenset({NASAL})) for s in ("nan", "nen")),
    *((s, frozenset({VOICELESS})) for s in ("tan", "ten")),
    ("men", frozenset({VOWEL, VOICED, NASAL})),
    ("ben", frozenset({NASAL, VOICED})),
    ("pen", frozenset({VOICELESS})),
)
_KK_LAT_PLURAL: tuple[tuple[str, frozenset[str]], ...] = (
    *((s, frozenset({VOWEL, VOICED})) for s in ("lar", "ler")),
    *((s, frozenset({NASAL, VOICED})) for s in ("dar", "der")),
    *((s, frozenset({VOICELESS})) for s in ("tar", "ter")),
)
_POSSESSIVE = re.compile(r"(?:'s|’s|')$")


def is_cyrillic(word: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in word)


def _sounds(ch: str, cyrillic: bool) -> frozenset[str]:
    return (_CYR_SOUNDS if cyrillic else _LAT_SOUNDS).get(ch, frozenset())


def _cut(word: str, suffixes: tuple[tuple[str, frozenset[str]], ...], cyrillic: bool) -> list[str]:
    """Stems left when one of ``suffixes`` is cut where Kazakh would have put it."""
    stems = []
    for suffix, before in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            stem = word[: -len(suffix)]
            if _sounds(stem[-1], cyrillic) & before:
                stems.append(stem)
    return stems


# After -ұлы/-қызы ("son/daughter of", itself possessive) Kazakh takes the pronominal case
# forms: Талғатұлына, Талғатұлының, Маратқызын, Маратқызымен.
_PATRONYMIC_CASE = re.compile(
    r"^(?P<stem>.{2,}(?:ұлы|улы|қызы|кызы|uly|ūly|uli|qyzy|kyzy|kizi))"
    r"(?:на|ның|н|нда|нан|мен|na|nyñ|nıñ|nyn|n|nda|nan|men)$"
)


def kazakh_stems(word: str) -> list[str]:
    """Stems of a lower-case word after Kazakh case suffixes, with or without a plural."""
    patronymic = _PATRONYMIC_CASE.match(word)
    if patronymic:
        return [patronymic["stem"]]
    cyrillic = is_cyrillic(word)
    cases = _KK_CYR if cyrillic else _KK_LAT
    plurals = _KK_CYR_PLURAL if cyrillic else _KK_LAT_PLURAL
    stems: list[str] = []
    for stem in _cut(word, cases, cyrillic):
        stems.append(stem)
        stems += _cut(stem, plurals, cyrillic)
    return stems


def is_russian_surname(word: str) -> bool:
    """A capitalised Cyrillic word shaped like a Russian surname in any case (Есенова,
    Сейдахметовым, Ковальской)."""
    if not word[:1].isupper() or not is_cyrillic(word):
        return False
    lower = word.casefold()
    return bool(_SURNAME.match(lower) or _ADJECTIVAL.match(lower))


def has_kazakh_suffix(word: str) -> bool:
    """Whether a word may end in a Kazakh case suffix (which closes a name phrase)."""
    return bool(kazakh_stems(word.casefold()))


def russian_lemmas(word: str) -> list[str]:
    """Nominative forms a lower-case Cyrillic word may be an inflection of."""
    lemmas: list[str] = []
    surname = _SURNAME.match(word)
    adjectival = _ADJECTIVAL.match(word)
    if surname:
        match = surname
        stem, end = match["stem"], match["end"]
        if end not in _FEMININE_ONLY:
            lemmas.append(stem)
        if end not in _MASCULINE_ONLY and end not in _PLURAL:
            lemmas.append(stem + "а")
        if end == "е" and stem.endswith(("ин", "ын")):  # Полине (Полина), о Шубине (Шубин)
            lemmas.append(stem + "а")
        if end in _PLURAL:
            lemmas.append(stem + "а")
    if adjectival:  # Вишневского is him, Вишневской her
        feminine = adjectival["end"] in _ADJECTIVAL_FEMININE
        lemmas.append(adjectival["stem"] + ("ая" if feminine else "ий"))
    if surname or adjectival:
        return lemmas  # a surname's endings say its gender: no noun reading
    for ending in _NOUN_ENDINGS:
        if not word.endswith(ending) or len(word) - len(ending) < MIN_STEM:
            continue
        stem = word[: -len(ending)]
        lemmas.append(stem)
        if ending in _FEMININE_NOUN:
            lemmas += [stem + "а", stem + "я", stem + "ь"]
        if ending in ("я", "ю", "е", "ем", "ём", "ей", "ею"):
            lemmas += [stem + "й", stem + "ь"]
        fleeting = _FLEETING.match(stem)
        if fleeting and stem[-2] not in _CYR_VOWELS:
            lemmas += [fleeting["head"] + v + fleeting["last"] for v in "ео"]
        if len(stem) >= 3 and stem[-2] == "ь":  # Льва -> Лев
            lemmas.append(stem[:-2] + "е" + stem[-1])
    return lemmas


@lru_cache(maxsize=100_000)
def readings(word: str) -> frozenset[str]:
    """Keys of the dictionary forms a written word may be (its own skeleton first among them)."""
    lower = _POSSESSIVE.sub("", word.casefold())
    keys = {skeleton(lower)}
    if not lower:
        return frozenset(keys)
    candidates = kazakh_stems(lower)
    if is_cyrillic(lower):
        candidates += russian_lemmas(lower)
    keys.update(skeleton(c) for c in candidates)
    keys.update(other for c in [lower, *candidates] for other in press_spellings(c))
    return frozenset(k for k in keys if len(k) >= 2)


# The same name as the Russian press writes what the Kazakh spelling has: ә -> е (Ахмәтжан/
# Ахметжан), ө -> у (Өтеғалиев/Утегалиев), ү -> ю, and уа -> ва after a consonant
# (Сәдуақасов/Садвакасов); in Latin letters ä -> e, ö -> u, ua -> va.
_PRESS = (("ә", "е"), ("ө", "у"), ("ү", "ю"), ("ä", "e"), ("ö", "u"))
_UA = re.compile(r"(?<=[бвгдзклмнпрстфхцчшжқғbdgklmnprstvzq])(?:уа|ua)")


def press_spellings(word: str) -> set[str]:
    """Keys of the other spellings the Russian and Kazakh press give one name."""
    lower = word.casefold()
    variants = set()
    changed = lower
    for kazakh, russian in _PRESS:
        changed = changed.replace(kazakh, russian)
    for form in (lower, changed):
        variants.add(form)
        variants.add(_UA.sub(lambda m: "ва" if m.group() == "уа" else "va", form))
    return {skeleton(v) for v in variants} - {skeleton(lower)}


@lru_cache(maxsize=200_000)
def word_keys(word: str) -> frozenset[str]:
    """The keys a word of a page is indexed and matched under: every reading of a
    capitalised word (names, places), the skeleton alone of any other word."""
    if word[:1].isupper():
        return readings(word)
    return frozenset({skeleton(word)})


def forget_cached_forms() -> None:
    readings.cache_clear()
    word_keys.cache_clear()
