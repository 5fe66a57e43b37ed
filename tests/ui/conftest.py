"""Fixtures for the pytest-qt tests: an open UiSession on a temp archive."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from archive_app.session import Archive
from archive_app.settings import Settings
from tests.conftest import PASSPHRASE
from ui.session import UiSession

T = TypeVar("T")


class MessageBoxes:
    """Stand-in for QMessageBox's blocking static methods: records, answers ``answer``."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, str]] = []  # (kind, title, text)
        self.answer = QMessageBox.StandardButton.Cancel  # the careful answer to questions

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _, text in self.calls if kind is None or k == kind]

    def patch(self, monkeypatch: pytest.MonkeyPatch) -> None:
        for kind in ("question", "warning", "information", "critical"):
            monkeypatch.setattr(QMessageBox, kind, staticmethod(self._recorder(kind)))

    def _recorder(self, kind: str) -> Callable[..., QMessageBox.StandardButton]:
        def record(_parent: object, title: str, text: str, *rest: Any, **kw: Any) -> Any:
            self.calls.append((kind, title, text))
            return self.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return record


@pytest.fixture(autouse=True, scope="session")
def english_interface(qapp: Any) -> None:
    """The window in English, as tests read it: the English catalogue holds the plural
    forms ("1 document", "2 documents")."""
    from ui import i18n

    i18n.install("en")


@pytest.fixture(autouse=True)
def own_qt_settings(tmp_path: Path) -> None:
    """Each test's window keeps its geometry, splitters and recent list in a folder of its
    own: in the user's real ~/.config one test's saved window size became the next run's
    (a viewer 352 px wide: hits too small to see, the page under the view's top another)."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "qt-settings"
    folder.mkdir(exist_ok=True)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    """No test can hang on a modal message box; tests read what would have been shown."""
    boxes = MessageBoxes()
    boxes.patch(monkeypatch)
    return boxes


@pytest.fixture
def dialog_parent(qtbot: QtBot) -> Iterator[QWidget]:
    """The parent for dialogs under test, as the main window is in the app.

    Parented dialogs are owned by Qt, not by Python, and this parent outlives
    the session's database thread (``ui_session`` depends on it), so a dialog
    is only ever destroyed here, on the main thread.
    """
    parent = QWidget()
    yield parent
    parent.deleteLater()


@pytest.fixture
def ui_session(qtbot: QtBot, tmp_path: Path, dialog_parent: QWidget) -> Iterator[UiSession]:
    """A UiSession with a freshly created archive at ``tmp_path / "case.archive"``."""
    session = UiSession(Settings(actor="tester"))
    with qtbot.waitSignal(session.opened, timeout=20_000):
        session.create(tmp_path / "case.archive", PASSPHRASE)
    try:
        yield session
    finally:
        session.shutdown()


@pytest.fixture
def on_db(ui_session: UiSession) -> Callable[[Callable[[Archive], Any]], Any]:
    """Run ``fn(archive)`` on the session's database thread and return its result."""

    def call(fn: Callable[[Archive], T]) -> T:
        return ui_session.worker.submit(fn).result(timeout=30)

    return call
