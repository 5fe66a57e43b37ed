"""ui layer: how stored codes are shown to people, in the interface language.

Tables of labels are written once, in English, marked with ``QT_TRANSLATE_NOOP`` so
Qt's lupdate collects them, and translated when they are read (``Translated``), so a
language chosen after import time still applies."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from PySide6.QtCore import QCoreApplication

CONTEXT = "labels"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context`` (lupdate collects it); returns it as is.

    PySide6's own is typed ``-> object``; this one keeps tables of labels typed."""
    return text


def translated(context: str, text: str) -> str:
    """``text`` in the interface language (unchanged when no translation is installed)."""
    return QCoreApplication.translate(context, text) if text else text


def translated_all(context: str, texts: Iterable[str]) -> list[str]:
    return [translated(context, t) for t in texts]


class Translated(Mapping[str, str]):
    """A code -> label table whose labels are translated each time they are read."""

    def __init__(self, context: str, labels: Mapping[str, str]) -> None:
        self.context = context
        self._labels = dict(labels)

    def __getitem__(self, key: str) -> str:
        return translated(self.context, self._labels[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._labels)

    def __len__(self) -> int:
        return len(self._labels)


TYPE_NAMES = Translated(
    CONTEXT,
    {
        "court-material": QT_TRANSLATE_NOOP("labels", "Court material"),
        "diplomatic-note": QT_TRANSLATE_NOOP("labels", "Diplomatic note"),
        "medical-record": QT_TRANSLATE_NOOP("labels", "Medical record"),
        "witness-statement": QT_TRANSLATE_NOOP("labels", "Witness statement"),
        "correspondence": QT_TRANSLATE_NOOP("labels", "Correspondence"),
        "submission": QT_TRANSLATE_NOOP("labels", "Submission"),
        "media": QT_TRANSLATE_NOOP("labels", "Media"),
        "other": QT_TRANSLATE_NOOP("labels", "Other"),
    },
)
LANGUAGE_NAMES = Translated(
    CONTEXT,
    {
        "en": QT_TRANSLATE_NOOP("labels", "English"),
        "ru": QT_TRANSLATE_NOOP("labels", "Russian"),
        "kk": QT_TRANSLATE_NOOP("labels", "Kazakh"),
        "unknown": QT_TRANSLATE_NOOP("labels", "Unknown"),
    },
)
CONFIDENTIALITY_NAMES = Translated(
    CONTEXT,
    {
        "public": QT_TRANSLATE_NOOP("labels", "Public"),
        "internal": QT_TRANSLATE_NOOP("labels", "Internal"),
        "confidential": QT_TRANSLATE_NOOP("labels", "Confidential"),
        "strictly-confidential": QT_TRANSLATE_NOOP("labels", "Strictly confidential"),
    },
)
STATUS_NAMES = Translated(
    CONTEXT,
    {
        "ok": QT_TRANSLATE_NOOP("labels", "text extracted"),
        "encrypted-pdf": QT_TRANSLATE_NOOP("labels", "password-protected PDF"),
        "no-text-layer": QT_TRANSLATE_NOOP("labels", "no text layer"),
    },
)


def status_name(status: str) -> str:
    return STATUS_NAMES.get(status, status)
