"""Correcting OCR text from the viewer (issue 11): on a page OCR read, the document view
offers "Correct the OCR text of this page…"; the dialog opens with what OCR read, the
edited text is saved as the page's correction through the core service (indexed,
audited with lengths only), reopening shows the correction, "Use the OCR text" drops it,
and a lock closes the dialog and drops the text. A page OCR did not read offers nothing.
OCR is stood in for (tests.support.ocr_fake)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from archive_app.session import Archive
from tests.support.ocr_fake import fake_page, store_read
from tests.support.pdfgen import make_pdf
from tests.support.scans import scan_page, scanned_pdf
from ui.dialogs.ocr_correction import OcrCorrectionDialog
from ui.export.redaction_panel import RedactionPanel
from ui.session import UiSession
from ui.viewer.document_view import DocumentView

WAIT = 20_000
MISREAD = ["Protocol of the hearing", "The witness Bo1at Nur1anu1y confirmed"]
RIGHT = "Protocol of the hearing\nThe witness Bolat Nurlanuly confirmed"
OnDb = Callable[[Callable[[Archive], Any]], Any]


def _import(on_db: OnDb, tmp_path: Path) -> tuple[int, int]:
    scan = tmp_path / "hearing-scan.pdf"
    scan.write_bytes(scanned_pdf([scan_page("", dpi=50, stamp=False, noise=0, angle=0)], 50))
    typed = tmp_path / "typed.pdf"
    typed.write_bytes(make_pdf(["A typed page that OCR never read."]))

    def load(archive: Archive) -> tuple[int, int]:
        scan_id, typed_id = archive.importer().import_paths([scan, typed]).document_ids
        store_read(archive, scan_id, {1: fake_page(MISREAD)})
        return scan_id, typed_id

    result: tuple[int, int] = on_db(load)
    return result


def _show(viewer: DocumentView, on_db: OnDb, doc_id: int) -> None:
    doc, data, pages, ocr = on_db(
        lambda a: (
            a.documents.get(doc_id),
            a.documents.read_original(doc_id),
            a.documents.pages(doc_id),
            a.ocr.pages(doc_id),
        )
    )
    viewer.show_document(doc, data, pages, None, None, ocr)


def _found(on_db: OnDb, text: str) -> list[int]:
    return list(on_db(lambda a: [h.id for h in a.search.search(text).hits]))


def _open_from_viewer(
    qtbot: QtBot, viewer: DocumentView, panel: RedactionPanel
) -> OcrCorrectionDialog:
    assert viewer.ocr_page() == 1 and viewer.correct_ocr_action.isEnabled()
    opened: list[OcrCorrectionDialog] = []
    viewer.ocr_correction_requested.connect(lambda page: opened.append(panel.correct_ocr(page)))
    with qtbot.waitSignal(viewer.ocr_correction_requested, timeout=WAIT) as asked:
        viewer.correct_ocr_action.trigger()
    assert asked.args == [1]
    (dialog,) = opened
    qtbot.waitUntil(lambda: dialog.editor.isEnabled(), timeout=WAIT)
    return dialog


def test_a_correction_typed_in_the_dialog_is_kept_searched_and_audited(
    qtbot: QtBot, ui_session: UiSession, on_db: OnDb, tmp_path: Path
) -> None:
    scan_id, typed_id = _import(on_db, tmp_path)
    viewer = DocumentView()
    panel = RedactionPanel(ui_session, viewer)
    qtbot.addWidget(viewer)
    qtbot.addWidget(panel)
    _show(viewer, on_db, typed_id)
    assert viewer.ocr_page() == 0 and not viewer.correct_ocr_action.isEnabled()
    _show(viewer, on_db, scan_id)

    dialog = _open_from_viewer(qtbot, viewer, panel)
    assert dialog.editor.toPlainText() == "\n".join(MISREAD)
    assert "as OCR read it" in dialog.status.text()
    assert not dialog.save_button.isEnabled()  # nothing changed yet
    assert not dialog.revert_button.isEnabled()  # no correction to drop
    dialog.editor.setPlainText(RIGHT)
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.finished, timeout=WAIT) as closed:
        dialog.save_button.click()
    assert closed.args == [OcrCorrectionDialog.DialogCode.Accepted.value]
    assert on_db(lambda a: a.ocr.machine_text(scan_id, 1)) == ("\n".join(MISREAD), RIGHT)
    assert _found(on_db, "Nurlanuly") == [scan_id]
    (entry,) = on_db(lambda a: a.maintenance.log(action="document.ocr_correct"))
    assert "Nurlanuly" not in str(entry)

    # opened again: the correction is shown; "Use the OCR text" drops it
    dialog = _open_from_viewer(qtbot, viewer, panel)
    assert dialog.editor.toPlainText() == RIGHT
    assert "corrected by hand" in dialog.status.text()
    with qtbot.waitSignal(dialog.finished, timeout=WAIT):
        dialog.revert_button.click()
    assert on_db(lambda a: a.ocr.machine_text(scan_id, 1))[1] is None
    assert _found(on_db, "Nurlanuly") == []
    assert len(on_db(lambda a: a.maintenance.log(action="document.ocr_correct"))) == 2


def test_a_lock_closes_the_dialog_and_drops_the_text(
    qtbot: QtBot, ui_session: UiSession, on_db: OnDb, tmp_path: Path
) -> None:
    scan_id, _ = _import(on_db, tmp_path)
    viewer = DocumentView()
    panel = RedactionPanel(ui_session, viewer)
    qtbot.addWidget(viewer)
    qtbot.addWidget(panel)
    _show(viewer, on_db, scan_id)
    dialog = _open_from_viewer(qtbot, viewer, panel)
    dialog.editor.setPlainText(RIGHT)
    left: list[str] = []  # what the editor held as the dialog closed
    dialog.finished.connect(lambda _: left.append(dialog.editor.toPlainText()))
    with qtbot.waitSignal(dialog.finished, timeout=WAIT) as closed:
        ui_session.lock()
    assert closed.args == [OcrCorrectionDialog.DialogCode.Rejected.value]
    assert left == [""]
