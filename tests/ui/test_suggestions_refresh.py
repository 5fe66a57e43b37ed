"""A name added in the persons dialog is suggested on documents imported before, in the
background: the window stays usable, the status bar shows progress and Cancel, a lock
stops it. Names are written exactly as registered."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from archive_app.session import Archive
from archive_app.settings import Settings
from archive_app.suggestions import SuggestionService
from tests.conftest import PASSPHRASE
from ui.dialogs.persons import PersonsDialog
from ui.main_window import MainWindow
from ui.session import UiSession

WAIT = 20_000
NEWCOMER = "Aigerim Bekova"
DOCUMENTS = 30
SLOW = 0.04  # seconds per document: the refresh takes over a second, in many steps


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path: Path) -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    """Statements naming the newcomer, imported before anybody was registered."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(DOCUMENTS):
        text = f"Statement {i:02}.\n{NEWCOMER} was questioned for {i + 1} hours.\n"
        (folder / f"s{i:02}.txt").write_text(text, encoding="utf-8")
    path = tmp_path / "refresh.archive"
    archive, _ = Archive.create(path, PASSPHRASE, Settings(actor="tester"))
    with archive:
        archive.importer().import_paths([folder])
    return path


@pytest.fixture
def slow_refresh(monkeypatch: pytest.MonkeyPatch) -> None:
    real = SuggestionService.refresh_counted

    def slow(self: SuggestionService, doc_id: int, registry: Any = None) -> tuple[int, int]:
        time.sleep(SLOW)
        return real(self, doc_id, registry)

    monkeypatch.setattr(SuggestionService, "refresh_counted", slow)


@pytest.fixture
def window(qtbot: QtBot, archive_path: Path) -> Iterator[MainWindow]:
    win = MainWindow(UiSession(Settings(actor="tester", idle_lock_minutes=5)))
    qtbot.addWidget(win)
    win.show()
    win.start.choose(archive_path)
    win.start.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(win.session.opened, timeout=WAIT):
        win.start.unlock_button.click()
    qtbot.waitUntil(lambda: win.view.results.results.rowCount() == DOCUMENTS, timeout=WAIT)
    yield win
    win.close()


def persons_dialog(window: MainWindow) -> PersonsDialog:
    window.persons_action.trigger()
    dialog = window._persons_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    return dialog


def save_person(qtbot: QtBot, dialog: PersonsDialog, name: str, aliases: str = "") -> None:
    dialog.name_edit.setText(name)
    dialog.aliases_edit.setPlainText(aliases)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def shown_suggestions(window: MainWindow) -> list[str]:
    box = window.view.details.suggest_box
    if not box.isVisibleTo(window.view.details):
        return []
    return [label.text() for label in box.findChildren(QLabel) if label.isVisibleTo(box)]


def suggested_ids(window: MainWindow) -> list[int]:
    def read(archive: Archive) -> list[int]:
        return [
            d.id
            for d in archive.documents.all()
            if any(s.kind == "person" for s in archive.suggestions.pending(d.id))
        ]

    result: list[int] = window.session.worker.submit(read).result(timeout=30)
    return result


def test_adding_a_person_suggests_them_on_imported_documents_in_the_background(
    qtbot: QtBot, window: MainWindow, slow_refresh: None
) -> None:
    hits = window.view.results.results.hits
    row = next(i for i, h in enumerate(hits) if h.filename == "s00.txt")
    window.view.results.setCurrentIndex(window.view.results.results.index(row))
    details = window.view.details
    qtbot.waitUntil(lambda: f"#{hits[row].id}" in details.heading.text(), timeout=WAIT)
    assert shown_suggestions(window) == []

    dialog = persons_dialog(window)
    save_person(qtbot, dialog, NEWCOMER)
    refresher, operation = window.suggestion_refresh, window.operation
    qtbot.waitUntil(lambda: operation.isVisible() and operation.bar.value() > 0, timeout=WAIT)
    assert "documents:" in operation.label.text() and operation.cancel_button.isEnabled()

    found: list[int] = []  # the window and its database thread stay usable meanwhile
    window.session.run(lambda a: a.search.search("questioned").total, found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=WAIT)
    assert refresher.running, "a search waits for one step, not for the whole refresh"
    assert found == [DOCUMENTS]

    qtbot.waitUntil(lambda: not refresher.running, timeout=WAIT)
    assert refresher.report is not None and refresher.report.finished
    assert not operation.isVisible()
    assert "new suggestions: 30" in window.statusBar().currentMessage()
    qtbot.waitUntil(
        lambda: any(NEWCOMER in text for text in shown_suggestions(window)), timeout=WAIT
    )
    assert "Person: " + NEWCOMER in shown_suggestions(window)[0]
    assert len(suggested_ids(window)) == DOCUMENTS


