"""indexing layer: a script-independent "skeleton" of a word, for cross-script matching.

Names reach the archive in Latin, Russian Cyrillic and Kazakh Cyrillic, each with
several romanisations: Maksutkhan / Maqsutqan / Максутхан / Мақсұтхан,
Yessenov / Esenov / Есенов, Taldykorgan / Талдыкорган / Талдықорған. The
skeleton maps all of them to one lowercase Latin key by transliterating Cyrillic
(Kazakh letters included) and then folding the spelling differences that
romanisations disagree on (q/k, kh/h/x, y/i, initial ye/e, doubled letters).

Kazakh Latin is read in all its official forms: the 2021 alphabet (ä ğ ı i ñ ö ş
ū ü q h j: Äbılqasymov, Şärıpov, Jylqybaev), the 2018 acute letters (á ǵ ń ó ú ý)
and plain-ASCII romanisations (zh/j, kh/h/q, y/i/ı, -yev/-iev/-ev, -off/-ov).

This is the one skeleton of the project: the mention engine (indexing.mentions),
search, tag suggestions and redaction all key words by it. It is deliberately
lossy: use it as a second, lower-ranked way to match, never as the only one.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

CYRILLIC_TO_LATIN = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e",
    "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "k", "л": "l",
    "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "h", "һ": "h", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e",
    "ю": "yu", "я": "ya",
}  # fmt: skip

# Latin letters of Kazakh alphabets that accent stripping would not fold the right way.
LATIN_LETTERS = {"ı": "i", "ş": "sh", "ç": "ch", "ǵ": "g", "ý": "u", "ə": "a", "ʼ": "", "'": ""}

# Applied in order to the lowercase Latin form.
_FOLDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^y(?=[eo])"), ""),  # Yessenov/Esenov, Yerlan/Erlan, Yo-
    (re.compile(r"(?<=[aeiou])y(?=e)"), ""),  # Tokayev/Токаев, Zhumabayev/Жумабаев
    (re.compile(r"(?<=[aou])i(?=e)"), ""),  # Zhumabaiev/Жумабаев (after y -> i below too)
    (re.compile(r"gh"), "g"),  # Ghani/Ғани
    (re.compile(r"kh|x|q|h"), "k"),  # Maksutkhan/Maqsutqan/Максутхан; kh, q, h all -> k
    (re.compile(r"ck"), "k"),
    (re.compile(r"w"), "v"),
    (re.compile(r"j"), "zh"),  # Jibek/Жибек
    (re.compile(r"y"), "i"),  # Seytkali/Seitkali, Taldykorgan/Талдыкорган
    (re.compile(r"([^\W\d_])\1+"), r"\1"),  # doubled letters (not digits): Yessenov
    (re.compile(r"(?<=o)f$"), "v"),  # Yessenoff/Yessenov
)
_DIGRAPHS = {"zh": "\x01", "sh": "\x02", "ch": "\x03", "ts": "\x04"}


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """The cross-script key of one word: ``skeleton("Мақсұтхан") == skeleton("Maksutkhan")``."""
    lowered = word.casefold()
    latin = "".join(CYRILLIC_TO_LATIN.get(ch, LATIN_LETTERS.get(ch, ch)) for ch in lowered)
    latin = _strip_accents(latin)
    for digraph, mark in _DIGRAPHS.items():  # keep zh/sh/ch/ts whole while folding h
        latin = latin.replace(digraph, mark)
    for pattern, replacement in _FOLDS:
        latin = pattern.sub(replacement, latin)
    for digraph, mark in _DIGRAPHS.items():
        latin = latin.replace(mark, digraph)
    return latin


def has_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)
