"""archive_app layer: an export and its second verification, read back from the disk.

``export_verified`` is the one way the CLI and the window export: the bundle is made
(``pipeline.export_through``, which verifies every file before it renames the bundle into
place), then read back from where it was written and verified again (``verify_bundle``:
hashes, scrubbing, Bates numbers, and every bundle-wide redacted term and person; the
pages that draw pictures, those rebuilt as images included, were read by OCR in the export's
own check of those same bytes). What the disk holds is what leaves the computer, so this
second check is never skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from archive_app.export.check import BundleReport, verify_bundle
from archive_app.export.options import ExportOptions, ExportResult
from archive_app.export.pipeline import export_with_rules
from archive_app.gate import ArchiveGate
from archive_app.tasks import CancelToken, Progress, ProgressCallback

if TYPE_CHECKING:
    pass

# Tests only: called with the bundle's path between the write and the second check
# (to plant a leak in a written file and see the check fail).
after_write: Callable[[Path], None] | None = None


@dataclass
class VerifiedExport:
    result: ExportResult
    report: BundleReport  # the bundle read back from disk
    terms: int  # bundle-wide terms and pattern values checked again

    @property
    def ok(self) -> bool:
        return self.report.ok


def export_verified(
    gate: ArchiveGate,
    options: ExportOptions,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> VerifiedExport:
    """Make the bundle, then read it back from disk and verify it again. ``gate``: how the
    run reaches the archive (``archive_app.gate``: ``direct(archive)`` on the CLI)."""
    result, base = export_with_rules(gate, options, progress=progress, cancel=cancel)
    if progress:
        progress(Progress(done=0, total=0, current="", phase="verify"))
    if after_write is not None:
        after_write(result.path)
    terms = sorted({t.text for t in base.terms})
    persons = [p.names for p in base.persons]
    # The export's own check read the pages drawing pictures by OCR in the very bytes it
    # wrote and listed in SHA256SUMS; the hashes checked here prove the disk still holds them, so
    # they are not read a second time (that would double an export of scans).
    report = verify_bundle(
        result.path, terms=terms, persons=persons, password=options.password, read_images=False
    )
    return VerifiedExport(result, report, len(terms))
