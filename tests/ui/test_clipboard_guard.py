"""Copied archive text carries the clipboard-manager "secret" hint and is taken back after
the timeout, on lock and on quit, only while the clipboard still holds it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from ui.clipboard import KDE_HINT, ClipboardGuard, SecretTextBrowser, copy_text

PASSAGE = "Nazigul Maksutkhan was detained in Qalzhat on 3 March."


@pytest.fixture
def clipboard() -> Iterator[QClipboard]:
    board = QApplication.clipboard()
    board.clear()
    yield board
    board.clear()


@pytest.fixture
def guard(qtbot: QtBot, clipboard: QClipboard) -> Iterator[ClipboardGuard]:
    g = ClipboardGuard(1)
    yield g
    shiboken6.delete(g)  # now: a guard left alive would clear the next test's clipboard


def hint(clipboard: QClipboard) -> bytes:
    data = clipboard.mimeData()
    return bytes(data.data(KDE_HINT)) if data is not None else b""


def elsewhere(clipboard: QClipboard, text: str) -> None:
    """Another program copies ``text``: the app is not told it owns it (signals blocked)."""
    clipboard.blockSignals(True)
    try:
        clipboard.setText(text)
    finally:
        clipboard.blockSignals(False)


def test_viewer_copies_are_marked_where_they_are_made(qtbot: QtBot, clipboard: QClipboard) -> None:
    viewer = SecretTextBrowser()
    qtbot.addWidget(viewer)
    viewer.setPlainText(PASSAGE)
    viewer.selectAll()
    viewer.copy()
    assert clipboard.text() == PASSAGE
    assert hint(clipboard) == b"secret"
    assert viewer.createMimeDataFromSelection().hasFormat(KDE_HINT)  # drag, X11 selection


def test_copies_from_any_field_are_marked_by_the_guard(
    qtbot: QtBot, clipboard: QClipboard, guard: ClipboardGuard
) -> None:
    for widget in (QLineEdit(PASSAGE), QPlainTextEdit(PASSAGE)):
        qtbot.addWidget(widget)
        widget.selectAll()
        widget.copy()
        assert clipboard.text() == PASSAGE
        assert hint(clipboard) == b"secret"
        clipboard.clear()
    rich = QMimeData()
    rich.setText(PASSAGE)
    rich.setHtml(f"<b>{PASSAGE}</b>")
    clipboard.setMimeData(rich)
    assert hint(clipboard) == b"secret" and PASSAGE in clipboard.mimeData().html()


def test_cleared_after_the_timeout(
    qtbot: QtBot, clipboard: QClipboard, guard: ClipboardGuard
) -> None:
    copy_text(PASSAGE)
    assert clipboard.text() == PASSAGE and hint(clipboard) == b"secret"
    assert guard.holds_ours()
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)
    assert not guard.holds_ours()


def test_what_another_program_copied_is_left_alone(
    qtbot: QtBot, clipboard: QClipboard, guard: ClipboardGuard
) -> None:
    copy_text(PASSAGE)
    elsewhere(clipboard, "the user's own note")
    qtbot.wait(1500)  # past the timeout
    assert clipboard.text() == "the user's own note"
    guard.clear_ours()  # nor does locking touch it
    assert clipboard.text() == "the user's own note"


def test_zero_seconds_keeps_it_until_lock(
    qtbot: QtBot, clipboard: QClipboard, guard: ClipboardGuard
) -> None:
    guard.set_seconds(0)
    copy_text(PASSAGE)
    qtbot.wait(1300)
    assert clipboard.text() == PASSAGE
    guard.clear_ours()
    assert clipboard.text() == ""


def test_a_new_copy_restarts_the_timer(
    qtbot: QtBot, clipboard: QClipboard, guard: ClipboardGuard
) -> None:
    guard.set_seconds(2)
    copy_text("first")
    qtbot.wait(1200)
    copy_text(PASSAGE)
    qtbot.wait(1200)  # 2.4 s after the first copy, 1.2 s after the second
    assert clipboard.text() == PASSAGE
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)
