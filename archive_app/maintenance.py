"""archive_app layer: passphrase change, verified backup, integrity check, audit log."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from storage import audit, maintenance
from storage.audit import AuditEntry, ChainReport
from storage.database import check_new_passphrase
from storage.maintenance import IntegrityReport

if TYPE_CHECKING:
    from archive_app.session import Archive


class MaintenanceService:
    def __init__(self, archive: Archive) -> None:
        self._archive = archive
        self._db = archive.db

    def change_passphrase(self, new_passphrase: str) -> list[str]:
        """Re-encrypt the whole archive under a new passphrase; returns warnings."""
        warnings = check_new_passphrase(new_passphrase)
        self._db.rekey(new_passphrase)
        self._archive.record("archive.passphrase_change", self._archive.path.name)
        return warnings

    def backup(self, dest: Path, passphrase: str, *, overwrite: bool = False) -> IntegrityReport:
        report = maintenance.backup(self._db, dest, passphrase, overwrite=overwrite)
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
