"""Notes on documents and saved searches (issue 14), in storage and the core services:
kept in the archive (schema 12), every write audited with the kind it changes, a note
edited or deleted only by its author and deleted with its document, saved-search names
unique whatever their case."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive_app.errors import Conflict, InvalidValue, NotFound
from archive_app.notes import NoteService
from archive_app.saved_searches import SavedSearchService
from archive_app.session import Archive
from archive_app.settings import Settings
from storage import audit
from storage import notes as note_rows
from tests.conftest import PASSPHRASE

DOCUMENT_TEXT = "Yerlan Seitkali was detained under Article 174 of the Criminal Code in Almaty."


@pytest.fixture
def doc_id(archive: Archive, tmp_path: Path) -> int:
    source = tmp_path / "statement.txt"
    source.write_text(DOCUMENT_TEXT, encoding="utf-8")
    doc = archive.importer().import_paths([source]).document_ids[0]
    archive.take_changes()
    return doc


def test_a_note_is_added_listed_edited_and_deleted_with_its_author_and_dates(
    archive: Archive, doc_id: int
) -> None:
    notes = NoteService(archive)
    first = notes.add(doc_id, "  Ask the client about the 2019 hearing.\r\nSecond line  ")
    assert first.text == "Ask the client about the 2019 hearing.\nSecond line"
    assert first.author == "tester" and first.created_at and first.edited_at is None
    second = notes.add(doc_id, "Compare with the appeal ruling.")
    assert [n.id for n in notes.list(doc_id)] == [first.id, second.id]
    assert archive.take_changes() >= {"notes", "index"}

    edited = notes.edit(first.id, "Hearing was in March 2019.")
    assert edited.text == "Hearing was in March 2019." and edited.edited_at is not None
    assert edited.created_at == first.created_at
    notes.delete(second.id)
    assert [n.text for n in notes.list(doc_id)] == ["Hearing was in March 2019."]
    with pytest.raises(NotFound):
        notes.get(second.id)

    logged = [e for e in audit.entries(archive.db) if e.action.startswith("note.")]
    assert [e.action for e in logged] == ["note.add", "note.add", "note.edit", "note.delete"]
    assert all(e.target == f"#{doc_id}" and e.actor == "tester" for e in logged)
    # the log keeps lengths, never what the lawyer wrote
    assert not any("Hearing" in str(e.details) or "appeal" in str(e.details) for e in logged)
    assert audit.verify_chain(archive.db).ok


def test_empty_notes_and_notes_on_missing_documents_are_refused(
    archive: Archive, doc_id: int
) -> None:
    notes = NoteService(archive)
    with pytest.raises(InvalidValue):
        notes.add(doc_id, " \n\t ")
    with pytest.raises(NotFound):
        notes.add(doc_id + 100, "nowhere")
    note = notes.add(doc_id, "kept")
    with pytest.raises(InvalidValue):
        notes.edit(note.id, "")
    assert notes.get(note.id).text == "kept"


def test_only_the_author_edits_or_deletes_a_note(tmp_path: Path) -> None:
    path = tmp_path / "shared.archive"
    first, _ = Archive.create(path, PASSPHRASE, Settings(actor="aigerim"))
    source = tmp_path / "other.txt"
    source.write_text(DOCUMENT_TEXT, encoding="utf-8")
    with first:
        doc = first.importer().import_paths([source]).document_ids[0]
        note = NoteService(first).add(doc, "Aigerim's remark")
    with Archive.open(path, PASSPHRASE, Settings(actor="daniyar")) as second:
        notes = NoteService(second)
        with pytest.raises(Conflict):
            notes.edit(note.id, "changed by someone else")
        with pytest.raises(Conflict):
            notes.delete(note.id)
        assert [n.text for n in notes.list(doc)] == ["Aigerim's remark"]
        mine = notes.add(doc, "Daniyar's remark")
        assert mine.author == "daniyar"


def test_notes_go_with_their_document(archive: Archive, doc_id: int) -> None:
    notes = NoteService(archive)
    notes.add(doc_id, "to be deleted with the document")
    archive.documents.delete(doc_id)
    assert "notes" in archive.take_changes()
    with pytest.raises(NotFound):
        notes.list(doc_id)
    assert note_rows.documents_with_notes(archive.db) == set()


def test_saved_searches_are_named_uniquely_renamed_run_and_deleted(
    archive: Archive, doc_id: int
) -> None:
    saved = SavedSearchService(archive)
    first = saved.add("  Detention   in Almaty ", "Almaty detained", "date")
    assert (first.name, first.query, first.sort, first.author) == (
        "Detention in Almaty",
        "Almaty detained",
        "date",
        "tester",
    )
    assert archive.take_changes() == {"searches"}
    with pytest.raises(Conflict):
        saved.add("detention IN almaty", "other")
    with pytest.raises(InvalidValue):
        saved.add("Bad sort", "x", "sideways")
    with pytest.raises(InvalidValue):
        saved.add("No query", "   ")
    other = saved.add("Articles", "article:174")
    assert [s.name for s in saved.list()] == ["Articles", "Detention in Almaty"]
    with pytest.raises(Conflict):
        saved.rename(other.id, "DETENTION in Almaty")
    renamed = saved.rename(first.id, "Almaty")
    assert renamed.name == "Almaty" and renamed.query == "Almaty detained"
    assert saved.find("almaty").id == first.id
    assert saved.find(f"#{other.id}").name == "Articles"

    result = saved.run(first.id)
    assert [h.id for h in result.hits] == [doc_id]
    assert saved.run(other.id).total == 0  # the article is not tagged

    saved.delete(other.id)
    assert [s.name for s in saved.list()] == ["Almaty"]
    with pytest.raises(NotFound):
        saved.find("Articles")
    actions = [e.action for e in audit.entries(archive.db) if e.action.startswith("saved_")]
    assert actions == [
        "saved_search.add",
        "saved_search.add",
        "saved_search.rename",
        "saved_search.delete",
    ]


def test_saved_searches_survive_closing_the_archive(tmp_path: Path) -> None:
    path = tmp_path / "kept.archive"
    archive, _ = Archive.create(path, PASSPHRASE, Settings(actor="tester"))
    with archive:
        SavedSearchService(archive).add("Kept", "Seitkali", "title")
    with Archive.open(path, PASSPHRASE, Settings(actor="tester")) as again:
        [kept] = SavedSearchService(again).list()
        assert (kept.name, kept.query, kept.sort) == ("Kept", "Seitkali", "title")
