"""Notes are searchable (issue 14): a word of a note finds its document, marked as found in
a note (``DocumentHit.note``, never as a page); an edit or a deletion of the note is
searched at once; the index check and a rebuild know about notes."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive_app.notes import NoteService
from archive_app.session import Archive

PAGE_TEXT = "The tribunal met in Almaty on the appeal of the defender."


@pytest.fixture
def doc_id(archive: Archive, tmp_path: Path) -> int:
    source = tmp_path / "ruling.txt"
    source.write_text(PAGE_TEXT, encoding="utf-8")
    other = tmp_path / "letter.txt"
    other.write_text("A letter from the embassy.", encoding="utf-8")
    return archive.importer().import_paths([source, other]).document_ids[0]


def found(archive: Archive, query: str) -> list[int]:
    return [hit.id for hit in archive.search.search(query).hits]


def test_a_word_in_a_note_finds_the_document_marked_as_a_note(
    archive: Archive, doc_id: int
) -> None:
    assert found(archive, "Quokka") == []
    NoteService(archive).add(doc_id, "Ask the Quokka witness about the hearing")
    [hit] = archive.search.search("quokka").hits
    assert hit.id == doc_id
    assert hit.note is not None and "Quokka" in hit.note.text and hit.note.spans
    assert hit.pages == []  # no page holds the word: the note is no page
    [both] = archive.search.search("tribunal").hits
    assert both.note is None and [p.page for p in both.pages] == [1]


def test_boolean_search_takes_a_note_as_part_of_its_document(archive: Archive, doc_id: int) -> None:
    NoteService(archive).add(doc_id, "Quokka remark")
    assert found(archive, "Quokka AND tribunal") == [doc_id]
    assert found(archive, "tribunal NOT Quokka") == []
    assert found(archive, '"quokka remark"') == [doc_id]


def test_a_note_in_cyrillic_is_found_from_latin(archive: Archive, doc_id: int) -> None:
    NoteService(archive).add(doc_id, "Позвонить Сейткали до суда")
    assert found(archive, "Seitkali") == [doc_id]


def test_edits_and_deletions_are_searched_at_once(archive: Archive, doc_id: int) -> None:
    notes = NoteService(archive)
    first = notes.add(doc_id, "Quokka remark")
    second = notes.add(doc_id, "Wombat remark")
    assert found(archive, "wombat") == [doc_id]
    notes.edit(first.id, "Platypus remark")
    assert found(archive, "quokka") == [] and found(archive, "platypus") == [doc_id]
    assert found(archive, "wombat") == [doc_id]  # the other note is still there
    notes.delete(second.id)
    assert found(archive, "wombat") == [] and found(archive, "platypus") == [doc_id]
    assert found(archive, "tribunal") == [doc_id]  # the pages stay indexed
    assert archive.search.status(full=True).ok


def test_the_index_check_and_a_rebuild_know_notes(archive: Archive, doc_id: int) -> None:
    NoteService(archive).add(doc_id, "Quokka remark")
    assert archive.search.status(full=True).ok
    assert archive.search.reindex()
    assert found(archive, "quokka") == [doc_id]
    assert archive.search.status(full=True).ok


def test_a_deleted_document_takes_its_notes_out_of_search(archive: Archive, doc_id: int) -> None:
    NoteService(archive).add(doc_id, "Quokka remark")
    archive.documents.delete(doc_id)
    assert found(archive, "quokka") == []
    assert archive.search.status(full=True).ok


def test_notes_are_indexed_by_the_segment_builders_too(
    archive: Archive, doc_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from archive_app import search as search_module

    NoteService(archive).add(doc_id, "Позвонить Сейткали: Quokka remark")
    monkeypatch.setattr(search_module, "REINDEX_BUILDERS_MIN_PAGES", 1)  # worker processes
    assert archive.search.reindex()
    assert found(archive, "quokka") == [doc_id] and found(archive, "Seitkali") == [doc_id]
    [hit] = archive.search.search("quokka").hits
    assert hit.note is not None and hit.pages == []
    assert archive.search.status(full=True).ok
