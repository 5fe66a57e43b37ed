"""archive_app layer: what an export takes from the archive (read on the database thread),
so that the rest of it (rendering, writing, checking) runs anywhere: ``Prepared`` once, the
``Inputs`` of each document in turn, the ``ManifestFacts`` at the end."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from archive_app.export.model import RedactionSet
from indexing.ocr import OcrLimits, OcrPage
from storage.documents import DocumentRecord


@dataclass
class Prepared:
    out: Path  # where the bundle goes (checked free)
    legend: str  # checked
    docs: list[DocumentRecord]
    base: RedactionSet  # rules for every document
    total: int  # pages to render, for progress
    warnings: list[str]  # who the mechanism's consent withholds (by number)
    ocr_limits: OcrLimits


@dataclass
class Inputs:
    """One document: its stored bytes (SHA-256 checked), page texts, rules and OCR."""

    record: DocumentRecord
    rules: RedactionSet
    data: bytes
    page_texts: list[str]
    ocr: dict[int, OcrPage] = field(default_factory=dict)


@dataclass
class ManifestFacts:
    profile: dict[str, Any]  # the redaction profile, saved redactions included
    non_consenting: int
    mechanism: dict[str, Any] | None
    consent: dict[int, Any]  # document id -> consent counts
