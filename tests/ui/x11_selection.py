"""Run under X11 only (``tests/ui/test_primary_selection.py`` starts it in Xvfb): text
selected in the viewer goes to the X11 primary selection, which another program can
read; after a lock nobody can. Not collected by the ordinary run (the offscreen platform
has no selection): its name does not start with ``test_``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from pytestqt.qtbot import QtBot

from tests.ui.test_main_window import WAIT, archive_path, search, unlock, window
from ui.main_window import MainWindow

__all__ = ["archive_path", "window"]  # the fixtures of the window tests, used here


READER = """
import sys
from PySide6.QtGui import QClipboard, QGuiApplication
app = QGuiApplication(sys.argv)
sys.stdout.write(app.clipboard().text(QClipboard.Mode.Selection))
"""


def primary_as_another_program_sees_it(qtbot: QtBot) -> str:
    """What another X client reads from the PRIMARY selection (the window answers it
    meanwhile, so this waits with the event loop running)."""
    reader = subprocess.Popen(
        [sys.executable, "-c", READER], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    qtbot.waitUntil(lambda: reader.poll() is not None, timeout=WAIT)
    assert reader.stdout is not None
    return reader.stdout.read().decode("utf-8", "replace")


def test_the_primary_selection_is_empty_after_a_lock(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    assert QGuiApplication.platformName() == "xcb"
    clipboard = QGuiApplication.clipboard()
    assert clipboard.supportsSelection()
    unlock(qtbot, window, archive_path)
    search(qtbot, window, "Seitkali")
    window.view.results.setCurrentIndex(window.view.results.results.index(0))
    text = window.view.viewer.text
    qtbot.waitUntil(lambda: "Seitkali" in text.toPlainText(), timeout=WAIT)
    text.setFocus()
    qtbot.keyClick(text, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # as a user selects
    assert clipboard.ownsSelection()
    assert "Seitkali" in clipboard.text(QClipboard.Mode.Selection)
    assert "Seitkali" in primary_as_another_program_sees_it(qtbot)  # the leak a lock ends

    with qtbot.waitSignal(window.session.closed, timeout=WAIT):
        window.lock_action.trigger()  # Ctrl+L (no window manager here to make it active)
    assert not clipboard.ownsSelection()
    assert clipboard.text(QClipboard.Mode.Selection) == ""
    assert primary_as_another_program_sees_it(qtbot) == ""
