"""ui layer: the core's error messages in the interface language.

The core (archive_app, storage, indexing) writes its messages in English, one line that
follows "error:" on the command line. At the window's boundary each kind of error the
user meets is said again in the interface language, with its parameters: by its class
when the class fixes the message (wrong passphrase, archive in use, ...), else by the
shape of its message (no document #7, a person named 'X' is already registered, ...).
An error not listed here is shown as the core wrote it, in English."""

from __future__ import annotations

import re
from collections.abc import Callable

from archive_app.errors import (
    ArchiveClosed,
    ArchiveDamaged,
    ArchiveError,
    ArchiveExists,
    ArchiveInUse,
    ArchiveNotFound,
    Cancelled,
    EmptyFile,
    OutputExists,
    SchemaTooNew,
    StorageFull,
    WrongPassphrase,
)
from storage.errors import TransactionLost
from ui.labels import QT_TRANSLATE_NOOP, translated

CONTEXT = "Errors"
DEFAULT_FULL = "the disk is full; nothing was written for this item"

# class -> (message, its parameters from the error); the most specific class first
BY_CLASS: tuple[
    tuple[type[ArchiveError], str, Callable[[ArchiveError], dict[str, object]]], ...
] = (
    (
        WrongPassphrase,
        QT_TRANSLATE_NOOP("Errors", "Wrong passphrase or damaged archive."),
        lambda e: {},
    ),
    (
        ArchiveDamaged,
        QT_TRANSLATE_NOOP(
            "Errors",
            "The archive is damaged: run Archive > Check integrity and restore it from a backup.",
        ),
        lambda e: {},
    ),
    (ArchiveClosed, QT_TRANSLATE_NOOP("Errors", "The archive is locked or closed."), lambda e: {}),
    (Cancelled, QT_TRANSLATE_NOOP("Errors", "Cancelled."), lambda e: {}),
    (
        TransactionLost,
        QT_TRANSLATE_NOOP(
            "Errors", "The disk is full or failing; nothing of this batch was written."
        ),
        lambda e: {},
    ),
    (EmptyFile, QT_TRANSLATE_NOOP("Errors", "The file is empty (0 bytes)."), lambda e: {}),
    (
        ArchiveNotFound,
        QT_TRANSLATE_NOOP("Errors", "There is no archive at {path}."),
        lambda e: {"path": getattr(e, "path", "")},
    ),
    (
        ArchiveExists,
        QT_TRANSLATE_NOOP("Errors", "{path} already exists; it was not overwritten."),
        lambda e: {"path": getattr(e, "path", "")},
    ),
    (
        ArchiveInUse,
        QT_TRANSLATE_NOOP("Errors", "The archive is open in another window or program: {path}."),
        lambda e: {"path": getattr(e, "path", "")},
    ),
    (
        SchemaTooNew,
        QT_TRANSLATE_NOOP(
            "Errors",
            "The archive was written by a newer version of the app (schema {found}; this"
            " version knows {known}).",
        ),
        lambda e: {"found": getattr(e, "found", "?"), "known": getattr(e, "known", "?")},
    ),
    (
        OutputExists,
        QT_TRANSLATE_NOOP("Errors", "{path} already exists; choose another name."),
        lambda e: {"path": getattr(e, "path", "")},
    ),
)

_Q = r"(?P<q>['\"])"  # Python's repr() quotes a name with ' (or " when it holds a ')
# the core's message (its whole text) -> the message in the interface language
BY_MESSAGE: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), text)
    for pattern, text in (
        (r"no document #(?P<id>\d+)", QT_TRANSLATE_NOOP("Errors", "No document #{id}.")),
        (r"no person #(?P<id>\d+)", QT_TRANSLATE_NOOP("Errors", "No person #{id}.")),
        (r"no case #(?P<id>\d+)", QT_TRANSLATE_NOOP("Errors", "No case #{id}.")),
        (
            rf"no person {_Q}(?P<name>.+)(?P=q) in the registry; .*",
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{name}” is not in the persons registry; add them in Registries > Persons.",
            ),
        ),
        (
            rf"no case {_Q}(?P<name>.+)(?P=q); .*",
            QT_TRANSLATE_NOOP("Errors", "There is no case “{name}”; add it in Registries > Cases."),
        ),
        (
            rf"no article {_Q}(?P<name>.+)(?P=q) in the registry; .*",
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{name}” is not in the articles registry; add it in Registries > Legal articles.",
            ),
        ),
        (
            rf"a person named {_Q}(?P<name>.+)(?P=q) is already registered",
            QT_TRANSLATE_NOOP("Errors", "A person named “{name}” is already registered."),
        ),
        (
            rf"a case named {_Q}(?P<name>.+)(?P=q) already exists",
            QT_TRANSLATE_NOOP("Errors", "A case named “{name}” already exists."),
        ),
        (
            rf"{_Q}(?P<name>.+)(?P=q) names several persons; use the id",
            QT_TRANSLATE_NOOP(
                "Errors", "“{name}” names several persons; choose one from the list."
            ),
        ),
        (
            r"(?P<name>\S.*) is already in the registry",
            QT_TRANSLATE_NOOP("Errors", "{name} is already in the registry."),
        ),
        ("a person needs a name", QT_TRANSLATE_NOOP("Errors", "A person needs a name.")),
        ("a case needs a name", QT_TRANSLATE_NOOP("Errors", "A case needs a name.")),
        ("a document needs a title", QT_TRANSLATE_NOOP("Errors", "A document needs a title.")),
        (
            rf"{_Q}(?P<name>.*)(?P=q) is not a date \(YYYY-MM-DD, YYYY-MM or YYYY\)",
            QT_TRANSLATE_NOOP(
                "Errors", "“{name}” is not a date: write YYYY-MM-DD, YYYY-MM or YYYY."
            ),
        ),
        (
            "the two passphrases differ; nothing was changed",
            QT_TRANSLATE_NOOP("Errors", "The two passphrases differ; nothing was changed."),
        ),
        (
            "an empty passphrase is not allowed",
            QT_TRANSLATE_NOOP("Errors", "An empty passphrase is not allowed."),
        ),
        (
            r"the file is (?P<size>\S+ [KMG]?B), over the import limit of (?P<limit>\S+ [KMG]?B)",
            QT_TRANSLATE_NOOP("Errors", "The file is {size}, over the import limit of {limit}."),
        ),
        ("not a file or not found", QT_TRANSLATE_NOOP("Errors", "Not a file, or not found.")),
        (
            "the file changed while it was being imported; try again",
            QT_TRANSLATE_NOOP("Errors", "The file changed while it was being imported; try again."),
        ),
    )
)


def error_text(error: BaseException) -> str:
    """What to tell the user about ``error``, in the interface language when it is a kind
    listed here; otherwise the core's own (English) message."""
    message = str(error).strip()
    if isinstance(error, ArchiveError):
        for kind, text, parameters in BY_CLASS:
            if isinstance(error, kind):
                return translated(CONTEXT, text).format(**parameters(error))
        if isinstance(error, StorageFull) and message == DEFAULT_FULL:
            return translated(
                CONTEXT,
                QT_TRANSLATE_NOOP("Errors", "The disk is full; nothing was written for this item."),
            )
        for pattern, text in BY_MESSAGE:
            found = pattern.fullmatch(message)
            if found is not None:
                values = {k: v for k, v in found.groupdict().items() if k != "q"}
                return translated(CONTEXT, text).format(**values)
    return message
