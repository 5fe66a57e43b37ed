"""Issue 14, defects 8 and 11, and issue 20's "Add as fact" from a PDF: the viewer and the
narrow window, one test each (each fails on the code before the fix)."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QContextMenuEvent, QGuiApplication
from PySide6.QtPdf import QPdfSearchModel
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QStyle,
    QStyleOptionSpinBox,
    QStyleOptionViewItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui import test_main_window as main_flows
from tests.ui.test_main_window import WAIT, on_db, search, unlock
from ui import i18n
from ui.clipboard import is_marked
from ui.look import stylesheet
from ui.main_window import MainWindow
from ui.results_view import HitDelegate, ResultsView, snippet_html
from ui.viewer.ocr_marks import page_rects
from ui.viewer.pdf_page import PdfPage

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


def word_on_screen(pdf: PdfPage, word: str, page: int) -> QRectF:
    """Where ``word``'s first occurrence on ``page`` is drawn, in the view's viewport (found
    by QtPdf's own search, apart from the viewer's)."""
    model = QPdfSearchModel()
    model.setDocument(pdf.document)
    model.setSearchString(word)
    (found, *_) = model.resultsOnPage(page - 1)[0].rectangles()
    rect = page_rects(pdf.view)[page]
    k = rect.width() / pdf.document.pagePointSize(page - 1).width()
    return QRectF(
        rect.x() + found.x() * k, rect.y() + found.y() * k, found.width() * k, found.height() * k
    )


def near(colour: QColor, other: QColor, slack: int = 6) -> bool:
    return all(
        abs(a - b) <= slack for a, b in zip(colour.getRgb()[:3], other.getRgb()[:3], strict=True)
    )


def colours_in(pdf: PdfPage, area: QRectF) -> list[QColor]:
    image = pdf.view.viewport().grab().toImage()
    box = area.toAlignedRect().intersected(image.rect())
    return [
        image.pixelColor(x, y)
        for x in range(box.left(), box.right() + 1)
        for y in range(box.top(), box.bottom() + 1)
    ]


def test_pdf_hits_are_marked_in_the_snippets_yellow(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    window.resize(1300, 900)  # the word drawn large enough to count its yellow pixels
    unlock(qtbot, window, archive_path)
    open_pdf(qtbot, window)
    pdf = window.view.viewer.pdf
    qtbot.waitUntil(lambda: pdf.current_page() == 3, timeout=WAIT)
    (hit,) = window.view.last_result.hits  # type: ignore[union-attr]
    snippet = snippet_html(hit.pages[0].snippet)
    yellow = QColor(re.search(r"background:(#[0-9a-fA-F]{6})", snippet).group(1))  # type: ignore[union-attr]
    grey_blue = QColor("#b0c4de")  # QPdfView's own search mark, half transparent on white
    grey_blue_on_white = QColor(*(round((c + 255) / 2) for c in grey_blue.getRgb()[:3]))

    def marked() -> bool:  # a quarter of the word's box is yellow where the glyphs leave it
        colours = colours_in(pdf, word_on_screen(pdf, "tribunal", 3))
        return bool(colours) and sum(near(c, yellow) for c in colours) >= 0.15 * len(colours)

    qtbot.waitUntil(marked, timeout=WAIT)
    word = word_on_screen(pdf, "tribunal", 3)
    assert not any(near(c, grey_blue_on_white, 10) for c in colours_in(pdf, word))
    # the rest of the line is not marked
    after = word.translated(word.width() * 1.6, 0)
    assert not any(near(c, yellow) for c in colours_in(pdf, after))


def test_zoom_shows_its_percentage_and_keeps_the_hit_in_place(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    window.resize(1024, 700)
    unlock(qtbot, window, archive_path)
    open_pdf(qtbot, window)
    pdf = window.view.viewer.pdf
    qtbot.waitUntil(lambda: pdf.current_page() == 3, timeout=WAIT)
    screen = QGuiApplication.primaryScreen()
    points = pdf.document.pagePointSize(2).width() * screen.logicalDotsPerInch() / 72

    def shown_percent() -> int:
        return round(page_rects(pdf.view)[3].width() / points * 100)

    def label_percent() -> int:
        match = re.fullmatch(r"(\d+)\s*%", pdf.zoom_label.text())
        assert match, pdf.zoom_label.text()
        return int(match.group(1))

    viewport = QRectF(pdf.view.viewport().rect())
    for _ in range(3):
        before = word_on_screen(pdf, "tribunal", 3)
        assert viewport.contains(before)
        qtbot.keyClick(pdf.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        after = word_on_screen(pdf, "tribunal", 3)
        assert 1.2 < after.width() / before.width() < 1.3  # one step in, from what was shown
        assert viewport.contains(after)  # the hit stays in view, where it was
        assert abs(after.center().y() - before.center().y()) <= 3
        assert abs(after.center().x() - before.center().x()) <= 3
        assert pdf.zoom_label.isVisible()
        assert abs(label_percent() - shown_percent()) <= 1  # the zoom in per cent
    qtbot.keyClick(pdf.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert viewport.contains(word_on_screen(pdf, "tribunal", 3))
    assert abs(label_percent() - shown_percent()) <= 1
    qtbot.keyClick(pdf.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)  # fit width
    assert abs(label_percent() - shown_percent()) <= 1
    assert viewport.contains(word_on_screen(pdf, "tribunal", 3))


# -- issue 20: "Add as fact" from a passage selected on a PDF's pages --------------------------
def test_a_passage_selected_on_a_pdf_page_is_added_as_a_fact_with_its_page(
    qtbot: QtBot, window: MainWindow, archive_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.dialogs.fact_editor import FactDialog

    opened: list[FactDialog] = []
    monkeypatch.setattr(FactDialog, "exec", lambda self: opened.append(self) or 0)
    unlock(qtbot, window, archive_path)
    open_pdf(qtbot, window)
    pdf = window.view.viewer.pdf
    qtbot.waitUntil(lambda: pdf.current_page() == 3, timeout=WAIT)
    pdf.go_to(4)  # "tribunal again", the page after
    qtbot.waitUntil(lambda: pdf.current_page() == 4, timeout=WAIT)
    word = word_on_screen(pdf, "again", 4)
    start = QPoint(round(word_on_screen(pdf, "tribunal", 4).left()) + 1, round(word.center().y()))
    end = QPoint(round(word.right()) + 3, round(word.center().y()))  # past the page's last word
    viewport = pdf.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    menu = context_menu(qtbot, viewport, end)
    add = action_named(menu, "Add as fact…")
    assert add.isEnabled()
    add.trigger()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=WAIT)
    (dialog,) = opened
    assert dialog.passage is not None
    assert dialog.passage.text == "tribunal again"
    assert dialog.passage.page_no == 4
    assert dialog.passage.document_id == window.view.viewer.document_id
    menu.close()
    # Ctrl+C copies the passage, marked for clipboard managers (the click gave the focus)
    assert pdf.view.hasFocus()
    qtbot.keyClick(pdf.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "tribunal again"
    assert is_marked(clipboard.mimeData())
    clipboard.clear()  # Ctrl+C elsewhere in the window is not the passage's
    window.view.results.setFocus()
    qtbot.keyClick(window.view.results, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() != "tribunal again"
    # a click elsewhere lets go of it: nothing to add
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    menu = context_menu(qtbot, viewport, end)
    assert not action_named(menu, "Add as fact…").isEnabled()
    menu.close()


def context_menu(qtbot: QtBot, widget: QWidget, at: QPoint) -> QMenu:
    """Right-click ``widget`` at ``at`` and return the menu that pops up."""
    before = set(QApplication.topLevelWidgets())
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, widget.mapToGlobal(at))
    QApplication.sendEvent(widget, event)

    def popped() -> QMenu | None:
        menus = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu)]
        return next((m for m in menus if m not in before and m.isVisible()), None)

    qtbot.waitUntil(lambda: popped() is not None, timeout=WAIT)
    menu = popped()
    assert menu is not None
    return menu


def action_named(menu: QMenu, text: str) -> QAction:
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


# -- 8. a snippet's "p.4" opens that page -----------------------------------------------------
def page_label_at(view: ResultsView, row: int, page: int) -> QPoint:
    """Where the row's "p.{page}" label is drawn, in the list's viewport (searched for
    in the row's own text layout)."""
    index = view.results.index(row)
    rect = view.visualRect(index)
    option = QStyleOptionViewItem()
    option.rect = rect
    option.widget = view
    option.font = view.font()
    delegate = view.itemDelegate()
    assert isinstance(delegate, HitDelegate)
    doc = delegate._document(option, index)  # laid out as the row is painted
    label = f"p.{page}"
    doc.size()  # laid out
    block = doc.begin()
    while block.isValid():
        at = block.text().find(label)
        if at >= 0:
            line = block.layout().lineForTextPosition(at)
            x = line.cursorToX(at + len(label) // 2)[0]
            y = doc.documentLayout().blockBoundingRect(block).y() + line.y() + line.height() / 2
            padding = HitDelegate.PADDING
            return QPoint(rect.left() + padding + round(x), rect.top() + padding + round(y))
        block = block.next()
    raise AssertionError(f"no {label} in the row")


def test_a_snippets_page_label_opens_that_page(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    unlock(qtbot, window, archive_path)
    search(qtbot, window, "tribunal")
    view = window.view
    (hit,) = view.last_result.hits  # type: ignore[union-attr]
    assert [p.page for p in hit.pages] == [3, 4]
    pdf = view.viewer.pdf
    # a row not open yet: clicking its "p.4" opens the document at page 4, not at 3
    qtbot.mouseClick(
        view.results.viewport(), Qt.MouseButton.LeftButton, pos=page_label_at(view.results, 0, 4)
    )
    qtbot.waitUntil(lambda: view.viewer.document_id == hit.id, timeout=WAIT)
    viewport = QRectF(pdf.view.viewport().rect())
    qtbot.waitUntil(
        lambda: pdf.current_page() == 4 and viewport.contains(word_on_screen(pdf, "again", 4)),
        timeout=WAIT,
    )
    # the document open: "p.3" goes back to page 3
    qtbot.mouseClick(
        view.results.viewport(), Qt.MouseButton.LeftButton, pos=page_label_at(view.results, 0, 3)
    )
    qtbot.waitUntil(lambda: pdf.current_page() == 3, timeout=WAIT)
    assert view.viewer.document_id == hit.id
    assert [h.id for h in view.results.selected_hits()] == [hit.id]


@pytest.mark.parametrize(("language", "heading"), [("en", "— page 4 —"), ("ru", "— страница 4 —")])
def test_page_label_in_the_text_view_moves_to_that_pages_hit(
    qtbot: QtBot, window: MainWindow, archive_path: Path, language: str, heading: str
) -> None:
    """A DOCX, an e-mail or a text shows in the text view: "p.4" puts the reader on page
    4's first hit. (The PDF's own pages, shown as a text document would be.) The pages'
    headings are in the interface language."""
    i18n.install(language)
    try:
        text_view_goes_to_page(qtbot, window, archive_path, heading)
    finally:
        i18n.install("en")


def text_view_goes_to_page(
    qtbot: QtBot, window: MainWindow, archive_path: Path, heading: str
) -> None:
    unlock(qtbot, window, archive_path)
    search(qtbot, window, "tribunal")
    result = window.view.last_result
    assert result is not None
    (hit,) = result.hits
    doc, pages = on_db(window, lambda a: (a.documents.get(hit.id), a.documents.pages(hit.id)))
    viewer = window.view.viewer
    viewer.show_document(replace(doc, media_type="text/plain"), b"", pages, result, 3)
    assert viewer.currentWidget() is viewer.text
    text = viewer.text.toPlainText()
    at = viewer.text.textCursor().position()
    assert text[at:].startswith("tribunal met")  # opened at page 3's hit
    viewer.show_page(4)
    at = viewer.text.textCursor().position()
    assert text[at:].startswith("tribunal again")
    assert text[:at].rstrip().endswith(heading)
    assert viewer.text.viewport().rect().intersects(viewer.text.cursorRect())


# -- 8. spin-box arrows drawn whole ---------------------------------------------------------
def test_the_page_box_draws_both_arrows_with_the_stylesheet(qtbot: QtBot) -> None:
    page = PdfPage()
    qtbot.addWidget(page)
    page.setStyleSheet(stylesheet())
    box = page.page_box
    box.setMaximum(4)
    box.setValue(2)  # both ways open
    page.resize(600, 400)
    page.show()
    qtbot.waitExposed(page)
    image = box.grab().toImage()
    option = QStyleOptionSpinBox()
    box.initStyleOption(option)
    ink = QColor("#4a5968")

    def arrow_rows(part: QStyle.SubControl) -> list[int]:
        """Dark pixels per row in the middle of the button: an arrow's rows, not the edge
        lines of a half-drawn button frame."""
        rect = box.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, part, box)
        assert rect.width() >= 12 and rect.height() >= 8, rect  # a button, not a sliver
        middle = rect.adjusted(rect.width() // 4, rect.height() // 5, -rect.width() // 4, -1)
        rows = [
            sum(
                near(image.pixelColor(x, y), ink, 40)
                for x in range(middle.left(), middle.right() + 1)
            )
            for y in range(middle.top(), middle.bottom() + 1)
        ]
        return [n for n in rows if n]

    up = arrow_rows(QStyle.SubControl.SC_SpinBoxUp)
    down = arrow_rows(QStyle.SubControl.SC_SpinBoxDown)
    assert sum(up) >= 8 and sum(down) >= 8, (up, down)
    assert up[0] < up[-1]  # a triangle pointing up: narrow on top
    assert down[0] > down[-1]  # and down
    button = box.style().subControlRect(
        QStyle.ComplexControl.CC_SpinBox, option, QStyle.SubControl.SC_SpinBoxUp, box
    )
    assert button.right() >= box.rect().right() - 2  # at the box's edge, not over the number
    field = box.style().subControlRect(
        QStyle.ComplexControl.CC_SpinBox, option, QStyle.SubControl.SC_SpinBoxEditField, box
    )
    assert field.right() <= button.left()
    # the field's frame goes round its buttons (they once covered its right edge)
    edge = QColor("#c9d1da")
    assert near(image.pixelColor(box.width() - 1, box.height() // 2), edge, 8)
    assert near(image.pixelColor(button.center().x(), 0), edge, 8)


# -- 8. the back-off message counts down ----------------------------------------------------
def test_the_back_off_message_counts_down_to_the_next_try(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    start = window.start

    def second_passes() -> None:
        """The start screen's running one-second timer fires (no waiting in tests)."""
        (timer,) = [t for t in start.findChildren(QTimer) if t.isActive()]
        assert timer.interval() == 1000
        timer.timeout.emit()

    def counting() -> bool:
        return any(t.isActive() for t in start.findChildren(QTimer))

    start.choose(archive_path)
    for attempt in range(3):
        start.passphrase.setText(f"wrong {attempt}")
        qtbot.mouseClick(start.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda n=attempt: start._failures == n + 1, timeout=WAIT)
        while attempt < 2 and counting():  # the second failure waits 2 s: let them pass
            second_passes()
    assert "Too many attempts: try again in 4 s." in start.error.text()
    assert start.unlock_button.text() == "Unlock (4 s)"
    for left in (3, 2, 1):
        second_passes()
        assert f"try again in {left} s." in start.error.text()
        assert "try again in 4 s" not in start.error.text()
        assert start.unlock_button.text() == f"Unlock ({left} s)"
        assert not start.unlock_button.isEnabled()
    second_passes()
    assert not counting()
    assert "try again in" not in start.error.text()
    assert start.error.text().startswith("Wrong passphrase or damaged archive")
    assert start.unlock_button.isEnabled()


# -- 11. facets in a narrow window -----------------------------------------------------------
@pytest.mark.parametrize("language", ["en", "ru"])
def test_facets_in_a_1024_window_show_names_and_counts(
    qtbot: QtBot, window: MainWindow, archive_path: Path, language: str
) -> None:
    i18n.install(language)
    try:
        window.resize(1024, 700)
        unlock(qtbot, window, archive_path)
        search(qtbot, window, "")  # every document: every facet
        facets = window.view.facets
        metrics = facets.fontMetrics()
        viewport = facets.viewport().rect()
        header = facets.header()
        assert facets.width() >= facets.minimumSizeHint().width()
        # about twenty letters of a name, whatever the window gives the list
        name_room = header.sectionSize(0) - 2 * facets.indentation()
        assert name_room >= metrics.horizontalAdvance("Atajurt 19 (Taldykorga"), name_room
        values = 0
        for g in range(facets.topLevelItemCount()):
            group = facets.topLevelItem(g)
            assert group is not None
            title = facets.visualRect(facets.indexFromItem(group, 0))
            assert title.width() >= metrics.horizontalAdvance(group.text(0)), group.text(0)
            for c in range(group.childCount()):
                item = group.child(c)
                values += 1
                count = facets.visualRect(facets.indexFromItem(item, 1))
                assert viewport.contains(count), (item.text(0), count, viewport)
                assert count.width() >= metrics.horizontalAdvance(item.text(1))
                name = facets.visualRect(facets.indexFromItem(item, 0))
                assert name.width() > 0
                fits = metrics.horizontalAdvance(item.text(0)) <= name.width() - 8
                assert fits or item.toolTip(0) == item.text(0)  # cut: whole in the tooltip
        assert values >= 5
        # the splitter cannot squeeze the list out of sight
        window.view.splitter.setSizes([0, 500, 500])
        assert window.view.splitter.sizes()[0] >= facets.minimumSizeHint().width()
    finally:
        i18n.install("en")


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_keyring_note_is_in_the_interface_language(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    """Seen on the Russian start screen: the note under 'Remember on this computer' was
    the core's English sentence when no secure keyring is available."""
    from archive_app.secrets import KeyringState
    from ui import start_screen

    english = "no secure system keyring (Secret Service, macOS Keychain or Windows Credential"
    monkeypatch.setattr(
        start_screen, "keyring_state", lambda: KeyringState(False, english + " Locker) ...")
    )
    i18n.install(language)
    try:
        screen = start_screen.StartScreen()
        qtbot.addWidget(screen)
        note = screen.remember_note.text()
        assert note and "keyring" not in note.lower() and "passphrase" not in note.lower()
        assert not screen.remember.isEnabled()
    finally:
        i18n.install("en")


def test_the_unlock_button_looks_disabled_while_it_waits(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    """Seen on the back-off screenshot: the disabled Unlock button stayed primary blue."""
    window.setStyleSheet(stylesheet())
    start = window.start
    start.choose(archive_path)
    start.passphrase.setText("a passphrase")
    button = start.unlock_button
    primary = QColor("#2f6fb0")

    def fill() -> QColor:
        image = button.grab().toImage()
        return image.pixelColor(button.width() // 2, 4)  # above the label

    qtbot.waitUntil(button.isVisible, timeout=WAIT)
    assert button.isEnabled() and near(fill(), primary, 12)  # ready: the accent colour
    start.unlock_failed("wrong passphrase or damaged archive")
    start.unlock_failed("wrong passphrase or damaged archive")  # now it waits
    assert not button.isEnabled()
    assert not near(fill(), primary, 40)
    assert fill().lightness() > 220  # the pale grey of the other disabled buttons
