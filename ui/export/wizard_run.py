"""ui layer: the export wizard's last steps: the export with progress and Cancel, the result.

The export runs through the window's operation helper (``ui.operation``), beside the
database thread (``run_aside``: searches go on while it renders), and the run page is its
display (``OperationDisplay``): the bar moves page by page and names the
document being rendered; the wizard's Cancel asks the helper to stop, which sets the token
the export checks after every page, and the export removes its partial output. Success,
failure and the lock epoch are the helper's: after a lock nothing of the export is shown.
When the bundle is written, it is read back from disk and verified again
(``verify_bundle``: hashes, scrubbing, Bates numbers, and the bundle-wide redacted terms)
for the report shown last.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any, TypeAlias

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from archive_app.export import (
    ExportCancelled,
    ExportLeak,
    ExportOptions,
)
from archive_app.export.check import BATES, FORMAT, HASH, LEAK, SCRUB
from archive_app.export.verified import VerifiedExport, export_verified
from archive_app.gate import ArchiveGate
from archive_app.tasks import CancelToken, Progress, ProgressCallback
from ui.clipboard import copy_text
from ui.errors import show_error
from ui.export.reasons import REASON_HELP
from ui.look import named, tones
from ui.operation import ArchiveOperation, RunsOperation

if TYPE_CHECKING:
    from ui.export.wizard import ExportWizard

OK_MARK, BAD_MARK = "✔", "✖"


Outcome: TypeAlias = VerifiedExport


def export_and_check(
    gate: ArchiveGate, options: ExportOptions, progress: ProgressCallback, token: CancelToken
) -> Outcome:
    """Beside the database thread (searches go on meanwhile): make the bundle, then read it
    back and verify it again (the core's ``export_verified``, as the CLI does)."""
    return export_verified(gate, options, progress=progress, cancel=token)


class RunPage(RunsOperation, QWizardPage):
    """ui layer: the export running: progress, Cancel, and what stopped it. The display of
    its ``operation`` (``ui.operation.OperationDisplay``)."""

    cancel_requested = Signal()  # the wizard's Cancel (and Esc), for the operation

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__()
        self.export_wizard = wizard
        self.setTitle(self.tr("Export"))
        self.setSubTitle(
            self.tr(
                "Rendering, stamping and verifying. Nothing is written unless every file passes."
            )
        )
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.current = QLabel()
        self.current.setObjectName("currentStep")
        self.bar = QProgressBar()
        self.bar.setFormat("%v of %m pages")
        self.note = QLabel()
        self.note.setObjectName("runNote")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.back_button = QPushButton(self.tr("Change the options"))
        self.back_button.clicked.connect(wizard.back)
        self.back_button.hide()
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.current)
        layout.addWidget(self.bar)
        layout.addWidget(self.note)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch()
        layout.addLayout(row)
        layout.addStretch()
        self.owner: Any = None  # the operation shown (OperationDisplay)
        self.succeeded = False
        self.updates = 0  # progress records shown
        self.operation = ArchiveOperation(wizard.session, self, self)

    def initializePage(self) -> None:
        self.start()

    def start(self) -> None:
        """Export with the wizard's options (unless an export of this wizard still runs)."""
        options = self.export_wizard.export_options()
        self.succeeded, self.updates = False, 0

        def export(gate: ArchiveGate, progress: ProgressCallback, cancel: CancelToken) -> Outcome:
            return export_and_check(gate, options, progress, cancel)

        self.operation.run_aside(
            self.tr("Exporting %n document(s) to {name}…", "", len(options.ids)).format(
                name=options.out.name
            ),
            export,
            self._finished,
            self._failed,
            label=self._step_text,
            stopping=self.tr("Stopping after the current page… Nothing will be written."),
        )
        self.completeChanged.emit()

    def cancel(self) -> None:
        """The wizard's Cancel while the export runs: stop after the current page."""
        self.cancel_requested.emit()

    # -- the operation's display (ui.operation.OperationDisplay) -------------------------
    def begin(self, text: str, tooltip: str = "", *, owner: Any = None) -> None:
        self.owner = owner
        self.heading.setText(text)
        self.heading.setStyleSheet("")
        self.current.setText(self.tr("Starting…"))
        self.bar.setRange(0, 0)
        self.note.clear()
        self.back_button.hide()
        self.export_wizard.button(QWizard.WizardButton.CancelButton).setEnabled(True)

    def advance(self, done: int, total: int, text: str) -> None:
        """A page rendered (the bar moves), or the verification under way (it stays)."""
        self.updates += 1
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        self.current.setText(text)

    def stopping(self, text: str) -> None:
        self.export_wizard.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        self.note.setText(text)

    def end(self) -> None:
        self.owner = None

    def _step_text(self, progress: Progress) -> str:
        if progress.phase == "verify" or progress.done >= progress.total:
            return self.tr(
                "Verifying every file: text from pypdf and PDFium, and a raw scan of every object…"
            )
        ids = [doc.id for doc in self.export_wizard.docs()]
        doc_id = progress.item_id
        if doc_id in ids:
            return self.tr("Rendering document #{id} ({n} of {total})").format(
                id=doc_id, n=ids.index(doc_id) + 1, total=len(ids)
            )
        return self.tr("Rendering {current}").format(current=progress.current)

    # -- the end, back on the main thread -------------------------------------------------
    def _finished(self, outcome: Outcome) -> None:
        self.succeeded = True
        self.export_wizard.outcome = outcome
        self.bar.setRange(0, max(1, self.bar.maximum()))
        self.bar.setValue(self.bar.maximum())
        self.current.setText(self.tr("Done."))
        self.completeChanged.emit()
        if self.export_wizard.currentPage() is self:
            self.export_wizard.next()

    def _failed(self, error: BaseException) -> None:
        wizard = self.export_wizard
        wizard.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        self.bar.setRange(0, max(1, self.bar.maximum()))
        self.back_button.show()
        self.heading.setStyleSheet(f"color: {tones().error};")
        if isinstance(error, ExportCancelled):
            self.heading.setText(self.tr("Export cancelled. Nothing was written."))
            self.current.setText("")
            self.note.setText("")
            return
        self.heading.setText(self.tr("Export stopped. Nothing was written."))
        self.current.setText("")
        message = str(error)
        self.note.setText(message[:1].upper() + message[1:])
        if isinstance(error, ExportLeak):
            QMessageBox.warning(
                self,
                self.tr("Export stopped: redacted content found"),
                self.tr(
                    "{text}\n\nThe verification found text that should have been removed, so"
                    " nothing was written. Check that document's redactions on that page (the"
                    " preview shows them), then export again."
                ).format(text=self.note.text()),
            )
        else:
            show_error(self, error, self.tr("Export stopped"))

    def isComplete(self) -> bool:
        return self.succeeded


