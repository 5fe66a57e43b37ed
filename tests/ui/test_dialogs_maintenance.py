"""Archive maintenance dialogs: integrity check, passphrase change, backup, audit log."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from archive_app import secrets
from archive_app.errors import WrongPassphrase
from archive_app.session import Archive
from storage.database import Database, connect_keyed
from tests.conftest import PASSPHRASE
from tests.ui.conftest import MessageBoxes
from tests.ui.file_dialog_driver import answer_file_dialog
from ui.dialogs.audit_log import AuditLogDialog
from ui.dialogs.maintenance import (
    BackupDialog,
    ChangePassphraseDialog,
    IntegrityCheckDialog,
    run_integrity_check,
)
from ui.session import UiSession

OnDb = Callable[[Callable[[Archive], Any]], Any]
NEW = "a brand new passphrase for the team"


def opens(path: Path, passphrase: str) -> bool:
    try:
        connect_keyed(path, passphrase, mode="ro").close()
    except WrongPassphrase:
        return False
    return True


def items(view: Any) -> list[str]:
    return [view.item(i).text() for i in range(view.count())]


def add_document(on_db: OnDb, tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("The hearing was adjourned until March.\n", "utf-8")
    on_db(lambda a: a.importer().import_paths([note]))


# -- integrity check ----------------------------------------------------------------------
def find_check_dialog(dialog_parent: QWidget) -> IntegrityCheckDialog:
    found = [w for w in dialog_parent.findChildren(IntegrityCheckDialog) if w.isVisible()]
    assert len(found) == 1
    return found[0]


def test_integrity_check_runs_at_once_and_deep_on_request(
    qtbot: QtBot, ui_session: UiSession, dialog_parent: QWidget, on_db: OnDb, tmp_path: Path
) -> None:
    add_document(on_db, tmp_path)
    run_integrity_check(ui_session, dialog_parent)
    dialog = find_check_dialog(dialog_parent)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert dialog.summary.text().startswith("The archive is healthy")
    shown = items(dialog.results)
    assert any("audit chain intact" in line for line in shown)
    assert any("1 documents complete (sizes and pages)" in line for line in shown)

    dialog.report = None
    dialog.deep.setChecked(True)
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert any("bytes re-hashed" in line for line in items(dialog.results))
    checks = on_db(lambda a: a.maintenance.log(action="archive.check"))
    assert [e.details["deep"] for e in checks] == [False, True]


def test_integrity_check_shows_problems_in_red(
    qtbot: QtBot, ui_session: UiSession, dialog_parent: QWidget, on_db: OnDb, tmp_path: Path
) -> None:
    add_document(on_db, tmp_path)
    on_db(lambda a: a.db.execute("DELETE FROM pages"))  # damage behind the app's back
    dialog = IntegrityCheckDialog(ui_session, dialog_parent)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.run()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert dialog.summary.text() == "1 problem found; see the list below."
    assert "c62828" in dialog.summary.styleSheet()
    assert items(dialog.results)[0] == "document #1: 0 of 1 pages"  # problems first


# -- change passphrase --------------------------------------------------------------------
@pytest.fixture
def passwd(qtbot: QtBot, ui_session: UiSession, dialog_parent: QWidget) -> ChangePassphraseDialog:
    dialog = ChangePassphraseDialog(ui_session, dialog_parent)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill_passwd(dialog: ChangePassphraseDialog, current: str, new: str, repeat: str) -> None:
    dialog.current.setText(current)
    dialog.fields.first.setText(new)
    dialog.fields.repeat.setText(repeat)


def press_ok(qtbot: QtBot, dialog: ChangePassphraseDialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_change_passphrase(
    qtbot: QtBot, passwd: ChangePassphraseDialog, ui_session: UiSession
) -> None:
    assert ui_session.path is not None
    fill_passwd(passwd, PASSPHRASE, NEW, NEW)
    assert "strong" in passwd.fields.meter.text.text()
    press_ok(qtbot, passwd)
    qtbot.waitUntil(lambda: passwd.succeeded, timeout=20_000)
    assert "Passphrase changed" in passwd.message.text()
    assert opens(ui_session.path, NEW) and not opens(ui_session.path, PASSPHRASE)
    assert passwd.current.text() == passwd.fields.first.text() == ""
    assert passwd.ok_button.text() == "Close"
    with qtbot.waitSignal(passwd.accepted):
        press_ok(qtbot, passwd)


@pytest.mark.parametrize(
    ("current", "new", "repeat", "message"),
    [
        ("", NEW, NEW, "Type the current passphrase"),
        (PASSPHRASE, "", "", "empty one is not allowed"),
        (PASSPHRASE, NEW, NEW + "x", "do not match"),
        (PASSPHRASE, PASSPHRASE, PASSPHRASE, "That is the current passphrase"),
    ],
)
def test_change_passphrase_refuses_bad_input(
    qtbot: QtBot,
    passwd: ChangePassphraseDialog,
    ui_session: UiSession,
    current: str,
    new: str,
    repeat: str,
    message: str,
) -> None:
    fill_passwd(passwd, current, new, repeat)
    press_ok(qtbot, passwd)
    shown = passwd.message.text() + passwd.fields.message.text()
    assert message in shown
    assert passwd.isVisible() and not passwd.succeeded
    assert ui_session.path is not None and opens(ui_session.path, PASSPHRASE)


def test_wrong_current_passphrase_changes_nothing(
    qtbot: QtBot, passwd: ChangePassphraseDialog, ui_session: UiSession, on_db: OnDb
) -> None:
    fill_passwd(passwd, "not the passphrase", NEW, NEW)
    press_ok(qtbot, passwd)
    qtbot.waitUntil(lambda: "not the current passphrase" in passwd.message.text())
    assert passwd.current.text() == ""
    assert ui_session.path is not None
    assert opens(ui_session.path, PASSPHRASE) and not opens(ui_session.path, NEW)
    assert on_db(lambda a: a.maintenance.log(action="archive.passphrase_change")) == []


def test_short_new_passphrase_is_warned(passwd: ChangePassphraseDialog) -> None:
    fill_passwd(passwd, PASSPHRASE, "tiny", "tiny")
    assert "Short (4 characters)" in passwd.fields.meter.text.text()


def test_remembered_passphrase_follows_the_change(
    qtbot: QtBot,
    passwd: ChangePassphraseDialog,
    ui_session: UiSession,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert ui_session.path is not None
    store = {str(ui_session.path): PASSPHRASE}
    monkeypatch.setattr(secrets, "recall", lambda p: store.get(str(p)))
    monkeypatch.setattr(secrets, "remember", lambda p, pw: store.__setitem__(str(p), pw))
    fill_passwd(passwd, PASSPHRASE, NEW, NEW)
    press_ok(qtbot, passwd)
    qtbot.waitUntil(lambda: passwd.succeeded, timeout=20_000)
    assert store[str(ui_session.path)] == NEW
    assert "remembered on this computer was updated" in passwd.message.text()


# -- backup -------------------------------------------------------------------------------
@pytest.fixture
def backup(qtbot: QtBot, ui_session: UiSession, dialog_parent: QWidget) -> BackupDialog:
    dialog = BackupDialog(ui_session, dialog_parent)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_backup_is_written_verified_and_opens(
    qtbot: QtBot,
    backup: BackupDialog,
    on_db: OnDb,
    tmp_path: Path,
) -> None:
    add_document(on_db, tmp_path)
    dest = tmp_path / "safe" / "copy"
    dest.parent.mkdir()
    seen = answer_file_dialog(qtbot, dest)
    qtbot.mouseClick(backup.browse_button, Qt.MouseButton.LeftButton)
    assert "case-backup-" in seen.name and seen.name.endswith(".archive")
    assert backup.dest_edit.text() == str(dest) + ".archive"
    backup.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(backup.passphrase, Qt.Key.Key_Return)  # Enter backs up
    qtbot.waitUntil(lambda: backup.report is not None, timeout=30_000)
    written = dest.with_suffix(".archive")
    assert "verified" in backup.message.text() and str(written) in backup.message.text()
    assert any("1 documents complete" in line for line in items(backup.results))
    assert backup.passphrase.text() == ""
    copy = Database.open(written, PASSPHRASE)
    try:
        assert copy.scalar("SELECT count(*) FROM documents") == 1
    finally:
        copy.close()


def test_backup_with_wrong_passphrase_writes_nothing(
    qtbot: QtBot, backup: BackupDialog, tmp_path: Path
) -> None:
    dest = tmp_path / "copy.archive"
    backup.dest_edit.setText(str(dest))
    backup.passphrase.setText("a typo in the passphrase")
    qtbot.mouseClick(backup.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not the current passphrase" in backup.message.text())
    assert not dest.exists()
    assert list(tmp_path.glob(".copy.archive*")) == []


def test_backup_asks_before_replacing(
    qtbot: QtBot, backup: BackupDialog, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    dest = tmp_path / "old-backup.archive"
    dest.write_bytes(b"yesterday's backup")
    backup.dest_edit.setText(str(dest))
    backup.passphrase.setText(PASSPHRASE)
    backup.back_up()  # the careful answer: Cancel
    assert message_boxes.texts("question")[0].startswith("old-backup.archive already exists")
    assert dest.read_bytes() == b"yesterday's backup" and backup.report is None

    message_boxes.answer = QMessageBox.StandardButton.Yes
    backup.back_up()
    qtbot.waitUntil(lambda: backup.report is not None, timeout=30_000)
    assert dest.read_bytes() != b"yesterday's backup"
    Database.open(dest, PASSPHRASE).close()


def test_backup_refuses_the_archive_itself_and_missing_input(
    qtbot: QtBot, backup: BackupDialog, ui_session: UiSession, tmp_path: Path
) -> None:
    backup.back_up()
    assert "Choose where" in backup.message.text()
    backup.dest_edit.setText(str(ui_session.path))
    backup.passphrase.setText(PASSPHRASE)
    backup.back_up()
    assert "this archive itself" in backup.message.text()
    backup.dest_edit.setText(str(tmp_path / "b.archive"))
    backup.passphrase.clear()
    backup.back_up()
    assert "current passphrase" in backup.message.text()
    assert not (tmp_path / "b.archive").exists()


# -- audit log ----------------------------------------------------------------------------
@pytest.fixture
def with_history(on_db: OnDb) -> None:
    on_db(lambda a: a.registry.add_person("Yerlan Seitkali", aliases=["Ерлан Сейткали"]))
    on_db(lambda a: a.registry.add_case("Atajurt 19"))


@pytest.fixture
def open_log(
    qtbot: QtBot, ui_session: UiSession, dialog_parent: QWidget
) -> Callable[[], AuditLogDialog]:
    def make() -> AuditLogDialog:
        dialog = AuditLogDialog(ui_session, dialog_parent)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.chain is not None)
        return dialog

    return make


@pytest.mark.usefixtures("with_history")
def test_audit_log_lists_entries_newest_first_with_chain_status(
    qtbot: QtBot, open_log: Callable[[], AuditLogDialog], ui_session: UiSession
) -> None:
    dialog = open_log()
    assert dialog.status.text() == "Audit chain intact (3 entries)"
    assert dialog.visible_actions() == ["case.add", "person.add", "archive.create"]
    proxy = dialog.proxy
    assert proxy.index(0, 0).data() == 3 and proxy.index(0, 2).data() == "tester"
    assert "Ерлан Сейткали" in proxy.index(1, 5).data()
    assert dialog.table.editTriggers() == dialog.table.EditTrigger.NoEditTriggers
    dialog.table.selectRow(1)
    assert "entry hash" in dialog.entry_view.toPlainText()


@pytest.mark.usefixtures("with_history")
def test_audit_log_filters_by_action(
    qtbot: QtBot, open_log: Callable[[], AuditLogDialog], ui_session: UiSession
) -> None:
    dialog = open_log()
    dialog.action_filter.setCurrentIndex(dialog.action_filter.findData("person.add"))
    assert dialog.visible_actions() == ["person.add"]
    dialog.action_filter.setCurrentIndex(0)
    assert len(dialog.visible_actions()) == 3


@pytest.mark.usefixtures("with_history")
def test_a_tampered_log_is_a_red_warning(
    qtbot: QtBot, open_log: Callable[[], AuditLogDialog], ui_session: UiSession, on_db: OnDb
) -> None:
    def tamper(archive: Archive) -> None:
        archive.db.execute("DROP TRIGGER audit_log_no_update")
        archive.db.execute("UPDATE audit_log SET target = 'person #99' WHERE seq = 2")

    on_db(tamper)
    dialog = open_log()
    assert dialog.status.text().startswith("Warning: the audit chain is broken at entry 2")
    assert "c62828" in dialog.status.styleSheet()


def test_lock_closes_maintenance_dialogs_and_forgets_typing(
    qtbot: QtBot, ui_session: UiSession, passwd: ChangePassphraseDialog
) -> None:
    passwd.current.setText(PASSPHRASE)
    with qtbot.waitSignal(passwd.rejected):
        ui_session.lock()
    assert passwd.current.text() == "" and not passwd.isVisible()


def test_escape_closes_the_log(
    qtbot: QtBot, open_log: Callable[[], AuditLogDialog], ui_session: UiSession
) -> None:
    dialog = open_log()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_cancel_button_of_passwd(qtbot: QtBot, passwd: ChangePassphraseDialog) -> None:
    with qtbot.waitSignal(passwd.rejected):
        cancel = passwd.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
