"""archive_app layer: the errors of redaction, export and bundle verification.

All are ArchiveErrors, so the CLI prints one line and the desktop window one dialog.
Messages name documents, files and pages, never the redacted text.
"""

from __future__ import annotations

from storage.errors import ArchiveError


class ExportError(ArchiveError):
    """An export that cannot be made (bad options, a document that cannot be rendered)."""


class RedactionInvalid(ExportError):
    """A redaction that cannot apply (unknown reason code, pattern, page, rectangle)."""


class ExportCancelled(ExportError):
    def __init__(self) -> None:
        super().__init__("export cancelled; nothing was written")


class ExportLeak(ExportError):
    """Verification found redacted content in the output; the output was removed."""


class RedactionUnplaceable(ExportLeak):
    """Redacted content was found on a page where it cannot be boxed (drawn through a
    pattern or mask, or without a position in the text layer); the page is never exported
    as it is."""


class BundleInvalid(ArchiveError):
    """verify-bundle found a problem (hashes, scrubbing, Bates numbers or a leak)."""
