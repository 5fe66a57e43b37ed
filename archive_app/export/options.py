"""archive_app layer: what an export is asked for (``ExportOptions``) and what it made
(``ExportResult``), with the limits every export keeps."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from archive_app.export.model import RedactionSet

DEFAULT_LEGEND = (
    "CONFIDENTIAL - submitted to United Nations human rights mechanisms - not for publication"
)
PREFIX_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,15}$")
MIN_DPI = 200


@dataclass
class ExportOptions:
    out: Path
    ids: list[int] = field(default_factory=list)
    query: str | None = None
    rules: RedactionSet = field(default_factory=RedactionSet)  # for every document
    persons: list[str] = field(default_factory=list)  # registered persons (name, alias or id)
    person_reason: str | None = None  # default: PII-WITNESS for witnesses, else PII-VICTIM
    prefix: str = "DOC-"
    digits: int = 6
    first_number: int = 1
    legend: str = DEFAULT_LEGEND
    title: str = "Document bundle"
    password: str | None = None
    as_zip: bool = False
    dpi: int = MIN_DPI
    use_saved: bool = True  # the redactions saved with each document
    # A PDF page where redacted content is found but cannot be boxed is withheld (listed in
    # the warnings); without this the export stops there.
    withhold_unplaceable: bool = False
    # The UN mechanism the bundle is for: persons are named only as far as their consent
    # for it allows. None: the registry's consent flag alone decides.
    mechanism: str | None = None

    def label(self, number: int) -> str:
        """The Bates label of page ``number``."""
        return f"{self.prefix}{number:0{self.digits}d}"


@dataclass
class ExportResult:
    path: Path
    documents: int
    pages: int
    first: str
    last: str
    redactions: int
    by_reason: dict[str, int]
    files: list[str]
    warnings: list[str]
    encrypted: bool
