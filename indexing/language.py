"""indexing layer: a cheap guess of a text's language among English, Russian and Kazakh."""

from __future__ import annotations

import re

KAZAKH_RE = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
CYRILLIC_RE = re.compile("[\u0400-\u04ff]")
LATIN_RE = re.compile("[A-Za-z]")
ENGLISH_WORDS = {"the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "on", "by"}


def guess_language(text: str, sample: int = 4_000) -> str | None:
    """'kk', 'ru', 'en' or None when the text gives too little to go on."""
    text = text[:sample]
    cyrillic = len(CYRILLIC_RE.findall(text))
    kazakh = len(KAZAKH_RE.findall(text))
    latin = len(LATIN_RE.findall(text))
    if cyrillic + latin < 20:
        return None
    if cyrillic > latin:
        return "kk" if kazakh / cyrillic > 0.01 else "ru"
    words = [w.strip(".,;:()\"'").lower() for w in text.split()]
    hits = sum(1 for w in words if w in ENGLISH_WORDS)
    return "en" if words and hits / len(words) > 0.03 else None
