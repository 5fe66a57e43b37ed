"""indexing layer: the Whoosh schema. One index document per page of an archive document.

Bump INDEX_SCHEMA_VERSION whenever fields or analyzers change: archives with an
older index then report it as stale and offer a rebuild from the stored texts.
"""

from __future__ import annotations

import re
from typing import Any

from whoosh.fields import DATETIME, ID, KEYWORD, NUMERIC, Schema

from indexing.search.analysis import plain_analyzer, skeleton_analyzer, text_analyzer
from indexing.search.codec import CompactPositions, Counts, PageText

# 5: compact formats, nothing stored; 4: initials; 3: mention-engine keys (forms, joined
# words); 2: bounded merges
INDEX_SCHEMA_VERSION = 5
# The notes of a document (issue 14) are indexed as one extra entry of the document under
# this page number: found by every query like a page, shown as a note, never as a page.
NOTES_PAGE = -1
DEFAULT_FIELDS = ("text", "translit")
FIELD_BOOSTS = {"text": 1.0, "translit": 0.4}


def _text(analyzer: Any, *, positions: bool = True) -> PageText:
    """A TEXT field in the index's own formats (indexing.search.codec): positions where
    phrases need them, else only each word's count."""
    field = PageText(analyzer=analyzer, phrase=positions, spelling=not positions)
    field.format = CompactPositions() if positions else Counts()
    return field


def build_schema() -> Schema:
    # Nothing is stored: a hit's document and page come from the ``doc`` and ``page``
    # columns, and everything shown from the database.
    return Schema(
        pid=ID(unique=True),  # "12:3": document 12, page 3 (0: no pages; -1: notes)
        doc=ID(sortable=True),
        page=NUMERIC(int, sortable=True),
        text=_text(text_analyzer()),
        translit=_text(skeleton_analyzer()),
        # unstemmed words: their counts are the page's length that ``SearchIndex.status``
        # checks, their lexicon gives "did you mean"; never searched by a phrase
        plain=_text(plain_analyzer(), positions=False),
        title=_text(skeleton_analyzer()),
        file=_text(skeleton_analyzer()),
        person=_text(skeleton_analyzer()),
        case=_text(skeleton_analyzer()),
        article=KEYWORD(lowercase=True, commas=True),
        type=ID(),
        lang=ID(),
        confidentiality=ID(),
        date=DATETIME(),
    )


_CITATION = re.compile(r"^\s*([A-Za-z][A-Za-z-]*)?[\s-]*(\d+)(?:\s*\(\s*(\w+)\s*\))?\s*$")


def article_keys(citation: str) -> list[str]:
    """Index/query keys of a citation: 'KZ-CC 174(2)' -> kzcc.174.2, kzcc.174, 174.2, 174."""
    match = _CITATION.match(citation)
    if not match:
        return [re.sub(r"[^\w.]+", "", citation.lower())]
    instrument = (match[1] or "").replace("-", "").lower()
    article, part = match[2], match[3]
    keys: list[str] = []
    if instrument:
        keys += [f"{instrument}.{article}.{part}"] if part else []
        keys.append(f"{instrument}.{article}")
    keys += [f"{article}.{part}"] if part else []
    keys.append(article)
    return keys


def article_query_key(value: str) -> str:
    """The one key a user's ``article:`` value means (the most specific)."""
    return article_keys(value)[0]
