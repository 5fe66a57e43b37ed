"""archive_app layer: the run of an export, beside the database: render, write, check, rename.

``export_through(gate, options)`` makes a bundle. What it needs from the archive it asks
through the ``gate`` (``archive_app.gate``): what to export and with which rules first
(``ExportService.prepare``), then each document's bytes, texts and OCR in turn
(``ExportService.inputs``), the manifest's facts at the end, and the audit record once
the bundle is in place. Everything else runs on the caller's thread: every document
rendered in memory with continuous Bates numbers, the cover and index, the redaction log,
MANIFEST.json and SHA256SUMS written to ``<out>.partial-XXXX``, what was written verified
(two extractors and a raw scan, per document, against every redacted term and pattern
value; pages that draw pictures read by OCR), and only then renamed to ``<out>``. Any
failure, a leak or a cancel included, removes the partial output.

In the window the run is an aside job of the archive worker, so searches go on while an
export renders; on the CLI the gate is ``direct``. The cancel token is checked after every
page, between the files of the check and while OCR reads.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from archive_app.export import bundle, rules
from archive_app.export.check import LEAK, check_bundle, ignore_rules
from archive_app.export.cover import CoverInfo, IndexRow
from archive_app.export.detect import Detector
from archive_app.export.errors import ExportCancelled, ExportError, ExportLeak
from archive_app.export.model import LogEntry, RedactionSet
from archive_app.export.ocr_boxes import PageReader, page_reader
from archive_app.export.options import ExportOptions, ExportResult
from archive_app.export.plan import Inputs, ManifestFacts, Prepared
from archive_app.export.render import RenderedDocument, render_document
from archive_app.export.summary import cover_file, file_name, label_range, redact_text
from archive_app.gate import ArchiveGate
from archive_app.tasks import CancelToken, Progress, ProgressCallback
from storage.documents import DocumentRecord

if TYPE_CHECKING:
    from archive_app.session import Archive


@dataclass
class _Output:
    record: DocumentRecord
    file: str
    labels: list[str]
    data: bytes
    log: list[LogEntry]
    detector: Detector
    withheld: int
    image_pages: set[int] = field(default_factory=set)  # rebuilt as images: checked by OCR


class _Pages:
    """Pages rendered so far, for progress; Cancel is checked after every one."""

    def __init__(self, total: int, progress: ProgressCallback | None, cancel: CancelToken | None):
        self.total, self.done = total, 0
        self._progress, self._cancel = progress, cancel

    def check(self) -> None:
        if self._cancel is not None and self._cancel.cancelled:
            raise ExportCancelled()

    def reporter(self, current: str, item_id: int) -> Callable[[int], None]:
        def report(_page: int) -> None:
            self.done += 1
            self.check()
            if self._progress:
                self._progress(
                    Progress(min(self.done, self.total), self.total, current, item_id=item_id)
                )

        return report


def export_through(
    gate: ArchiveGate,
    options: ExportOptions,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> ExportResult:
    """Make the bundle ``options`` ask for (see the module)."""
    return export_with_rules(gate, options, progress=progress, cancel=cancel)[0]


def export_with_rules(
    gate: ArchiveGate,
    options: ExportOptions,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> tuple[ExportResult, RedactionSet]:
    """``export_through``, with the rules it applied to every document (the terms and
    persons a second check of the bundle looks for again)."""

    def prepare(archive: Archive) -> Prepared:
        return archive.exports.prepare(options)

    prepared = gate(prepare)
    pages = _Pages(prepared.total, progress, cancel)
    warnings = list(prepared.warnings)
    outputs: list[_Output] = []
    number = options.first_number
    with page_reader(prepared.ocr_limits, options.dpi, options.password, cancel) as reader:
        for doc in prepared.docs:
            pages.check()
            inputs = gate(
                partial(_inputs, doc=doc, base=prepared.base, use_saved=options.use_saved)
            )
            # rendered here, beside the database thread (never holding PDFium's lock
            # while the gate is called: see archive_app.gate)
            output = _render(inputs, options, number, prepared.legend, warnings, pages)
            outputs.append(output)
            number += len(output.labels)
            reader.prefetch(output.file, output.data, output.image_pages)
        ids = [o.record.id for o in outputs]
        facts = gate(partial(_facts, options=options, base=prepared.base, ids=ids))
        result, audit = _finish(options, prepared, outputs, facts, warnings, reader, pages)

    def record(archive: Archive) -> None:
        archive.record("export.bundle", result.path.name, audit)

    gate(record)
    return result, prepared.base


def _inputs(
    archive: Archive, *, doc: DocumentRecord, base: RedactionSet, use_saved: bool
) -> Inputs:
    return archive.exports.inputs(doc, base, use_saved)


def _facts(
    archive: Archive, *, options: ExportOptions, base: RedactionSet, ids: list[int]
) -> ManifestFacts:
    return archive.exports.manifest_facts(options, base, ids)


def _render(
    inputs: Inputs,
    options: ExportOptions,
    number: int,
    legend: str,
    warnings: list[str],
    pages: _Pages,
) -> _Output:
    """One document rendered, redacted, Bates-numbered and written (in memory)."""
    doc = inputs.record
    detector = Detector(inputs.rules)
    rendered = render_document(
        f"document #{doc.id}",
        doc.media_type,
        inputs.data,
        inputs.page_texts,
        inputs.rules,
        detector,
        dpi=options.dpi,
        page_done=pages.reporter(f"document #{doc.id}", doc.id),
        withhold_unplaceable=options.withhold_unplaceable,
        ocr=inputs.ocr,
    )
    warnings += rendered.warnings
    labels = [options.label(number + i) for i in range(len(rendered.pages))]
    data = _write(rendered, labels, legend, options.password)
    verify_rules = inputs.rules.merged(RedactionSet(terms=detector.value_rules()))
    return _Output(
        record=doc,
        file=file_name(labels),
        labels=labels,
        data=data,
        log=rendered.log,
        detector=Detector(verify_rules),
        withheld=sum(1 for p in rendered.pages if p.kind == "withheld"),
        image_pages={i for i, p in enumerate(rendered.pages, 1) if p.kind == "image"},
    )


def _write(
    rendered: RenderedDocument, labels: list[str], legend: str, password: str | None
) -> bytes:
    writer = rendered.writer()
    for page, label in zip(rendered.pages, labels, strict=True):
        writer.add(page, label, legend)
    return writer.write(password)


def _finish(
    options: ExportOptions,
    prepared: Prepared,
    outputs: list[_Output],
    facts: ManifestFacts,
    warnings: list[str],
    reader: PageReader,
    pages: _Pages,
) -> tuple[ExportResult, dict[str, Any]]:
    """The bundle's other files, everything written to a partial folder, checked, renamed:
    the result, and the details for the audit log."""
    out, legend, base = prepared.out, prepared.legend, prepared.base
    everything = RedactionSet(patterns=list(base.patterns))
    for item in outputs:
        everything = everything.merged(
            RedactionSet(terms=item.detector.term_rules, persons=item.detector.person_rules)
        )
    union = Detector(everything)
    exported_at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    by_reason: dict[str, int] = {}
    for item in outputs:
        for entry in item.log:
            by_reason[entry.reason] = by_reason.get(entry.reason, 0) + 1
    first = outputs[0].labels[0] if outputs and outputs[0].labels else ""
    last = outputs[-1].labels[-1] if outputs and outputs[-1].labels else ""
    page_count = sum(len(o.labels) for o in outputs)
    info = CoverInfo(
        title=redact_text(options.title, union),
        exported_at=exported_at.replace("T", " ").replace("Z", " UTC"),
        legend=legend,
        first=first,
        last=last,
        documents=len(outputs),
        pages=page_count,
        encrypted=bool(options.password),
        by_reason=by_reason,
    )
    rows = [
        IndexRow(
            bates=label_range(o.labels),
            title=redact_text(o.record.title, union),
            doc_type=o.record.doc_type,
            date=o.record.doc_date or "",
            pages=len(o.labels),
            redactions=len(o.log),
            withheld=o.withheld,
        )
        for o in outputs
    ]
    files: dict[str, bytes] = {bundle.COVER: cover_file(info, rows, legend, options.password)}
    files.update({o.file: o.data for o in outputs})
    files[bundle.LOG] = bundle.log_csv(
        (o.labels[e.page - 1], label_range(o.labels), e) for o in outputs for e in o.log
    )
    manifest = _manifest(options, info, facts, outputs, rows, files)
    files[bundle.MANIFEST] = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
    files[bundle.SUMS] = bundle.sums_file(files)
    by_file = {o.file: o for o in outputs}

    def detector_for(name: str) -> Detector:
        pages.check()  # between the files of the check
        return by_file[name].detector if name in by_file else union

    ignore_for = ignore_rules({o.file: o.labels for o in outputs}, legend)
    partial_out = bundle.write_partial(out, files, as_zip=options.as_zip)
    try:
        written = bundle.read_bundle(partial_out)
        report = check_bundle(
            written,
            detector_for=detector_for,
            ignore_for=ignore_for,
            password=options.password,
            ocr=reader,
            container=bundle.container_texts(partial_out),
        )
        warnings += reader.warnings()
        if not report.ok:
            leaks = [p.message for p in report.problems if p.kind == LEAK]
            first_problem = leaks[0] if leaks else report.problems[0].message
            more = f" (and {len(report.problems) - 1} more)" if len(report.problems) > 1 else ""
            error = ExportLeak if leaks else ExportError
            raise error(f"export stopped, nothing written: {first_problem}{more}")
        pages.check()
        bundle.finish(partial_out, out)
    except BaseException:
        bundle.remove(partial_out)
        raise
    audit = {
        "documents": [o.record.id for o in outputs],
        "pages": page_count,
        "bates": [first, last],
        "redactions_by_reason": by_reason,
        "encrypted": bool(options.password),
        "zip": options.as_zip,
        "mechanism": options.mechanism,
        "profile": rules.rules_fingerprint(base),
        # The originals' hashes stay here, in the archive's own log: in the bundle
        # they would let anyone confirm a guessed original (a templated form).
        "sources_sha256": {str(o.record.id): o.record.sha256 for o in outputs},
        "sha256sums": bundle.sha256(files[bundle.SUMS]),
    }
    result = ExportResult(
        path=out,
        documents=len(outputs),
        pages=page_count,
        first=first,
        last=last,
        redactions=sum(by_reason.values()),
        by_reason=by_reason,
        files=sorted(files),
        warnings=warnings,
        encrypted=bool(options.password),
    )
    return result, audit


def _manifest(
    options: ExportOptions,
    info: CoverInfo,
    facts: ManifestFacts,
    outputs: list[_Output],
    rows: list[IndexRow],
    files: dict[str, bytes],
) -> dict[str, Any]:
    return {
        "format": "secure-case-archive bundle, version 1",
        "title": info.title,
        "exported_at": info.exported_at,
        "legend": info.legend,
        "bates": {
            "prefix": options.prefix,
            "first": info.first,
            "last": info.last,
            "pages": info.pages,
        },
        "encrypted": "AES-256" if options.password else None,
        "render_dpi": options.dpi,
        "redaction_profile": facts.profile,
        "non_consenting_persons_redacted": facts.non_consenting,
        "mechanism": facts.mechanism,
        "redactions_by_reason": info.by_reason,
        "documents": [
            {
                "archive_id": o.record.id,
                "file": o.file,
                "sha256": bundle.sha256(o.data),
                "bates_start": options.first_number + sum(len(p.labels) for p in outputs[:i]),
                "pages": len(o.labels),
                "labels": o.labels,
                "title": row.title,
                "type": o.record.doc_type,
                "date": o.record.doc_date,
                "media_type": o.record.media_type,
                "confidentiality": o.record.confidentiality,
                "consent": facts.consent[o.record.id],
                "redactions": len(o.log),
                "withheld_pages": o.withheld,
            }
            for i, (o, row) in enumerate(zip(outputs, rows, strict=True))
        ],
        "files": {name: bundle.sha256(data) for name, data in sorted(files.items())},
    }
