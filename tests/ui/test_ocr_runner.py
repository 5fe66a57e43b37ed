"""Background OCR in the window: opening an archive with queued scans reads them with
progress and Cancel in the status bar while searches still run; the lock stops it at
once and the next unlock resumes; without Tesseract the window says so once."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from archive_app.ocr import OcrJob
from archive_app.session import Archive
from archive_app.settings import Settings
from indexing.ocr import ocr_problem
from tests.conftest import PASSPHRASE
from tests.support.scans import scan_page, scanned_pdf
from ui.main_window import MainWindow
from ui.session import UiSession

WAIT = 60_000
PAGES = 4
TEXT = "Protocol of the hearing.\nThe witness Bolat Nurlanuly confirmed page {n}."


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path: Path) -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    scan = tmp_path / "scan.pdf"
    pages = [scan_page(TEXT.format(n=n), stamp=False, noise=0, dpi=150) for n in range(PAGES)]
    scan.write_bytes(scanned_pdf(pages, dpi=150))
    path = tmp_path / "ocr.archive"
    archive, _ = Archive.create(path, PASSPHRASE, Settings(actor="tester"))
    with archive:
        archive.importer().import_paths([scan])
        assert archive.ocr.counts() == (PAGES, 0)
    return path


def _unlock(qtbot: QtBot, win: MainWindow, path: Path) -> None:
    win.start.choose(path)
    win.start.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(win.session.opened, timeout=WAIT):
        win.start.unlock_button.click()


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    win = MainWindow(UiSession(Settings(actor="tester", idle_lock_minutes=5)))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def _queue(win: MainWindow) -> tuple[int, int]:
    counts: tuple[int, int] = win.session.worker.submit(lambda a: a.ocr.counts()).result(30)
    return counts


@pytest.mark.skipif(bool(ocr_problem()), reason="Tesseract (kaz+rus+eng) missing")
def test_scans_are_read_in_the_background_and_the_lock_stops_it(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    runner, status = window.ocr, window.ocr.status
    _unlock(qtbot, window, archive_path)
    qtbot.waitUntil(lambda: runner.running and status.isVisible(), timeout=WAIT)
    assert status.cancel_button.isEnabled()
    found: list[int] = []  # the database thread stays free for a search meanwhile
    window.session.run(lambda a: a.search.search("hearing").total, found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=WAIT)
    assert runner.running

    qtbot.waitUntil(lambda: status.bar.value() > 0, timeout=WAIT)  # a step is stored
    assert "OCR: " in status.label.text() and f" of {PAGES} pages" in status.label.text()
    window.lock_action.trigger()  # the lock wins: processes killed, nothing delivered after
    assert not runner.running and not status.isVisible()
    qtbot.wait(300)
    assert not runner.running

    _unlock(qtbot, window, archive_path)  # resumes with what is still queued
    qtbot.waitUntil(lambda: runner.report is not None and not runner.running, timeout=WAIT)
    assert runner.report is not None and runner.report.finished and not runner.report.cancelled
    assert _queue(window) == (0, 0)
    assert "OCR finished" in window.statusBar().currentMessage()
    total = window.session.worker.submit(lambda a: a.search.search("Nurlanuly").total).result(30)
    assert total == 1


def test_cancel_keeps_what_was_read(
    qtbot: QtBot, window: MainWindow, archive_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if ocr_problem():
        pytest.skip("Tesseract (kaz+rus+eng) missing")
    read = OcrJob.read

    def slow_read(*args: Any, **kwargs: Any) -> Any:  # a page at a time, as on a long scan:
        time.sleep(0.5)  # a fast machine would finish the 4 pages before Cancel arrives
        return read(*args, **kwargs)

    monkeypatch.setattr(OcrJob, "read", staticmethod(slow_read))
    runner, status = window.ocr, window.ocr.status
    _unlock(qtbot, window, archive_path)
    qtbot.waitUntil(lambda: runner.running, timeout=WAIT)
    status.cancel_button.click()
    qtbot.waitUntil(lambda: not runner.running, timeout=WAIT)
    assert runner.report is not None and runner.report.cancelled
    queued, _ = _queue(window)
    assert queued == PAGES - runner.report.read
    assert "OCR stopped" in window.statusBar().currentMessage()
    window.session.notify("documents")  # a later change must not start it again
    qtbot.wait(1000)
    assert not runner.running and _queue(window)[0] == PAGES - runner.report.read


def test_without_tesseract_the_window_says_so_once(
    qtbot: QtBot, window: MainWindow, archive_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ARCHIVE_APP_TESSERACT", "")  # as if not installed
    _unlock(qtbot, window, archive_path)
    qtbot.waitUntil(lambda: window.ocr.warned, timeout=WAIT)
    message = window.statusBar().currentMessage()
    assert "4 scanned pages cannot be read" in message and "apt-get install" in message
    assert not window.ocr.running
    window.statusBar().clearMessage()
    window.session.notify("documents")  # e.g. after another import: not said again
    qtbot.wait(300)
    assert window.statusBar().currentMessage() == ""
    assert _queue(window) == (PAGES, 0)  # still queued for when Tesseract is installed
