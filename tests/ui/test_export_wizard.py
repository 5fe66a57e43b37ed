"""The export wizard: documents from the selection, profile, preview, progress, Cancel,
the verification report, and a leak stopping the export with a readable message."""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from archive_app.export import pipeline as pipeline_module
from archive_app.export import render as render_module
from archive_app.session import Archive
from archive_app.settings import Settings
from tests.conftest import PASSPHRASE
from tests.support.pdfgen import make_pdf
from tests.ui.conftest import MessageBoxes
from ui.export.wizard import ExportWizard
from ui.main_window import MainWindow
from ui.session import UiSession

WAIT = 60_000
SECRETS = ("Qalzhat", "Nazigul", "Maksutkhan")


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path: Path) -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))


def _import(archive: Archive, folder: Path) -> list[int]:
    archive.registry.add_person("Nazigul Maksutkhan", role="defender", consent="no")
    archive.registry.add_person("Bolat Nurlanuly", role="witness", consent="yes")
    ruling = folder / "ruling.pdf"
    ruling.write_bytes(
        make_pdf(
            [
                "Ruling. Nazigul Maksutkhan appeared before the court in Qalzhat.",
                "The second page is public and keeps its text.",
            ]
        )
    )
    letter = folder / "letter.pdf"
    letter.write_bytes(make_pdf(["Letter from Qalzhat about the hearing of Bolat Nurlanuly."]))
    other = folder / "other.txt"
    other.write_text("An unrelated note.\n", "utf-8")
    return archive.importer().import_paths([ruling, letter, other]).document_ids


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    path = tmp_path / "bundle.archive"
    archive, _ = Archive.create(path, PASSPHRASE, Settings(actor="tester"))
    with archive:
        _import(archive, tmp_path)
    return path


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    win = MainWindow(UiSession(Settings(actor="tester", idle_lock_minutes=5)))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


@pytest.fixture
def doc_ids(ui_session: UiSession, on_db: Callable[..., Any], tmp_path: Path) -> list[int]:
    source = tmp_path / "sources"
    source.mkdir()
    ids: list[int] = on_db(lambda a: _import(a, source))
    return ids


def wizard_for(qtbot: QtBot, session: UiSession, ids: list[int]) -> ExportWizard:
    wizard = ExportWizard(session, ids)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.documents.isComplete(), timeout=WAIT)
    return wizard


def fill_to_preview(
    qtbot: QtBot, wizard: ExportWizard, out_dir: Path, term: str = "Qalzhat"
) -> None:
    wizard.next()  # -> redactions
    profile = wizard.profile
    qtbot.waitUntil(lambda: profile.loaded, timeout=WAIT)
    profile.term.setText(term)
    profile.term_reason.set_reason("SECURITY")
    profile.add_term()
    assert profile.terms() == [(term, "SECURITY")]
    wizard.next()  # -> bundle
    bundle = wizard.bundle
    bundle.prefix.setText("ATJ-")
    bundle.folder.setText(str(out_dir))
    bundle.name.setText("bundle")
    assert bundle.isComplete(), bundle.problem_text()
    wizard.next()  # -> preview
    assert wizard.currentPage() is wizard.preview


def test_ctrl_e_exports_the_two_selected_documents_and_reports_a_clean_bundle(
    qtbot: QtBot, window: MainWindow, archive_path: Path, tmp_path: Path
) -> None:
    window.start.choose(archive_path)
    window.start.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.session.opened, timeout=WAIT):
        window.start.unlock_button.click()
    view = window.view.results
    qtbot.waitUntil(lambda: view.results.rowCount() == 3, timeout=WAIT)
    pdf_rows = [i for i, h in enumerate(view.results.hits) if h.filename.endswith(".pdf")]
    for row in pdf_rows:
        view.selectionModel().select(
            view.results.index(row), view.selectionModel().SelectionFlag.Select
        )
    selected = [h.id for h in view.selected_hits()]
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    window.export_action.trigger()
    wizard = window.findChild(ExportWizard)
    assert wizard is not None
    qtbot.waitUntil(lambda: wizard.documents.isComplete(), timeout=WAIT)
    assert [d.id for d in wizard.docs()] == selected
    assert wizard.documents.table.topLevelItemCount() == 2
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    fill_to_preview(qtbot, wizard, out_dir)
    preview = wizard.preview
    qtbot.waitUntil(lambda: bool(preview.pages), timeout=WAIT)
    assert preview.page_label.text().endswith("of 2") or preview.page_label.text().endswith("of 1")
    pixmap = preview.image.pixmap()
    assert pixmap is not None and not pixmap.isNull()
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "Export"
    wizard.next()  # Export
    run = wizard.run_page
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=WAIT)
    assert run.updates > 0 and run.bar.value() == run.bar.maximum() == 3  # 2 + 1 pages
    outcome = wizard.outcome
    assert outcome is not None and outcome.report.ok
    result_page = wizard.result_page
    bundle = out_dir / "bundle"
    assert result_page.path.text() == str(bundle)
    lines = result_page.lines
    assert len(lines) == 4 and all(line.startswith("✔") for line in lines)
    assert "ATJ-000001 to ATJ-000003" in " ".join(lines)
    assert "Bundle written and verified" in result_page.heading.text()
    files = sorted(p.name for p in bundle.iterdir())
    assert "SHA256SUMS" in files and "MANIFEST.json" in files
    assert [result_page.files.item(i).text() for i in range(result_page.files.count())] == files
    pdfs = [p for p in bundle.iterdir() if p.suffix == ".pdf"]
    assert len(pdfs) == 3  # cover and two documents
    for pdf in pdfs:
        text = " ".join(
            page.extract_text() for page in PdfReader(io.BytesIO(pdf.read_bytes())).pages
        )
        assert not [s for s in SECRETS if s in text], pdf.name
    (ruling,) = [p for p in pdfs if "_" in p.name]  # the two-page ruling: ATJ-a_ATJ-b.pdf
    assert "second page is public" in PdfReader(str(ruling)).pages[1].extract_text()
    result_page.copy_path()
    clipboard = QApplication.clipboard()
    assert clipboard is not None and clipboard.text() == str(bundle)
    wizard.accept()
    assert wizard.bundle.password_field.text() == ""


