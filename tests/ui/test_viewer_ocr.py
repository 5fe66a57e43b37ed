"""Search hits on scanned pages: the result says the hit is OCR text, and the viewer marks
the matched words on the page image through the word boxes OCR stored (image-only PDF
and photo alike). OCR is stood in for (tests.support.ocr_fake): the reading itself is
tested in tests/integration/test_ocr_*.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from archive_app.session import Archive
from archive_app.settings import Settings
from tests.conftest import PASSPHRASE
from tests.support.ocr_fake import fake_page, store_read
from tests.support.scans import jpeg, scan_page, scanned_pdf
from ui.main_window import MainWindow
from ui.results_view import hit_html
from ui.session import UiSession
from ui.viewer.ocr_marks import page_rects
from ui.viewer.pdf_page import PdfPage

WAIT = 20_000
PDF_PAGES = {
    1: ["Protocol of the hearing", "Nothing of note here"],
    2: ["The witness Bolat Nurlanuly", "confirmed the detention"],
}
PHOTO = ["Summons to Қайрат Жүнісов", "appear on Monday"]


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path: Path) -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    blank = [scan_page("", dpi=60, stamp=False, noise=0, angle=0) for _ in PDF_PAGES]
    (tmp_path / "scan.pdf").write_bytes(scanned_pdf(blank, dpi=60))
    (tmp_path / "summons.jpg").write_bytes(jpeg(blank[0], dpi=60))
    path = tmp_path / "viewer.archive"
    archive, _ = Archive.create(path, PASSPHRASE, Settings(actor="tester"))
    with archive:
        archive.importer().import_paths([tmp_path / "scan.pdf", tmp_path / "summons.jpg"])
        ids = {d.filename: d.id for d in archive.documents.all()}
        store_read(archive, ids["scan.pdf"], {n: fake_page(t) for n, t in PDF_PAGES.items()})
        store_read(archive, ids["summons.jpg"], {1: fake_page(PHOTO)})
        assert archive.ocr.counts() == (0, 0)
    return path


@pytest.fixture
def window(qtbot: QtBot, archive_path: Path) -> Iterator[MainWindow]:
    win = MainWindow(UiSession(Settings(actor="tester", idle_lock_minutes=5)))
    qtbot.addWidget(win)
    win.resize(1300, 900)
    win.show()
    win.start.choose(archive_path)
    win.start.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(win.session.opened, timeout=WAIT):
        win.start.unlock_button.click()
    qtbot.waitUntil(lambda: win.view.results.results.rowCount() > 0, timeout=WAIT)
    yield win
    win.close()


def _search_and_open(qtbot: QtBot, win: MainWindow, text: str) -> None:
    before = win.view.last_result
    win.view.search_bar.set_query(text)
    qtbot.waitUntil(lambda: win.view.last_result is not before, timeout=WAIT)
    assert win.view.last_result is not None and win.view.last_result.hits
    win.view.results.setCurrentIndex(win.view.results.results.index(0))
    qtbot.waitUntil(lambda: win.view.viewer.document is not None, timeout=WAIT)


def _marked(color: QColor) -> bool:
    """The translucent yellow of a mark over the page's near-white."""
    return color.red() > 200 and color.green() > 170 and color.blue() < 150


def test_hit_on_a_scanned_pdf_page_is_ocr_text_and_marked_on_the_page(
    qtbot: QtBot, window: MainWindow
) -> None:
    _search_and_open(qtbot, window, "Nurlanuly")
    (hit,) = window.view.last_result.hits  # type: ignore[union-attr]
    assert [(p.page, p.ocr) for p in hit.pages] == [(2, True)]
    assert "OCR text" in hit_html(hit)
    viewer = window.view.viewer
    qtbot.waitUntil(lambda: isinstance(viewer.currentWidget(), PdfPage), timeout=WAIT)
    pdf = viewer.pdf
    qtbot.waitUntil(lambda: pdf.current_page() == 2, timeout=WAIT)
    words = fake_page(PDF_PAGES[2]).words
    (box,) = [w.box for w in words if w.text == "Nurlanuly"]
    assert list(viewer.ocr_hits) == [2]
    assert viewer.ocr_hits[2] == [pytest.approx(box, abs=1e-4)]
    assert pdf.marks.isVisible()

    def centre_marked() -> bool:
        rect = page_rects(pdf.view)[2]
        x = rect.x() + (box[0] + box[2]) / 2 * rect.width()
        y = rect.y() + (box[1] + box[3]) / 2 * rect.height()
        image = pdf.view.viewport().grab().toImage()
        inside = image.rect().contains(int(x), int(y))
        return inside and _marked(image.pixelColor(int(x), int(y)))

    qtbot.waitUntil(centre_marked, timeout=WAIT)
    # the page around the word is not marked: a word of another line on the same page
    (other,) = [w.box for w in words if w.text == "detention"]
    rect = page_rects(pdf.view)[2]
    image = pdf.view.viewport().grab().toImage()
    x = rect.x() + (other[0] + other[2]) / 2 * rect.width()
    y = rect.y() + (other[1] + other[3]) / 2 * rect.height()
    assert not _marked(image.pixelColor(int(x), int(y)))


def test_page_rects_follow_qpdfview_layout(qtbot: QtBot, window: MainWindow) -> None:
    """The page rectangles the marks use are where QPdfView paints its white pages."""
    _search_and_open(qtbot, window, "Nurlanuly")
    pdf = window.view.viewer.pdf
    qtbot.waitUntil(lambda: pdf.current_page() == 2, timeout=WAIT)
    pdf.marks.set_boxes({})
    qtbot.wait(200)
    rect = page_rects(pdf.view)[2]
    image: QImage = pdf.view.viewport().grab().toImage()
    top = max(rect.top(), 0)
    inside = image.pixelColor(rect.left() + 3, top + 3)
    outside = image.pixelColor(rect.left() - 4, top + 3)
    assert inside.lightness() > 235  # the scan's near-white paper
    assert outside.lightness() < inside.lightness() - 10  # the view's background


def test_hit_on_a_photo_is_marked_on_the_image(qtbot: QtBot, window: MainWindow) -> None:
    _search_and_open(qtbot, window, "Жүнісов")
    (hit,) = window.view.last_result.hits  # type: ignore[union-attr]
    assert hit.filename == "summons.jpg" and [p.ocr for p in hit.pages] == [True]
    viewer = window.view.viewer
    qtbot.waitUntil(lambda: viewer.currentWidget() is viewer.image, timeout=WAIT)
    (box,) = [w.box for w in fake_page(PHOTO).words if w.text == "Жүнісов"]
    assert list(viewer.ocr_hits) == [1]
    assert viewer.ocr_hits[1] == [pytest.approx(box, abs=1e-4)]
    pixmap = viewer.image_label.pixmap()
    image = pixmap.toImage()
    x = (box[0] + box[2]) / 2 * image.width()
    y = (box[1] + box[3]) / 2 * image.height()
    assert _marked(image.pixelColor(int(x), int(y)))
    assert not _marked(image.pixelColor(int(image.width() * 0.9), int(image.height() * 0.9)))
