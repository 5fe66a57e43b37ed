"""storage layer: the root of the error tree every layer above extends.

Every failure a user can meet is an ``ArchiveError`` with a message that can be
shown as it is: one line, no traceback, no secret.
"""

from __future__ import annotations


class ArchiveError(Exception):
    """Base of every error the archive reports to a user."""


class ArchiveNotFound(ArchiveError):
    def __init__(self, path: str) -> None:
        super().__init__(f"no archive at {path}")
        self.path = path  # the window says it in its own language


class ArchiveExists(ArchiveError):
    def __init__(self, path: str) -> None:
        super().__init__(f"{path} already exists; refusing to overwrite it")
        self.path = path


class WrongPassphrase(ArchiveError):
    """Wrong passphrase or damaged file: SQLCipher cannot tell them apart, nor do we."""

    def __init__(self) -> None:
        super().__init__("wrong passphrase or damaged archive")


class ArchiveDamaged(ArchiveError):
    """A page failed its authentication check after the archive was opened."""

    def __init__(self) -> None:
        super().__init__(
            "the archive is damaged; run 'archive-app check' and restore from a backup"
        )


class ArchiveInUse(ArchiveError):
    def __init__(self, path: str) -> None:
        super().__init__(f"archive is open elsewhere: {path}")
        self.path = path


class WeakPassphrase(ArchiveError):
    """A passphrase the archive refuses (empty or blank)."""


class SchemaTooNew(ArchiveError):
    def __init__(self, found: int, known: int) -> None:
        super().__init__(
            f"archive was written by a newer version (schema {found}, this version knows {known})"
        )
        self.found, self.known = found, known


class NotFound(ArchiveError):
    """A document, person, article or case that does not exist."""


class Conflict(ArchiveError):
    """A name or citation that already exists, or a link that would be invalid."""


class ArchiveClosed(ArchiveError):
    def __init__(self) -> None:
        super().__init__("archive is locked or closed")


class Cancelled(ArchiveError):
    """The user cancelled the operation; whatever it had not finished was undone."""

    def __init__(self) -> None:
        super().__init__("cancelled")


class IntegrityFailure(ArchiveError):
    """An integrity check, backup verification or audit-chain check failed."""


class StorageFull(ArchiveError):
    def __init__(
        self, message: str = "the disk is full; nothing was written for this item"
    ) -> None:
        super().__init__(message)


class TransactionLost(StorageFull):
    """SQLite rolled the whole transaction back itself (disk full, I/O error)."""

    def __init__(self) -> None:
        super().__init__("the disk is full or failing; nothing of this batch was written")