def test_cancel_during_the_export_leaves_no_partial_output(
    qtbot: QtBot,
    ui_session: UiSession,
    doc_ids: list[int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gate = threading.Event()
    original = pipeline_module.render_document

    def held(*args: Any, **kwargs: Any) -> Any:
        gate.wait(30)  # the export waits here until Cancel has been pressed
        return original(*args, **kwargs)

    monkeypatch.setattr(pipeline_module, "render_document", held)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    wizard = wizard_for(qtbot, ui_session, doc_ids[:2])
    fill_to_preview(qtbot, wizard, out_dir)
    qtbot.waitUntil(lambda: bool(wizard.preview.pages), timeout=WAIT)
    wizard.next()  # Export
    run = wizard.run_page
    assert run.running
    wizard.reject()  # the wizard's Cancel button (and Esc)
    assert wizard.isVisible() and run.token.cancelled
    assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    assert "Nothing will be written" in run.note.text()
    gate.set()
    qtbot.waitUntil(lambda: not run.running, timeout=WAIT)
    assert run.heading.text() == "Export cancelled. Nothing was written."
    assert list(out_dir.iterdir()) == []  # no bundle, no .partial folder
    assert run.back_button.isVisible()
    run.back_button.click()
    assert wizard.currentPage() is wizard.preview
    wizard.reject()
    assert not wizard.isVisible()


def test_a_leak_stops_the_export_and_names_document_and_page_not_the_term(
    qtbot: QtBot,
    ui_session: UiSession,
    doc_ids: list[int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: MessageBoxes,
) -> None:
    """The classic bug (boxes drawn, text kept), simulated in the renderer: verification
    refuses the bundle and the window says where, never what."""
    original = render_module._pdf_page

    def keep_text(*args: Any, **kwargs: Any) -> Any:
        page, log = original(*args, **kwargs)
        if page.kind == "image":
            page = render_module.OutPage("kept", page.width, page.height, source=args[1])
        return page, log

    monkeypatch.setattr(render_module, "_pdf_page", keep_text)
    monkeypatch.setattr(render_module, "_kept_leaks", lambda *a: set())
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    wizard = wizard_for(qtbot, ui_session, doc_ids[:1])
    fill_to_preview(qtbot, wizard, out_dir)
    wizard.next()  # Export
    run = wizard.run_page
    qtbot.waitUntil(lambda: not run.running, timeout=WAIT)
    assert wizard.currentPage() is run and not run.isComplete()
    assert run.heading.text() == "Export stopped. Nothing was written."
    (message,) = message_boxes.texts("warning")
    assert f"document #{doc_ids[0]}" in message and "page 1" in message
    assert not [s for s in SECRETS if s.lower() in message.lower()]
    assert run.note.text() in message
    assert list(out_dir.iterdir()) == []


def test_the_bundle_page_checks_prefix_password_and_destination(
    qtbot: QtBot, ui_session: UiSession, doc_ids: list[int], tmp_path: Path
) -> None:
    wizard = wizard_for(qtbot, ui_session, doc_ids[:1])
    page = wizard.bundle
    page.folder.setText(str(tmp_path))
    page.name.setText("b")
    assert page.isComplete()
    page.prefix.setText("bad prefix!")
    assert "Bates prefix" in page.problem_text()
    page.prefix.setText("ATJ-")
    page.protect.setChecked(True)
    assert "password" in page.problem_text()
    page.password_field.setText("long secret words")
    page.again.setText("long secret word")
    assert page.problem_text() == "The two passwords differ."
    page.again.setText("long secret words")
    assert page.isComplete() and wizard.export_options().password == "long secret words"
    (tmp_path / "b").mkdir()
    page.name.setText("b")
    assert "already exists" in page.problem_text()
    page.as_zip.setChecked(True)
    assert page.isComplete() and page.target() == tmp_path / "b.zip"
    ui_session.lock()
    assert not wizard.isVisible() and page.password_field.text() == ""


def test_a_password_protected_pdf_is_marked_and_keeps_the_wizard_from_going_on(
    qtbot: QtBot,
    ui_session: UiSession,
    doc_ids: list[int],
    on_db: Callable[..., Any],
) -> None:
    """The export could not read it and would stop there after rendering the documents
    before it: the documents page says so at once, in red, until it is removed."""
    from tests.conftest import CORPUS

    locked = CORPUS / "pdf" / "libreoffice-writer-password.pdf"
    locked_id: int = on_db(lambda a: a.importer().import_paths([locked]).document_ids[0])
    wizard = ExportWizard(ui_session, [doc_ids[0], locked_id])
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.documents
    qtbot.waitUntil(lambda: len(page.docs) == 2 and not page.loading, timeout=WAIT)
    assert page.locked() == [locked_id] and not page.isComplete()
    assert "cannot be exported" in page.empty.text()
    row = page.table.topLevelItem(1)
    assert row.text(0) == f"#{locked_id}" and "password-protected" in row.toolTip(1)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    row.setSelected(True)
    page.remove.click()
    assert page.locked() == [] and page.isComplete()
    assert "cannot be exported" not in page.empty.text()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
