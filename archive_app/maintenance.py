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
from archive_app.errors import ArchiveError, Cancelled, WrongPassphrase
from archive_app.tasks import CancelToken, Progress, ProgressCallback
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

    def backup(
        self,
        dest: Path,
        current: str,
        *,
        overwrite: bool = False,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> IntegrityReport:
        """A verified copy at ``dest``, encrypted with the current passphrase (proved first).
        Cancelled (``Cancelled``) while the copy is checked, nothing is left at ``dest``."""
        if not self._db.passphrase_opens(current):
            raise WrongPassphrase()
        step = _document_step(progress, cancel, phase="verify")
        # An open searcher keeps blob handles on the index files, and SQLite will not
        # detach the copy while any are open ("database backup is locked"): the readers
        # are dropped first (the next search opens them again).
        self._archive.index.invalidate()
        report = maintenance.backup(self._db, dest, current, overwrite=overwrite, step=step)
        self._archive.record("archive.backup", dest.name)
        return report

    def check(
        self,
        *,
        deep: bool = False,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> IntegrityReport:
        """The integrity check; ``cancel`` stops it between documents (``Cancelled``)."""
        step = _document_step(progress, cancel)
        report = maintenance.check_integrity(self._db, deep=deep, step=step)
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


def _document_step(
    progress: ProgressCallback | None, cancel: CancelToken | None, *, phase: str = ""
) -> maintenance.Step:
    """A storage step callback that reports ``Progress`` and raises ``Cancelled``."""

    def step(done: int, total: int, document_id: int) -> None:
        if cancel is not None and cancel.cancelled:
            raise Cancelled()
        if progress is not None:
            progress(
                Progress(
                    done=done,
                    total=total,
                    current=f"document #{document_id}",
                    phase=phase,
                    item_id=document_id,
                )
            )

    return step
