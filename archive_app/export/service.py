"""archive_app layer: the export service: documents -> redacted, Bates-numbered, verified bundle.

``ExportService(archive).export(options, progress=..., cancel=...)`` renders every
document in memory, stamps continuous Bates numbers, writes the cover and index, the
redaction log, MANIFEST.json and SHA256SUMS to ``<out>.partial-XXXX``, verifies what
was written (two extractors and a raw scan, per document, against every redacted term
and pattern value), and only then renames it to ``<out>`` and records the export in the
audit log. Any failure, a leak included, removes the partial output.

``ExportOptions.mechanism`` (wgad, sp, hrc) makes the export follow each person's consent
for that mechanism (archive_app.export.rules.mechanism_namings): whoever it does not allow
to be named in full is redacted like a person without consent, verified the same way,
and each is said in the warnings (by number, with why); MANIFEST.json records the
mechanism and how many persons it withheld, never who.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archive_app.export import bundle, rules
from archive_app.export.check import LEAK, check_bundle, ignore_rules
from archive_app.export.cover import CoverInfo, IndexRow
from archive_app.export.detect import Detector
from archive_app.export.errors import ExportCancelled, ExportError, ExportLeak
from archive_app.export.model import (
    LogEntry,
    RedactionSet,
    TermRule,
)
from archive_app.export.ocr_boxes import PageReader, page_reader
from archive_app.export.patterns import find_patterns, verification_forms
from archive_app.export.pdfbuild import check_legend
from archive_app.export.render import RenderedDocument, render_document
from archive_app.export.summary import (
    consent_counts,
    cover_file,
    file_name,
    label_range,
    redact_text,
)
from archive_app.ocr import ocr_limits
from archive_app.tasks import CancelToken, Progress, ProgressCallback
from indexing.search import SearchRequest
from storage import blobs
from storage import documents as doc_repo
from storage.documents import DocumentRecord

if TYPE_CHECKING:
    from archive_app.session import Archive

DEFAULT_LEGEND = (
    "CONFIDENTIAL - submitted to United Nations human rights mechanisms - not for publication"
)
PREFIX_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,15}$")
MIN_DPI = 200
MAX_QUERY_HITS = 10_000


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


class ExportService:
    def __init__(self, archive: Archive) -> None:
        self._archive = archive
        self._db = archive.db

    # -- choosing documents and rules -------------------------------------------------
    def documents(self, options: ExportOptions) -> list[DocumentRecord]:
        if bool(options.ids) == bool(options.query):
            raise ExportError("choose the documents by id or by a search query (one of them)")
        if options.ids:
            ids = list(dict.fromkeys(options.ids))
        else:
            status = self._archive.search.status()
            if not status.ok:
                raise ExportError(f"{status.message}; rebuild it with 'archive-app reindex'")
            result = self._archive.search.search(
                SearchRequest(text=options.query or "", limit=MAX_QUERY_HITS, sort="date")
            )
            ids = [hit.id for hit in result.hits]
            if not ids:
                raise ExportError("the query matches no documents; nothing to export")
        return [doc_repo.get(self._db, doc_id) for doc_id in ids]

    def base_rules(self, options: ExportOptions, docs: list[DocumentRecord]) -> RedactionSet:
        """Rules for every document: the options', the named persons', every person without
        consent, and each pattern value found in any document's stored text."""
        base = options.rules.merged(
            rules.persons_rules(self._db, options.persons, options.person_reason)
        )
        base = base.merged(rules.consent_rules(self._db))
        if options.mechanism:
            base = base.merged(rules.mechanism_rules(self._db, options.mechanism))
        if base.patterns:
            reasons = {p.name: p.reason for p in base.patterns}
            values: dict[str, tuple[str, str]] = {}
            for doc in docs:
                for text in doc_repo.page_texts(self._db, doc.id):
                    for match in find_patterns(text, tuple(reasons)):
                        for form in verification_forms(match):
                            values.setdefault(form, (reasons[match.name], match.name))
            base.terms += [
                TermRule(v, reason, f"pattern:{name}")
                for v, (reason, name) in sorted(values.items())
            ]
        return base

    def mechanism_namings(self, mechanism: str) -> list[rules.MechanismNaming]:
        """Who an export for ``mechanism`` names less than in full (the wizard shows it)."""
        return rules.mechanism_namings(self._db, mechanism)

    def document_rules(
        self, base: RedactionSet, doc: DocumentRecord, use_saved: bool
    ) -> RedactionSet:
        return base.merged(rules.saved_rules(self._db, doc.id)) if use_saved else base

    def original(self, doc: DocumentRecord) -> bytes:
        data = b"".join(blobs.iter_chunks(self._db, doc.id))
        if bundle.sha256(data) != doc.sha256:
            raise ExportError(f"document #{doc.id}: stored bytes fail their SHA-256 check")
        return data

    # -- the export -------------------------------------------------------------------
    def export(
        self,
        options: ExportOptions,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> ExportResult:
        legend = check_legend(options.legend)
        if not PREFIX_RE.match(options.prefix):
            raise ExportError("the Bates prefix takes letters, digits, '-' and '_' (up to 16)")
        if options.dpi < MIN_DPI:
            raise ExportError(f"pages are rendered at {MIN_DPI} dpi or more")
        if options.password is not None and not options.password:
            raise ExportError("an empty password protects nothing")
        out = options.out.expanduser().absolute()
        out = bundle.zip_path(out) if options.as_zip else out
        if out.exists():
            raise ExportError(f"{out} exists; choose another name")
        docs = self.documents(options)
        base = self.base_rules(options, docs)
        total = sum(max(1, d.page_count) for d in docs)
        done = 0
        warnings: list[str] = []
        if options.mechanism:
            namings = rules.mechanism_namings(self._db, options.mechanism)
            warnings += [n.message(options.mechanism) for n in namings]

        def page_done(current: str, item_id: int) -> Callable[[int], None]:
            def report(_page: int) -> None:
                nonlocal done
                done += 1
                if cancel is not None and cancel.cancelled:
                    raise ExportCancelled()
                if progress:
                    progress(Progress(min(done, total), total, current, item_id=item_id))

            return report

        outputs: list[_Output] = []
        number = options.first_number
        limits = ocr_limits(self._archive)
        with page_reader(limits, options.dpi, options.password) as reader:
            for doc in docs:
                if cancel is not None and cancel.cancelled:
                    raise ExportCancelled()
                outputs.append(self._one(doc, options, base, number, legend, warnings, page_done))
                number += len(outputs[-1].labels)
                reader.prefetch(outputs[-1].file, outputs[-1].data, outputs[-1].image_pages)
            return self._finish(options, out, legend, base, outputs, warnings, reader)

    def _one(
        self,
        doc: DocumentRecord,
        options: ExportOptions,
        base: RedactionSet,
        number: int,
        legend: str,
        warnings: list[str],
        page_done: Callable[[str, int], Callable[[int], None]],
    ) -> _Output:
        """One document rendered, redacted, Bates-numbered and written (in memory)."""
        doc_rules = self.document_rules(base, doc, options.use_saved)
        detector = Detector(doc_rules)
        rendered = render_document(
            f"document #{doc.id}",
            doc.media_type,
            self.original(doc),
            doc_repo.page_texts(self._db, doc.id),
            doc_rules,
            detector,
            dpi=options.dpi,
            page_done=page_done(f"document #{doc.id}", doc.id),
            withhold_unplaceable=options.withhold_unplaceable,
            ocr=self._archive.ocr.pages(doc.id),
        )
        warnings += rendered.warnings
        labels = [self._label(options, number + i) for i in range(len(rendered.pages))]
        data = self._write(rendered, labels, legend, options.password)
        verify_rules = doc_rules.merged(RedactionSet(terms=detector.value_rules()))
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

    @staticmethod
    def _label(options: ExportOptions, number: int) -> str:
        return f"{options.prefix}{number:0{options.digits}d}"

    @staticmethod
    def _write(
        rendered: RenderedDocument, labels: list[str], legend: str, password: str | None
    ) -> bytes:
        writer = rendered.writer()
        for page, label in zip(rendered.pages, labels, strict=True):
            writer.add(page, label, legend)
        return writer.write(password)

    def _finish(
        self,
        options: ExportOptions,
        out: Path,
        legend: str,
        base: RedactionSet,
        outputs: list[_Output],
        warnings: list[str],
        reader: PageReader,
    ) -> ExportResult:
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
        pages = sum(len(o.labels) for o in outputs)
        info = CoverInfo(
            title=redact_text(options.title, union),
            exported_at=exported_at.replace("T", " ").replace("Z", " UTC"),
            legend=legend,
            first=first,
            last=last,
            documents=len(outputs),
            pages=pages,
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
        manifest = self._manifest(options, info, base, outputs, rows, files)
        files[bundle.MANIFEST] = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
        files[bundle.SUMS] = bundle.sums_file(files)
        by_file = {o.file: o for o in outputs}

        def detector_for(name: str) -> Detector:
            return by_file[name].detector if name in by_file else union

        ignore_for = ignore_rules({o.file: o.labels for o in outputs}, legend)
        partial = bundle.write_partial(out, files, as_zip=options.as_zip)
        try:
            written = bundle.read_bundle(partial)
            report = check_bundle(
                written,
                detector_for=detector_for,
                ignore_for=ignore_for,
                password=options.password,
                ocr=reader,
                container=bundle.container_texts(partial),
            )
            warnings += reader.warnings()
            if not report.ok:
                leaks = [p.message for p in report.problems if p.kind == LEAK]
                first_problem = leaks[0] if leaks else report.problems[0].message
                more = f" (and {len(report.problems) - 1} more)" if len(report.problems) > 1 else ""
                error = ExportLeak if leaks else ExportError
                raise error(f"export stopped, nothing written: {first_problem}{more}")
            bundle.finish(partial, out)
        except BaseException:
            bundle.remove(partial)
            raise
        self._archive.record(
            "export.bundle",
            out.name,
            {
                "documents": [o.record.id for o in outputs],
                "pages": pages,
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
            },
        )
        return ExportResult(
            path=out,
            documents=len(outputs),
            pages=pages,
            first=first,
            last=last,
            redactions=sum(by_reason.values()),
            by_reason=by_reason,
            files=sorted(files),
            warnings=warnings,
            encrypted=bool(options.password),
        )

    def _mechanism_summary(self, mechanism: str | None) -> dict[str, Any] | None:
        """For MANIFEST.json: the mechanism and how many persons its consent withheld."""
        if not mechanism:
            return None
        namings = rules.mechanism_namings(self._db, mechanism)
        return {
            "id": mechanism,
            "persons_not_named": sum(1 for n in namings if n.level == rules.NONE),
            "persons_initials_only_redacted": sum(1 for n in namings if n.level == rules.INITIALS),
        }

    def _manifest(
        self,
        options: ExportOptions,
        info: CoverInfo,
        base: RedactionSet,
        outputs: list[_Output],
        rows: list[IndexRow],
        files: dict[str, bytes],
    ) -> dict[str, Any]:
        profile = base
        for item in outputs:
            if options.use_saved:
                profile = profile.merged(rules.saved_rules(self._db, item.record.id))
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
            "redaction_profile": rules.profile_summary(profile),
            "non_consenting_persons_redacted": len(rules.non_consenting(self._db)),
            "mechanism": self._mechanism_summary(options.mechanism),
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
                    "consent": consent_counts(self._db, o.record.id),
                    "redactions": len(o.log),
                    "withheld_pages": o.withheld,
                }
                for i, (o, row) in enumerate(zip(outputs, rows, strict=True))
            ],
            "files": {name: bundle.sha256(data) for name, data in sorted(files.items())},
        }
