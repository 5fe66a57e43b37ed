"""Issue 14, defects 8 and 11, and issue 20's "Add as fact" from a PDF: the viewer and the
narrow window, one test each (each fails on the code before the fix)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.ui import test_main_window as main_flows
from tests.ui.test_main_window import WAIT, search, unlock
from ui.main_window import MainWindow

# the main-flow tests' archive (texts, a 4-page PDF whose word is on pages 3-4) and window
isolated_qsettings = main_flows.isolated_qsettings
archive_path = main_flows.archive_path
window = main_flows.window


def open_pdf(qtbot: QtBot, win: MainWindow, query: str = "tribunal") -> None:
    """Search ``query`` and open the PDF among the hits."""
    search(qtbot, win, query)
    assert win.view.last_result is not None
    row = next(r for r, h in enumerate(win.view.last_result.hits) if h.filename.endswith(".pdf"))
    win.view.results.setCurrentIndex(win.view.results.results.index(row))
    pdf = win.view.viewer.pdf
    qtbot.waitUntil(lambda: win.view.viewer.currentWidget() is pdf, timeout=WAIT)
    qtbot.waitUntil(lambda: pdf.document.pageCount() > 0, timeout=WAIT)


# -- 8. the viewer gets the room -------------------------------------------------------------
def test_the_viewer_gets_most_of_the_height_at_both_window_sizes(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    window.resize(1024, 700)
    unlock(qtbot, window, archive_path)
    open_pdf(qtbot, window)
    for width, height in ((1024, 700), (1400, 860)):
        window.resize(width, height)
        qtbot.waitUntil(lambda w=width: window.width() == w, timeout=WAIT)
        viewer, side = window.view.right.sizes()
        assert viewer >= 0.6 * (viewer + side), (width, viewer, side)
        assert window.view.viewer.pdf.view.viewport().height() >= 300, (width, viewer)
