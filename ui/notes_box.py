"""ui layer: the notes on the document shown (issue 14), in the details panel: each note
with its author and date; Add note opens a multi-line editor in place; the author's own
notes have Edit and Delete (asked first). Ctrl+Enter saves the note being written, Escape
drops it. Notes are loaded and written on the database thread through ``NoteService``;
a lock empties the box (the text leaves the screen with it)."""

from __future__ import annotations

import html

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from archive_app.errors import ArchiveError
from archive_app.notes import NoteService
from archive_app.session import Archive
from storage.notes import NoteRecord
from ui.dialogs.ocr_correction import SecretPlainTextEdit
from ui.errors import show_error
from ui.look import named
from ui.session import UiSession

RELOAD_ON = ("notes", "documents")


def shown_time(stamp: str) -> str:
    """A stored UTC time (``2026-01-14T09:30:00Z``) in local time, as the locale writes it."""
    when = QDateTime.fromString(stamp, Qt.DateFormat.ISODate)
    if not when.isValid():
        return stamp
    return QLocale().toString(when.toLocalTime(), QLocale.FormatType.ShortFormat)


class NotesBox(QGroupBox):
    """The notes of one document; ``rebuilt`` after the rows changed (for the tab order)."""

    rebuilt = Signal()

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Notes"))
        self.session = session
        self.document_id: int | None = None
        self.actor = ""
        self.notes: list[NoteRecord] = []
        self.editing: int | None = None  # the note in the editor; None: a new note
        self.rows_widget = QWidget()
        self.rows = QVBoxLayout(self.rows_widget)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.empty = named(QLabel(self.tr("No notes on this document.")), "hint")
        self.add_button = QPushButton(self.tr("Add note…"))
        self.add_button.setToolTip(
            self.tr("A remark of yours on this document: searchable, never exported unless asked")
        )
        self.add_button.clicked.connect(self.start_new)
        self.editor = SecretPlainTextEdit()
        self.editor.setTabChangesFocus(True)  # Tab leaves the editor: keyboard reachable
        self.editor.setPlaceholderText(self.tr("Write the note… (Ctrl+Enter saves)"))
        self.editor.setAccessibleName(self.tr("Note text"))
        self.editor.setMaximumHeight(140)
        self.editor.textChanged.connect(self._update_save)
        self.save_button = QPushButton(self.tr("Save note"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.stop_editing)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self.editor, self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.editor, self.stop_editing)
        self.editor_box = QWidget()
        editor_layout = QVBoxLayout(self.editor_box)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.editor)
        editor_buttons = QHBoxLayout()
        editor_buttons.addStretch()
        editor_buttons.addWidget(self.cancel_button)
        editor_buttons.addWidget(self.save_button)
        editor_layout.addLayout(editor_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rows_widget)
        layout.addWidget(self.empty)
        layout.addWidget(self.editor_box)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._sequence = 0
        self.clear()
        session.changed.connect(self._on_changed)
        session.closed.connect(self.clear)

    # -- showing --------------------------------------------------------------------------
    def clear(self) -> None:
        """Nothing shown (no document, or the archive locked): notes and any draft go."""
        self._sequence += 1
        self.document_id = None
        self.notes = []
        self._drop_rows()
        self.editor.clear()
        self.editing = None
        self.editor_box.hide()
        self.hide()

    def show_document(self, document_id: int) -> None:
        if document_id != self.document_id:
            self.stop_editing()
        self.document_id = document_id
        self._sequence += 1
        sequence = self._sequence

        def load(archive: Archive) -> tuple[str, list[NoteRecord]]:
            return archive.actor, NoteService(archive).list(document_id)

        self.session.run(load, lambda loaded: self._loaded(sequence, *loaded), self._load_failed)

    def _load_failed(self, error: BaseException) -> None:
        if not isinstance(error, ArchiveError):  # deleted meanwhile: nothing to show
            self.session.error.emit(error)

    def _on_changed(self, what: str) -> None:
        if what in RELOAD_ON and self.document_id is not None and self.session.is_open:
            self.show_document(self.document_id)

    def _loaded(self, sequence: int, actor: str, notes: list[NoteRecord]) -> None:
        if sequence != self._sequence:
            return  # another document, or a lock, came meanwhile
        self.actor = actor
        self.notes = notes
        self._drop_rows()
        for note in notes:
            self.rows.addWidget(self._row(note))
        self.empty.setVisible(not notes)
        self.show()
        self.rebuilt.emit()

    def _drop_rows(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _row(self, note: NoteRecord) -> QFrame:
        row = named(QFrame(), "note")
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 4, 0, 4)
        written = shown_time(note.created_at)
        if note.edited_at:
            byline = self.tr("{author} · {date} (edited {edited})").format(
                author=note.author, date=written, edited=shown_time(note.edited_at)
            )
        else:
            byline = self.tr("{author} · {date}").format(author=note.author, date=written)
        heading = named(QLabel(f"<b>{html.escape(byline)}</b>"), "hint")
        heading.setTextFormat(Qt.TextFormat.RichText)
        text = QLabel(note.text)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(text)
        if note.author == self.actor:
            buttons = QHBoxLayout()
            buttons.addStretch()
            edit = QPushButton(self.tr("Edit"))
            edit.setAccessibleName(self.tr("Edit the note of {date}").format(date=written))
            edit.clicked.connect(lambda: self.start_edit(note.id))
            delete = QPushButton(self.tr("Delete"))
            delete.setAccessibleName(self.tr("Delete the note of {date}").format(date=written))
            delete.clicked.connect(lambda: self.delete(note.id))
            buttons.addWidget(edit)
            buttons.addWidget(delete)
            layout.addLayout(buttons)
        return row

    def focus_chain(self) -> list[QWidget]:
        """The box's controls in reading order (each note's Edit, Delete, then the editor
        and Add note)."""
        chain: list[QWidget] = []
        for index in range(self.rows.count()):
            item = self.rows.itemAt(index)
            row = item.widget() if item is not None else None
            if row is not None:
                chain += row.findChildren(QPushButton)
        return [*chain, self.editor, self.cancel_button, self.save_button, self.add_button]

    # -- writing --------------------------------------------------------------------------
    def start_new(self) -> None:
        if self.document_id is None:
            return
        self._open_editor(None, "")

    def start_edit(self, note_id: int) -> None:
        note = next((n for n in self.notes if n.id == note_id), None)
        if note is not None:
            self._open_editor(note_id, note.text)

    def _open_editor(self, note_id: int | None, text: str) -> None:
        self.editing = note_id
        self.editor.setPlainText(text)
        self.save_button.setText(self.tr("Save note") if note_id is None else self.tr("Save"))
        self.editor_box.show()
        self.add_button.hide()
        self.editor.setFocus()
        self._update_save()

    def stop_editing(self) -> None:
        self.editor.clear()
        self.editing = None
        self.editor_box.hide()
        self.add_button.show()

    def _update_save(self) -> None:
        self.save_button.setEnabled(bool(self.editor.toPlainText().strip()))

    def save(self) -> None:
        doc_id, note_id = self.document_id, self.editing
        text = self.editor.toPlainText()
        if doc_id is None or not self.editor_box.isVisible() or not text.strip():
            return

        def write(archive: Archive) -> NoteRecord:
            notes = NoteService(archive)
            return notes.add(doc_id, text) if note_id is None else notes.edit(note_id, text)

        self.save_button.setEnabled(False)
        self.session.run(
            write,
            lambda _note: self._saved(doc_id),
            lambda error: self._not_saved(error),
        )

    def _saved(self, doc_id: int) -> None:
        if doc_id == self.document_id:
            self.stop_editing()
            self.show_document(doc_id)
            self.add_button.setFocus()

    def _not_saved(self, error: BaseException) -> None:
        self._update_save()
        show_error(self, error, self.tr("Could not save the note"))

    def delete(self, note_id: int) -> None:
        doc_id = self.document_id
        if doc_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete note"),
            self.tr("Delete this note? It cannot be brought back."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.session.run(
            lambda archive: NoteService(archive).delete(note_id),
            lambda _note: self._saved(doc_id),
            lambda error: show_error(self, error, self.tr("Could not delete the note")),
        )
