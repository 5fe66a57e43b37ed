"""indexing layer: a cheap guess of a text's language among English, Russian and Kazakh
(in Cyrillic, or in the Latin alphabet of 2021 and its 2018 variant with acute accents)."""

from __future__ import annotations

import re

KAZAKH_RE = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
CYRILLIC_RE = re.compile("[\u0400-\u04ff]")
LATIN_RE = re.compile("[A-Za-z]")
# Kazakh Latin letters beyond English: 2021 (ä ğ ı ñ ö ş ū ü) and 2018 (á ǵ ń ó ú ý)
KAZAKH_LATIN_RE = re.compile("[äğıñöşūüÄĞÑÖŞŪÜİáǵńóúýÁǴŃÓÚÝ]")
# what Turkish or German do not write: q for қ (not "qu"), ñ or ǵ for ң and ғ, ū for ұ
KAZAKH_LATIN_ONLY_RE = re.compile("[ñūǵÑŪǴ]|[qQ](?![uU])")
KAZAKH_LATIN_SHARE = 0.03  # Kazakh Latin text: several per cent of its letters
ENGLISH_WORDS = {"the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "on", "by"}
KAZAKH_LATIN_WORDS = {"is", "on"}  # іс (case), он (ten): English-looking Kazakh words


def guess_language(text: str, sample: int = 4_000) -> str | None:
    """'kk', 'ru', 'en' or None when the text gives too little to go on."""
    text = text[:sample]
    cyrillic = len(CYRILLIC_RE.findall(text))
    kazakh = len(KAZAKH_RE.findall(text))
    marks = len(KAZAKH_LATIN_RE.findall(text))
    latin = len(LATIN_RE.findall(text)) + marks
    if cyrillic + latin < 20:
        return None
    if cyrillic > latin:
        return "kk" if kazakh / cyrillic > 0.01 else "ru"
    words = [w.strip(".,;:()\"'").lower() for w in text.split()] or [""]
    english = sum(1 for w in words if w in ENGLISH_WORDS) / len(words)
    only = len(KAZAKH_LATIN_ONLY_RE.findall(text))
    if only and (marks + only) / latin > KAZAKH_LATIN_SHARE:
        unlike_kazakh = ENGLISH_WORDS - KAZAKH_LATIN_WORDS
        if sum(1 for w in words if w in unlike_kazakh) / len(words) < 0.05:
            return "kk"
    return "en" if english > 0.03 else None
