"""Change notifications (issue 13): every job that writes says what it changed, and an
open window shows it at once: a person renamed or a consent changed elsewhere (here a
job that notifies nothing itself) appears in the facets and details without a new
search; nothing written before a lock is announced after it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from archive_app.changes import kinds_of
from archive_app.session import Archive
from archive_app.settings import Settings
from tests.conftest import PASSPHRASE
from ui.main_window import MainWindow
from ui.session import UiSession

WAIT = 20_000


def test_audited_actions_say_what_they_change() -> None:
    assert kinds_of("person.edit") == ("registry",)
    assert "consent" in kinds_of("consent.set")
    assert "tags" in kinds_of("document.tag")
    assert kinds_of("document.get") == () and kinds_of("export.bundle") == ()
    assert "redactions" in kinds_of("redaction.add") and "index" in kinds_of("index.rebuild")


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path: Path) -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "changes.archive"
    folder = tmp_path / "files"
    folder.mkdir()
    (folder / "a.txt").write_text("tribunal record", encoding="utf-8")
    archive, _ = Archive.create(path, PASSPHRASE, Settings(actor="tester"))
    with archive:
        archive.registry.add_person("Yerlan Seitkali")
        ids = archive.importer().import_paths([folder]).document_ids
        archive.tags.tag(ids, persons=["Yerlan Seitkali"])
    win = MainWindow(UiSession(Settings(actor="tester", idle_lock_minutes=5)))
    qtbot.addWidget(win)
    win.show()
    win.start.choose(path)
    qtbot.keyClicks(win.start.passphrase, PASSPHRASE)
    with qtbot.waitSignal(win.session.opened, timeout=WAIT):
        qtbot.mouseClick(win.start.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.view.results.results.rowCount() == 1, timeout=WAIT)
    yield win
    win.close()


def _persons(win: MainWindow) -> list[str]:
    facets = win.view.facets
    for i in range(facets.topLevelItemCount()):
        top = facets.topLevelItem(i)
        if top is not None and top.text(0) == "Persons":
            return [top.child(j).text(0) for j in range(top.childCount())]  # type: ignore[union-attr]
    return []


def test_a_rename_elsewhere_shows_at_once(qtbot: QtBot, window: MainWindow) -> None:
    assert _persons(window) == ["Yerlan Seitkali"]
    heard: list[str] = []
    window.session.changed.connect(heard.append)
    window.session.run(lambda a: a.registry.edit_person("Yerlan Seitkali", name="Erlan Seitkali"))
    qtbot.waitUntil(lambda: _persons(window) == ["Erlan Seitkali"], timeout=WAIT)
    assert heard == ["registry"]


def test_a_tag_shows_in_the_open_details(qtbot: QtBot, window: MainWindow) -> None:
    assert window.view.last_result is not None
    doc_id = window.view.last_result.hits[0].id
    details = window.view.details
    window.view.results.setCurrentIndex(window.view.results.results.index(0))  # as a click
    qtbot.waitUntil(lambda: details._doc is not None, timeout=WAIT)
    window.session.run(lambda a: a.registry.add_case("Atajurt 19"))
    window.session.run(lambda a: a.tags.tag([doc_id], cases=["Atajurt 19"]))
    qtbot.waitUntil(
        lambda: details._doc is not None and "Atajurt 19" in details._doc.cases, timeout=WAIT
    )


def test_nothing_written_before_a_lock_is_announced_after_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    heard: list[str] = []
    window.session.changed.connect(heard.append)
    running, release = threading.Event(), threading.Event()

    def rename_then_wait(archive: Archive) -> None:
        archive.registry.edit_person("Yerlan Seitkali", name="Erlan Seitkali")
        running.set()
        release.wait(10)

    window.session.run(rename_then_wait, None, lambda _e: None)
    assert running.wait(10)
    with qtbot.waitSignal(window.session.closed, timeout=WAIT):
        window.session.lock()
    release.set()
    qtbot.wait(200)
    assert heard == []
