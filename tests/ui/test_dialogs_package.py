"""Share case and Merge package dialogs: a case shared from the window, a package checked,
its plan shown with a conflict to decide, merged; a wrong passphrase explained; Cancel
while sharing writes nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from archive_app.packages import PackageService, ShareRequest
from archive_app.session import Archive
from archive_app.settings import Settings
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
    qtbot.waitUntil(lambda: dialog.case.count() == 1)
    out = tmp_path / "cancelled.package"
    dialog.dest.setText(str(out))
    dialog.passphrase.setText(PKG_PASS)
    dialog.repeat.setText(PKG_PASS)
    dialog.token.cancel()  # as Cancel pressed before the first document
    dialog.share()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    assert dialog.report is not None and dialog.report.cancelled
    assert not out.exists() and list(tmp_path.glob(".cancelled.package*")) == []


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
