"""Issue 14, defects 4-12: what a lawyer's first session showed, one test (or more) each."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.ui import test_main_window as main_flows
from tests.ui.conftest import MessageBoxes
from tests.ui.test_first_session import open_first
from tests.ui.test_main_window import WAIT, search, unlock
from ui.look import stylesheet
from ui.main_window import MainWindow

isolated_qsettings = main_flows.isolated_qsettings
archive_path = main_flows.archive_path
window = main_flows.window


# -- 5. a name the registry does not know ------------------------------------------------------
def test_an_unknown_person_is_offered_to_the_registry_with_the_name_kept(
    qtbot: QtBot, window: MainWindow, archive_path: Path, message_boxes: MessageBoxes
) -> None:
    unlock(qtbot, window, archive_path)
    search(qtbot, window, "file:court-ruling")
    open_first(qtbot, window)
    details = window.view.details
    entry = details.fields["persons"].entry
    qtbot.keyClicks(entry, "Aigerim")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: details.unknown_offer.isVisible(), timeout=WAIT)
    assert message_boxes.calls == []  # no modal dead end
    assert entry.text() == "Aigerim"  # what was typed is kept
    assert "Aigerim" in details.unknown_offer.text()
    qtbot.mouseClick(details.unknown_offer, Qt.MouseButton.LeftButton)
    dialog = window._persons_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.name_edit.text() == "Aigerim"
    dialog.close()


def test_the_offer_stands_under_the_field_typed_in_and_follows_it_on_tab(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    window.resize(1024, 700)
    unlock(qtbot, window, archive_path)
    search(qtbot, window, "file:court-ruling")
    open_first(qtbot, window)
    details = window.view.details
    for key, name in (("cases", "Atajurt 20"), ("persons", "Aigerim")):
        entry = details.fields[key].entry
        entry.setFocus()
        qtbot.keyClicks(entry, name)
        qtbot.keyClick(entry, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda n=name: n in details.unknown_offer.text(), timeout=WAIT)
        layout = details.tags_layout
        assert layout.indexOf(details.unknown_offer) == layout.indexOf(details.fields[key]) + 1
        assert entry.nextInFocusChain() is details.unknown_offer


def test_a_known_name_is_tagged_and_the_field_emptied(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    unlock(qtbot, window, archive_path)
    search(qtbot, window, "file:hearing-record")
    open_first(qtbot, window)
    field = window.view.details.fields["persons"]
    field._completer.activated.emit("Ерлан Сейткали")  # picked from the completer's list
    qtbot.waitUntil(lambda: "Yerlan Seitkali" in field.values(), timeout=WAIT)
    qtbot.waitUntil(lambda: field.entry.text() == "", timeout=WAIT)


# -- 6. keyboard ---------------------------------------------------------------------------------
def _tab_chain(start: QWidget, steps: int) -> list[QWidget]:
    chain, widget = [], start
    for _ in range(steps):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
        chain.append(widget)
    return chain


def test_tab_reaches_chip_buttons_and_backspace_removes_a_chip(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    unlock(qtbot, window, archive_path)
    search(qtbot, window, "file:court-ruling")
    open_first(qtbot, window)
    field = window.view.details.fields["cases"]
    qtbot.waitUntil(lambda: field.values() == ["Atajurt 19"], timeout=WAIT)
    chip = field.chips()[0]
    assert chip.remove_button is not None
    assert chip.remove_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert chip.remove_button in _tab_chain(window.view.details.fields["articles"].entry, 3)
    field.entry.setFocus()
    qtbot.keyClick(field.entry, Qt.Key.Key_Backspace)  # in the empty field: the last chip
    qtbot.waitUntil(lambda: field.values() == [], timeout=WAIT)


def test_tab_visits_the_suggestions_before_the_form(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    unlock(qtbot, window, archive_path)
    search(qtbot, window, "file:court-ruling")
    open_first(qtbot, window)
    details = window.view.details
    qtbot.waitUntil(lambda: details.suggest_box.isVisible(), timeout=WAIT)
    first = details.suggest_box.findChildren(QPushButton)
    chain = _tab_chain(details.heading, 60)
    position = {id(w): i for i, w in reversed(list(enumerate(chain)))}
    suggestion = min(position[id(b)] for b in first if id(b) in position)
    assert suggestion < position[id(details.fields["persons"].entry)] < position[id(details.title)]


def test_ctrl_e_in_the_search_field_opens_the_export(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    unlock(qtbot, window, archive_path)
    opened: list[bool] = []
    window.export_action.triggered.disconnect()
    window.export_action.triggered.connect(lambda: opened.append(True))
    field = window.view.search_bar.field
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=WAIT)
    qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert opened == [True]


# -- 7. disabled controls look disabled --------------------------------------------------------
def _render(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def test_disabled_fields_and_boxes_are_drawn_differently_from_enabled_ones(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    app.setStyleSheet(stylesheet())
    try:
        for make in (lambda: QCheckBox("Remember on this computer"), lambda: QLineEdit("text")):
            enabled, disabled = make(), make()
            for w in (enabled, disabled):
                qtbot.addWidget(w)
                w.resize(240, 30)
                w.show()
            disabled.setEnabled(False)
            assert _render(enabled) != _render(disabled), type(enabled).__name__
    finally:
        app.setStyleSheet(before)


# -- 4. import feedback ------------------------------------------------------------------------
def _recorded(label: QLabel) -> list[str]:
    """Every text ``label`` is given from now on: each state is shown, even between paints."""
    texts: list[str] = []
    set_text = label.setText

    def record(text: str) -> None:
        texts.append(text)
        set_text(text)

    label.setText = record  # type: ignore[method-assign]
    return texts


def test_the_window_asks_what_the_new_documents_are_then_shows_live_counts_and_all_files(
    qtbot: QtBot, window: MainWindow, archive_path: Path, tmp_path: Path
) -> None:
    from storage import documents as doc_repo
    from ui.dialogs.import_progress import ImportDialog

    unlock(qtbot, window, archive_path)
    folder = tmp_path / "incoming"
    folder.mkdir()
    for n in range(9):
        (folder / f"note-{n}.txt").write_text(f"Statement {n} of a witness in Almaty.", "utf-8")
    window.import_paths([folder])
    dialog = window.findChildren(ImportDialog)[-1]
    assert not dialog.started  # it asks first
    qtbot.waitUntil(lambda: dialog.case_box.findData("Atajurt 19") >= 0, timeout=WAIT)
    dialog.case_box.setCurrentIndex(dialog.case_box.findData("Atajurt 19"))
    dialog.type_box.setCurrentIndex(dialog.type_box.findData("witness-statement"))
    headings, counts = _recorded(dialog.heading), _recorded(dialog.counts)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT)
    assert any("9 files" in text for text in headings), headings
    live = {f"Imported: {n}    Duplicates: 0    Failed: 0" for n in range(1, 9)}
    assert live <= set(counts), counts  # counted live as each file finished, not at the end
    assert dialog.summary.rowCount() == 9  # what was imported is listed too
    report = dialog.report
    assert report is not None
    docs = main_flows.on_db(window, lambda a: [doc_repo.get(a.db, i) for i in report.document_ids])
    assert {d.doc_type for d in docs} == {"witness-statement"}
    assert all(d.cases == ["Atajurt 19"] for d in docs)
    dialog.close()
