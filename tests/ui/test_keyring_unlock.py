"""'Remember on this computer' does what it says: with a secure keyring (an in-memory
stand-in here) the start screen offers to unlock with the remembered passphrase; a stale
one is forgotten, never retried; unticking the box forgets it at the next unlock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from archive_app import secrets
from tests.conftest import PASSPHRASE
from tests.ui import test_main_window as main_flows
from tests.ui.test_main_window import WAIT
from ui.main_window import MainWindow

isolated_qsettings = main_flows.isolated_qsettings
archive_path = main_flows.archive_path
window = main_flows.window


class MemoryKeyring:
    """Stands in for Secret Service / Keychain / Credential Locker (a secure backend)."""

    priority = 5

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, user: str) -> str | None:
        return self.items.get((service, user))

    def set_password(self, service: str, user: str, password: str) -> None:
        self.items[(service, user)] = password

    def delete_password(self, service: str, user: str) -> None:
        del self.items[(service, user)]


@pytest.fixture(autouse=True)
def keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    ring = MemoryKeyring()
    monkeypatch.setattr(secrets, "_secure_backend", lambda: ring)
    return ring


def _click(qtbot: QtBot, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _type_and_unlock(qtbot: QtBot, win: MainWindow) -> None:
    """Unlock with the typed passphrase, keeping the "Remember" box as the test set it."""
    qtbot.keyClicks(win.start.passphrase, PASSPHRASE)
    with qtbot.waitSignal(win.session.opened, timeout=WAIT):
        _click(qtbot, win.start.unlock_button)


def test_a_remembered_passphrase_unlocks_without_typing(
    qtbot: QtBot, window: MainWindow, archive_path: Path, keyring: MemoryKeyring
) -> None:
    window.start.choose(archive_path)
    assert window.start.keyring_button.isHidden()  # nothing remembered yet
    window.start.remember.setChecked(True)
    _type_and_unlock(qtbot, window)
    assert secrets.recall(archive_path) == PASSPHRASE
    window.lock()
    window.start.choose(archive_path)
    assert not window.start.keyring_button.isHidden()
    assert window.start.remember.isChecked()
    with qtbot.waitSignal(window.session.opened, timeout=WAIT):
        _click(qtbot, window.start.keyring_button)
    assert window.start.passphrase.text() == ""  # nothing was typed or kept on screen


def test_a_stale_remembered_passphrase_is_forgotten_not_retried(
    qtbot: QtBot, window: MainWindow, archive_path: Path, keyring: MemoryKeyring
) -> None:
    secrets.remember(archive_path, "an old passphrase changed on another computer")
    window.start.choose(archive_path)
    _click(qtbot, window.start.keyring_button)
    qtbot.waitUntil(lambda: window.start.error.isVisible(), timeout=WAIT)
    assert "forgotten" in window.start.error.text()
    assert secrets.recall(archive_path) is None
    assert window.start.keyring_button.isHidden()
    assert not window.session.is_open


def test_unticking_remember_forgets_at_the_next_unlock(
    qtbot: QtBot, window: MainWindow, archive_path: Path, keyring: MemoryKeyring
) -> None:
    secrets.remember(archive_path, PASSPHRASE)
    window.start.choose(archive_path)
    assert window.start.remember.isChecked()  # remembered: ticked
    window.start.remember.setChecked(False)
    _type_and_unlock(qtbot, window)
    assert secrets.recall(archive_path) is None
