"""archive_app layer: redacted, Bates-numbered, verifiable bundles (the export package facade).

``ExportService`` makes a bundle, ``RedactionService`` keeps a document's redactions
and previews them, ``verify_bundle`` re-checks a bundle later. Qt-free; the CLI and the
desktop window both drive these.
"""

from __future__ import annotations

from archive_app.export.check import BundleReport, Problem, verify_bundle
from archive_app.export.errors import (
    BundleInvalid,
    ExportCancelled,
    ExportError,
    ExportLeak,
    RedactionInvalid,
)
from archive_app.export.model import (
    PATTERN_NAMES,
    REASONS,
    LogEntry,
    PageRule,
    PatternRule,
    RectRule,
    RedactionSet,
    TermRule,
    check_reason,
)
from archive_app.export.review import Proposal, RedactionService
from archive_app.export.service import ExportOptions, ExportResult, ExportService

__all__ = [
    "PATTERN_NAMES",
    "REASONS",
    "BundleInvalid",
    "BundleReport",
    "ExportCancelled",
    "ExportError",
    "ExportLeak",
    "ExportOptions",
    "ExportResult",
    "ExportService",
    "LogEntry",
    "PageRule",
    "PatternRule",
    "Problem",
    "Proposal",
    "RectRule",
    "RedactionInvalid",
    "RedactionService",
    "RedactionSet",
    "TermRule",
    "check_reason",
    "verify_bundle",
]
