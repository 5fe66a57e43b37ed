"""archive_app layer: notes on a document (issue 14): a lawyer's remark, with its author
(the archive's actor) and dates. Qt-free.

Every write is one transaction with its audit entry (lengths only, never the text) and
the document's search entry, so a word in a note finds the document. A note is edited or
deleted only by its author. Notes stay in the archive: an export bundle carries them
only when asked (``ExportOptions.include_notes``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from archive_app.errors import Conflict, InvalidValue
from storage import documents as doc_repo
from storage import notes as repo
from storage.notes import NoteRecord

if TYPE_CHECKING:
    from archive_app.session import Archive
    from storage.database import Database

MAX_NOTE_CHARS = 20_000


def clean_text(text: str) -> str:
    """A note's text as stored: line ends unified, outer blank space dropped."""
    cleaned = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not cleaned:
        raise InvalidValue("a note needs some text")
    if len(cleaned) > MAX_NOTE_CHARS:
        raise InvalidValue(f"a note is at most {MAX_NOTE_CHARS} characters")
    return cleaned


class NoteService:
    def __init__(self, archive: Archive) -> None:
        self._archive = archive
        self._db = archive.db

    def list(self, document_id: int) -> list[NoteRecord]:
        doc_repo.get(self._db, document_id)  # NotFound for a document that is not there
        return repo.for_document(self._db, document_id)

    def get(self, note_id: int) -> NoteRecord:
        return repo.get(self._db, note_id)

    def add(self, document_id: int, text: str) -> NoteRecord:
        cleaned = clean_text(text)
        doc_repo.get(self._db, document_id)
        with self._db.atomic(), self._archive.index.writing() as index:
            note_id = repo.add(self._db, document_id, cleaned, author=self._archive.actor)
            index.update_notes(document_id)
            self._archive.record(
                "note.add", f"#{document_id}", {"note": note_id, "length": len(cleaned)}
            )
        return repo.get(self._db, note_id)

    def edit(self, note_id: int, text: str) -> NoteRecord:
        cleaned = clean_text(text)
        note = self._own(note_id)
        if cleaned == note.text:
            return note
        with self._db.atomic(), self._archive.index.writing() as index:
            repo.edit(self._db, note_id, cleaned)
            index.update_notes(note.document_id)
            self._archive.record(
                "note.edit",
                f"#{note.document_id}",
                {"note": note_id, "length": [len(note.text), len(cleaned)]},
            )
        return repo.get(self._db, note_id)

    def delete(self, note_id: int) -> NoteRecord:
        note = self._own(note_id)
        with self._db.atomic(), self._archive.index.writing() as index:
            repo.delete(self._db, note_id)
            index.update_notes(note.document_id)
            self._archive.record(
                "note.delete", f"#{note.document_id}", {"note": note_id, "length": len(note.text)}
            )
        return note

    def _own(self, note_id: int) -> NoteRecord:
        note = repo.get(self._db, note_id)
        if note.author != self._archive.actor:
            raise Conflict(
                f"note #{note_id} is {note.author}'s: only its author edits or deletes it"
            )
        return note


def merge_package_notes(package: Database, db: Database, package_doc: int, doc_id: int) -> int:
    """A package's notes on one document, merged into this archive's copy of it: a note is
    the same note when its author and creation time agree; the later edit wins; nothing
    of ours is deleted. Each note's text is checked as if typed here. The count of notes
    added or changed."""
    news = package_note_news(package, db, package_doc, doc_id)
    for theirs, ours in news:
        if ours is None:
            repo.insert_copy(db, doc_id, theirs)
        else:
            repo.take_edit(db, ours.id, theirs.text, theirs.edited_at)
    return len(news)


def package_note_news(
    package: Database, db: Database, package_doc: int, doc_id: int | None
) -> list[tuple[NoteRecord, NoteRecord | None]]:
    """The package's notes on a document that a merge would add (with None) or take as a
    later edit of ours (with our note); each checked as if typed here."""
    mine = (
        {}
        if doc_id is None
        else {(n.author, n.created_at): n for n in repo.for_document(db, doc_id)}
    )
    news: list[tuple[NoteRecord, NoteRecord | None]] = []
    for theirs in repo.from_package(package, package_doc):
        text = clean_text(theirs.text)
        author = theirs.author.strip()[:200]
        if not author or not theirs.created_at:
            raise InvalidValue("a note in the package has no author or date")
        ours = mine.get((author, theirs.created_at))
        if ours is None:
            news.append((replace(theirs, author=author, text=text), None))
        elif ours.text != text and (theirs.edited_at or "") > (ours.edited_at or ""):
            news.append((replace(theirs, author=author, text=text), ours))
    return news
