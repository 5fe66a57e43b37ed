"""ui layer: the export wizard: a redacted, Bates-numbered, verified bundle in six steps.

1. Documents: the selection, in bundle order (editable: add by id or the search
   results, move, remove).
2. Redactions: persons without consent (always), other persons, terms, patterns.
3. Bundle: cover title, Bates prefix, password (AES-256), where to write it.
4. Preview: the redacted pages as the export renders them (PNG in memory).
5. Export: progress with Cancel; nothing is written unless everything verifies.
6. Result: the bundle's path (to copy; no program is launched) and the verification
   report, re-checked from disk.

The password lives in its two fields and in the options of the running export only;
it is never logged, and the fields are emptied when the wizard closes or the archive
locks.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget, QWizard

from archive_app.export import (
    ExportOptions,
    PatternRule,
    RedactionSet,
    TermRule,
)
from archive_app.session import Archive
from storage.documents import DocumentRecord
from ui.export.wizard_bundle import BundlePage
from ui.export.wizard_pages import DocumentsPage, ProfilePage
from ui.export.wizard_preview import PreviewPage
from ui.export.wizard_run import Outcome, ResultPage, RunPage
from ui.look import icon
from ui.session import UiSession


class ExportWizard(QWizard):
    """ui layer: File > Export bundle… (Ctrl+E)."""

    def __init__(
        self,
        session: UiSession,
        ids: list[int],
        *,
        search_ids: list[int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.outcome: Outcome | None = None
        self.setWindowTitle(self.tr("Export bundle"))
        self.setWindowIcon(icon("export"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(980, 740)
        self.documents = DocumentsPage(session, ids, search_ids or [])
        self.profile = ProfilePage(session)
        self.bundle = BundlePage()
        self.preview = PreviewPage(self)
        self.run_page = RunPage(self)
        self.result_page = ResultPage(self)
        for page in (
            self.documents,
            self.profile,
            self.bundle,
            self.preview,
            self.run_page,
            self.result_page,
        ):
            self.addPage(page)
        session.closed.connect(self._locked)

    # -- what the pages chose -----------------------------------------------------------
    def docs(self) -> list[DocumentRecord]:
        return list(self.documents.docs)

    def rules(self) -> RedactionSet:
        return RedactionSet(
            terms=[TermRule(text, reason) for text, reason in self.profile.terms()],
            patterns=[PatternRule(name, reason) for name, reason in self.profile.patterns()],
        )

    def export_options(self, *, with_password: bool = True) -> ExportOptions:
        bundle = self.bundle
        return ExportOptions(
            out=bundle.target(),
            ids=[doc.id for doc in self.docs()],
            rules=self.rules(),
            persons=[str(person_id) for person_id in self.profile.persons()],
            person_reason=self.profile.person_reason.reason(),
            prefix=bundle.prefix.text().strip(),
            title=bundle.cover_title.text().strip() or "Document bundle",
            password=bundle.password() if with_password else None,
            as_zip=bundle.as_zip.isChecked(),
            mechanism=self.profile.mechanism(),
        )

    def profile_key(self) -> str:
        """What the preview depends on (no password, no destination)."""
        options = self.export_options(with_password=False)
        return repr((options.rules, options.persons, options.person_reason, options.mechanism))

    def preview_rules(self, archive: Archive, doc: DocumentRecord) -> RedactionSet:
        """The bundle-wide rules for one document, as the export computes them."""
        options = self.export_options(with_password=False)
        return archive.exports.base_rules(options, [doc])

    # -- closing --------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.run_page.running

    def reject(self) -> None:
        """Cancel, Esc and the close button stop a running export first; then close."""
        if self.running:
            self.run_page.cancel()
            return
        self._forget()
        super().reject()

    def done(self, result: int) -> None:
        self._forget()
        super().done(result)

    def _forget(self) -> None:
        """The password and the rendered preview pages go when the wizard closes."""
        self.bundle.forget_password()
        self.preview.forget()

    def _locked(self) -> None:
        self.run_page.cancel()
        self._forget()
        super().reject()
