"""The new-archive dialog: location, passphrase twice, strength, refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.ui.file_dialog_driver import answer_file_dialog
from ui.dialogs.create_archive import CreateArchiveDialog
from ui.dialogs.strength import EMPTY, FAIR, STRONG, WEAK, assess

GOOD = "correct horse battery staple"


def make(qtbot: QtBot, tmp_path: Path) -> CreateArchiveDialog:
    dialog = CreateArchiveDialog(start_dir=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click_create(qtbot: QtBot, dialog: CreateArchiveDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill(dialog: CreateArchiveDialog, path: str, first: str, repeat: str) -> None:
    dialog.path_edit.setText(path)
    dialog.fields.first.setText(first)
    dialog.fields.repeat.setText(repeat)


def test_strength_levels_are_simple_and_honest() -> None:
    assert assess("").level == EMPTY
    assert assess("   ").level == EMPTY
    assert assess("Tr0ub4dor&3").level == WEAK  # 11 characters: short, whatever its symbols
    assert assess("aaaaaaaaaaaaaaaa").level == WEAK
    assert assess("password12345678").level == WEAK
    assert assess("sunflower garden").level == FAIR
    assert assess(GOOD).level == STRONG  # four words
    assert assess("Қарағанды мен Алматы түнде жаңбыр").level == STRONG  # words in any script
    assert assess("x7#Kq9!mZ2@pLw4$").level == STRONG  # 16 characters, four kinds


def test_meter_follows_typing(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make(qtbot, tmp_path)
    qtbot.keyClicks(dialog.fields.first, "short")
    assert "weak" in dialog.fields.meter.text.text()
    assert "Short" in dialog.fields.meter.text.text()
    dialog.fields.first.setText(GOOD)
    assert "strong" in dialog.fields.meter.text.text()


def test_valid_answers_give_path_with_suffix_and_passphrase(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make(qtbot, tmp_path)
    fill(dialog, str(tmp_path / "atajurt"), GOOD, GOOD)
    with qtbot.waitSignal(dialog.accepted):
        click_create(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values() == (tmp_path / "atajurt.archive", GOOD)
    assert not (tmp_path / "atajurt.archive").exists()  # the dialog creates nothing
    assert dialog.fields.first.text() == ""  # nothing left in the fields


def test_empty_passphrase_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make(qtbot, tmp_path)
    fill(dialog, str(tmp_path / "a.archive"), "", "")
    click_create(qtbot, dialog)
    assert dialog.isVisible()
    assert "empty" in dialog.fields.message.text()
    with pytest.raises(RuntimeError):
        dialog.values()


def test_mismatch_is_refused_with_a_message(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make(qtbot, tmp_path)
    fill(dialog, str(tmp_path / "a.archive"), GOOD, GOOD + "!")
    click_create(qtbot, dialog)
    assert dialog.isVisible()
    assert "do not match" in dialog.fields.message.text()
    assert dialog.fields.message.isVisible()


def test_short_passphrase_is_warned_but_allowed(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make(qtbot, tmp_path)
    fill(dialog, str(tmp_path / "a.archive"), "shortpw", "shortpw")
    assert "Short (7 characters)" in dialog.fields.meter.text.text()
    with qtbot.waitSignal(dialog.accepted):
        click_create(qtbot, dialog)
    assert dialog.values()[1] == "shortpw"


def test_existing_file_is_never_offered_for_overwrite(qtbot: QtBot, tmp_path: Path) -> None:
    existing = tmp_path / "old.archive"
    existing.write_bytes(b"precious")
    dialog = make(qtbot, tmp_path)
    fill(dialog, str(existing), GOOD, GOOD)
    click_create(qtbot, dialog)
    assert dialog.isVisible()
    assert "already exists" in dialog.path_message.text()
    assert existing.read_bytes() == b"precious"


def test_missing_folder_and_missing_path_are_explained(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make(qtbot, tmp_path)
    fill(dialog, "", GOOD, GOOD)
    click_create(qtbot, dialog)
    assert "Choose where" in dialog.path_message.text()
    fill(dialog, str(tmp_path / "nope" / "a.archive"), GOOD, GOOD)
    click_create(qtbot, dialog)
    assert "does not exist" in dialog.path_message.text()
    assert dialog.isVisible()


def test_choose_button_uses_file_dialog_and_adds_suffix(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make(qtbot, tmp_path)
    seen = answer_file_dialog(qtbot, tmp_path / "chosen")
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert seen.answered and seen.name.endswith(".archive")
    assert dialog.path_edit.text() == str(tmp_path / "chosen.archive")


def test_escape_cancels_and_forgets_the_passphrase(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make(qtbot, tmp_path)
    fill(dialog, str(tmp_path / "a.archive"), GOOD, GOOD)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.fields.first.text() == ""
    with pytest.raises(RuntimeError):
        dialog.values()


def test_enter_in_the_repeat_field_creates(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make(qtbot, tmp_path)
    fill(dialog, str(tmp_path / "b.archive"), GOOD, GOOD)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.fields.repeat, Qt.Key.Key_Return)
