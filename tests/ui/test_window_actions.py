"""Issue 14, defects 9, 11 and 12: everyday actions in the window (Save original…, Delete
document…, more sorts, Preferences), toolbar actions reachable in a narrow window, and
counts and errors in the interface language."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from storage import audit
from tests.conftest import PASSPHRASE
from tests.ui import test_main_window as main_flows
from tests.ui.conftest import MessageBoxes
from tests.ui.file_dialog_driver import answer_file_dialog
from tests.ui.test_main_window import WAIT, on_db, search, unlock
from ui import file_dialogs
from ui.main_window import MainWindow
from ui.session import UiSession

isolated_qsettings = main_flows.isolated_qsettings
archive_path = main_flows.archive_path
window = main_flows.window


def select(qtbot: QtBot, win: MainWindow, query: str) -> int:
    """Search and select the first document found; its id."""
    search(qtbot, win, query)
    view = win.view
    view.results.setCurrentIndex(view.results.results.index(0))
    doc_id = view.last_result.hits[0].id
    qtbot.waitUntil(lambda: view.viewer.document_id == doc_id, timeout=WAIT)
    return doc_id


def titles(win: MainWindow) -> list[str]:
    return [hit.title for hit in win.view.last_result.hits]


# -- Save original… ---------------------------------------------------------------------------
def test_save_original_writes_the_file_and_says_its_hash_was_checked(
    qtbot: QtBot, window: MainWindow, archive_path: Path, tmp_path: Path
) -> None:
    unlock(qtbot, window, archive_path)
    actions = window.documents
    assert not actions.save_action.isEnabled()  # nothing selected yet
    doc_id = select(qtbot, window, "tribunal")
    assert actions.save_action.isEnabled()
    assert actions.save_action in window.menuBar().actions()[2].menu().actions()  # Document
    target = tmp_path / "out" / "saved-ruling.pdf"
    target.parent.mkdir()
    seen = answer_file_dialog(qtbot, target)
    actions.save_action.trigger()
    qtbot.waitUntil(lambda: target.exists(), timeout=WAIT)
    assert seen.opened and seen.name == "hearing-record.pdf"  # the original's name suggested
    doc = on_db(window, lambda a: a.documents.get(doc_id))
    assert hashlib.sha256(target.read_bytes()).hexdigest() == doc.sha256
    qtbot.waitUntil(lambda: "SHA-256 matches" in window.statusBar().currentMessage(), timeout=WAIT)
    assert doc.sha256[:16] in window.statusBar().currentMessage()
    assert not list(target.parent.glob(".*partial*"))


def test_save_original_never_replaces_a_file_without_asking(
    qtbot: QtBot,
    window: MainWindow,
    archive_path: Path,
    tmp_path: Path,
    message_boxes: MessageBoxes,
) -> None:
    unlock(qtbot, window, archive_path)
    select(qtbot, window, "tribunal")
    target = tmp_path / "mine.pdf"
    target.write_bytes(b"a lawyer's own file")
    answer_file_dialog(qtbot, target)
    window.documents.save_action.trigger()  # the careful answer: No
    qtbot.waitUntil(lambda: bool(message_boxes.texts("question")), timeout=WAIT)
    assert "mine.pdf already exists" in message_boxes.texts("question")[0]
    assert target.read_bytes() == b"a lawyer's own file"
    assert "Nothing was saved" in window.statusBar().currentMessage()

    message_boxes.answer = QMessageBox.StandardButton.Yes
    file_dialogs.forget_folders()  # the chooser opens where it did the first time
    answer_file_dialog(qtbot, target)
    window.documents.save_action.trigger()
    qtbot.waitUntil(lambda: "SHA-256 matches" in window.statusBar().currentMessage(), timeout=WAIT)
    assert target.read_bytes().startswith(b"%PDF")
    assert len(message_boxes.texts("question")) == 2


# -- Delete document… ---------------------------------------------------------------------------
def test_delete_asks_naming_the_document_and_keeps_it_on_no(
    qtbot: QtBot, window: MainWindow, archive_path: Path, message_boxes: MessageBoxes
) -> None:
    unlock(qtbot, window, archive_path)
    doc_id = select(qtbot, window, "tribunal")
    title = window.view.last_result.hits[0].title
    window.documents.delete_action.trigger()
    [question] = message_boxes.texts("question")
    assert f"“{title}”" in question and f"#{doc_id}" in question
    assert on_db(window, lambda a: a.documents.count()) == 8  # nothing deleted


def test_delete_removes_the_document_its_tags_suggestions_redactions_and_index_entry(
    qtbot: QtBot, window: MainWindow, archive_path: Path, message_boxes: MessageBoxes
) -> None:
    unlock(qtbot, window, archive_path)
    doc_id = select(qtbot, window, "file:court-ruling")
    on_db(window, lambda a: a.redactions.add_term(doc_id, "Qalzhat", "SOURCE-CONF"))
    on_db(window, lambda a: a.suggestions.refresh(doc_id))
    assert on_db(window, lambda a: a.suggestions.pending(doc_id))  # something pending
    assert on_db(window, lambda a: a.documents.get(doc_id).cases) == ["Atajurt 19"]
    found = on_db(window, lambda a: [h.id for h in a.search.search("Талдыкорган").hits])
    assert doc_id in found  # in the index before
    message_boxes.answer = QMessageBox.StandardButton.Yes
    window.documents.delete_action.trigger()
    qtbot.waitUntil(lambda: all(h.id != doc_id for h in window.view.last_result.hits), timeout=WAIT)
    qtbot.waitUntil(lambda: window.view.viewer.document_id is None, timeout=WAIT)
    assert window.view.details.heading.text() == "No document selected."
    assert "Deleted “" in window.statusBar().currentMessage()
    assert not window.documents.delete_action.isEnabled()  # nothing selected any more

    def left(archive):  # type: ignore[no-untyped-def]
        db = archive.db
        return (
            db.scalar("SELECT count(*) FROM documents WHERE id = ?", (doc_id,)),
            db.scalar("SELECT count(*) FROM redactions WHERE document_id = ?", (doc_id,)),
            db.scalar("SELECT count(*) FROM suggestions WHERE document_id = ?", (doc_id,)),
            db.scalar("SELECT count(*) FROM document_cases WHERE document_id = ?", (doc_id,)),
            [e.target for e in audit.entries(db, action="document.delete")],
            [h.id for h in archive.search.search("Талдыкорган").hits],
        )

    documents, redactions, suggestions, cases, deleted, found = on_db(window, left)
    assert (documents, redactions, suggestions, cases) == (0, 0, 0, 0)
    assert deleted == [f"#{doc_id}"]
    assert doc_id not in found


def test_delete_of_several_names_each_of_them(
    qtbot: QtBot, window: MainWindow, archive_path: Path, message_boxes: MessageBoxes
) -> None:
    unlock(qtbot, window, archive_path)
    search(qtbot, window, "")
    window.view.results.selectAll()
    hits = window.view.results.selected_hits()
    assert len(hits) == 8
    assert window.documents.delete_action.text() == "&Delete 8 documents…"
    message_boxes.answer = QMessageBox.StandardButton.Yes
    window.documents.delete_action.trigger()
    [question] = message_boxes.texts("question")
    assert "Delete these 8 documents" in question
    assert all(h.title in question for h in hits)
    qtbot.waitUntil(lambda: window.view.last_result.total == 0, timeout=WAIT)
    assert window.statusBar().currentMessage() == "Deleted 8 documents."


def test_delete_key_in_the_results_asks_too(
    qtbot: QtBot, window: MainWindow, archive_path: Path, message_boxes: MessageBoxes
) -> None:
    unlock(qtbot, window, archive_path)
    select(qtbot, window, "tribunal")
    window.view.results.setFocus()
    qtbot.keyClick(window.view.results, Qt.Key.Key_Delete)
    assert len(message_boxes.texts("question")) == 1
    qtbot.keyClick(window.view.search_bar.field, Qt.Key.Key_Delete)  # typing: no question
    assert len(message_boxes.texts("question")) == 1


# -- sorts ---------------------------------------------------------------------------------------
def test_results_sort_oldest_first_by_title_and_by_date_added(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    unlock(qtbot, window, archive_path)
    dated = {
        1: "2025-12-01",
        2: "2024-05-05",
        3: "2026-02-02",
    }
    for doc_id, date in dated.items():
        on_db(window, lambda a, i=doc_id, d=date: a.documents.edit(i, doc_date=d))
    search(qtbot, window, "")
    sort = window.view.search_bar.sort
    offered = [sort.itemData(i) for i in range(sort.count())]
    assert offered == ["relevance", "date", "date-asc", "title", "added"]

    def choose(key: str) -> list[int]:
        before = window.view.last_result
        sort.setCurrentIndex(sort.findData(key))
        qtbot.waitUntil(lambda: window.view.last_result is not before, timeout=WAIT)
        return [h.id for h in window.view.last_result.hits]

    assert choose("date-asc")[:3] == [2, 1, 3]
    assert choose("date")[:3] == [3, 1, 2]
    shown = choose("title")
    assert titles(window) == sorted(titles(window), key=str.casefold)
    assert choose("added") == sorted(shown, reverse=True)  # imported one after another


# -- toolbar in a narrow window -----------------------------------------------------------------
@pytest.mark.parametrize("width", [1024, 700])
def test_every_toolbar_action_stays_reachable_in_a_narrow_window(
    qtbot: QtBot, window: MainWindow, archive_path: Path, width: int
) -> None:
    unlock(qtbot, window, archive_path)
    toolbar = window.toolbar
    window.resize(width, 700)
    # as at 1.5x scale or in Russian: labels half again as wide
    window.set_toolbar_text_width(window.toolbar_text_width() * 3 // 2)
    qtbot.waitUntil(lambda: toolbar.width() <= width, timeout=WAIT)
    qtbot.wait(50)  # let the toolbar lay out at the new width
    shown = [a for a in toolbar.actions() if toolbar.widgetForAction(a).isVisible()]
    hidden = [a for a in toolbar.actions() if a not in shown and a.isVisible()]
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    assert all(a.toolTip() for a in shown)  # the name is still there, on hovering
    if hidden:  # what does not fit is in an overflow a person can see and use
        more = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        assert more.isVisible() and more.width() >= 16 and not more.icon().isNull()
    window.resize(1400, 860)
    window.set_toolbar_text_width(0)  # measured again
    qtbot.waitUntil(
        lambda: toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon,
        timeout=WAIT,
    )


# -- preferences ---------------------------------------------------------------------------------
def test_preferences_hold_lock_time_language_and_ocr_languages(qtbot: QtBot) -> None:
    from archive_app.settings import Settings, load_settings
    from ui.dialogs.preferences import PreferencesDialog

    settings = Settings()
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.idle_minutes.value() == 5
    assert dialog.language.findData("kk") >= 0
    assert dialog.ocr_languages["kaz"].isChecked() and dialog.ocr_languages["eng"].isChecked()
    dialog.ocr_languages["eng"].setChecked(False)
    dialog.idle_minutes.setValue(12)
    dialog.accept()
    saved = load_settings()
    assert (saved.ocr_languages, saved.idle_lock_minutes) == ("kaz+rus", 12)


def test_preferences_refuse_to_read_scans_in_no_language(qtbot: QtBot) -> None:
    from archive_app.settings import Settings
    from ui.dialogs.preferences import PreferencesDialog

    settings = Settings()
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    for box in dialog.ocr_languages.values():
        box.setChecked(False)
    dialog.accept()
    assert dialog.result() == 0 and dialog.message.isVisibleTo(dialog)
    assert settings.ocr_languages == "kaz+rus+eng"


def test_document_actions_are_off_while_locked(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    assert not window.documents.save_action.isEnabled()
    assert not window.documents.delete_action.isEnabled()
    unlock(qtbot, window, archive_path, PASSPHRASE)
    select(qtbot, window, "tribunal")
    assert window.documents.delete_action.isEnabled()
    with qtbot.waitSignal(window.session.closed, timeout=WAIT):
        window.lock()
    assert not window.documents.delete_action.isEnabled()
    assert not window.documents.save_action.isEnabled()


# -- copy: plurals, reason codes, core errors in the interface language ------------------------
@pytest.fixture
def russian(qapp: object) -> Iterator[None]:
    from ui import i18n

    i18n.install("ru")
    yield
    i18n.install("en")


def strip(text: str, names: tuple[str, ...]) -> str:
    for name in names:
        text = text.replace(name, "")
    return text


def core_errors(tmp_path: Path) -> list[BaseException]:
    """Errors as the core raises them (not built by hand: their text is the core's)."""
    from archive_app.errors import ArchiveError
    from archive_app.session import Archive
    from archive_app.settings import Settings

    raised: list[BaseException] = []
    path = tmp_path / "errors.archive"
    archive, _ = Archive.create(path, PASSPHRASE, Settings(actor="tester"))
    with archive:
        archive.registry.add_person("Yerlan Seitkali")
        for attempt in (
            lambda: archive.documents.get(41),
            lambda: archive.registry.add_person("Yerlan Seitkali"),
            lambda: archive.registry.edit_person("Aigerim", notes="unknown to the registry"),
            lambda: Archive.open(path, PASSPHRASE),  # in use
        ):
            try:
                attempt()
            except ArchiveError as error:
                raised.append(error)
    for attempt in (
        lambda: Archive.open(path, "wrong passphrase"),
        lambda: Archive.open(tmp_path / "none.archive", PASSPHRASE),
    ):
        try:
            attempt()
        except ArchiveError as error:
            raised.append(error)
    return raised


def test_core_errors_are_said_in_russian_with_their_parameters(
    tmp_path: Path, russian: None
) -> None:
    from ui.error_texts import error_text

    errors = core_errors(tmp_path)
    assert len(errors) == 6
    texts = [error_text(e) for e in errors]
    assert texts[0] == "Документа #41 нет."
    assert texts[1] == "Лицо с именем «Yerlan Seitkali» уже есть в реестре."
    assert "Aigerim" in texts[2] and "реестре лиц" in texts[2]
    assert texts[3].startswith("Архив открыт в другом окне") and "errors.archive" in texts[3]
    assert texts[4] == "Неверная парольная фраза или повреждённый архив."
    assert texts[5].startswith("По пути ") and "none.archive" in texts[5]
    from tests.ui.test_translations import english_words

    names = (str(tmp_path), "Yerlan Seitkali", "Aigerim")
    assert english_words([strip(t, names) for t in texts]) == []


def test_an_error_the_window_does_not_know_stays_as_the_core_wrote_it(russian: None) -> None:
    from archive_app.errors import Conflict
    from ui.error_texts import error_text

    assert error_text(Conflict("something new went wrong")) == "something new went wrong"
    assert error_text(ValueError("not ours")) == "not ours"


def test_error_dialogs_use_the_interface_language(
    qtbot: QtBot, message_boxes: MessageBoxes, russian: None
) -> None:
    from archive_app.errors import WrongPassphrase
    from ui.errors import show_error

    show_error(None, WrongPassphrase())
    assert message_boxes.texts("warning") == ["Неверная парольная фраза или повреждённый архив."]


def test_the_persons_dialog_speaks_russian(
    qtbot: QtBot, ui_session: UiSession, dialog_parent: QWidget, russian: None
) -> None:
    from tests.ui.test_translations import english_words, visible_texts
    from ui.dialogs.persons import PersonsDialog

    dialog = PersonsDialog(ui_session, dialog_parent)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.form_box.title() == "Новое лицо"
    dialog.save()  # no name
    assert dialog.message.text() == "У лица должно быть имя."
    dialog.name_edit.setText("Nazigul Maksutkhan")
    dialog.role_edit.setCurrentIndex(dialog.role_edit.findData("witness"))
    assert dialog.role_edit.currentText() == "свидетель"
    dialog.save()
    qtbot.waitUntil(lambda: "Nazigul Maksutkhan" in dialog.message.text(), timeout=WAIT)
    assert dialog.message.text() == "Добавлено: Nazigul Maksutkhan."
    qtbot.waitUntil(lambda: dialog.form_box.title().startswith("Лицо #"), timeout=WAIT)
    shown = [strip(t, ("Nazigul Maksutkhan",)) for t in visible_texts(dialog)]
    assert english_words(shown) == []
    stored = ui_session.worker.submit(lambda a: a.registry.persons()).result(timeout=30)
    assert [p.role for p in stored] == ["witness"]  # the word the redaction rules read
    dialog.new_person()
    dialog.name_edit.setText("nazigul maksutkhan")  # the same name, folded
    dialog.save()
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Не сохранено"), timeout=WAIT)
    assert dialog.message.text() == (
        "Не сохранено: Лицо с именем «nazigul maksutkhan» уже есть в реестре."
    )


def test_reason_codes_are_listed_with_what_they_mean(qtbot: QtBot) -> None:
    from ui.export.reasons import ReasonCombo

    combo = ReasonCombo()
    qtbot.addWidget(combo)
    combo.set_reason("SOURCE-CONF")
    assert combo.reason() == "SOURCE-CONF"
    assert combo.currentText() == "SOURCE-CONF — A confidential source"
    assert "A confidential source" in combo.toolTip()
    assert all(" — " in combo.itemText(i) for i in range(combo.count()))


def test_counts_in_the_window_take_the_plural_form(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    unlock(qtbot, window, archive_path)
    search(qtbot, window, "tribunal")
    assert window.count_label.text() == "1 document"
    window.view.results.setCurrentIndex(window.view.results.results.index(0))
    assert window.documents.delete_action.text() == "&Delete document…"
    from archive_app.ocr import OcrReport

    report = OcrReport(total=3, done=3, read=1, failed=2, low_confidence=1)
    window.ocr._end(report)
    assert window.statusBar().currentMessage() == (
        "OCR finished: 1 page read. 2 pages could not be read. 1 page was hard to read: check it."
    )


def test_the_window_lists_every_error_template_of_the_core_for_translation() -> None:
    from archive_app.error_messages import templates
    from ui.error_texts import TEMPLATES

    assert sorted(TEMPLATES) == sorted(templates())
