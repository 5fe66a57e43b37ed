"""Background OCR in the window: opening an archive with queued scans reads them with
progress and Cancel in the status bar while searches still run; Cancel keeps what was
read and lasts until the next unlock; the lock stops it at once, delivers nothing of it
afterwards, and the next unlock resumes; pages queued later are read too; without
Tesseract the window says so once. Races are made deterministic with events: a reading
or a store waits until the test has clicked Cancel or locked."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from archive_app.ocr import OcrJob, OcrReport
from archive_app.session import Archive
from archive_app.settings import Settings
from indexing.ocr import ocr_problem
from tests.conftest import PASSPHRASE
from tests.support.scans import scan_page, scanned_pdf
from tests.ui.test_operation_epoch import Heard, held_at
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


def _settled(qtbot: QtBot, win: MainWindow) -> None:
    """Every job submitted so far has come back to the main thread (one database thread,
    its outcomes delivered in the order the jobs end)."""
    back: list[object] = []
    win.session.run(lambda _archive: None, back.append)
    qtbot.waitUntil(lambda: back == [None], timeout=WAIT)


def _page_a_step(monkeypatch: pytest.MonkeyPatch) -> None:
    """One page per step whatever the number of cores, so a test can stop between pages."""
    next_work = OcrJob.next_work
    monkeypatch.setattr(OcrJob, "next_work", lambda job, archive, _most: next_work(job, archive, 1))


def _children() -> set[int]:
    """This process's children (Linux ``/proc``): the OCR sandboxes among them."""
    found: set[int] = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:  # ended meanwhile
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == os.getpid():
                found.add(int(entry.name))
    return found


def _finished(qtbot: QtBot, win: MainWindow) -> OcrReport:
    qtbot.waitUntil(lambda: win.ocr.report is not None and not win.ocr.running, timeout=WAIT)
    assert win.ocr.report is not None
    return win.ocr.report


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
    qtbot.waitUntil(lambda: not window.session.tasks.busy, timeout=WAIT)  # all came back
    assert not runner.running and runner.report is None

    _unlock(qtbot, window, archive_path)  # resumes with what is still queued
    report = _finished(qtbot, window)
    assert report.finished and not report.cancelled
    assert _queue(window) == (0, 0)
    assert "OCR finished" in window.statusBar().currentMessage()
    total = window.session.worker.submit(lambda a: a.search.search("Nurlanuly").total).result(30)
    assert total == 1

    # a page queued again (e.g. to be read in other languages) starts it once more
    doc_id = window.session.worker.submit(lambda a: a.documents.all()[0].id).result(30)
    with qtbot.waitSignal(runner.finished, timeout=WAIT) as blocker:
        window.session.run(lambda a: a.ocr.queue_again(doc_id, [1]))
    again: OcrReport = blocker.args[0]
    assert (again.total, again.read, again.cancelled) == (1, 1, False)
    assert _queue(window) == (0, 0)


def test_cancel_keeps_what_was_read_until_the_next_unlock(
    qtbot: QtBot, window: MainWindow, archive_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if ocr_problem():
        pytest.skip("Tesseract (kaz+rus+eng) missing")
    _page_a_step(monkeypatch)
    reached, release, wrap = held_at(2)  # the second page is read once Cancel was clicked
    monkeypatch.setattr(OcrJob, "read", staticmethod(wrap(OcrJob.read)))
    runner, status = window.ocr, window.ocr.status
    _unlock(qtbot, window, archive_path)
    qtbot.waitUntil(reached.is_set, timeout=WAIT)
    status.cancel_button.click()
    assert not status.cancel_button.isEnabled()
    assert status.label.text() == "Stopping OCR after the pages under way…"
    release.set()
    report = _finished(qtbot, window)
    assert report.cancelled and report.read == 2  # the page under way was stored too
    assert _queue(window) == (PAGES - 2, 0)
    assert "OCR stopped" in window.statusBar().currentMessage()
    assert not status.isVisible()

    window.session.notify("documents")  # a later change must not start it again
    _settled(qtbot, window)
    assert not runner.running and runner.report is report
    assert _queue(window) == (PAGES - 2, 0)

    window.session.lock()  # the next unlock reads the rest
    _unlock(qtbot, window, archive_path)
    report = _finished(qtbot, window)
    assert report.total == PAGES - 2 and report.finished and not report.cancelled
    assert _queue(window) == (0, 0)


@pytest.mark.skipif(bool(ocr_problem()), reason="Tesseract (kaz+rus+eng) missing")
@pytest.mark.parametrize("held", ["read", "store"])
def test_a_lock_during_ocr_delivers_nothing_of_it_and_the_next_unlock_resumes(
    qtbot: QtBot,
    window: MainWindow,
    archive_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    held: str,
) -> None:
    """The lock comes while the second page is read (off the database thread) or while it
    is stored (on it); either goes on after the lock and its outcome is dropped."""
    _page_a_step(monkeypatch)
    reached, release, wrap = held_at(2)
    if held == "read":
        monkeypatch.setattr(OcrJob, "read", staticmethod(wrap(OcrJob.read)))
    else:
        monkeypatch.setattr(OcrJob, "store", wrap(OcrJob.store))
    runner, status = window.ocr, window.ocr.status
    before = _children()
    _unlock(qtbot, window, archive_path)
    qtbot.waitUntil(reached.is_set, timeout=WAIT)
    qtbot.waitUntil(lambda: status.bar.value() == 1, timeout=WAIT)  # the first page stored
    sandboxes = _children() - before  # the OCR processes, kept for the next pages
    assert sandboxes
    assert status.label.text() == f"OCR: 1 of {PAGES} pages"
    heard = Heard(window.session)
    runner.finished.connect(heard.add("finished"))
    runner.message.connect(heard.add("message"))
    runner.operation.progressed.connect(heard.add("progressed"))
    token = runner.token

    closed: list[bool] = []
    window.session.lock(lambda: closed.append(True))
    assert not _children() & sandboxes  # killed at once, before the held work goes on
    release.set()
    # the connection closed and every outcome of the held work came back to this thread
    qtbot.waitUntil(lambda: closed == [True] and not window.session.tasks.busy, timeout=WAIT)

    assert token.cancelled and not runner.running and not status.isVisible()
    assert heard.items == [] and runner.report is None
    assert window.statusBar().currentMessage() == ""
    with Archive.open(archive_path, PASSPHRASE) as archive:  # only the first page left the
        assert archive.ocr.counts() == (PAGES - 1, 0)  # queue: the second stays queued

    _unlock(qtbot, window, archive_path)  # the lock was no decision to stop: it resumes
    report = _finished(qtbot, window)
    assert report.total == PAGES - 1 and report.finished and not report.cancelled
    assert [item[0] for item in heard.items].count("finished") == 1
    assert _queue(window) == (0, 0)


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
    _settled(qtbot, window)
    assert window.statusBar().currentMessage() == ""
    assert _queue(window) == (PAGES, 0)  # still queued for when Tesseract is installed
