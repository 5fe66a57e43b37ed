"""The export run and the suggestion refresh on the window's operation helper (issue 13):
the export renders beside the database thread, so a search goes through meanwhile; a lock
while either runs delivers nothing of it afterwards (no progress, result, error,
message or announcement), and a registry change while the refresh runs starts it again
with the new registry, reporting once; an operation whose display another one took over
shows nothing there. The races are made deterministic with events: the work waits until
the lock (or the second start) has happened."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from archive_app import suggestion_refresh as refresh_module
from archive_app.export import pipeline as pipeline_module
from archive_app.export.render import render_document
from archive_app.session import Archive
from archive_app.suggestion_refresh import RefreshReport
from archive_app.suggestions import SuggestionService
from archive_app.tasks import CancelToken, Progress, ProgressCallback
from indexing.search import SearchRequest
from tests.conftest import PASSPHRASE
from tests.ui.conftest import MessageBoxes
from tests.ui.test_export_wizard import _import, fill_to_preview, wizard_for
from ui.operation import ArchiveOperation
from ui.session import UiSession
from ui.status_operation import StatusOperation
from ui.suggestion_refresh import SuggestionRefresher

WAIT = 60_000
NEWCOMER = "Aigerim Bekova"
SECOND = "Dauren Sultanov"
DOCUMENTS = 6


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path: Path) -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))


def held_at(call: int) -> tuple[threading.Event, threading.Event, Callable[..., Any]]:
    """(reached, release, wrap): ``wrap(fn)`` waits in its ``call``-th call until released."""
    reached, release = threading.Event(), threading.Event()
    calls = [0]

    def wrap(fn: Callable[..., Any]) -> Callable[..., Any]:
        def held(*args: Any, **kwargs: Any) -> Any:
            calls[0] += 1
            if calls[0] == call:
                reached.set()
                release.wait(30)
            return fn(*args, **kwargs)

        return held

    return reached, release, wrap


class Heard:
    """Everything the session and an operation deliver on the main thread."""

    def __init__(self, session: UiSession) -> None:
        self.items: list[Any] = []
        session.changed.connect(lambda what: self.items.append(("changed", what)))
        session.error.connect(lambda error: self.items.append(("error", error)))

    def add(self, name: str) -> Callable[..., None]:
        return lambda *args: self.items.append((name, args))


def lock_and_release(qtbot: QtBot, session: UiSession, release: threading.Event) -> None:
    """Lock while the work waits, then let it go on; return once the connection is closed
    (the close runs on the database thread after the work, and outcomes reach the main
    thread in the order the jobs end: once the close is delivered, the work's was too)."""
    closed: list[bool] = []
    session.lock(lambda: closed.append(True))
    release.set()
    qtbot.waitUntil(lambda: closed == [True], timeout=WAIT)


# -- the export -------------------------------------------------------------------------
def test_a_lock_during_the_export_delivers_nothing_of_it(
    qtbot: QtBot,
    ui_session: UiSession,
    on_db: Callable[..., Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: MessageBoxes,
) -> None:
    source = tmp_path / "sources"
    source.mkdir()
    ids: list[int] = on_db(lambda a: _import(a, source))
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    wizard = wizard_for(qtbot, ui_session, ids[:2])
    fill_to_preview(qtbot, wizard, out_dir)
    qtbot.waitUntil(lambda: bool(wizard.preview.pages), timeout=WAIT)
    reached, release, wrap = held_at(2)  # the second document waits; the first is rendered
    monkeypatch.setattr(pipeline_module, "render_document", wrap(render_document))
    wizard.next()  # Export
    run = wizard.run_page
    assert run.running
    qtbot.waitUntil(reached.is_set, timeout=WAIT)
    # the first document's pages, named by the progress record's document id
    qtbot.waitUntil(lambda: "(1 of 2)" in run.current.text(), timeout=WAIT)
    assert f"document #{ids[0]}" in run.current.text() and run.bar.value() == 2
    heard = Heard(ui_session)
    run.operation.progressed.connect(heard.add("progressed"))
    token, shown = run.token, (run.heading.text(), run.current.text(), run.updates)

    lock_and_release(qtbot, ui_session, release)

    assert token.cancelled and not run.running and not wizard.isVisible()
    assert heard.items == [] and message_boxes.calls == []
    assert wizard.outcome is None and not run.succeeded
    assert (run.heading.text(), run.current.text(), run.updates) == shown
    assert list(out_dir.iterdir()) == []  # no bundle, no partial output


def test_a_search_runs_while_the_export_renders(
    qtbot: QtBot,
    ui_session: UiSession,
    on_db: Callable[..., Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The export renders beside the database thread: while it is held in the middle of
    its second document, a search goes through the database thread and its result comes
    back; then the export finishes as usual."""
    source = tmp_path / "sources"
    source.mkdir()
    ids: list[int] = on_db(lambda a: _import(a, source))
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    wizard = wizard_for(qtbot, ui_session, ids[:2])
    fill_to_preview(qtbot, wizard, out_dir)
    qtbot.waitUntil(lambda: bool(wizard.preview.pages), timeout=WAIT)
    reached, release, wrap = held_at(2)
    monkeypatch.setattr(pipeline_module, "render_document", wrap(render_document))
    wizard.next()  # Export
    run = wizard.run_page
    qtbot.waitUntil(reached.is_set, timeout=WAIT)
    found: list[list[int]] = []

    def search(archive: Archive) -> list[int]:
        return [hit.id for hit in archive.search.search(SearchRequest(text="Qalzhat")).hits]

    ui_session.run(search, found.append)
    try:
        qtbot.waitUntil(lambda: bool(found), timeout=WAIT)
        assert sorted(found[0]) == sorted(ids[:2])
        assert run.running  # still held in its second document: nothing of it is done
        assert wizard.outcome is None
    finally:
        release.set()
    qtbot.waitUntil(lambda: run.succeeded, timeout=WAIT)
    assert wizard.outcome is not None and wizard.outcome.ok
    assert (out_dir / "bundle").is_dir()


# -- the suggestion refresh ---------------------------------------------------------------
@pytest.fixture
def statements(
    on_db: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> list[int]:
    """Statements naming two persons, imported before either was registered; the refresh
    takes them two at a time (a step, one transaction)."""
    monkeypatch.setattr(refresh_module, "BATCH_DOCUMENTS", 2)
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(DOCUMENTS):
        text = f"Statement {i}.\n{NEWCOMER} and {SECOND} were questioned for {i + 1} hours.\n"
        (folder / f"s{i}.txt").write_text(text, encoding="utf-8")

    def load(archive: Archive) -> list[int]:
        archive.importer().import_paths([folder])
        archive.registry.add_person(NEWCOMER)
        return [d.id for d in archive.documents.all()]

    ids: list[int] = on_db(load)
    return ids


def pending_persons(on_db: Callable[..., Any], ids: list[int]) -> list[set[str]]:
    def read(archive: Archive) -> list[set[str]]:
        service = SuggestionService(archive)
        return [{s.label for s in service.pending(i) if s.kind == "person"} for i in ids]

    found: list[set[str]] = on_db(read)
    return found


@pytest.fixture
def refresher(qtbot: QtBot, ui_session: UiSession) -> tuple[SuggestionRefresher, StatusOperation]:
    status = StatusOperation()
    qtbot.addWidget(status)
    return SuggestionRefresher(ui_session, status, status), status


def test_a_lock_during_the_refresh_delivers_nothing_and_unlocking_starts_it_again(
    qtbot: QtBot,
    ui_session: UiSession,
    on_db: Callable[..., Any],
    statements: list[int],
    refresher: tuple[SuggestionRefresher, StatusOperation],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    refresh, status = refresher
    reached, release, wrap = held_at(3)  # the second step waits in its first document
    monkeypatch.setattr(
        SuggestionService, "refresh_counted", wrap(SuggestionService.refresh_counted)
    )
    refresh.start()
    qtbot.waitUntil(reached.is_set, timeout=WAIT)
    qtbot.waitUntil(lambda: status.bar.value() == 2, timeout=WAIT)  # the first step committed
    assert status.bar.maximum() == DOCUMENTS and "documents: 2 of 6" in status.label.text()
    heard = Heard(ui_session)
    refresh.finished.connect(heard.add("finished"))
    refresh.message.connect(heard.add("message"))
    refresh.operation.progressed.connect(heard.add("progressed"))
    token = refresh.token

    lock_and_release(qtbot, ui_session, release)

    assert token.cancelled and not refresh.running and not status.active
    assert heard.items == [] and refresh.report is None
    path = tmp_path / "case.archive"  # the ui_session fixture's
    with Archive.open(path, PASSPHRASE) as archive:  # what was committed is kept
        done = [i for i in statements if archive.suggestions.pending(i)]
    assert done == statements[: len(done)] and len(done) >= 2

    with qtbot.waitSignal(refresh.finished, timeout=WAIT) as blocker:
        ui_session.open(path, PASSPHRASE)  # the same archive again: it starts over
    report: RefreshReport = blocker.args[0]
    assert report.finished and report.done == report.total == DOCUMENTS
    assert [what for what in heard.items if what[0] == "finished"] == [("finished", (report,))]
    assert pending_persons(on_db, statements) == [{NEWCOMER}] * DOCUMENTS


def test_a_registry_change_while_the_refresh_runs_starts_it_again_reporting_once(
    qtbot: QtBot,
    ui_session: UiSession,
    on_db: Callable[..., Any],
    statements: list[int],
    refresher: tuple[SuggestionRefresher, StatusOperation],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    refresh, status = refresher
    reached, release, wrap = held_at(2)
    monkeypatch.setattr(
        SuggestionService, "refresh_counted", wrap(SuggestionService.refresh_counted)
    )
    reports: list[RefreshReport] = []
    messages: list[str] = []
    refresh.finished.connect(reports.append)
    refresh.message.connect(lambda text, _ms: messages.append(text))
    progress: list[Progress] = []
    refresh.operation.progressed.connect(progress.append)
    refresh.start()
    qtbot.waitUntil(reached.is_set, timeout=WAIT)
    first = refresh.token
    ui_session.run(lambda a: a.registry.add_person(SECOND))  # queued behind the held step
    refresh.start()  # as the persons dialog's names_changed does
    assert first.cancelled and refresh.running and status.active
    progress.clear()
    release.set()
    qtbot.waitUntil(lambda: not refresh.running, timeout=WAIT)
    # the first run's step ended before the second run's first step began: both delivered
    assert len(reports) == 1 and reports[0].finished and reports[0].done == DOCUMENTS
    assert len(messages) == 1 and messages[0].startswith("Suggested tags refreshed; new")
    # the second run's steps from the first; none of the first run's (its step made 2)
    assert [p.done for p in progress] == [2, 4, 6]
    assert pending_persons(on_db, statements) == [{NEWCOMER, SECOND}] * DOCUMENTS
    assert not status.active


# -- two operations, one display ----------------------------------------------------------
def test_an_operation_whose_display_was_taken_over_shows_nothing_there(
    qtbot: QtBot, ui_session: UiSession
) -> None:
    """As the reindex and the suggestion refresh share the window's status bar."""
    display = StatusOperation()
    qtbot.addWidget(display)
    first, second = ArchiveOperation(ui_session, display), ArchiveOperation(ui_session, display)
    gates = {"first": threading.Event(), "second": threading.Event()}
    results: list[str] = []

    def work(name: str) -> Callable[[Archive, ProgressCallback, CancelToken], str]:
        def run(_archive: Archive, progress: ProgressCallback, _cancel: CancelToken) -> str:
            gates[name].wait(30)
            progress(Progress(1, 5, name))
            return name

        return run

    def label(progress: Progress) -> str:
        return f"{progress.current} at {progress.done}"

    assert first.run("First", work("first"), results.append, label=label)
    assert second.run("Second", work("second"), results.append, label=label)
    assert display.owner is second and display.label.text() == "Second"
    gates["first"].set()  # the first reports and ends; the second waits in its work
    qtbot.waitUntil(lambda: results == ["first"], timeout=WAIT)
    assert display.active and display.owner is second
    assert display.label.text() == "Second" and display.bar.maximum() == 0  # still busy
    display.cancel_button.click()  # answered by the operation shown: the second
    assert second.token.cancelled and not first.token.cancelled
    gates["second"].set()
    qtbot.waitUntil(lambda: results == ["first", "second"], timeout=WAIT)
    assert not display.active
