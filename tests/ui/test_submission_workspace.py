"""The Submission workspace of a case (issue 20): one window with the facts, remedies,
consent per mechanism and the draft with its live checklist, opened from the menu."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot

from archive_app.facts.dates import FactDate
from archive_app.facts.service import FactInput, FactService
from archive_app.session import Archive
from archive_app.settings import Settings
from tests.conftest import PASSPHRASE
from ui import file_dialogs
from ui.main_window import MainWindow
from ui.session import UiSession
from ui.submission.workspace import DRAFT, FACTS, REMEDIES, SubmissionWorkspace

OnDb = Callable[[Callable[[Archive], Any]], Any]
WAIT = 20_000
NO_PROOF = "The consent of Y. S. has no proof document linked."


def _seed(archive: Archive, tmp_path: Path) -> int:
    text = tmp_path / "ruling.txt"
    text.write_text("Суд рассмотрел жалобу 14 января 2026 года.", encoding="utf-8")
    doc_id = archive.importer().import_paths([text]).document_ids[0]
    archive.registry.add_case("Seitkali")
    archive.registry.add_case("Bokayev")
    archive.registry.add_person("Yerlan Seitkali", aliases=["Сейткали Ерлан"], role="defender")
    archive.registry.add_person("Max Bokayev", role="defender")
    service = FactService(archive)
    for statement, when in (("Detained in Taldykorgan", "2025-11-14"), ("Appeal dismissed", "")):
        service.add(
            FactInput(
                statement,
                FactDate.parse(when),
                case="Seitkali",
                persons=["Yerlan Seitkali"],
                document_id=doc_id,
                page_no=1,
            )
        )
    service.add(FactInput("Sentenced in Atyrau", FactDate.parse("2016-11-28"), case="Bokayev"))
    service.add_remedy("Seitkali", "appeal", filed_on="2026-01-20", outcome="dismissed")
    service.add_remedy("Bokayev", "cassation", outcome="pending")
    service.add_remedy("Bokayev", "ombudsman", outcome="no-response")
    service.set_consent(
        "Yerlan Seitkali", "wgad", submit="yes", public_naming="initials", anonymised="yes"
    )
    return doc_id


def _items(workspace: SubmissionWorkspace) -> list[str]:
    checklist = workspace.draft.checklist
    return [checklist.item(i).text() for i in range(checklist.count())]


@pytest.fixture
def workspace(
    qtbot: QtBot, ui_session: UiSession, dialog_parent: QWidget, on_db: OnDb, tmp_path: Path
) -> Iterator[SubmissionWorkspace]:
    on_db(lambda a: _seed(a, tmp_path))
    case_id = on_db(lambda a: next(c.id for c in a.registry.cases() if c.name == "Seitkali"))
    view = SubmissionWorkspace(ui_session, dialog_parent, case_id=case_id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(
        lambda: view.counts is not None and view.draft.checked_case == case_id, timeout=WAIT
    )
    yield view


def test_one_case_on_every_page(qtbot: QtBot, workspace: SubmissionWorkspace) -> None:
    assert workspace.case_box.currentText() == "Seitkali"
    assert workspace.facts.model.rowCount() == 2
    assert [r.kind for r in workspace.remedies.remedies] == ["appeal"]
    assert workspace.consent.person_box.currentText() == "Yerlan Seitkali"  # the case's person
    qtbot.waitUntil(lambda: workspace.consent.rows["wgad"]["public_naming"].currentData() != "")
    assert workspace.tabs.tabText(FACTS) == "&Facts (2)"
    assert workspace.tabs.tabText(REMEDIES) == "Domestic &remedies (1)"
    assert workspace.draft.case_box.currentText() == "Seitkali"
    # the checklist is the core's, for this case: its undated fact and the missing proof
    assert NO_PROOF in _items(workspace)
    assert "1 fact has no date yet." in _items(workspace)
    points = workspace.draft.open_points
    assert points is not None and points == len(_items(workspace))
    assert workspace.tabs.tabText(DRAFT) == f"&Draft and checklist ({points} open)"
    assert workspace.summary.text() == (
        f"2 facts, 1 remedy step; {points} points to settle before sending"
    )

    workspace.case_box.setCurrentIndex(workspace.case_box.findText("Bokayev"))
    qtbot.waitUntil(
        lambda: [r.kind for r in workspace.remedies.remedies] == ["cassation", "ombudsman"]
    )
    qtbot.waitUntil(lambda: workspace.facts.model.rowCount() == 1)
    assert workspace.facts.model.rows[0].fact.statement == "Sentenced in Atyrau"
    qtbot.waitUntil(lambda: workspace.tabs.tabText(REMEDIES) == "Domestic &remedies (2)")
    # nobody of this case has consent recorded: the core says whom to name first
    qtbot.waitUntil(lambda: any("--person" in line for line in _items(workspace)), timeout=WAIT)


def test_the_checklist_follows_the_records(
    qtbot: QtBot, workspace: SubmissionWorkspace, on_db: OnDb
) -> None:
    proof = on_db(lambda a: FactService(a).chronology(case="Seitkali")[0].document_id)
    # written elsewhere (the CLI, another view): the change notification redraws it
    on_db(lambda a: FactService(a).set_consent("Yerlan Seitkali", "wgad", proof_document_id=proof))
    qtbot.waitUntil(lambda: NO_PROOF not in _items(workspace), timeout=WAIT)
    assert "1 fact has no date yet." in _items(workspace)
    # a choice in the draft page redraws it as well
    hrc = workspace.draft.mechanism_box.findData("hrc")
    workspace.draft.mechanism_box.setCurrentIndex(hrc)
    qtbot.waitUntil(
        lambda: any("consent recorded for hrc" in line for line in _items(workspace)),
        timeout=WAIT,
    )


def test_remedy_added_in_its_page_is_counted(
    qtbot: QtBot, workspace: SubmissionWorkspace, on_db: OnDb
) -> None:
    page = workspace.remedies
    page.kind_box.setCurrentIndex(page.kind_box.findData("cassation"))
    page.filed_edit.setText("2026-03-01")
    page.add_button.click()
    qtbot.waitUntil(lambda: len(page.remedies) == 2, timeout=WAIT)
    qtbot.waitUntil(lambda: workspace.tabs.tabText(REMEDIES) == "Domestic &remedies (2)")
    kinds = [r.kind for r in on_db(lambda a: FactService(a).remedies("Seitkali"))]
    assert kinds == ["appeal", "cassation"]


def test_write_the_draft_as_pdf(
    qtbot: QtBot, workspace: SubmissionWorkspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "draft"  # no suffix typed: the button's format decides
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: out)
    workspace.draft.pdf_button.click()
    qtbot.waitUntil(lambda: workspace.draft.written is not None, timeout=WAIT)
    written = tmp_path / "draft.pdf"
    assert workspace.draft.message.text() == f"Written to {written}."
    reader = PdfReader(io.BytesIO(written.read_bytes()))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    assert "Working Group on Arbitrary Detention" in text
    assert "Y. S." in text and "Seitkali" not in text  # initials only, as consented


def test_a_lock_closes_the_workspace(
    qtbot: QtBot, workspace: SubmissionWorkspace, ui_session: UiSession
) -> None:
    ui_session.lock()
    assert not workspace.isVisible()
    assert workspace.case_box.count() == 0 and workspace.facts.model.rowCount() == 0


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    path = tmp_path / "workspace.archive"
    archive, _ = Archive.create(path, PASSPHRASE, Settings(actor="tester"))
    with archive:
        _seed(archive, tmp_path)
    win = MainWindow(UiSession(Settings(actor="tester", idle_lock_minutes=5)))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def test_opened_from_the_submission_menu(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    assert not window.workspace_action.isEnabled()  # locked: nothing to show
    window.start.choose(tmp_path / "workspace.archive")
    window.start.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.session.opened, timeout=WAIT):
        window.start.unlock_button.click()
    menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Submission")
    assert menu.actions()[0] is window.workspace_action
    assert window.workspace_action.text() == "Submission &workspace…"
    window.workspace_action.trigger()
    found = window.findChildren(SubmissionWorkspace)
    assert len(found) == 1
    workspace = found[0]
    qtbot.waitUntil(lambda: workspace.counts is not None, timeout=WAIT)
    assert workspace.isVisible() and workspace.case_box.currentText() == "Bokayev"  # first
    qtbot.waitUntil(lambda: workspace.facts.model.rowCount() == 1, timeout=WAIT)
    window.lock()
    qtbot.waitUntil(lambda: not window.findChildren(SubmissionWorkspace), timeout=WAIT)
