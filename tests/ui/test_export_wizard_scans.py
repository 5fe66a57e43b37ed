"""The export wizard's word on scanned pages: pages OCR read with low confidence are
named for a human look ("2 scanned pages could not be read reliably: check them"), pages
not read yet are counted, and without Tesseract the wizard warns that scanned pages
cannot be checked. OCR is stood in for (tests.support.ocr_fake)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from archive_app.session import Archive
from tests.support.ocr_fake import fake_page, store_read
from tests.support.scans import jpeg, scan_page, scanned_pdf
from ui.export.wizard import ExportWizard
from ui.session import UiSession

WAIT = 20_000


def _scans(archive: Archive, folder: Path) -> dict[str, int]:
    blank = scan_page("", dpi=50, stamp=False, noise=0, angle=0)
    (folder / "ruling.pdf").write_bytes(scanned_pdf([blank] * 3, dpi=50))
    (folder / "summons.jpg").write_bytes(jpeg(blank, dpi=50))
    (folder / "note.txt").write_text("A typed note.\n", "utf-8")
    archive.importer().import_paths(
        [folder / "ruling.pdf", folder / "summons.jpg", folder / "note.txt"]
    )
    ids = {d.filename: d.id for d in archive.documents.all()}
    # ruling: p.1 read well, p.2 read badly, p.3 still queued; summons: read badly
    store_read(
        archive,
        ids["ruling.pdf"],
        {1: fake_page(["A clear line"], 93.0), 2: fake_page(["Smudged stamp"], 41.0)},
    )
    store_read(archive, ids["summons.jpg"], {1: fake_page(["Faint summons"], 35.0)})
    return ids


@pytest.fixture
def ids(on_db: Callable[..., Any], tmp_path: Path) -> dict[str, int]:
    folder = tmp_path / "sources"
    folder.mkdir()
    found: dict[str, int] = on_db(lambda archive: _scans(archive, folder))
    return found


def _wizard(qtbot: QtBot, session: UiSession, doc_ids: list[int]) -> ExportWizard:
    wizard = ExportWizard(session, doc_ids)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.documents.isComplete(), timeout=WAIT)
    qtbot.waitUntil(lambda: wizard.documents.scans.report is not None, timeout=WAIT)
    return wizard


def test_low_confidence_pages_are_named_for_a_look(
    qtbot: QtBot, ui_session: UiSession, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("indexing.ocr.ocr_problem", lambda *_: "")
    wizard = _wizard(qtbot, ui_session, list(ids.values()))
    warning = wizard.documents.scans
    assert warning.isVisible()
    text = warning.text()
    assert "2 scanned pages could not be read reliably: check them." in text
    ruling, summons = ids["ruling.pdf"], ids["summons.jpg"]
    assert f"#{ruling} p.2 (41%)" in text and f"#{summons} p.1 (35%)" in text
    assert f"#{ruling} p.1 " not in text  # read well: not listed
    assert "1 scanned page has not been read by OCR yet" in text
    assert "Tesseract" not in text
    # the preview page says it again, where the pages are looked at
    wizard.preview.initializePage()
    qtbot.waitUntil(lambda: wizard.preview.scans.report is not None, timeout=WAIT)
    assert "2 scanned pages could not be read reliably" in wizard.preview.scans.text()


def test_removing_the_scans_clears_the_warning(
    qtbot: QtBot, ui_session: UiSession, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("indexing.ocr.ocr_problem", lambda *_: "")
    wizard = _wizard(qtbot, ui_session, [ids["summons.jpg"], ids["note.txt"]])
    page = wizard.documents
    assert "1 scanned page could not be read reliably" in page.scans.text()
    page.table.topLevelItem(0).setSelected(True)  # the photo
    page._remove()
    qtbot.waitUntil(lambda: page.scans.isHidden(), timeout=WAIT)
    assert page.scans.report is not None and page.scans.report.scanned == 0


def test_without_tesseract_scanned_pages_cannot_be_checked(
    qtbot: QtBot, ui_session: UiSession, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("indexing.ocr.ocr_problem", lambda *_: "Tesseract is not installed")
    wizard = _wizard(qtbot, ui_session, [ids["ruling.pdf"]])
    text = wizard.documents.scans.text()
    assert "scanned pages cannot be checked" in text
    assert "sudo apt-get install tesseract-ocr tesseract-ocr-kaz" in text


def test_no_scans_no_warning_even_without_tesseract(
    qtbot: QtBot, ui_session: UiSession, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("indexing.ocr.ocr_problem", lambda *_: "Tesseract is not installed")
    wizard = _wizard(qtbot, ui_session, [ids["note.txt"]])
    assert wizard.documents.scans.isHidden()
    assert wizard.documents.scans.text() == ""
