"""A long working day: thousands of database tasks delivered to the main thread.

PySide6 6.12.0 lost a reference to ``True`` on every Signal.emit() and aborted the
interpreter after about a thousand; this is the test that would have caught it.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ui.session import UiSession


def test_thousands_of_tasks_reach_the_main_thread(qtbot: QtBot, ui_session: UiSession) -> None:
    results: list[int] = []
    for n in range(3000):
        ui_session.run(lambda archive, n=n: n, results.append)
    qtbot.waitUntil(lambda: len(results) == 3000, timeout=60_000)
    assert results == list(range(3000))
    assert not ui_session.tasks.busy
