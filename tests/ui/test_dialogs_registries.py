"""Registry dialogs: persons, legal articles and cases, as a case officer uses them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from archive_app.session import Archive
from tests.ui.conftest import MessageBoxes
from ui.dialogs.articles import ArticlesDialog
from ui.dialogs.cases import CasesDialog
from ui.dialogs.persons import PersonsDialog
from ui.session import UiSession

OnDb = Callable[[Callable[[Archive], Any]], Any]


def cell(table: Any, row: int, column: int) -> str:
    return str(table.item(row, column).text())


def column(table: Any, index: int) -> list[str]:
    return [cell(table, row, index) for row in range(table.rowCount())]


def choose_consent(dialog: PersonsDialog, value: str) -> None:
    for button in dialog.consent_group.buttons():
        if button.property("consent") == value:
            button.click()


# -- persons ------------------------------------------------------------------------------
@pytest.fixture
def persons(
    qtbot: QtBot, ui_session: UiSession, dialog_parent: QWidget, on_db: OnDb
) -> PersonsDialog:
    on_db(
        lambda a: a.registry.add_person(
            "Yerlan Seitkali", aliases=["Ерлан Сейткали"], role="defender", consent="yes"
        )
    )
    dialog = PersonsDialog(ui_session, dialog_parent)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    return dialog


def test_persons_table_shows_registry(persons: PersonsDialog) -> None:
    table = persons.table
    assert cell(table, 0, 0) == "Yerlan Seitkali"
    assert cell(table, 0, 1) == "Ерлан Сейткали"
    assert cell(table, 0, 2) == "defender"
    assert cell(table, 0, 4) == "Named"
    header = table.horizontalHeaderItem(4)
    assert header is not None and "May be named in exports" in header.toolTip()


def test_add_person_with_aliases_in_three_scripts(
    qtbot: QtBot, persons: PersonsDialog, on_db: OnDb
) -> None:
    qtbot.mouseClick(persons.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(persons.name_edit, "Nazigul Maksutkhan")
    persons.aliases_edit.setPlainText(
        "Назигуль Максутхан\n\n  Нәзигүл   Мақсұтхан \nNazigul Maqsutqan\nNazigul Maqsutqan"
    )
    persons.role_edit.setCurrentText("defender")
    persons.status_edit.setCurrentText("house arrest")
    choose_consent(persons, "no")
    qtbot.mouseClick(persons.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: persons.table.rowCount() == 2)

    stored = on_db(lambda a: a.registry.person("НӘЗИГҮЛ мақсұтхан"))  # found by an alias
    assert stored.name == "Nazigul Maksutkhan"
    assert sorted(stored.aliases) == sorted(
        ["Назигуль Максутхан", "Нәзигүл Мақсұтхан", "Nazigul Maqsutqan"]
    )
    assert (stored.role, stored.status, stored.consent) == ("defender", "house arrest", "no")
    assert "Added Nazigul Maksutkhan" in persons.message.text()
    assert "Redacted" in column(persons.table, 4)
    assert persons.form_box.title() == f"Person #{stored.id}"  # the form now edits it


def test_saving_tells_other_views(
    qtbot: QtBot, persons: PersonsDialog, ui_session: UiSession
) -> None:
    persons.new_person()
    persons.name_edit.setText("Witness A")
    with qtbot.waitSignal(ui_session.changed, check_params_cb=lambda w: w == "registry"):
        persons.save()


def test_edit_person_changes_consent_and_aliases(
    qtbot: QtBot, persons: PersonsDialog, on_db: OnDb
) -> None:
    persons.table.setCurrentCell(0, 0)
    assert persons.name_edit.text() == "Yerlan Seitkali"
    persons.aliases_edit.setPlainText("Ерлан Сейтқали\nSeitkali Yerlan")
    choose_consent(persons, "no")
    qtbot.keyClick(persons, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    qtbot.waitUntil(lambda: cell(persons.table, 0, 4) == "Redacted")
    stored = on_db(lambda a: a.registry.person("Yerlan Seitkali"))
    assert sorted(stored.aliases) == ["Seitkali Yerlan", "Ерлан Сейтқали"]
    assert stored.consent == "no"
    log = on_db(lambda a: a.maintenance.log(action="person.edit"))
    assert log[-1].details["aliases_removed"] == ["Ерлан Сейткали"]


def test_empty_name_is_refused_and_nothing_changes(
    qtbot: QtBot, persons: PersonsDialog, on_db: OnDb
) -> None:
    persons.table.setCurrentCell(0, 0)
    persons.name_edit.setText("   ")
    persons.save()
    assert "needs a name" in persons.message.text()
    assert on_db(lambda a: a.registry.persons())[0].name == "Yerlan Seitkali"


def test_duplicate_name_shows_the_registry_message(
    qtbot: QtBot, persons: PersonsDialog, on_db: OnDb
) -> None:
    persons.new_person()
    persons.name_edit.setText("yerlan  SEITKALI")
    persons.save()
    qtbot.waitUntil(lambda: "already registered" in persons.message.text())
    assert len(on_db(lambda a: a.registry.persons())) == 1
    assert persons.save_button.isEnabled()


def test_filter_matches_aliases_in_any_script(persons: PersonsDialog) -> None:
    persons.filter.setText("ерлан")
    assert not persons.table.isRowHidden(0)
    persons.filter.setText("nobody")
    assert persons.table.isRowHidden(0)


def test_enter_in_the_filter_opens_the_first_match(
    qtbot: QtBot, persons: PersonsDialog, on_db: OnDb
) -> None:
    persons.filter.setFocus()
    persons.filter.setText("сейткали")  # (QTest cannot type Cyrillic keys)
    qtbot.keyClick(persons.filter, Qt.Key.Key_Return)
    assert persons.name_edit.text() == "Yerlan Seitkali"
    assert len(on_db(lambda a: a.registry.persons())) == 1  # Enter saved nothing


def test_a_change_made_elsewhere_keeps_what_is_being_typed(
    qtbot: QtBot, persons: PersonsDialog, ui_session: UiSession, on_db: OnDb
) -> None:
    persons.table.setCurrentCell(0, 0)
    persons.status_edit.setCurrentText("released")
    on_db(lambda a: a.registry.add_person("Witness B"))
    ui_session.notify("registry")  # e.g. a person added from the details panel
    qtbot.waitUntil(lambda: persons.table.rowCount() == 2)
    assert persons.status_edit.currentText() == "released"
    assert persons.name_edit.text() == "Yerlan Seitkali"


def test_unsaved_changes_are_not_lost_silently(
    qtbot: QtBot, persons: PersonsDialog, message_boxes: MessageBoxes
) -> None:
    persons.new_person()
    persons.name_edit.setText("Half typed")
    qtbot.keyClick(persons, Qt.Key.Key_Escape)
    assert message_boxes.texts("question") == ["Discard the changes you made to this person?"]
    assert persons.isVisible() and persons.name_edit.text() == "Half typed"
    persons.table.setCurrentCell(0, 0)  # another row: asks again, keeps the form
    assert len(message_boxes.calls) == 2 and persons.name_edit.text() == "Half typed"
    assert persons.table.currentRow() != 0

    message_boxes.answer = QMessageBox.StandardButton.Discard
    persons.table.setCurrentCell(0, 0)
    assert persons.name_edit.text() == "Yerlan Seitkali"


def test_lock_closes_the_dialog_and_drops_rows(
    qtbot: QtBot, persons: PersonsDialog, ui_session: UiSession
) -> None:
    with qtbot.waitSignal(persons.rejected):
        ui_session.lock()
    assert persons.table.rowCount() == 0 and not persons.isVisible()


# -- articles -----------------------------------------------------------------------------
@pytest.fixture
def articles(qtbot: QtBot, ui_session: UiSession, dialog_parent: QWidget) -> ArticlesDialog:
    dialog = ArticlesDialog(ui_session, dialog_parent)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 10)
    return dialog


def test_articles_filter_by_instrument(articles: ArticlesDialog) -> None:
    assert "ICCPR 19" in articles.shown_citations()
    index = articles.instrument_filter.findData("KZ-CC")
    assert index > 0
    articles.instrument_filter.setCurrentIndex(index)
    shown = articles.shown_citations()
    assert shown and all(c.startswith("KZ-CC ") for c in shown)
    assert articles.table.rowCount() == len(shown)
    assert "KZ-CC 174(2)" in column(articles.table, 0)


def test_add_article_of_a_known_instrument(
    qtbot: QtBot, articles: ArticlesDialog, on_db: OnDb
) -> None:
    assert not articles.instrument_edit.isEnabled()
    articles.citation_edit.setText("kz-cc 380(1)")
    articles.title_edit.setText("Resisting a public official")
    qtbot.keyClick(articles.title_edit, Qt.Key.Key_Return)  # Enter adds
    qtbot.waitUntil(lambda: "KZ-CC 380(1)" in articles.shown_citations())
    stored = on_db(lambda a: a.registry.article("KZ-CC 380(1)"))
    assert stored.title == "Resisting a public official" and stored.user_defined
    assert articles.citation_edit.text() == ""


def test_new_instrument_needs_its_full_name(
    qtbot: QtBot, articles: ArticlesDialog, on_db: OnDb
) -> None:
    articles.citation_edit.setText("ECHR 5")
    assert articles.instrument_edit.isEnabled()
    assert "new instrument" in articles.hint.text()
    articles.add()
    assert "full name" in articles.message.text()
    assert "ECHR" not in on_db(lambda a: a.registry.instruments())
    articles.instrument_edit.setText("European Convention on Human Rights")
    articles.add()
    qtbot.waitUntil(lambda: "ECHR 5" in articles.shown_citations())
    assert on_db(lambda a: a.registry.instruments())["ECHR"].startswith("European")
    assert articles.instrument_filter.findData("ECHR") > 0


def test_bad_or_duplicate_citation_shows_a_message(
    qtbot: QtBot, articles: ArticlesDialog, on_db: OnDb
) -> None:
    before = len(on_db(lambda a: a.registry.articles()))
    articles.citation_edit.setText("ICCPR 19")
    articles.add()
    qtbot.waitUntil(lambda: "already in the registry" in articles.message.text())
    articles.citation_edit.setText("Article nineteen")
    articles.add()
    qtbot.waitUntil(lambda: "not a citation" in articles.message.text())
    assert len(on_db(lambda a: a.registry.articles())) == before


# -- cases --------------------------------------------------------------------------------
def test_cases_list_and_add(
    qtbot: QtBot, ui_session: UiSession, dialog_parent: QWidget, on_db: OnDb
) -> None:
    on_db(lambda a: a.registry.add_case("Atajurt 19", reference="Taldykorgan 2026"))
    dialog = CasesDialog(ui_session, dialog_parent)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert column(dialog.table, 1) == ["Taldykorgan 2026"]

    qtbot.keyClicks(dialog.name_edit, "WGAD communication")
    dialog.reference_edit.setText("WGAD/2026/1")
    dialog.description_edit.setPlainText("Opinion requested on the detention.")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    assert "WGAD communication" in column(dialog.table, 0)
    stored = on_db(lambda a: a.registry.case("WGAD communication"))
    assert stored.reference == "WGAD/2026/1"
    assert dialog.name_edit.text() == ""


def test_case_without_name_or_twice_is_refused(
    qtbot: QtBot, ui_session: UiSession, dialog_parent: QWidget, on_db: OnDb
) -> None:
    on_db(lambda a: a.registry.add_case("Atajurt 19"))
    dialog = CasesDialog(ui_session, dialog_parent)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add()
    assert "needs a name" in dialog.message.text()
    dialog.name_edit.setText("Atajurt 19")
    dialog.add()
    qtbot.waitUntil(lambda: "already exists" in dialog.message.text())
    assert len(on_db(lambda a: a.registry.cases())) == 1


def test_escape_closes_registry_dialogs(
    qtbot: QtBot, ui_session: UiSession, dialog_parent: QWidget
) -> None:
    dialog = CasesDialog(ui_session, dialog_parent)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
