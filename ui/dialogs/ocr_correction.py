"""ui layer: the text OCR read on one scanned page, corrected by hand.

Reached from the viewer ("Correct the OCR text of page N…" on a page OCR read). The
editor opens with the page's correction if it has one, else with what OCR read; Save
keeps the edited text as the page's correction through ``OcrService.correct`` (on the
database thread: indexed again, suggestions recomputed, audited with lengths only),
"Use the OCR text" drops the correction. The machine text stays in the archive either
way. Copies from the editor are marked secret for clipboard managers, like the viewer's;
a lock closes the dialog and drops the text.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from archive_app.session import Archive
from ui.clipboard import mark_secret
from ui.errors import show_error
from ui.look import named
from ui.session import UiSession


class SecretPlainTextEdit(QPlainTextEdit):
    """An editor whose copies (Ctrl+C, menu, drag, X11 selection) are marked secret."""

    def createMimeDataFromSelection(self) -> QMimeData:
        return mark_secret(super().createMimeDataFromSelection())


class OcrCorrectionDialog(QDialog):
    """ui layer: show and correct what OCR read on page ``page`` of a document."""

    def __init__(
        self,
        session: UiSession,
        document_id: int,
        page: int,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.document_id = document_id
        self.page = page
        self.machine: str | None = None  # what OCR read, once loaded
        self.correction: str | None = None  # the correction kept now, if any
        self.setWindowTitle(self.tr("Correct the OCR text"))
        self.resize(640, 560)
        self.heading = named(QLabel(), "subheading")
        self.heading.setWordWrap(True)
        self.heading.setText(
            self.tr("Page {page} of “{title}”").format(page=page, title=title)
            if title
            else self.tr("Page {page} of document #{id}").format(page=page, id=document_id)
        )
        self.status = named(QLabel(self.tr("Loading…")), "hint")
        self.status.setWordWrap(True)
        self.editor = SecretPlainTextEdit()
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setEnabled(False)
        self.editor.textChanged.connect(self._update_buttons)
        note = named(
            QLabel(
                self.tr(
                    "The corrected text is what search, suggestions and the export use; what"
                    " OCR read is kept. The change is recorded in the audit log."
                )
            ),
            "hint",
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.revert_button = QPushButton(self.tr("Use the OCR text"))
        self.revert_button.setToolTip(
            self.tr("Drop the correction: the page gets the text OCR read again")
        )
        self.revert_button.setEnabled(False)
        self.buttons.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.revert_button.clicked.connect(self.revert)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(self.editor, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        session.closed.connect(self._locked)
        self._load()

    def _locked(self) -> None:
        """The archive is locked: the page's text leaves the screen with the dialog."""
        self.editor.clear()
        self.reject()

    # -- loading ------------------------------------------------------------------------
    def _load(self) -> None:
        doc_id, page = self.document_id, self.page
        self.session.run(
            lambda archive: archive.ocr.machine_text(doc_id, page),
            self._loaded,
            self._failed,
        )

    def _loaded(self, texts: tuple[str, str | None]) -> None:
        self.machine, self.correction = texts
        self.editor.setPlainText(self.machine if self.correction is None else self.correction)
        self.editor.setEnabled(True)
        self.editor.setFocus()
        self._show_status()

    def _show_status(self) -> None:
        if self.correction is None:
            self.status.setText(self.tr("The text as OCR read it. Edit it and save."))
        else:
            self.status.setText(
                self.tr("This page was corrected by hand; the correction is shown.")
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        loaded = self.machine is not None
        shown = self.machine if self.correction is None else self.correction
        self.save_button.setEnabled(loaded and self.editor.toPlainText() != shown)
        self.revert_button.setEnabled(loaded and self.correction is not None)

    def _failed(self, error: BaseException) -> None:
        self.editor.setEnabled(False)
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("The OCR text of this page could not be read."))
        show_error(self, error, self.tr("Could not open the OCR text"))

    # -- saving -------------------------------------------------------------------------
    def save(self) -> None:
        if self.machine is None:
            return
        text = self.editor.toPlainText()
        self._store(None if not text.strip() or text == self.machine else text)

    def revert(self) -> None:
        self._store(None)

    def _store(self, text: str | None) -> None:
        doc_id, page = self.document_id, self.page

        def correct(archive: Archive) -> None:
            archive.ocr.correct(doc_id, page, text)

        self.editor.setEnabled(False)
        self.save_button.setEnabled(False)
        self.revert_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        self.session.run(correct, lambda _: self.accept(), self._not_saved)

    def _not_saved(self, error: BaseException) -> None:
        self.editor.setEnabled(True)
        self._show_status()
        show_error(self, error, self.tr("Could not save the correction"))


def open_correction(
    session: UiSession, document_id: int, page: int, title: str, parent: QWidget
) -> OcrCorrectionDialog:
    """Open the dialog for a page (window-modal; it closes itself once saved)."""
    dialog = OcrCorrectionDialog(session, document_id, page, title, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog
