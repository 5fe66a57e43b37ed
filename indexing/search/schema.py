"""indexing layer: the Whoosh schema. One index document per page of an archive document.

Bump INDEX_SCHEMA_VERSION whenever fields or analyzers change: archives with an
older index then report it as stale and offer a rebuild from the stored texts.
"""

from __future__ import annotations

import re

from whoosh.fields import DATETIME, ID, KEYWORD, NUMERIC, TEXT, Schema

from indexing.search.analysis import plain_analyzer, skeleton_analyzer, text_analyzer

INDEX_SCHEMA_VERSION = (
    4  # 4: initials; 3: mention-engine keys (forms, joined words); 2: bounded merges
)
# The notes of a document (issue 14) are indexed as one extra entry of the document under
# this page number: found by every query like a page, shown as a note, never as a page.
NOTES_PAGE = -1
DEFAULT_FIELDS = ("text", "translit")
FIELD_BOOSTS = {"text": 1.0, "translit": 0.4}


def build_schema() -> Schema:
    return Schema(
        pid=ID(stored=True, unique=True),  # "12:3": document 12, page 3 (0: no pages; -1: notes)
        doc=ID(stored=True, sortable=True),
        page=NUMERIC(int, stored=True, sortable=True),
        text=TEXT(analyzer=text_analyzer(), phrase=True),
        translit=TEXT(analyzer=skeleton_analyzer(), phrase=True),
        plain=TEXT(analyzer=plain_analyzer(), phrase=False, spelling=True),
        title=TEXT(analyzer=skeleton_analyzer(), phrase=True),
        file=TEXT(analyzer=skeleton_analyzer(), phrase=True),
        person=TEXT(analyzer=skeleton_analyzer(), phrase=True),
        case=TEXT(analyzer=skeleton_analyzer(), phrase=True),
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
