"""Redaction review in the window: boxes drawn on a PDF page, words picked on the page,
the side list (terms, persons, patterns, remove), persistence, and the text view's menu."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from archive_app.session import Archive
from archive_app.settings import Settings
from storage.redactions import RedactionRecord
from tests.conftest import PASSPHRASE
from tests.support.pdfgen import make_pdf
from ui.export.box_overlay import RedactCanvas
from ui.export.page_widget import WORDS_TOOL
from ui.export.redaction_panel import RedactionPanel
from ui.main_window import MainWindow
from ui.session import UiSession
from ui.viewer.document_view import DocumentView

WAIT = 20_000


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path: Path) -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    path = tmp_path / "review.archive"
    archive, _ = Archive.create(path, PASSPHRASE, Settings(actor="tester"))
    with archive:
        archive.registry.add_person("Nazigul Maksutkhan", role="defender", consent="no")
        archive.registry.add_person("Bolat Nurlanuly", role="witness", consent="yes")
        pdf = tmp_path / "ruling.pdf"
        pdf.write_bytes(
            make_pdf(
                [
                    "Ruling. Nazigul Maksutkhan appeared before the court in Qalzhat.",
                    "Medical report: hypertension, treated in Qalzhat clinic.",
                ]
            )
        )
        note = tmp_path / "note.txt"
        note.write_text("Bolat Nurlanuly met the defender in Qalzhat.\n", "utf-8")
        archive.importer().import_paths([pdf, note])
    return path


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    win = MainWindow(UiSession(Settings(actor="tester", idle_lock_minutes=5)))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def on_db(win: MainWindow, fn: Callable[[Archive], Any]) -> Any:
    return win.session.worker.submit(fn).result(timeout=30)


def open_document(qtbot: QtBot, win: MainWindow, path: Path, filename: str) -> int:
    win.start.choose(path)
    win.start.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(win.session.opened, timeout=WAIT):
        win.start.unlock_button.click()
    qtbot.waitUntil(lambda: win.view.results.results.rowCount() == 2, timeout=WAIT)
    hits = win.view.results.results.hits
    row = next(i for i, h in enumerate(hits) if h.filename == filename)
    win.view.results.setCurrentIndex(win.view.results.results.index(row))
    panel = win.view.redactions
    qtbot.waitUntil(
        lambda: panel.review.document_id == hits[row].id and not panel.review.loading,
        timeout=WAIT,
    )
    return hits[row].id


def saved(win: MainWindow, doc_id: int) -> list[RedactionRecord]:
    result: list[RedactionRecord] = on_db(win, lambda a: a.redactions.saved(doc_id))
    return result


def drag(qtbot: QtBot, widget: Any, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(widget, QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2))
    qtbot.mouseMove(widget, end)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def test_a_box_drawn_on_a_pdf_page_is_saved_with_its_reason(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    doc_id = open_document(qtbot, window, archive_path, "ruling.pdf")
    window.redact_action.trigger()  # Ctrl+Shift+R
    canvas = window.view.redactions.canvas
    assert window.view.viewer.currentWidget() is canvas
    assert window.redact_action.isChecked()
    assert window.view.side.currentWidget() is window.view.redactions
    canvas.next_button.click()
    assert canvas.page == 2 and canvas.page_label.text() == "Page 2 of 2"
    canvas.reason.set_reason("MEDICAL")
    assert window.view.redactions.reason.reason() == "MEDICAL"  # one reason, shown twice
    page = canvas.page_view
    width, height = page.width(), page.height()
    drag(
        qtbot,
        page,
        QPoint(width // 10, height // 10),
        QPoint(width // 2, height // 5),
    )
    qtbot.waitUntil(lambda: len(saved(window, doc_id)) == 1, timeout=WAIT)
    (box,) = saved(window, doc_id)
    assert (box.kind, box.page_no, box.reason) == ("rect", 2, "MEDICAL")
    assert box.box is not None
    x0, y0, x1, y1 = box.box
    assert abs(x0 - 0.1) < 0.02 and abs(y0 - 0.1) < 0.02
    assert abs(x1 - 0.5) < 0.02 and abs(y1 - 0.2) < 0.02
    panel = window.view.redactions
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 1, timeout=WAIT)
    item = panel.list.topLevelItem(0)
    assert [item.text(i) for i in range(3)] == ["Box", "MEDICAL", "page 2"]
    assert canvas.review.rects(2) and not canvas.review.rects(1)
    assert "1 box on this page" in canvas.hint.text()
    # leaving redact mode returns to the PDF at the page being marked
    canvas.done_button.click()
    assert window.view.viewer.currentWidget() is window.view.viewer.pdf
    assert not window.redact_action.isChecked()


def test_words_picked_on_the_page_are_redacted_everywhere_or_boxed(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    doc_id = open_document(qtbot, window, archive_path, "ruling.pdf")
    window.view.viewer.pdf.redact_button.click()  # the PDF toolbar's Redact
    canvas: RedactCanvas = window.view.redactions.canvas
    canvas.set_tool(WORDS_TOOL)
    canvas.reason.set_reason("SECURITY")
    page = canvas.page_view
    # the first line is at y = 842 - 56 = 786 pt from the bottom: 56..67 pt from the top
    y = round(page.height() * 62 / 842)
    start_x = round(page.width() * 350 / 595)  # inside "Qalzhat" (337-374 pt)
    with qtbot.waitSignal(page.words_picked, timeout=WAIT) as picked:
        drag(qtbot, page, QPoint(start_x, y), QPoint(start_x + 4, y))
    pick = picked.args[0]
    assert pick.text == "Qalzhat"  # widened to the whole word, without the full stop
    assert pick.boxes
    canvas.redact_pick(everywhere=True)
    qtbot.waitUntil(lambda: len(saved(window, doc_id)) == 1, timeout=WAIT)
    (term,) = saved(window, doc_id)
    assert (term.kind, term.value, term.reason) == ("term", "Qalzhat", "SECURITY")
    with qtbot.waitSignal(page.words_picked, timeout=WAIT):
        drag(qtbot, page, QPoint(start_x, y), QPoint(start_x + 4, y))
    canvas.redact_pick(everywhere=False)
    qtbot.waitUntil(lambda: len(saved(window, doc_id)) == 2, timeout=WAIT)
    assert saved(window, doc_id)[1].kind == "rect"
    # withhold page 1, then release it again
    canvas.withhold_button.click()
    qtbot.waitUntil(lambda: canvas.withhold_button.text() == "Release page", timeout=WAIT)
    assert saved(window, doc_id)[-1].kind == "page"
    canvas.withhold_button.click()
    qtbot.waitUntil(lambda: canvas.withhold_button.text() == "Withhold page", timeout=WAIT)
    assert [r.kind for r in saved(window, doc_id)] == ["term", "rect"]


def show(qtbot: QtBot, viewer: DocumentView, session: UiSession, doc_id: int) -> None:
    def load(archive: Archive) -> tuple[Any, bytes, list[str]]:
        return (
            archive.documents.get(doc_id),
            archive.documents.read_original(doc_id),
            archive.documents.pages(doc_id),
        )

    doc, data, pages = session.worker.submit(load).result(timeout=30)
    viewer.show_document(doc, data, pages, None, None)


def test_terms_added_in_the_side_list_are_listed_and_kept(
    qtbot: QtBot, ui_session: UiSession, on_db: Any, tmp_path: Path
) -> None:
    note = tmp_path / "note.txt"
    note.write_text("The witness lives in Qalzhat; phone 8 701 555 24 19.\n", "utf-8")
    doc_id = on_db(lambda a: a.importer().import_paths([note]).document_ids[0])
    on_db(lambda a: a.registry.add_person("Bolat Nurlanuly", role="witness"))
    viewer = DocumentView()
    panel = RedactionPanel(ui_session, viewer)
    qtbot.addWidget(viewer)
    qtbot.addWidget(panel)
    show(qtbot, viewer, ui_session, doc_id)
    qtbot.waitUntil(lambda: panel.add_box.isEnabled() and panel.person.count() == 1, timeout=WAIT)
    assert "exported from its text" in panel.hint.text()
    assert not panel.mark_button.isEnabled()  # boxes only on PDFs and images
    panel.reason.set_reason("SOURCE-CONF")
    qtbot.keyClicks(panel.term, "Qalzhat")
    qtbot.keyClick(panel.term, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 1, timeout=WAIT)
    panel.add_person()
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 2, timeout=WAIT)
    panel.pattern.setCurrentIndex(panel.pattern.findData("phone"))
    panel.add_pattern()
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 3, timeout=WAIT)
    rows = [
        [panel.list.topLevelItem(i).text(c) for c in range(3)]
        for i in range(panel.list.topLevelItemCount())
    ]
    assert rows == [
        ["“Qalzhat”", "SOURCE-CONF", "every occurrence"],
        ["Bolat Nurlanuly", "SOURCE-CONF", "every name, alias and spelling"],
        ["Phone numbers", "SOURCE-CONF", "every match"],
    ]
    assert panel.term.text() == ""
    # reopen: a fresh panel on a fresh viewer finds them in the archive
    viewer2 = DocumentView()
    panel2 = RedactionPanel(ui_session, viewer2)
    qtbot.addWidget(viewer2)
    qtbot.addWidget(panel2)
    show(qtbot, viewer2, ui_session, doc_id)
    qtbot.waitUntil(lambda: panel2.list.topLevelItemCount() == 3, timeout=WAIT)
    assert panel2.list.topLevelItem(0).text(0) == "“Qalzhat”"
    # remove the person
    panel2.list.topLevelItem(1).setSelected(True)
    panel2.remove_button.click()
    qtbot.waitUntil(lambda: panel2.list.topLevelItemCount() == 2, timeout=WAIT)
    kinds = [r.kind for r in on_db(lambda a: a.redactions.saved(doc_id))]
    assert kinds == ["term", "pattern"]
    log = on_db(lambda a: a.db.all("SELECT details FROM audit_log WHERE action LIKE 'redaction.%'"))
    assert log and not any("Qalzhat" in str(row[0]) for row in log)  # kind and reason only


def test_words_selected_in_the_text_view_are_redacted_from_its_menu(
    qtbot: QtBot, ui_session: UiSession, on_db: Any, tmp_path: Path
) -> None:
    note = tmp_path / "statement.txt"
    note.write_text("The source met us in Qalzhat near the market.\n", "utf-8")
    doc_id = on_db(lambda a: a.importer().import_paths([note]).document_ids[0])
    viewer = DocumentView()
    panel = RedactionPanel(ui_session, viewer)
    qtbot.addWidget(viewer)
    qtbot.addWidget(panel)
    viewer.show()
    show(qtbot, viewer, ui_session, doc_id)
    qtbot.waitUntil(lambda: panel.review.document_id == doc_id, timeout=WAIT)
    text = viewer.text.toPlainText()
    cursor = QTextCursor(viewer.text.document())
    cursor.setPosition(text.index("Qalzhat"))
    cursor.setPosition(text.index("Qalzhat") + len("Qalzhat"), QTextCursor.MoveMode.KeepAnchor)
    viewer.text.setTextCursor(cursor)
    viewer._text_menu(QPoint(5, 5))
    menus = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
    (menu,) = menus
    submenu = next(a.menu() for a in menu.actions() if a.text() == "Redact the selected words as")
    assert isinstance(submenu, QMenu) and submenu.isEnabled()
    next(a for a in submenu.actions() if a.text() == "SOURCE-CONF").trigger()
    menu.close()
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 1, timeout=WAIT)
    (term,) = on_db(lambda a: a.redactions.saved(doc_id))
    assert (term.kind, term.value, term.reason) == ("term", "Qalzhat", "SOURCE-CONF")


def test_persons_without_consent_are_proposed_and_lock_forgets_the_review(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    doc_id = open_document(qtbot, window, archive_path, "ruling.pdf")
    panel = window.view.redactions
    qtbot.waitUntil(lambda: panel.proposal_box.isVisibleTo(panel), timeout=WAIT)
    buttons = [b for b in panel.proposal_box.findChildren(type(panel.remove_button))]
    assert [b.text() for b in buttons] == ["Add as PII-VICTIM"]
    buttons[0].click()
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 1, timeout=WAIT)
    assert panel.list.topLevelItem(0).text(0) == "Nazigul Maksutkhan"
    assert saved(window, doc_id)[0].kind == "person"
    qtbot.waitUntil(lambda: not panel.proposal_box.isVisibleTo(panel), timeout=WAIT)
    window.set_redact_mode(True)
    window.lock()
    assert panel.review.document is None and panel.list.topLevelItemCount() == 0
    assert not panel.mode and not window.redact_action.isChecked()
    assert window.view.viewer.currentWidget() is not panel.canvas


def test_boxes_on_an_image_are_drawn_on_the_upright_picture(
    qtbot: QtBot, ui_session: UiSession, on_db: Any, tmp_path: Path
) -> None:
    from PIL import Image

    picture = tmp_path / "scan.png"
    Image.new("RGB", (400, 600), "white").save(picture)
    doc_id = on_db(lambda a: a.importer().import_paths([picture]).document_ids[0])
    viewer = DocumentView()
    panel = RedactionPanel(ui_session, viewer)
    qtbot.addWidget(viewer)
    qtbot.addWidget(panel)
    viewer.resize(500, 700)
    viewer.show()
    show(qtbot, viewer, ui_session, doc_id)
    qtbot.waitUntil(lambda: panel.mark_button.isEnabled(), timeout=WAIT)
    panel.mark_button.click()
    canvas = panel.canvas
    assert viewer.currentWidget() is canvas and not canvas.words_button.isEnabled()
    page = canvas.page_view
    assert abs(page.height() / page.width() - 1.5) < 0.01  # the picture's shape
    drag(
        qtbot,
        page,
        QPoint(page.width() // 4, page.height() // 4),
        QPoint(page.width() // 2, page.height() // 2),
    )
    qtbot.waitUntil(lambda: len(on_db(lambda a: a.redactions.saved(doc_id))) == 1, timeout=WAIT)
    (box,) = on_db(lambda a: a.redactions.saved(doc_id))
    assert (box.kind, box.page_no, box.reason) == ("rect", 1, "PII-VICTIM")
    panel.set_redact_mode(False)
    assert viewer.currentWidget() is viewer.image
