"""archive_app layer: passphrase change, verified backup, integrity check, audit log.

The rules hold for the CLI and the window alike: changing the passphrase and writing a
backup first prove the current passphrase (a typo must never re-key the archive for
someone who walked up to an unlocked laptop, nor encrypt a backup under a passphrase
nobody knows), and a rekey updates or forgets the passphrase remembered in the keyring.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from archive_app import secrets
from archive_app.errors import ArchiveError, WrongPassphrase
from storage import audit, maintenance
from storage.audit import AuditEntry, ChainReport
from storage.database import MIN_PASSPHRASE_LENGTH, check_new_passphrase
from storage.maintenance import IntegrityReport

__all__ = [
    "MIN_PASSPHRASE_LENGTH",
    "IntegrityReport",
    "MaintenanceService",
    "PassphraseChanged",
    "check_new_passphrase",
]

if TYPE_CHECKING:
    from archive_app.session import Archive


@dataclass
class PassphraseChanged:
    warnings: list[str] = field(default_factory=list)
    remembered: bool = False  # the keyring entry now holds the new passphrase


class MaintenanceService:
    def __init__(self, archive: Archive) -> None:
        self._archive = archive
        self._db = archive.db

    def passphrase_opens(self, passphrase: str) -> bool:
        return self._db.passphrase_opens(passphrase)

    def change_passphrase(self, current: str, new: str) -> PassphraseChanged:
        """Re-encrypt the whole archive under ``new`` once ``current`` is proved; the
        passphrase remembered on this computer, if any, is replaced (or forgotten)."""
        if not self._db.passphrase_opens(current):
            raise WrongPassphrase()
        if new == current:
            raise ArchiveError("that is the current passphrase; choose a new one")
        warnings = check_new_passphrase(new)
        self._db.rekey(new)
        self._archive.record("archive.passphrase_change", self._archive.path.name)
        return PassphraseChanged(warnings, secrets.replace_remembered(self._archive.path, new))

    def backup(self, dest: Path, current: str, *, overwrite: bool = False) -> IntegrityReport:
        """A verified copy at ``dest``, encrypted with the current passphrase (proved first)."""
        if not self._db.passphrase_opens(current):
            raise WrongPassphrase()
        report = maintenance.backup(self._db, dest, current, overwrite=overwrite)
        self._archive.record("archive.backup", dest.name)
        return report

    def check(self, *, deep: bool = False) -> IntegrityReport:
        report = maintenance.check_integrity(self._db, deep=deep)
        if report.ok:
            status = self._archive.index.status()
            (report.passed if status.ok else report.problems).append(
                status.message if status.ok else f"{status.message} (run 'reindex')"
            )
        self._archive.record(
            "archive.check", self._archive.path.name, {"ok": report.ok, "deep": deep}
        )
        return report

    def log(self, *, limit: int | None = None, action: str | None = None) -> list[AuditEntry]:
        return audit.entries(self._db, limit=limit, action=action)

    def verify_log(self) -> ChainReport:
        return audit.verify_chain(self._db)
