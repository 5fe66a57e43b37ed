"""indexing layer: a cheap guess of a text's language among English, Russian and Kazakh."""

from __future__ import annotations

KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
ENGLISH_WORDS = {"the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "on", "by"}


def guess_language(text: str, sample: int = 20_000) -> str | None:
    """'kk', 'ru', 'en' or None when the text gives too little to go on."""
    text = text[:sample]
    cyrillic = latin = kazakh = 0
    for ch in text:
        if "\u0400" <= ch <= "\u04ff":
            cyrillic += 1
            if ch in KAZAKH_LETTERS:
                kazakh += 1
        elif ch.isascii() and ch.isalpha():
            latin += 1
    if cyrillic + latin < 20:
        return None
    if cyrillic > latin:
        return "kk" if kazakh / cyrillic > 0.01 else "ru"
    words = [w.strip(".,;:()\"'").lower() for w in text.split()]
    hits = sum(1 for w in words if w in ENGLISH_WORDS)
    return "en" if words and hits / len(words) > 0.03 else None
