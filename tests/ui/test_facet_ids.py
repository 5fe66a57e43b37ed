"""Clicking a person facet filters by that person's id (issue 13): another person whose
name folds alike is not shown, and the facet's count is the result count."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from archive_app.session import Archive
from archive_app.settings import Settings
from tests.conftest import PASSPHRASE
from ui.main_window import MainWindow
from ui.session import UiSession

WAIT = 20_000


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path: Path) -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "facets.archive"
    folder = tmp_path / "files"
    folder.mkdir()
    for n in range(4):
        (folder / f"d{n}.txt").write_text(f"tribunal record {n}", encoding="utf-8")
    archive, _ = Archive.create(path, PASSPHRASE, Settings(actor="tester"))
    with archive:
        archive.registry.add_person("Yerlan Seitkali")
        archive.registry.add_person("Ерлан Сейткали")
        ids = sorted(archive.importer().import_paths([folder]).document_ids)
        archive.tags.tag(ids[:2], persons=["Yerlan Seitkali"])
        archive.tags.tag(ids[2:3], persons=["Ерлан Сейткали"])
    win = MainWindow(UiSession(Settings(actor="tester", idle_lock_minutes=5)))
    qtbot.addWidget(win)
    win.show()
    win.start.choose(path)
    qtbot.keyClicks(win.start.passphrase, PASSPHRASE)
    with qtbot.waitSignal(win.session.opened, timeout=WAIT):
        qtbot.mouseClick(win.start.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.view.results.results.rowCount() == 4, timeout=WAIT)
    yield win
    win.close()


def _value(win: MainWindow, group: str, text: str) -> QTreeWidgetItem:
    facets = win.view.facets
    for i in range(facets.topLevelItemCount()):
        top = facets.topLevelItem(i)
        if top is not None and top.text(0) == group:
            for j in range(top.childCount()):
                child = top.child(j)
                if child is not None and child.text(0) == text:
                    return child
    raise AssertionError(f"{group}/{text} not shown")


def test_person_facet_filters_by_id(qtbot: QtBot, window: MainWindow) -> None:
    item = _value(window, "Persons", "Yerlan Seitkali")
    assert item.text(1) == "2"
    before = window.view.last_result
    window.view.facets.itemClicked.emit(item, 0)
    qtbot.waitUntil(lambda: window.view.last_result is not before, timeout=WAIT)
    result = window.view.last_result
    assert result is not None and result.total == 2
    assert window.view.search_bar.text() == ""  # no person:"…" clause typed for the user
    assert "filtered by Yerlan Seitkali" in window.view.status.text()
    assert _value(window, "Persons", "Yerlan Seitkali").checkState(0) == Qt.CheckState.Checked
    before = window.view.last_result
    window.view.facets.itemClicked.emit(_value(window, "Persons", "Yerlan Seitkali"), 0)
    qtbot.waitUntil(lambda: window.view.last_result is not before, timeout=WAIT)
    assert window.view.last_result is not None and window.view.last_result.total == 4
