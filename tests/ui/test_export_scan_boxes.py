"""Redact mode shows the boxes the export burns on a scan by itself (issue 11): a saved
term and a person without consent, found in what OCR read, appear dashed on the page;
a found box can be resized or moved (the result is kept as a saved box, and a found box
a saved one covers is shown as that box), a saved box can be moved and resized too, and a
found box's redaction can be removed from it. OCR is stood in for (tests.support.ocr_fake):
what is tested is what redact mode does with what was read."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from pytestqt.qtbot import QtBot

from archive_app.export.scan_boxes import ScanBox
from archive_app.session import Archive
from archive_app.settings import Settings
from storage.redactions import RedactionRecord
from tests.conftest import PASSPHRASE
from tests.support.ocr_fake import fake_page, store_read
from tests.support.scans import scan_page, scanned_pdf
from ui.export.box_overlay import RedactCanvas
from ui.main_window import MainWindow
from ui.session import UiSession

WAIT = 20_000
LINES = ["Ruling of the court in Qalzhat", "Nazigul Maksutkhan appeared before the court"]


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path: Path) -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    path = tmp_path / "scans.archive"
    archive, _ = Archive.create(path, PASSPHRASE, Settings(actor="tester"))
    with archive:
        archive.registry.add_person("Nazigul Maksutkhan", role="defender", consent="no")
        pdf = tmp_path / "ruling-scan.pdf"
        pdf.write_bytes(scanned_pdf([scan_page("", dpi=50, stamp=False, noise=0, angle=0)], 50))
        (doc_id,) = archive.importer().import_paths([pdf]).document_ids
        store_read(archive, doc_id, {1: fake_page(LINES)})
        archive.redactions.add_term(doc_id, "Qalzhat", "SECURITY")
    return path


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    win = MainWindow(UiSession(Settings(actor="tester", idle_lock_minutes=5)))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def saved(win: MainWindow) -> list[RedactionRecord]:
    doc_id = win.view.redactions.review.document_id
    result: list[RedactionRecord] = win.session.worker.submit(
        lambda a: a.redactions.saved(doc_id)
    ).result(timeout=30)
    return result


def drag(qtbot: QtBot, widget: Any, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(widget, QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2))
    qtbot.mouseMove(widget, end)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def in_redact_mode(qtbot: QtBot, win: MainWindow, path: Path) -> RedactCanvas:
    win.start.choose(path)
    win.start.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(win.session.opened, timeout=WAIT):
        win.start.unlock_button.click()
    qtbot.waitUntil(lambda: win.view.results.results.rowCount() == 1, timeout=WAIT)
    win.view.results.setCurrentIndex(win.view.results.results.index(0))
    panel = win.view.redactions
    qtbot.waitUntil(
        lambda: panel.review.document_id is not None and not panel.review.loading, timeout=WAIT
    )
    win.redact_action.trigger()
    canvas = panel.canvas
    assert win.view.viewer.currentWidget() is canvas
    qtbot.waitUntil(lambda: len(canvas.page_view.found_boxes()) == 2, timeout=WAIT)
    return canvas


def found(canvas: RedactCanvas, kind: str) -> list[ScanBox]:
    return [f for f in canvas.page_view.found_boxes() if f.kind == kind]


def point(canvas: RedactCanvas, x: float, y: float) -> QPoint:
    page = canvas.page_view
    return QPoint(round(x * page.width()), round(y * page.height()))


def test_found_boxes_are_shown_and_kept_when_adjusted(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    canvas = in_redact_mode(qtbot, window, archive_path)
    (term,) = found(canvas, "term")
    (person,) = found(canvas, "person")  # both words of the name, on one line: one box
    assert person.redaction_id is None and person.label == "Nazigul Maksutkhan"  # no consent
    assert term.redaction_id == saved(window)[0].id and term.reason == "SECURITY"
    # the box covers the whole word "Qalzhat" as OCR placed it (fake_page: row 1, word 6)
    word = next(w for w in fake_page(LINES).words if w.text == "Qalzhat")
    assert term.box[0] <= word.box[0] and term.box[2] >= word.box[2]
    assert term.box[1] <= word.box[1] and term.box[3] >= word.box[3]
    assert "2 boxes found on this scan" in canvas.hint.text()

    # widen the found box by dragging its right edge: kept as a saved box, shown as it
    x0, y0, x1, y1 = term.box
    middle = (y0 + y1) / 2
    drag(qtbot, canvas.page_view, point(canvas, x1, middle), point(canvas, x1 + 0.1, middle))
    qtbot.waitUntil(lambda: len(saved(window)) == 2, timeout=WAIT)
    rect = saved(window)[1]
    assert (rect.kind, rect.page_no, rect.reason) == ("rect", 1, "SECURITY")
    assert rect.box == pytest.approx((x0, y0, x1 + 0.1, y1), abs=0.01)
    qtbot.waitUntil(lambda: found(canvas, "term") == [], timeout=WAIT)  # under the saved box
    assert found(canvas, "person") == [person]

    # move that saved box down and to the right: saved again where it was left
    start = point(canvas, (x0 + x1) / 2, middle)
    drag(qtbot, canvas.page_view, start, start + point(canvas, 0.05, 0.2))
    qtbot.waitUntil(
        lambda: [r.box for r in saved(window) if r.kind == "rect"] != [rect.box], timeout=WAIT
    )
    (moved,) = [r for r in saved(window) if r.kind == "rect"]
    assert moved.id != rect.id and moved.reason == "SECURITY"
    assert moved.box == pytest.approx((x0 + 0.05, y0 + 0.2, x1 + 0.15, y1 + 0.2), abs=0.01)
    # the found box is no longer covered: it is shown again, as the export will burn it
    qtbot.waitUntil(lambda: len(found(canvas, "term")) == 1, timeout=WAIT)

    # a saved box's bottom edge resized
    bottom = moved.box[3]
    across = (moved.box[0] + moved.box[2]) / 2
    drag(qtbot, canvas.page_view, point(canvas, across, bottom), point(canvas, across, 0.9))
    qtbot.waitUntil(
        lambda: [r.box[3] for r in saved(window) if r.kind == "rect" and r.box] != [bottom],
        timeout=WAIT,
    )
    (resized,) = [r for r in saved(window) if r.kind == "rect"]
    assert resized.box is not None and resized.box[3] == pytest.approx(0.9, abs=0.01)
    assert resized.box[:3] == pytest.approx(moved.box[:3], abs=0.005)


def test_a_found_box_removes_its_redaction_and_a_consent_box_stays(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    canvas = in_redact_mode(qtbot, window, archive_path)
    (term,) = found(canvas, "term")
    (person,) = found(canvas, "person")
    page = canvas.page_view
    for box in (person, term):
        center = page.to_rect(box.box).center()
        with qtbot.waitSignal(page.found_menu, timeout=WAIT) as menu_for:
            qtbot.mouseClick(page, Qt.MouseButton.RightButton, pos=center.toPoint())
        assert menu_for.args[0] == box
        assert canvas.menu is not None
        actions = [a for a in canvas.menu.actions() if not a.isSeparator()]
        canvas.menu.close()
        if box is person:
            (fixed,) = actions
            assert not fixed.isEnabled() and "no consent" in fixed.text()
    (remove,) = actions
    assert remove.isEnabled() and "Qalzhat" in remove.text()
    remove.trigger()
    qtbot.waitUntil(lambda: saved(window) == [], timeout=WAIT)
    qtbot.waitUntil(lambda: found(canvas, "term") == [], timeout=WAIT)
    assert found(canvas, "person") == [person]  # the person without consent is still boxed
    assert page.found_at(QPointF(page.to_rect(term.box).center())) is None
