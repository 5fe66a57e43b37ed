"""ui layer: how stored codes are shown to people."""

from __future__ import annotations

TYPE_NAMES = {
    "court-material": "Court material",
    "diplomatic-note": "Diplomatic note",
    "medical-record": "Medical record",
    "witness-statement": "Witness statement",
    "correspondence": "Correspondence",
    "submission": "Submission",
    "media": "Media",
    "other": "Other",
}
LANGUAGE_NAMES = {"en": "English", "ru": "Russian", "kk": "Kazakh", "unknown": "Unknown"}
