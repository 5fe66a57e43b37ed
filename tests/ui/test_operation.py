"""The window's one operation helper (issue 13): a reindex started from the menu shows
progress in the status bar and can be cancelled, keeping the previous index; a lock
drops the operation at once; the deep check and the backup run through it too."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

import archive_app.search as search_module
from archive_app.session import Archive
from archive_app.settings import Settings
from archive_app.tasks import CancelToken, ProgressCallback
from indexing.search import index as index_module
from tests.conftest import PASSPHRASE
from ui.main_window import MainWindow
from ui.operation import ArchiveOperation
from ui.session import UiSession
from ui.status_operation import StatusOperation

WAIT = 20_000
DOCUMENTS = 6


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path: Path) -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    path = tmp_path / "window.archive"
    folder = tmp_path / "files"
    folder.mkdir()
    for n in range(DOCUMENTS):
        (folder / f"d{n}.txt").write_text(f"Qalzhat hearing record {n} " * 30, encoding="utf-8")
    archive, _ = Archive.create(path, PASSPHRASE, Settings(actor="tester"))
    with archive:
        archive.importer().import_paths([folder])
    return path


@pytest.fixture
def window(qtbot: QtBot, archive_path: Path) -> Iterator[MainWindow]:
    win = MainWindow(UiSession(Settings(actor="tester", idle_lock_minutes=5)))
    qtbot.addWidget(win)
    win.show()
    win.start.choose(archive_path)
    qtbot.keyClicks(win.start.passphrase, PASSPHRASE)
    with qtbot.waitSignal(win.session.opened, timeout=WAIT):
        qtbot.mouseClick(win.start.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.view.results.results.rowCount() > 0, timeout=WAIT)
    yield win
    win.close()


@pytest.fixture
def held_batch(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, threading.Event]:
    """The reindex writes one document per batch and waits in its third one until released."""
    monkeypatch.setattr(search_module, "REINDEX_PAGES", 1)
    running, release = threading.Event(), threading.Event()
    original = index_module.IndexBatch.add
    calls = [0]

    def add(self: Any, document_id: int, pages: Any = None) -> None:
        calls[0] += 1
        if calls[0] == 3:
            running.set()
            release.wait(10)
        original(self, document_id, pages)

    monkeypatch.setattr(index_module.IndexBatch, "add", add)
    return running, release


def _on_db(win: MainWindow, fn: Any) -> Any:
    return win.session.worker.submit(fn).result(timeout=30)


def test_reindex_from_the_menu_shows_progress_and_cancel_keeps_the_index(
    qtbot: QtBot, window: MainWindow, held_batch: tuple[threading.Event, threading.Event]
) -> None:
    running, release = held_batch
    name = _on_db(window, lambda a: a.index.name)
    window.reindex_action.trigger()
    assert running.wait(10)
    status = window.operation
    qtbot.waitUntil(lambda: status.bar.maximum() == DOCUMENTS, timeout=WAIT)
    assert status.isVisible() and status.owner is window.operations
    assert "Rebuilding the search index" in status.label.text()
    assert status.bar.value() >= 1
    qtbot.mouseClick(status.cancel_button, Qt.MouseButton.LeftButton)
    assert not status.cancel_button.isEnabled()  # "Stopping…"
    release.set()
    qtbot.waitUntil(lambda: not status.active, timeout=WAIT)
    assert "cancelled" in window.statusBar().currentMessage()
    assert _on_db(window, lambda a: a.index.name) == name
    assert _on_db(window, lambda a: a.search.status().ok)
    assert _on_db(window, lambda a: a.search.search("Qalzhat").total) == DOCUMENTS


def test_reindex_from_the_menu_finishes_and_announces_the_index(
    qtbot: QtBot, window: MainWindow
) -> None:
    heard: list[str] = []
    window.session.changed.connect(heard.append)
    name = _on_db(window, lambda a: a.index.name)
    window.reindex_action.trigger()
    qtbot.waitUntil(lambda: "index" in heard, timeout=WAIT)
    # the change is announced from the job; the status bar is put away on the main thread
    qtbot.waitUntil(lambda: not window.operation.active, timeout=WAIT)
    assert _on_db(window, lambda a: a.index.name) != name


def test_a_lock_drops_the_operation_at_once(
    qtbot: QtBot, window: MainWindow, held_batch: tuple[threading.Event, threading.Event]
) -> None:
    running, release = held_batch
    window.reindex_action.trigger()
    assert running.wait(10)
    token = window.operations.token
    with qtbot.waitSignal(window.session.closed, timeout=WAIT):
        window.session.lock()
    release.set()
    assert token.cancelled and not window.operation.active
    assert not window.operations.running


def test_failure_and_cancel_reach_their_handlers(qtbot: QtBot, ui_session: UiSession) -> None:
    display = StatusOperation()
    qtbot.addWidget(display)
    op = ArchiveOperation(ui_session, display)
    outcome: list[Any] = []

    def check(archive: Archive, progress: ProgressCallback, cancel: CancelToken) -> Any:
        cancel.cancel()  # as if Cancel was clicked before the first document
        return archive.maintenance.check(deep=True, progress=progress, cancel=cancel)

    def fill(archive: Archive) -> None:
        folder = Path(str(archive.path) + ".files")
        folder.mkdir()
        (folder / "a.txt").write_text("one document", encoding="utf-8")
        archive.importer().import_paths([folder])

    ui_session.worker.submit(fill).result(timeout=30)
    assert op.run(
        "Checking", check, outcome.append, outcome.append, cancelled=lambda: outcome.append("c")
    )
    assert not op.run("again", check)  # one at a time
    qtbot.waitUntil(lambda: outcome == ["c"], timeout=WAIT)
    assert not display.active

    def broken(_a: Archive, _p: ProgressCallback, _c: CancelToken) -> None:
        raise ValueError("boom")

    assert op.run("Broken", broken, outcome.append, outcome.append)
    qtbot.waitUntil(lambda: len(outcome) == 2, timeout=WAIT)
    assert isinstance(outcome[1], ValueError)


def test_deep_check_dialog_shows_progress_and_cancels(
    qtbot: QtBot, ui_session: UiSession, dialog_parent: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from storage import blobs
    from ui.dialogs.maintenance import IntegrityCheckDialog

    def fill(archive: Archive) -> None:
        folder = Path(str(archive.path) + ".files")
        folder.mkdir()
        for n in range(4):
            (folder / f"d{n}.txt").write_text(f"document {n}", encoding="utf-8")
        archive.importer().import_paths([folder])

    ui_session.worker.submit(fill).result(timeout=30)
    running, release = threading.Event(), threading.Event()
    original = blobs.stored_digest

    def held(db: Any, doc_id: int) -> Any:
        running.set()
        release.wait(10)
        return original(db, doc_id)

    monkeypatch.setattr(blobs, "stored_digest", held)
    dialog = IntegrityCheckDialog(ui_session, dialog_parent)
    dialog.show()
    dialog.deep.setChecked(True)
    dialog.run()
    assert running.wait(10)
    qtbot.waitUntil(lambda: dialog.busy.bar.maximum() == 4, timeout=WAIT)
    assert dialog.busy.isVisible() and "1 of 4" in dialog.busy.label.text()
    qtbot.mouseClick(dialog.busy.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: not dialog.busy.active, timeout=WAIT)
    assert "cancelled" in dialog.summary.text() and dialog.report is None
    assert dialog.run_button.isEnabled()
    dialog.close()
