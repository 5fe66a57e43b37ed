"""archive_app layer: validation of document metadata and guesses for sensible defaults."""

from __future__ import annotations

import re
from datetime import date
from pathlib import PurePath

from archive_app.errors import InvalidValue
from storage.schema import CONFIDENTIALITY_LEVELS, CONSENT_VALUES, DOCUMENT_TYPES

LANGUAGE_RE = re.compile(r"^[a-z]{2,3}$")

# Words in a file name that say what a document is; first match wins.
TYPE_HINTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "court-material",
        (
            "court",
            "ruling",
            "verdict",
            "judgment",
            "judgement",
            "decision",
            "indictment",
            "appeal-court",
            "постановление",
            "приговор",
            "сот",
        ),
    ),
    ("diplomatic-note", ("diplomatic", "note-verbale", "consulate", "embassy", "нота")),
    ("medical-record", ("medical", "health", "hospital", "certificate-med", "справка")),
    ("witness-statement", ("witness", "testimony", "statement", "показания")),
    ("submission", ("submission", "wgad", "urgent-appeal", "appeal", "communication")),
    ("correspondence", ("letter", "mail", "email", "correspondence", "хат", "письмо")),
)


def check_type(value: str) -> str:
    value = value.strip().lower().replace(" ", "-").replace("_", "-")
    if value not in DOCUMENT_TYPES:
        raise InvalidValue(f"unknown document type {value!r}; one of: {', '.join(DOCUMENT_TYPES)}")
    return value


def check_confidentiality(value: str) -> str:
    value = value.strip().lower().replace(" ", "-")
    if value not in CONFIDENTIALITY_LEVELS:
        raise InvalidValue(
            f"unknown confidentiality {value!r}; one of: {', '.join(CONFIDENTIALITY_LEVELS)}"
        )
    return value


def check_consent(value: str) -> str:
    value = value.strip().lower()
    if value not in CONSENT_VALUES:
        raise InvalidValue(f"consent is one of: {', '.join(CONSENT_VALUES)}")
    return value


def check_language(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    value = value.strip().lower()
    if not LANGUAGE_RE.match(value):
        raise InvalidValue(f"language {value!r} is not an ISO 639 code such as en, ru or kk")
    return value


def check_date(value: str | None) -> str | None:
    """Accept YYYY-MM-DD, YYYY-MM or YYYY; store as given (a partial date stays partial)."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            date.fromisoformat(value)
            return value
        if re.fullmatch(r"\d{4}-\d{2}", value):
            date.fromisoformat(value + "-01")
            return value
        if re.fullmatch(r"\d{4}", value):
            return value
    except ValueError:
        pass
    raise InvalidValue(f"{value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")


def guess_type(filename: str, media_type: str) -> str:
    if media_type.startswith("image/"):
        return "media"
    if media_type in ("message/rfc822", "application/vnd.ms-outlook", "application/mbox"):
        return "correspondence"
    stem = PurePath(filename).stem.lower()
    tokens = re.split(r"[^\w]+|_", stem)
    joined = "-".join(t for t in tokens if t)
    for doc_type, words in TYPE_HINTS:
        for word in words:
            hit = word in joined if "-" in word else any(t.startswith(word) for t in tokens)
            if hit:
                return doc_type
    return "other"


def title_from_filename(filename: str) -> str:
    stem = PurePath(filename).stem
    words = re.sub(r"[-_]+", " ", stem).strip()
    return (words[:1].upper() + words[1:]) if words else filename
