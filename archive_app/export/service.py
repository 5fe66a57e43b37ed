"""archive_app layer: the export service: the archive's side of an export.

``ExportService(archive)`` chooses the documents (by id or by a search query) and the
rules for them, reads each document's stored bytes (SHA-256 checked), texts and OCR
(``prepare``, ``inputs``, ``manifest_facts``: ``archive_app.export.plan``), all on the
database thread. The run itself (rendering, writing, checking, renaming the bundle into
place) is ``archive_app.export.pipeline``; ``export`` runs it here, with the archive at
hand (the CLI), while the window runs it beside the database thread.

``ExportOptions.mechanism`` (wgad, sp, hrc) makes the export follow each person's consent
for that mechanism (archive_app.export.rules.mechanism_namings): whoever it does not allow
to be named in full is redacted like a person without consent, verified the same way,
and each is said in the warnings (by number, with why); MANIFEST.json records the
mechanism and how many persons it withheld, never who.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from archive_app.export import bundle, rules
from archive_app.export.errors import ExportError
from archive_app.export.model import RedactionSet, TermRule
from archive_app.export.options import (
    DEFAULT_LEGEND,
    MIN_DPI,
    PREFIX_RE,
    ExportOptions,
    ExportResult,
)
from archive_app.export.patterns import find_patterns, verification_forms
from archive_app.export.pdfbuild import check_legend
from archive_app.export.pipeline import export_through
from archive_app.export.plan import Inputs, ManifestFacts, Prepared
from archive_app.export.summary import consent_counts
from archive_app.gate import direct
from archive_app.ocr import ocr_limits
from archive_app.tasks import CancelToken, ProgressCallback
from indexing.extract import STATUS_ENCRYPTED
from indexing.search import SearchRequest
from storage import blobs
from storage import documents as doc_repo
from storage.documents import DocumentRecord

if TYPE_CHECKING:
    from archive_app.session import Archive

__all__ = [
    "DEFAULT_LEGEND",
    "MIN_DPI",
    "PREFIX_RE",
    "ExportOptions",
    "ExportResult",
    "ExportService",
]

MAX_QUERY_HITS = 10_000


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
            status = self._archive.search.status(full=False)  # the full check is archive-app check
            if not status.ok:
                raise ExportError(f"{status.message} (run 'reindex')")
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

    # -- what an export takes from the archive (archive_app.export.plan) -----------------
    def prepare(self, options: ExportOptions) -> Prepared:
        """Check the options; the documents, the rules for all of them, the page count."""
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
        locked = [f"#{d.id}" for d in docs if d.status == STATUS_ENCRYPTED]
        if locked:  # said before anything is rendered, not when the export reaches them
            raise ExportError(
                f"password-protected PDF, which cannot be exported: {', '.join(locked)};"
                " leave it out (the archive keeps it as it came)"
            )
        warnings: list[str] = []
        if options.mechanism:
            namings = rules.mechanism_namings(self._db, options.mechanism)
            warnings += [n.message(options.mechanism) for n in namings]
        return Prepared(
            out=out,
            legend=legend,
            docs=docs,
            base=self.base_rules(options, docs),
            total=sum(max(1, d.page_count) for d in docs),
            warnings=warnings,
            ocr_limits=ocr_limits(self._archive),
        )

    def inputs(self, doc: DocumentRecord, base: RedactionSet, use_saved: bool) -> Inputs:
        return Inputs(
            record=doc,
            rules=self.document_rules(base, doc, use_saved),
            data=self.original(doc),
            page_texts=doc_repo.page_texts(self._db, doc.id),
            ocr=self._archive.ocr.pages(doc.id),
        )

    def manifest_facts(
        self, options: ExportOptions, base: RedactionSet, ids: list[int]
    ) -> ManifestFacts:
        profile = base
        for doc_id in ids if options.use_saved else []:
            profile = profile.merged(rules.saved_rules(self._db, doc_id))
        return ManifestFacts(
            profile=rules.profile_summary(profile),
            non_consenting=len(rules.non_consenting(self._db)),
            mechanism=self._mechanism_summary(options.mechanism),
            consent={doc_id: consent_counts(self._db, doc_id) for doc_id in ids},
        )

    # -- the export -------------------------------------------------------------------
    def export(
        self,
        options: ExportOptions,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> ExportResult:
        """The whole export on this thread (``pipeline.export_through`` with the archive
        at hand); the window runs it beside the database thread instead."""
        return export_through(direct(self._archive), options, progress=progress, cancel=cancel)

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
