"""Share case and Merge package dialogs: a case shared from the window, a package checked,
its plan shown with a conflict to decide, merged; a wrong passphrase explained; Cancel
while sharing writes nothing; Cancel or a lock while merging leaves the archive as it was,
and nothing of a merge is delivered after a lock (the races made deterministic with
events)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from archive_app.packages import PackageService, ShareRequest
from archive_app.packages.apply import _Merger
from archive_app.session import Archive
from archive_app.settings import Settings
from tests.conftest import PASSPHRASE
from ui.dialogs.package_merge import MergePackageDialog
from ui.dialogs.package_share import ShareCaseDialog
from ui.session import UiSession

OnDb = Callable[[Callable[[Archive], Any]], Any]
PKG_PASS = "package passphrase for the window"


def _case(on_db: OnDb, tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Statement of Aigul Saparova about the hearing.\n", "utf-8")

    def build(archive: Archive) -> None:
        archive.importer().import_paths([note])
        archive.registry.add_case("Atajurt 19")
        archive.registry.add_person("Aigul Saparova", notes="here")
        archive.tags.tag([1], cases=["Atajurt 19"], persons=["Aigul Saparova"])

    on_db(build)


def test_share_case_writes_a_package(
    qtbot: QtBot, ui_session: UiSession, on_db: OnDb, tmp_path: Path, dialog_parent: QWidget
) -> None:
    _case(on_db, tmp_path)
    dialog = ShareCaseDialog(ui_session, dialog_parent)
    qtbot.waitUntil(lambda: dialog.case.count() == 1)
    out = tmp_path / "case.package"
    dialog.dest.setText(str(out))
    dialog.passphrase.setText(PKG_PASS)
    dialog.repeat.setText("not the same")
    dialog.share()
    assert "differ" in dialog.message.text() and not out.exists()
    dialog.repeat.setText(PKG_PASS)
    dialog.share()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    assert out.exists() and "1 documents" in dialog.message.text()
    assert dialog.passphrase.text() == ""  # secrets do not linger in the dialog


def test_cancel_while_sharing_writes_nothing(
    qtbot: QtBot, ui_session: UiSession, on_db: OnDb, tmp_path: Path, dialog_parent: QWidget
) -> None:
    _case(on_db, tmp_path)
    dialog = ShareCaseDialog(ui_session, dialog_parent)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.case.count() == 1)
    out = tmp_path / "cancelled.package"
    dialog.dest.setText(str(out))
    dialog.passphrase.setText(PKG_PASS)
    dialog.repeat.setText(PKG_PASS)
    gate = threading.Event()
    held = ui_session.worker.submit(lambda _a: gate.wait(20))  # the share waits behind it
    dialog.share()
    assert dialog.running and dialog.close_button.text() == "Cancel"
    assert not dialog.share_button.isEnabled() and not dialog.passphrase.isEnabled()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)  # before the first document
    assert dialog.isVisible() and dialog.token.cancelled  # Cancel does not walk away
    assert dialog.message.text() == "Stopping…" and not dialog.close_button.isEnabled()
    gate.set()
    assert held.result(timeout=20)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    assert dialog.report is not None and dialog.report.cancelled
    assert "no package was written" in dialog.message.text()
    assert not out.exists() and list(tmp_path.glob(".cancelled.package*")) == []
    assert dialog.close_button.text() == "Close" and dialog.share_button.isEnabled()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)  # now it closes


def test_merge_dialog_shows_plan_and_conflicts(
    qtbot: QtBot, ui_session: UiSession, on_db: OnDb, tmp_path: Path, dialog_parent: QWidget
) -> None:
    _case(on_db, tmp_path)
    out = tmp_path / "p1.package"
    on_db(lambda a: PackageService(a).share(out, PKG_PASS, ShareRequest(case="Atajurt 19")))
    other, _ = Archive.create(tmp_path / "other.archive", PKG_PASS, Settings(actor="bob"))
    with other:
        with PackageService(other).open(out, PKG_PASS) as reader:
            PackageService(other).merge(reader, PackageService(other).plan(reader))
        other.registry.edit_person("Aigul Saparova", notes="there")
        PackageService(other).share(
            tmp_path / "p2.package", PKG_PASS, ShareRequest(case="Atajurt 19")
        )
    on_db(lambda a: a.registry.edit_person("Aigul Saparova", notes="here, edited"))

    dialog = MergePackageDialog(ui_session, dialog_parent)
    dialog.path.setText(str(tmp_path / "p2.package"))
    dialog.passphrase.setText("wrong passphrase entirely")
    dialog.check()
    qtbot.waitUntil(lambda: "wrong passphrase" in dialog.message.text(), timeout=30_000)
    assert not dialog.merge_button.isEnabled()
    dialog.passphrase.setText(PKG_PASS)
    dialog.check()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30_000)
    assert dialog.conflicts.rowCount() == 1
    assert dialog.conflicts.item(0, 2).text() == "here, edited"
    assert dialog.conflicts.item(0, 3).text() == "there"
    choice = dialog.conflicts.cellWidget(0, 4)
    assert isinstance(choice, QComboBox)
    choice.setCurrentIndex(1)  # take the package's value
    assert dialog.merge_button.isEnabled()
    dialog.merge()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    assert "Merged" in dialog.message.text()
    assert on_db(lambda a: a.registry.person("Aigul Saparova").notes) == "there"
    dialog.reject()


def test_merge_dialog_says_what_the_case_record_brings(
    qtbot: QtBot, ui_session: UiSession, on_db: OnDb, tmp_path: Path, dialog_parent: QWidget
) -> None:
    from archive_app.facts.dates import FactDate
    from archive_app.facts.service import FactInput, FactService

    other, _ = Archive.create(tmp_path / "other.archive", PKG_PASS, Settings(actor="bob"))
    note = tmp_path / "note.txt"
    note.write_text("Statement of Aigul Saparova about the hearing.\n", "utf-8")
    with other:
        other.importer().import_paths([note])
        other.registry.add_case("Atajurt 19")
        other.registry.add_person("Aigul Saparova")
        other.tags.tag([1], cases=["Atajurt 19"], persons=["Aigul Saparova"])
        facts = FactService(other)
        facts.add(FactInput("Detained in Almaty", FactDate.parse("2019-03-10"), case="Atajurt 19"))
        facts.add(FactInput("Hearing postponed", FactDate.parse("2019-04"), case="Atajurt 19"))
        facts.add_remedy("Atajurt 19", "appeal", filed_on="2019-04-01", body="City court")
        PackageService(other).share(
            tmp_path / "p.package", PKG_PASS, ShareRequest(case="Atajurt 19")
        )

    dialog = MergePackageDialog(ui_session, dialog_parent)
    dialog.path.setText(str(tmp_path / "p.package"))
    dialog.passphrase.setText(PKG_PASS)
    dialog.check()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30_000)
    summary = dialog.summary.text()
    assert "Case record: 2 new facts, 1 new remedy step." in summary
    dialog.reject()


def _package_from_elsewhere(tmp_path: Path) -> Path:
    """A package from another archive: a document, a person and a case new here."""
    other, _ = Archive.create(tmp_path / "other.archive", PKG_PASS, Settings(actor="bob"))
    note = tmp_path / "elsewhere.txt"
    note.write_text("Statement of Aigul Saparova about the hearing.\n", "utf-8")
    with other:
        other.importer().import_paths([note])
        other.registry.add_case("Atajurt 19")
        other.registry.add_person("Aigul Saparova")
        other.tags.tag([1], cases=["Atajurt 19"], persons=["Aigul Saparova"])
        PackageService(other).share(
            tmp_path / "p.package", PKG_PASS, ShareRequest(case="Atajurt 19")
        )
    return tmp_path / "p.package"


def _state(archive: Archive) -> tuple[object, ...]:
    """Documents, persons, cases, index entries and the audit log."""
    return (
        archive.documents.count(),
        len(archive.registry.persons()),
        len(archive.registry.cases()),
        archive.search.search("Saparova").total,
        [entry.action for entry in archive.maintenance.log()],
    )


def _held_merge(
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[threading.Event, threading.Event]:
    """Hold the merge inside its transaction, after its documents and persons are written."""
    reached, release = threading.Event(), threading.Event()
    original = _Merger._attachments

    def held(self: _Merger) -> None:
        reached.set()
        assert release.wait(20), "the test never released the merge"
        original(self)

    monkeypatch.setattr(_Merger, "_attachments", held)
    return reached, release


def _checked(qtbot: QtBot, ui_session: UiSession, tmp_path: Path, parent: QWidget) -> Any:
    dialog = MergePackageDialog(ui_session, parent)
    dialog.show()
    dialog.path.setText(str(_package_from_elsewhere(tmp_path)))
    dialog.passphrase.setText(PKG_PASS)
    dialog.check()
    qtbot.waitUntil(lambda: dialog.merge_button.isEnabled(), timeout=30_000)
    return dialog


def test_cancel_while_merging_undoes_the_whole_merge(
    qtbot: QtBot,
    ui_session: UiSession,
    on_db: OnDb,
    tmp_path: Path,
    dialog_parent: QWidget,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = on_db(_state)
    dialog = _checked(qtbot, ui_session, tmp_path, dialog_parent)
    reached, release = _held_merge(monkeypatch)
    dialog.merge()
    assert reached.wait(20)
    assert dialog.running and not dialog.check_button.isEnabled()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.token.cancelled
    assert "being undone" in dialog.message.text()
    release.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert dialog.message.text() == "Cancelled; nothing was changed."
    assert not dialog.merge_button.isEnabled() and dialog.close_button.text() == "Close"
    assert on_db(_state) == before


def test_a_lock_while_merging_closes_the_dialog_and_changes_nothing(
    qtbot: QtBot,
    ui_session: UiSession,
    on_db: OnDb,
    tmp_path: Path,
    dialog_parent: QWidget,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = on_db(_state)
    dialog = _checked(qtbot, ui_session, tmp_path, dialog_parent)
    reached, release = _held_merge(monkeypatch)
    heard: list[object] = []
    dialog.operation.progressed.connect(heard.append)
    dialog.operation.interrupted.connect(lambda: heard.append("interrupted"))
    dialog.merge()
    assert reached.wait(20)
    qtbot.waitUntil(lambda: len(heard) == 1, timeout=10_000)  # the first document's progress
    message = dialog.message.text()
    closed: list[bool] = []
    ui_session.lock(lambda: closed.append(True))
    assert not dialog.isVisible() and not dialog.running  # closed at once, the merge dropped
    assert heard[-1] == "interrupted" and dialog.passphrase.text() == ""
    release.set()  # the merge goes on only now, after the lock, and fails or stops
    qtbot.waitUntil(lambda: closed == [True], timeout=20_000)
    # the close ran on the database thread after the merge, and each outcome is handed to
    # the main thread in the order the jobs end: once the close is delivered, so was it
    assert len(heard) == 2 and dialog.report is None and dialog.message.text() == message
    qtbot.waitUntil(lambda: dialog.opened.reader is None, timeout=10_000)  # package closed
    with qtbot.waitSignal(ui_session.opened, timeout=20_000):
        ui_session.open(tmp_path / "case.archive", PASSPHRASE)
    assert on_db(_state) == before  # no document, person, case, index or audit entry of it


def test_a_lock_while_checking_closes_the_package_and_delivers_no_plan(
    qtbot: QtBot,
    ui_session: UiSession,
    tmp_path: Path,
    dialog_parent: QWidget,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reached, release = threading.Event(), threading.Event()
    original = PackageService.plan
    opened: list[Any] = []

    def held(self: PackageService, reader: Any) -> Any:
        opened.append(reader)
        reached.set()
        assert release.wait(20), "the test never released the check"
        return original(self, reader)

    monkeypatch.setattr(PackageService, "plan", held)
    dialog = MergePackageDialog(ui_session, dialog_parent)
    dialog.show()
    dialog.path.setText(str(_package_from_elsewhere(tmp_path)))
    dialog.passphrase.setText(PKG_PASS)
    dialog.check()
    assert reached.wait(20) and dialog.running
    closed: list[bool] = []
    ui_session.lock(lambda: closed.append(True))
    assert not dialog.isVisible() and dialog.passphrase.text() == ""
    release.set()
    qtbot.waitUntil(lambda: closed == [True], timeout=20_000)
    assert dialog.plan is None and dialog.reader is None and dialog.summary.text() == ""
    qtbot.waitUntil(lambda: dialog.opened.reader is None, timeout=10_000)
    assert not opened[0].db.is_open  # the package's connection (and its key) let go
