"""Issue 14, beyond the defects: saved searches (the search bar's menu: save, run, rename,
delete) kept in the archive, and notes on a document in the details panel (author and
date, add, edit and delete one's own with a question first), reachable by keyboard and
gone from the screen on lock."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from archive_app.notes import NoteService
from archive_app.saved_searches import SavedSearchService
from archive_app.session import Archive
from archive_app.settings import Settings
from tests.conftest import PASSPHRASE
from tests.ui import test_main_window as main_flows
from tests.ui.conftest import MessageBoxes
from tests.ui.test_main_window import WAIT, on_db, search, unlock
from tests.ui.test_window_actions import select
from ui.dialogs.saved_searches import ManageSavedSearchesDialog
from ui.main_window import MainWindow

isolated_qsettings = main_flows.isolated_qsettings
archive_path = main_flows.archive_path
window = main_flows.window


def menu_texts(window: MainWindow) -> list[str]:
    button = window.view.search_bar.saved
    assert button is not None
    button.menu_.aboutToShow.emit()
    return [a.text() for a in button.menu_.actions() if not a.isSeparator()]


def trigger(window: MainWindow, text: str) -> None:
    button = window.view.search_bar.saved
    assert button is not None
    button.menu_.aboutToShow.emit()
    [action] = [a for a in button.menu_.actions() if a.text() == text]
    assert action.isEnabled()
    action.trigger()


def saved_names(window: MainWindow) -> list[str]:
    return [s.name for s in on_db(window, lambda a: SavedSearchService(a).list())]


def list_names(dialog: ManageSavedSearchesDialog) -> list[str]:
    return [dialog.list.item(row).text() for row in range(dialog.list.count())]


# -- saved searches ---------------------------------------------------------------------------
def test_a_search_is_saved_by_name_and_run_again_with_its_sort(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    unlock(qtbot, window, archive_path)
    bar = window.view.search_bar
    assert bar.saved is not None and bar.saved.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert "No saved searches yet" in menu_texts(window)
    search(qtbot, window, "tribunal")
    bar.sort.setCurrentIndex(bar.sort.findData("title"))
    trigger(window, "Save this search…")
    dialog = bar.saved.save_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.save_button.isEnabled()  # no name yet
    qtbot.keyClicks(dialog.name_field, "Hearings")
    qtbot.keyClick(dialog.name_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: saved_names(window) == ["Hearings"], timeout=WAIT)
    [kept] = on_db(window, lambda a: SavedSearchService(a).list())
    assert (kept.query, kept.sort) == ("tribunal", "title")
    qtbot.waitUntil(lambda: "Hearings" in menu_texts(window), timeout=WAIT)

    # a name already used is refused in the dialog, whatever its case
    trigger(window, "Save this search…")
    again = bar.saved.save_dialog
    assert again is not None and again is not dialog
    qtbot.keyClicks(again.name_field, "HEARINGS")
    assert not again.save_button.isEnabled() and again.hint.isVisible()
    again.reject()

    search(qtbot, window, "Seitkali")
    bar.sort.setCurrentIndex(bar.sort.findData("relevance"))
    before = window.view.last_result
    trigger(window, "Hearings")
    qtbot.waitUntil(lambda: window.view.last_result is not before, timeout=WAIT)
    qtbot.waitUntil(lambda: window.view.last_result.query == "tribunal", timeout=WAIT)
    assert bar.text() == "tribunal" and bar.sort.currentData() == "title"
    assert [h.filename for h in window.view.last_result.hits] == ["hearing-record.pdf"]


def test_saved_searches_are_renamed_and_deleted_after_a_question(
    qtbot: QtBot, window: MainWindow, archive_path: Path, message_boxes: MessageBoxes
) -> None:
    with Archive.open(archive_path, PASSPHRASE, Settings(actor="tester")) as archive:
        SavedSearchService(archive).add("Tribunal", "tribunal")
        SavedSearchService(archive).add("Seitkali", "Seitkali", "date")
    unlock(qtbot, window, archive_path)
    qtbot.waitUntil(lambda: "Tribunal" in menu_texts(window), timeout=WAIT)
    trigger(window, "Manage saved searches…")
    dialog = window.view.search_bar.saved.manage_dialog  # type: ignore[union-attr]
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=WAIT)
    dialog.list.setCurrentRow(1)
    assert dialog.selected().name == "Tribunal"
    dialog.name_field.setFocus()
    dialog.name_field.selectAll()
    qtbot.keyClicks(dialog.name_field, "Hearings")
    qtbot.keyClick(dialog.name_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: saved_names(window) == ["Hearings", "Seitkali"], timeout=WAIT)
    qtbot.waitUntil(lambda: list_names(dialog) == ["Hearings", "Seitkali"], timeout=WAIT)
    dialog.list.setCurrentRow(1)
    assert dialog.selected().name == "Seitkali"
    dialog.delete_button.click()  # the careful answer: Cancel
    assert message_boxes.texts("question") and "Seitkali" in message_boxes.texts("question")[0]
    assert saved_names(window) == ["Hearings", "Seitkali"]
    message_boxes.answer = QMessageBox.StandardButton.Yes
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: saved_names(window) == ["Hearings"], timeout=WAIT)
    qtbot.waitUntil(lambda: list_names(dialog) == ["Hearings"], timeout=WAIT)

    dialog.list.setCurrentRow(0)
    before = window.view.last_result
    dialog.run_button.click()
    qtbot.waitUntil(lambda: window.view.last_result is not before, timeout=WAIT)
    assert window.view.search_bar.text() == "tribunal" and not dialog.isVisible()


def test_lock_forgets_the_saved_searches_shown_but_the_archive_keeps_them(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    with Archive.open(archive_path, PASSPHRASE, Settings(actor="tester")) as archive:
        SavedSearchService(archive).add("Tribunal", "tribunal")
    unlock(qtbot, window, archive_path)
    qtbot.waitUntil(lambda: "Tribunal" in menu_texts(window), timeout=WAIT)
    trigger(window, "Manage saved searches…")
    dialog = window.view.search_bar.saved.manage_dialog  # type: ignore[union-attr]
    with qtbot.waitSignal(window.session.closed, timeout=WAIT):
        window.lock()
    assert window.view.search_bar.saved.saved == []  # type: ignore[union-attr]
    assert window.view.search_bar.saved.manage_dialog is None  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=WAIT)  # deleted
    assert "Tribunal" not in menu_texts(window)
    unlock(qtbot, window, archive_path)
    qtbot.waitUntil(lambda: "Tribunal" in menu_texts(window), timeout=WAIT)


# -- notes ------------------------------------------------------------------------------------
def note_texts(window: MainWindow, doc_id: int) -> list[str]:
    return [n.text for n in on_db(window, lambda a: NoteService(a).list(doc_id))]


def test_a_note_is_written_edited_and_deleted_in_the_details_panel(
    qtbot: QtBot, window: MainWindow, archive_path: Path, message_boxes: MessageBoxes
) -> None:
    unlock(qtbot, window, archive_path)
    doc_id = select(qtbot, window, "tribunal")
    notes = window.view.details.notes
    qtbot.waitUntil(lambda: notes.isVisible() and notes.empty.isVisible(), timeout=WAIT)
    assert notes.add_button.isVisible() and notes.add_button.focusPolicy() != Qt.FocusPolicy.NoFocus
    notes.add_button.click()
    assert notes.editor.isVisible() and notes.editor.hasFocus()
    assert not notes.save_button.isEnabled()
    qtbot.keyClicks(notes.editor, "Ask about the hearing.")
    qtbot.keyClick(notes.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(notes.editor, "Second line.")
    qtbot.keyClick(notes.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: note_texts(window, doc_id) == ["Ask about the hearing.\nSecond line."],
        timeout=WAIT,
    )
    qtbot.waitUntil(lambda: len(notes.notes) == 1 and not notes.editor.isVisible(), timeout=WAIT)
    row_text = " ".join(label.text() for label in notes.rows_widget.findChildren(type(notes.empty)))
    assert "tester" in row_text and "Ask about the hearing." in row_text
    assert not notes.empty.isVisible()

    notes.start_edit(notes.notes[0].id)
    assert notes.editor.toPlainText() == "Ask about the hearing.\nSecond line."
    notes.editor.setPlainText("The hearing was in March.")
    notes.save_button.click()
    qtbot.waitUntil(
        lambda: note_texts(window, doc_id) == ["The hearing was in March."], timeout=WAIT
    )
    qtbot.waitUntil(lambda: notes.notes and notes.notes[0].edited_at, timeout=WAIT)
    [delete] = [
        b for b in notes.rows_widget.findChildren(type(notes.add_button)) if b.text() == "Delete"
    ]
    delete.click()  # the careful answer: Cancel
    assert message_boxes.texts("question")
    assert note_texts(window, doc_id) == ["The hearing was in March."]
    message_boxes.answer = QMessageBox.StandardButton.Yes
    delete.click()
    qtbot.waitUntil(lambda: note_texts(window, doc_id) == [], timeout=WAIT)
    qtbot.waitUntil(lambda: notes.empty.isVisible(), timeout=WAIT)


def test_only_ones_own_notes_have_edit_and_delete(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    with Archive.open(archive_path, PASSPHRASE, Settings(actor="colleague")) as archive:
        doc_id = archive.search.search("tribunal").hits[0].id
        NoteService(archive).add(doc_id, "A colleague's remark")
    unlock(qtbot, window, archive_path)
    select(qtbot, window, "tribunal")
    notes = window.view.details.notes
    qtbot.waitUntil(lambda: len(notes.notes) == 1, timeout=WAIT)
    buttons = [b.text() for b in notes.rows_widget.findChildren(type(notes.add_button))]
    assert "Edit" not in buttons and "Delete" not in buttons
    labels = " ".join(label.text() for label in notes.rows_widget.findChildren(type(notes.empty)))
    assert "colleague" in labels and "A colleague's remark" in labels


def test_tab_reaches_the_notes_and_lock_drops_them_with_a_draft(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    with Archive.open(archive_path, PASSPHRASE, Settings(actor="tester")) as archive:
        doc_id = archive.search.search("tribunal").hits[0].id
        NoteService(archive).add(doc_id, "Kept note")
    unlock(qtbot, window, archive_path)
    select(qtbot, window, "tribunal")
    details = window.view.details
    notes = details.notes
    qtbot.waitUntil(lambda: len(notes.notes) == 1, timeout=WAIT)
    # Tab from the last tag field goes through the note's buttons to Add note, then the form
    [edit] = [
        b for b in notes.rows_widget.findChildren(type(notes.add_button)) if b.text() == "Edit"
    ]
    chain: list[QWidget] = []
    details.fields["cases"].entry.setFocus()
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        chain.append(QApplication.focusWidget())
    assert edit in chain and notes.add_button in chain and details.title in chain
    assert chain.index(edit) < chain.index(notes.add_button) < chain.index(details.title)

    notes.start_new()
    qtbot.keyClicks(notes.editor, "an unsaved draft")
    with qtbot.waitSignal(window.session.closed, timeout=WAIT):
        window.lock()
    assert notes.notes == [] and notes.editor.toPlainText() == "" and notes.isHidden()
    assert notes.rows.count() == 0


def test_a_word_in_a_note_finds_the_document_in_the_window_marked_as_a_note(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    from ui.results_view import hit_html

    unlock(qtbot, window, archive_path)
    doc_id = select(qtbot, window, "tribunal")
    notes = window.view.details.notes
    qtbot.waitUntil(lambda: notes.add_button.isVisible(), timeout=WAIT)
    notes.start_new()
    qtbot.keyClicks(notes.editor, "Quokka witness to call")
    notes.save_button.click()
    qtbot.waitUntil(lambda: len(notes.notes) == 1, timeout=WAIT)
    search(qtbot, window, "quokka")
    [hit] = window.view.last_result.hits
    assert hit.id == doc_id and hit.note is not None and hit.pages == []
    shown = hit_html(hit)
    assert "Note:" in shown and ">Quokka</span>" in shown and "page:" not in shown
