"""archive_app layer: the public error tree. Every error a user sees is an ArchiveError.

The tree is rooted in storage (the lowest layer raises the first errors) and
extended here; UI and CLI import errors from this module only.
"""

from __future__ import annotations

from indexing.errors import (
    CorruptFile,
    EmptyFile,
    ExtractionError,
    ResourceLimit,
    TooLarge,
    UnsupportedType,
)
from storage.errors import (
    ArchiveClosed,
    ArchiveDamaged,
    ArchiveError,
    ArchiveExists,
    ArchiveInUse,
    ArchiveNotFound,
    Cancelled,
    Conflict,
    IntegrityFailure,
    NotFound,
    SchemaTooNew,
    StorageFull,
    WeakPassphrase,
    WrongPassphrase,
)


class ImportFailed(ArchiveError):
    """One file could not be imported; the batch goes on."""


class InvalidValue(ArchiveError):
    """A metadata value the archive does not accept (a date, a type, a level)."""


class OutputExists(ArchiveError):
    def __init__(self, path: str) -> None:
        super().__init__(f"{path} exists; choose another name or pass --force")
        self.path = path


__all__ = [
    "ArchiveClosed",
    "ArchiveDamaged",
    "ArchiveError",
    "ArchiveExists",
    "ArchiveInUse",
    "ArchiveNotFound",
    "Cancelled",
    "Conflict",
    "CorruptFile",
    "EmptyFile",
    "ExtractionError",
    "ImportFailed",
    "IntegrityFailure",
    "InvalidValue",
    "NotFound",
    "OutputExists",
    "ResourceLimit",
    "SchemaTooNew",
    "StorageFull",
    "TooLarge",
    "UnsupportedType",
    "WeakPassphrase",
    "WrongPassphrase",
]
