"""Issue 14: the defects a lawyer's first session in the window showed, one test each."""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from indexing.search import DocumentHit
from tests.ui import test_main_window as main_flows
from tests.ui.test_main_window import WAIT, search, unlock
from ui.main_window import MainWindow
from ui.results_view import ResultsView
from ui.search_bar import EXAMPLES, SearchBar

# the main-flow tests' archive (texts, a 4-page PDF, persons) and window, reused
isolated_qsettings = main_flows.isolated_qsettings
archive_path = main_flows.archive_path
window = main_flows.window


def open_first(qtbot: QtBot, win: MainWindow) -> int:
    view = win.view
    view.results.setCurrentIndex(view.results.results.index(0))
    doc_id = view.last_result.hits[0].id
    qtbot.waitUntil(lambda: view.viewer.document_id == doc_id, timeout=WAIT)
    qtbot.waitUntil(lambda: view.details.form_box.isVisible(), timeout=WAIT)
    return doc_id


# -- 1. the viewer shows only what the results hold ------------------------------------------
def test_a_search_without_the_document_read_empties_viewer_details_and_redactions(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    unlock(qtbot, window, archive_path)
    search(qtbot, window, "file:court-ruling")
    open_first(qtbot, window)
    view = window.view
    assert view.redactions.review.document is not None
    search(qtbot, window, "tribunal")  # only the PDF matches
    assert view.viewer.document_id is None
    assert view.viewer.currentWidget() is view.viewer.message
    assert view.redactions.review.document is None
    assert view.details.heading.text() == "No document selected."


def test_a_search_without_hits_leaves_no_document_to_redact(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    unlock(qtbot, window, archive_path)
    search(qtbot, window, "file:court-ruling")
    open_first(qtbot, window)
    view = window.view
    search(qtbot, window, "zzqxnothingmatches")
    assert view.last_result.total == 0
    assert view.viewer.document_id is None
    assert view.redactions.review.document is None
    assert not view.details.form_box.isVisible()
    assert view.details.heading.text() == "No document selected."


def test_the_document_read_stays_open_when_the_new_results_hold_it(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    unlock(qtbot, window, archive_path)
    search(qtbot, window, "file:court-ruling")
    doc_id = open_first(qtbot, window)
    view = window.view
    search(qtbot, window, "Seitkali")
    assert doc_id in [h.id for h in view.last_result.hits]
    qtbot.waitUntil(lambda: view.viewer.document_id == doc_id, timeout=WAIT)
    assert [h.id for h in view.results.selected_hits()] == [doc_id]
    qtbot.waitUntil(lambda: view.details.form_box.isVisible(), timeout=WAIT)


# -- 2. search help --------------------------------------------------------------------------
def test_the_help_popup_stays_on_the_screen_when_the_button_is_at_its_right_edge(
    qtbot: QtBot,
) -> None:
    bar = SearchBar()
    qtbot.addWidget(bar)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    bar.resize(screen.width(), 40)
    bar.move(screen.topLeft())
    bar.show()
    qtbot.waitExposed(bar)
    bar.show_help()
    popup = bar.help_popup.frameGeometry()
    assert screen.contains(popup), (screen, popup)


def test_every_example_in_the_help_is_clickable_and_inserted_whole(qtbot: QtBot) -> None:
    bar = SearchBar()
    qtbot.addWidget(bar)
    labels = [label for label in bar.help_popup.findChildren(QLabel) if "<a " in label.text()]
    assert len(labels) == len(EXAMPLES)
    for (query, _), label in zip(EXAMPLES, labels, strict=True):
        with qtbot.waitSignal(bar.search_requested, timeout=1000) as sent:
            # the href Qt parsed is what a click delivers
            label.linkActivated.emit(_href(label))
        assert sent.args == [query]
        assert bar.text() == query


def _href(label: QLabel) -> str:
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(label.text())
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isAnchor():
                return fmt.anchorHref()
            it += 1
        block = block.next()
    return ""


# -- 3. result rows never overlap -----------------------------------------------------------
def long_hit(n: int) -> DocumentHit:
    return DocumentHit(
        id=n,
        title="Ruling of the specialised inter-district criminal court of Taldykorgan on the"
        " detention of a member of Atajurt",
        filename="court-ruling-taldykorgan-specialised-inter-district-criminal-court-ru.txt",
        doc_type="court-material",
        date="2026-01-14",
        score=1.0,
        pages=[],
    )


def test_rows_are_as_tall_as_their_wrapped_text_at_every_width(qtbot: QtBot) -> None:
    view = ResultsView()
    qtbot.addWidget(view)
    view.results.set_hits([long_hit(n) for n in range(1, 4)])
    delegate = view.itemDelegate()
    for width in (220, 320, 480, 900):
        view.resize(width, 600)
        view.show()
        qtbot.waitExposed(view)
        qtbot.wait(20)
        rects = [view.visualRect(view.results.index(r)) for r in range(3)]
        for r, rect in enumerate(rects):
            option = QStyleOptionViewItem()
            view.initViewItemOption(option)
            option.rect = QRect(QPoint(0, 0), rect.size())
            needed = delegate._document(option, view.results.index(r)).size().height()
            assert rect.height() >= needed, (width, rect.height(), needed)
        for upper, lower in itertools.pairwise(rects):
            assert lower.top() > upper.bottom() - 1