class ResultPage(QWizardPage):
    """ui layer: where the bundle is (to copy) and what the verification found."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__()
        self.export_wizard = wizard
        self.setTitle(self.tr("Result"))
        self.heading = QLabel()
        self.heading.setObjectName("resultHeading")
        self.heading.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setObjectName("bundlePath")
        self.path.setReadOnly(True)
        copy = QPushButton(self.tr("Copy path"))
        copy.clicked.connect(self.copy_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(copy)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.checks = QLabel()
        self.checks.setObjectName("verificationReport")
        self.checks.setWordWrap(True)
        self.checks.setTextFormat(Qt.TextFormat.RichText)
        self.checks.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.checks.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines: list[str] = []
        verification = QGroupBox(self.tr("Verification report (the bundle read back from disk)"))
        QVBoxLayout(verification).addWidget(self.checks)
        self.files = QListWidget()
        self.files.setObjectName("bundleFiles")
        files = QGroupBox(self.tr("Files"))
        QVBoxLayout(files).addWidget(self.files)
        self.warnings = named(QLabel(), "hint")
        self.warnings.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(path_row)
        hint = named(
            QLabel(
                self.tr(
                    "Open it from your file manager; the archive app does not start other programs."
                )
            ),
            "hint",
        )
        layout.addWidget(hint)
        layout.addWidget(self.summary)
        self.files.setMaximumHeight(160)
        layout.addWidget(verification)
        layout.addWidget(files)
        layout.addWidget(self.warnings)
        layout.addStretch()

    def initializePage(self) -> None:
        outcome = self.export_wizard.outcome
        if outcome is None:
            return
        result, report = outcome.result, outcome.report
        self.path.setText(str(result.path))
        good = self.tr("✔ Bundle written and verified")
        bad = self.tr("✖ The bundle was written, but checking it again found problems")
        colour = tones().success if report.ok else tones().error
        self.heading.setText(
            f"<span style='font-size:13pt; font-weight:600; color:{colour}'>"
            f"{good if report.ok else bad}</span>"
        )
        reasons = ", ".join(  # the code as stamped on the box, and what it means
            self.tr("{code} ({meaning}): {count}").format(
                code=code, meaning=REASON_HELP.get(code, code).lower(), count=count
            )
            for code, count in sorted(result.by_reason.items())
        )
        parts = [
            self.tr("<b>%n</b> document(s)", "", result.documents),
            self.tr("<b>%n</b> page(s)", "", result.pages),
            self.tr("Bates <b>{first}</b> to <b>{last}</b>.").format(
                first=html.escape(result.first), last=html.escape(result.last)
            ),
        ]
        text = ", ".join(parts)
        text += "<br>" + (
            self.tr("%n redaction(s): {reasons}.", "", result.redactions).format(
                reasons=html.escape(reasons)
            )
            if result.redactions
            else self.tr("No redactions.")
        )
        if result.encrypted:
            text += "<br>" + self.tr("PDFs protected with AES-256.")
        self.summary.setText(text)
        self.lines = report_lines(outcome)
        bad_colour, colour = tones().error, tones().text
        self.checks.setText(
            "".join(
                f"<p style='margin:4px 0 0 {18 if line.startswith(' ') else 0}px;"
                f" color:{bad_colour if line.lstrip().startswith(BAD_MARK) else colour}'>"
                f"{html.escape(line.strip())}</p>"
                for line in self.lines
            )
        )
        self.files.clear()
        self.files.addItems(result.files)
        self.warnings.setText("\n".join(f"⚠ {w}" for w in result.warnings))
        self.warnings.setVisible(bool(result.warnings))

    def copy_path(self) -> None:
        copy_text(self.path.text())  # marked secret; cleared later like any archive text


def report_lines(outcome: Outcome) -> list[str]:
    """The verification report, one check a line, problems under the check they fail."""
    report, result = outcome.report, outcome.result
    by_kind: dict[str, list[str]] = {}
    for problem in report.problems:
        by_kind.setdefault(problem.kind, []).append(problem.message)
    checks = (
        (
            (HASH, FORMAT),
            QCoreApplication.translate(
                "ResultPage", "Every file matches SHA256SUMS and MANIFEST.json (files: {files})"
            ).format(files=report.files),
        ),
        (
            (SCRUB,),
            QCoreApplication.translate(
                "ResultPage",
                "PDFs scrubbed: {pdfs} ({pages} pages with the cover): no metadata, XMP,"
                " attachments, JavaScript, forms, annotations or links",
            ).format(pdfs=report.pdfs, pages=report.pages),
        ),
        (
            (BATES,),
            QCoreApplication.translate(
                "ResultPage",
                "Bates numbers {first} to {last}: continuous, one on each document page ({pages})",
            ).format(first=result.first, last=result.last, pages=result.pages),
        ),
        (
            (LEAK,),
            QCoreApplication.translate(
                "ResultPage",
                "No redacted text found by pypdf, PDFium or a raw scan of every object"
                " (bundle-wide terms and values checked again: {terms}; each document's"
                " own redactions were checked before anything was written)",
            ).format(terms=outcome.terms),
        ),
    )
    lines: list[str] = []
    for kinds, text in checks:
        problems = [m for k in kinds for m in by_kind.get(k, [])]
        lines.append(f"{BAD_MARK if problems else OK_MARK} {text}")
        lines += [f"  {BAD_MARK} {message}" for message in problems]
    return lines
