"""Nothing submitted before a lock is delivered after it, and the lock does not wait for
the work under way (the race is made deterministic with events; how long a close takes
is measured by ``bench/bench_lock.py``)."""

from __future__ import annotations

import threading
from typing import Any

from pytestqt.qtbot import QtBot

from archive_app.session import Archive
from archive_app.settings import Settings
from archive_app.tasks import CancelToken
from ui.session import UiSession


def test_a_result_arriving_after_a_lock_is_dropped(qtbot: QtBot, ui_session: UiSession) -> None:
    running, release = threading.Event(), threading.Event()
    delivered: list[Any] = []

    def loading(_archive: Archive) -> str:  # a document still loading when the user locks
        running.set()
        release.wait(10)
        return "page text of the document"

    ui_session.run(loading, delivered.append, delivered.append)
    ui_session.run(lambda _a: "queued behind it", delivered.append, delivered.append)
    assert running.wait(10)
    closed: list[bool] = []
    ui_session.lock(lambda: closed.append(True))
    release.set()  # the job finishes only now, after the lock
    # The close runs on the database thread after both jobs, and each outcome is handed to
    # the main thread in the order the jobs end: once the close is delivered, so were they.
    qtbot.waitUntil(lambda: closed == [True], timeout=20_000)
    assert delivered == []
    assert not ui_session.worker.is_open


def test_lock_cancels_the_job_under_way_and_closes(qtbot: QtBot, ui_session: UiSession) -> None:
    token = CancelToken()
    running = threading.Event()

    def long_job(archive: Archive) -> int:
        running.set()
        while True:  # a loop of short statements that checks its token
            if token.cancelled:
                return -1
            archive.db.scalar("SELECT count(*) FROM documents")

    failed: list[BaseException] = []
    ui_session.run(long_job, lambda _r: None, failed.append, cancel=token)
    assert running.wait(10)
    closed: list[bool] = []
    ui_session.lock(lambda: closed.append(True))
    qtbot.waitUntil(lambda: closed == [True], timeout=20_000)  # it would loop for ever
    assert token.cancelled and failed == []


def test_work_asked_for_after_the_window_shut_down_is_dropped(qtbot: QtBot) -> None:
    """A timer firing while the window closes (a coalesced refresh) asks for a search
    after the database thread is gone: nothing runs, nothing is raised."""
    session = UiSession(Settings(actor="tester"))
    session.shutdown()
    ran: list[object] = []
    session.run(lambda archive: ran.append(archive), ran.append, ran.append)
    assert ran == []
