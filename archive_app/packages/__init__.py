"""archive_app layer: case packages - one case shared as a separate, sealed, encrypted
archive file, and merged back safely (issue 16).

``PackageService(archive)`` is the facade the CLI and the window use:
``share`` writes a package; ``open`` proves a received one sound (or refuses it);
``plan`` says what a merge would do; ``merge`` applies a plan in one transaction.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from archive_app.packages.apply import MergeReport, apply_plan
from archive_app.packages.export import ShareReport, ShareRequest, share
from archive_app.packages.plan import FieldConflict, MergePlan, PersonPlan, SafetyNote, build_plan
from archive_app.packages.reader import PackageInfo, PackageReader
from archive_app.tasks import CancelToken, ProgressCallback
from storage.packages import PackageLimits, PackageRejected

if TYPE_CHECKING:
    from archive_app.session import Archive

__all__ = [
    "FieldConflict",
    "MergePlan",
    "MergeReport",
    "PackageInfo",
    "PackageLimits",
    "PackageReader",
    "PackageRejected",
    "PackageService",
    "PersonPlan",
    "SafetyNote",
    "ShareReport",
    "ShareRequest",
]


class PackageService:
    def __init__(self, archive: Archive) -> None:
        self._archive = archive

    def share(
        self,
        out: Path,
        passphrase: str,
        request: ShareRequest,
        *,
        overwrite: bool = False,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> ShareReport:
        return share(
            self._archive,
            out,
            passphrase,
            request,
            overwrite=overwrite,
            progress=progress,
            cancel=cancel,
        )

    def open(self, path: Path, passphrase: str) -> PackageReader:
        """The package, proven sound; raises PackageRejected (nothing changed) otherwise."""
        limits = PackageLimits(
            max_document_bytes=self._archive.settings.max_import_mb * 1024 * 1024
        )
        if path.expanduser().absolute() == self._archive.path:
            raise PackageRejected("package refused: that is this archive itself")
        return PackageReader.open(path, passphrase, limits)

    def plan(self, reader: PackageReader) -> MergePlan:
        return build_plan(self._archive.db, reader)

    def merge(
        self,
        reader: PackageReader,
        plan: MergePlan,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> MergeReport:
        return apply_plan(self._archive, reader, plan, progress=progress, cancel=cancel)
