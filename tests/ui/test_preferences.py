"""Preferences and the start screen's recent list: kept only while wanted, forgotten in
one click, and the clipboard and idle-lock times applied to the running window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from archive_app.recent import note_opened
from archive_app.session import Archive
from archive_app.settings import Settings, load_settings, settings_path
from tests.conftest import PASSPHRASE
from ui.dialogs.preferences import PreferencesDialog
from ui.main_window import MainWindow
from ui.session import UiSession

WAIT = 20_000
NAME = "atajurt-maksutkhan.archive"


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path: Path) -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    path = tmp_path / NAME
    Archive.create(path, PASSPHRASE, Settings(actor="tester"))[0].close()
    return path


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    win = MainWindow(UiSession(load_settings()))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def saved() -> str:
    return settings_path().read_text(encoding="utf-8") if settings_path().exists() else ""


def listed(win: MainWindow) -> list[str]:
    recent = win.start.recent
    return [recent.item(i).text() for i in range(recent.count())] if recent.isVisible() else []


def unlock_and_lock(qtbot: QtBot, win: MainWindow, path: Path) -> None:
    win.start.choose(path)
    win.start.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(win.session.opened, timeout=WAIT):
        qtbot.mouseClick(win.start.unlock_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(win.session.closed, timeout=WAIT):
        win.lock()


def test_start_screen_keeps_the_list_only_while_ticked(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    start = window.start
    assert start.remember_recent.isChecked()  # the default, as in KeePassXC
    unlock_and_lock(qtbot, window, archive_path)
    assert listed(window) == [str(archive_path)]
    assert NAME in saved() and start.forget_recent.isVisible()

    start.remember_recent.click()  # untick
    assert listed(window) == [] and NAME not in saved()
    assert load_settings().remember_recent is False
    unlock_and_lock(qtbot, window, archive_path)
    assert listed(window) == [] and NAME not in saved()

    start.remember_recent.click()  # tick again: nothing comes back by itself
    assert listed(window) == []
    unlock_and_lock(qtbot, window, archive_path)
    assert listed(window) == [str(archive_path)]
    qtbot.mouseClick(start.forget_recent, Qt.MouseButton.LeftButton)
    assert listed(window) == [] and NAME not in saved()
    assert not start.forget_recent.isVisible() and start.remember_recent.isChecked()


def test_preferences_dialog_forgets_at_once_and_saves_on_ok(
    qtbot: QtBot, archive_path: Path
) -> None:
    settings = load_settings()
    note_opened(settings, archive_path)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.remember_recent.isChecked() and dialog.forget_button.isEnabled()
    assert dialog.clear_clipboard.isChecked() and dialog.clear_seconds.value() == 30
    assert dialog.idle_minutes.value() == 5
    with qtbot.waitSignal(dialog.recent_forgotten):
        qtbot.mouseClick(dialog.forget_button, Qt.MouseButton.LeftButton)
    assert NAME not in saved() and not dialog.forget_button.isEnabled()

    dialog.clear_clipboard.setChecked(False)
    assert not dialog.clear_seconds.isEnabled()
    dialog.idle_minutes.setValue(9)
    dialog.remember_recent.setChecked(False)
    dialog.accept()
    stored = load_settings()
    assert stored.clipboard_clear_seconds == 0  # only on lock and quit
    assert stored.idle_lock_minutes == 9 and stored.remember_recent is False


def test_cancel_changes_nothing(qtbot: QtBot) -> None:
    settings = load_settings()
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.clear_seconds.setValue(11)
    dialog.remember_recent.setChecked(False)
    dialog.reject()
    assert settings.clipboard_clear_seconds == 30 and settings.remember_recent
    assert not settings_path().exists()


def test_window_preferences_apply_to_the_clipboard_and_the_idle_lock(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.preferences_action.isEnabled()  # also while locked
    assert not window.preferences_action.shortcut().isEmpty()  # Ctrl+, where Qt has none

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PreferencesDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.clear_seconds.setValue(12)
        dialog.idle_minutes.setValue(7)
        dialog.accept()

    QTimer.singleShot(0, answer)
    window.preferences_action.trigger()
    assert window.clipboard_guard.seconds == 12
    assert window.idle_timer.interval() == 7 * 60_000
    assert '"clipboard_clear_seconds": 12' in saved()


def test_a_list_left_by_an_earlier_version_moves_out_of_the_window_settings(
    qtbot: QtBot, archive_path: Path
) -> None:
    legacy = QSettings("secure-case-archive", "desktop")
    legacy.setValue("recent", [str(archive_path)])
    legacy.sync()
    win = MainWindow(UiSession(load_settings()))
    qtbot.addWidget(win)
    assert QSettings("secure-case-archive", "desktop").value("recent") is None
    assert str(archive_path) in saved()  # kept, since the list is on by default
    assert win.start.recent.count() == 1
