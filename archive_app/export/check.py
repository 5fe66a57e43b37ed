"""archive_app layer: checking a whole bundle: hashes, manifest, scrubbing, Bates numbers, leaks.

Used twice: by the export on the partial output before it is renamed into place (with
every redacted term and pattern of each document), and by ``verify-bundle`` later (with
the terms a user gives). Problems name files, documents and pages, never a term.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from archive_app.export.bundle import (
    COVER,
    LOG,
    MANIFEST,
    SUMS,
    container_texts,
    parse_sums,
    read_bundle,
    sha256,
)
from archive_app.export.cover import COVER_TEXTS
from archive_app.export.detect import Detector
from archive_app.export.errors import BundleInvalid, ExportError
from archive_app.export.model import (
    METHOD_BURNED,
    METHOD_IMAGE,
    METHOD_TYPESET,
    METHOD_UNLOCATED,
    METHOD_WITHHELD,
    PATTERN_NAMES,
    REASONS,
    PersonRule,
    RedactionSet,
    TermRule,
)
from archive_app.export.ocr_boxes import PageReader, page_reader
from archive_app.export.pdfium_pages import PdfiumDocument
from archive_app.export.render import boilerplate
from archive_app.export.verify import pdf_leaks, scrub_problems, text_leaks
from archive_app.hardening import WORKER_LAUNCHER
from indexing.ocr import OcrLimits

LEAK, HASH, SCRUB, BATES, FORMAT = "leak", "hash", "scrub", "bates", "format"
DEFAULT_RENDER_DPI = 200  # the export's own minimum (service.MIN_DPI)
LOG_WORDS = (
    METHOD_BURNED,
    METHOD_IMAGE,
    METHOD_TYPESET,
    METHOD_UNLOCATED,
    METHOD_WITHHELD,
    "bates_page",
    "document",
    "reason",
    "kind",
    "method",
    "person",
    "term",
    "pattern",
    "rectangle",
    "page",
    "hidden",
    *REASONS,
)


@dataclass(frozen=True)
class Problem:
    kind: str
    message: str


@dataclass
class BundleReport:
    files: int = 0
    pdfs: int = 0
    pages: int = 0
    problems: list[Problem] = field(default_factory=list)
    ocr_pages: int = 0  # pages drawing an image that OCR read for the terms and persons
    warnings: list[str] = field(default_factory=list)  # e.g. such pages left unread

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, kind: str, message: str) -> None:
        self.problems.append(Problem(kind, message))


DetectorFor = Callable[[str], Detector | None]
IgnoreFor = Callable[[str], tuple[str, ...]]


def check_bundle(
    files: dict[str, bytes],
    *,
    detector_for: DetectorFor,
    ignore_for: IgnoreFor,
    password: str | None = None,
    ocr: PageReader | None = None,
    container: Sequence[tuple[str, str]] = (),
) -> BundleReport:
    """``ocr``: reads the pages of each file that draw pictures (rebuilt as images, scans,
    photos or stamps on text pages), to check them too.
    ``container``: (where, text) of the bundle's folder or ZIP (bundle.container_texts):
    names, comments and extra fields are searched too, and so is every MANIFEST field."""
    report = BundleReport(files=len(files))
    manifest = _check_hashes(files, report)
    _check_container(files, manifest, container, detector_for(MANIFEST), report)
    documents = {d.get("file"): d for d in manifest.get("documents", []) if isinstance(d, dict)}
    _check_bates(documents, report)
    for name in sorted(files):
        data = files[name]
        detector = detector_for(name)
        if name.lower().endswith(".pdf"):
            report.pdfs += 1
            _check_pdf(
                name, data, documents.get(name), detector, ignore_for(name), password, report
            )
            if ocr is not None and detector is not None:
                for finding in ocr.leaks(name, data, detector, ignore_for(name), password):
                    where = _where(name, documents.get(name), finding.page)
                    report.add(LEAK, f"redacted content found in {where} ({finding.where})")
        elif detector is not None and text_leaks(
            data.decode("utf-8", errors="replace"), detector, ignore_for(name)
        ):
            report.add(LEAK, f"redacted content found in {name}")
    return report


def _check_container(
    files: dict[str, bytes],
    manifest: dict[str, Any],
    container: Sequence[tuple[str, str]],
    detector: Detector | None,
    report: BundleReport,
) -> None:
    """The container and every MANIFEST field (keys too), each on its own: the legend
    and titles the manifest declares are not trusted to blank anything here."""
    if detector is None:
        return
    labels = [
        str(label)
        for d in manifest.get("documents", [])
        if isinstance(d, dict)
        for label in d.get("labels", [])
    ]
    ignore = boilerplate((*labels, *LOG_WORDS, ".pdf", MANIFEST, SUMS, COVER, LOG))
    for where, text in container:
        if detector.hits(text, ignore=ignore):
            report.add(LEAK, f"redacted content found in the {where}")
    for field_path, text in _json_strings(manifest):
        if detector.hits(text, ignore=ignore):
            report.add(LEAK, f"redacted content found in {MANIFEST}, field {field_path}")


def _json_strings(value: Any, path: str = "") -> list[tuple[str, str]]:
    """Every string of a JSON value (dictionary keys included) with where it sits."""
    found: list[tuple[str, str]] = []
    if isinstance(value, str):
        found.append((path or "(top)", value))
    elif isinstance(value, dict):
        for key, item in value.items():
            where = f"{path}.{key}" if path else str(key)
            found.append((where + " (its name)", str(key)))
            found += _json_strings(item, where)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _json_strings(item, f"{path}[{index}]")
    return found


def _check_hashes(files: dict[str, bytes], report: BundleReport) -> dict[str, Any]:
    if SUMS not in files:
        report.add(HASH, f"{SUMS} is missing")
        return {}
    try:
        listed = parse_sums(files[SUMS])
    except BundleInvalid as exc:
        report.add(FORMAT, str(exc))
        return {}
    for name, digest in sorted(listed.items()):
        if name not in files:
            report.add(HASH, f"{name} is listed in {SUMS} but missing")
        elif sha256(files[name]) != digest:
            report.add(HASH, f"{name} does not match its SHA-256 in {SUMS}")
    for name in sorted(set(files) - set(listed) - {SUMS}):
        report.add(HASH, f"{name} is not listed in {SUMS}")
    try:
        manifest = json.loads(files.get(MANIFEST, b"{}").decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        report.add(FORMAT, f"{MANIFEST} is not valid JSON")
        return {}
    if MANIFEST not in files:
        report.add(FORMAT, f"{MANIFEST} is missing")
    for name, digest in sorted(manifest.get("files", {}).items()):
        if name in files and sha256(files[name]) != digest:
            report.add(HASH, f"{name} does not match its SHA-256 in {MANIFEST}")
    for required in (COVER, LOG):
        if required not in files:
            report.add(FORMAT, f"{required} is missing")
    return manifest if isinstance(manifest, dict) else {}


def _check_bates(documents: dict[Any, dict[str, Any]], report: BundleReport) -> None:
    expected = None
    for doc in sorted(documents.values(), key=lambda d: int(d.get("bates_start", 0))):
        start, pages = int(doc.get("bates_start", 0)), int(doc.get("pages", 0))
        if expected is not None and start != expected:
            report.add(BATES, f"Bates numbers jump before {doc.get('file')}")
        expected = start + pages


def _check_pdf(
    name: str,
    data: bytes,
    doc: dict[str, Any] | None,
    detector: Detector | None,
    ignore: tuple[str, ...],
    password: str | None,
    report: BundleReport,
) -> None:
    try:
        for problem in scrub_problems(data, password=password):
            report.add(SCRUB, f"{name}: {problem}")
        if detector is not None:
            for finding in pdf_leaks(data, detector, password=password, ignore=ignore):
                where = _where(name, doc, finding.page)
                report.add(LEAK, f"redacted content found in {where} ({finding.where})")
        labels = list(doc.get("labels", [])) if doc else []
        with PdfiumDocument(data, name, password) as pdfium_doc:
            report.pages += len(pdfium_doc)
            if doc is not None and len(pdfium_doc) != len(labels):
                report.add(
                    BATES, f"{name} has {len(pdfium_doc)} pages, its Bates range {len(labels)}"
                )
            for index, label in enumerate(labels[: len(pdfium_doc)]):
                if label not in pdfium_doc.page_text(index):
                    report.add(BATES, f"{name} page {index + 1} does not carry its number {label}")
    except ExportError as exc:
        report.add(FORMAT, f"{name}: {exc}")


def _where(name: str, doc: dict[str, Any] | None, page: int | None) -> str:
    if page is None:
        return f"{name} (not tied to a page)"
    text = f"{name}, page {page}"
    labels = doc.get("labels", []) if doc else []
    if doc is not None:
        text = f"{name} (document #{doc.get('archive_id')}), page {page}"
        if 0 < page <= len(labels):
            text += f" ({labels[page - 1]})"
    return text


def ignore_rules(
    document_labels: dict[str, list[str]], legend: str
) -> Callable[[str], tuple[str, ...]]:
    """What the export itself wrote into each file (stamps, labels, headings, column
    names), blanked before looking for leaks. ``document_labels``: file -> Bates labels."""
    all_labels = [label for labels in document_labels.values() for label in labels]

    def ignore_for(name: str) -> tuple[str, ...]:
        if name in document_labels:
            return boilerplate((legend, *document_labels[name]))
        return boilerplate((legend, *all_labels, *COVER_TEXTS, *PATTERN_NAMES, *LOG_WORDS))

    return ignore_for


def verify_bundle(
    path: Path,
    *,
    terms: list[str],
    persons: Sequence[Sequence[str]] = (),
    password: str | None = None,
    read_images: bool = True,
    ocr_limits: OcrLimits | None = None,
) -> BundleReport:
    """Re-check a bundle folder or ZIP: hashes, manifest, scrubbing, Bates numbers, and
    that none of ``terms`` appears anywhere (case-, space- and script-insensitive) nor any
    of ``persons`` (each a name and its aliases) in any form the mention engine knows.

    With ``read_images`` (and something to look for), every PDF page that draws a picture
    large enough to show words (``image_pages``: the pages the export rebuilt as images,
    scans kept as they were, a text page kept with a photo, a stamp or a screenshot on it)
    is rendered at the bundle's resolution and read by OCR in the sandboxed children, as
    the export's own check reads them: a term or person read there fails the check as a
    leak naming the file and page, a page OCR cannot read fails it too. Without Tesseract
    those pages are listed in ``warnings`` as unchecked."""
    files = read_bundle(path)
    container = container_texts(path)
    try:
        manifest = json.loads(files.get(MANIFEST, b"{}").decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        manifest = {}
    manifest = manifest if isinstance(manifest, dict) else {}
    labels = {
        str(d.get("file")): [str(x) for x in d.get("labels", [])]
        for d in manifest.get("documents", [])
        if isinstance(d, dict)
    }
    detector = Detector(
        RedactionSet(
            terms=[TermRule(t, "PII-VICTIM") for t in terms if t.strip()],
            persons=[PersonRule(tuple(names), "PII-VICTIM") for names in persons if names],
        )
    )

    def check(ocr: PageReader | None) -> BundleReport:
        return check_bundle(
            files,
            detector_for=lambda _name: detector if detector else None,
            ignore_for=ignore_rules(labels, str(manifest.get("legend", ""))),
            password=password,
            ocr=ocr,
            container=container,
        )

    if not read_images or not detector:
        return check(None)
    limits = ocr_limits or OcrLimits(worker_launcher=WORKER_LAUNCHER)
    with page_reader(limits, _render_dpi(manifest), password) as reader:
        for name in sorted(files):
            if name.lower().endswith(".pdf"):
                reader.prefetch(name, files[name])  # every page drawing a picture
        report = check(reader)
        report.ocr_pages = reader.checked
        report.warnings += reader.warnings()
    return report


def _render_dpi(manifest: dict[str, Any]) -> int:
    """The resolution the bundle's pages were rebuilt at (as the export's own check reads
    them), from its manifest; the export's minimum when it does not say."""
    value = manifest.get("render_dpi")
    if isinstance(value, int) and not isinstance(value, bool) and 72 <= value <= 600:
        return value
    return DEFAULT_RENDER_DPI