def test_cancel_in_the_status_bar_stops_and_keeps_what_was_done(
    qtbot: QtBot, window: MainWindow, slow_refresh: None
) -> None:
    dialog = persons_dialog(window)
    save_person(qtbot, dialog, "Placeholder Person")  # names nobody: a quick refresh
    refresher, operation = window.suggestion_refresh, window.operation
    qtbot.waitUntil(lambda: not refresher.running and dialog.current is not None, timeout=WAIT)

    save_person(qtbot, dialog, "Placeholder Person", NEWCOMER)  # an alias: refresh again
    qtbot.waitUntil(lambda: operation.bar.value() > 0, timeout=WAIT)
    qtbot.mouseClick(operation.cancel_button, Qt.MouseButton.LeftButton)
    assert "Stopping" in operation.label.text() and not operation.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not refresher.running, timeout=WAIT)

    report = refresher.report
    assert report is not None and report.cancelled and 0 < report.done < report.total
    assert "cancelled" in window.statusBar().currentMessage()
    assert not operation.isVisible()
    ids = sorted(h.id for h in window.view.results.results.hits)
    done = suggested_ids(window)
    assert done == ids[: report.done]  # every document refreshed before Cancel, no other

    window.suggest_action.trigger()  # Archive > Refresh suggested tags finishes the job
    qtbot.waitUntil(lambda: operation.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: not refresher.running, timeout=WAIT)
    assert refresher.report is not None and refresher.report.finished
    assert suggested_ids(window) == ids


def test_only_a_change_of_name_or_alias_starts_a_refresh(qtbot: QtBot, window: MainWindow) -> None:
    dialog = persons_dialog(window)
    with qtbot.waitSignal(dialog.names_changed, timeout=WAIT):
        save_person(qtbot, dialog, NEWCOMER)
    qtbot.waitUntil(lambda: not window.suggestion_refresh.running, timeout=WAIT)
    dialog.role_edit.setCurrentText("witness")
    with qtbot.assertNotEmitted(dialog.names_changed, wait=300):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Saved" in dialog.message.text(), timeout=WAIT)
    assert not window.suggestion_refresh.running


def test_a_lock_cancels_the_refresh(
    qtbot: QtBot, window: MainWindow, slow_refresh: None, archive_path: Path
) -> None:
    dialog = persons_dialog(window)
    save_person(qtbot, dialog, NEWCOMER)
    refresher, operation = window.suggestion_refresh, window.operation
    qtbot.waitUntil(lambda: operation.bar.value() > 0, timeout=WAIT)
    window.lock()
    assert not refresher.running and not operation.isVisible() and not dialog.isVisible()
    qtbot.waitUntil(lambda: not window.session.worker.is_open, timeout=WAIT)
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    qtbot.wait(300)  # nothing of the refresh is delivered after the lock
    assert not any("suggest" in m for m in messages)

    with Archive.open(archive_path, PASSPHRASE) as archive:
        ids = [d.id for d in archive.documents.all()]
        done = [i for i in ids if archive.suggestions.pending(i)]
    assert 0 < len(done) < DOCUMENTS and done == ids[: len(done)]

    window.start.passphrase.setText(PASSPHRASE)  # the same archive again: it starts over
    with qtbot.waitSignal(window.session.opened, timeout=WAIT):
        window.start.unlock_button.click()
    qtbot.waitUntil(lambda: refresher.running and operation.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: not refresher.running, timeout=WAIT)
    assert refresher.report is not None and refresher.report.finished
    assert suggested_ids(window) == ids
