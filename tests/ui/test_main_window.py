"""The main flows of the desktop window, driven with qtbot as a user would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from archive_app.importer import ImportOptions
from archive_app.session import Archive
from archive_app.settings import Settings
from storage import documents as doc_repo
from tests.conftest import PASSPHRASE
from tests.support.pdfgen import make_pdf
from ui.dialogs.import_progress import ImportDialog
from ui.main_window import MainWindow
from ui.session import UiSession
from ui.viewer.pdf_page import PdfPage

WAIT = 20_000


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path: Path) -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))


@pytest.fixture
def archive_path(tmp_path: Path, corpus: Path) -> Path:
    """An archive with the shared texts, a 4-page PDF whose word is on pages 3-4, persons."""
    path = tmp_path / "window.archive"
    archive, _ = Archive.create(path, PASSPHRASE, Settings(actor="tester"))
    with archive:
        archive.registry.add_case("Atajurt 19")
        archive.registry.add_person("Yerlan Seitkali", aliases=["Ерлан Сейткали"])
        archive.importer().import_paths([corpus / "text"], ImportOptions(cases=("Atajurt 19",)))
        pdf = tmp_path / "hearing-record.pdf"
        pdf.write_bytes(make_pdf(["Cover", "Nothing yet", "The tribunal met.", "tribunal again"]))
        archive.importer().import_paths([pdf])
    return path


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    session = UiSession(Settings(actor="tester", idle_lock_minutes=5))
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def unlock(qtbot: QtBot, win: MainWindow, path: Path, passphrase: str = PASSPHRASE) -> None:
    win.start.choose(path)
    qtbot.keyClicks(win.start.passphrase, passphrase)
    with qtbot.waitSignal(win.session.opened, timeout=WAIT):
        qtbot.mouseClick(win.start.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.view.results.results.rowCount() > 0, timeout=WAIT)


def search(qtbot: QtBot, win: MainWindow, text: str) -> None:
    before = win.view.last_result
    win.view.search_bar.set_query(text)
    qtbot.waitUntil(lambda: win.view.last_result is not before, timeout=WAIT)


def on_db(win: MainWindow, fn):  # type: ignore[no-untyped-def]
    return win.session.worker.submit(fn).result(timeout=30)


def test_wrong_passphrase_is_refused_with_a_message_and_the_file_untouched(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    before = archive_path.read_bytes()
    window.start.choose(archive_path)
    for attempt in range(3):
        window.start.passphrase.setText(f"wrong {attempt}")
        window.start._wait_left = 0
        window.start._update_button()
        qtbot.mouseClick(window.start.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda n=attempt: window.start._failures == n + 1, timeout=WAIT)
    assert window.start.error.isVisible()
    assert "Wrong passphrase or damaged archive" in window.start.error.text()
    assert "try again in 4 s" in window.start.error.text()  # the third failure waits longer
    assert not window.start.unlock_button.isEnabled()
    assert not window.session.is_open
    assert archive_path.read_bytes() == before
    window.start._wait_left = 0
    window.start.passphrase.clear()
    unlock(qtbot, window, archive_path)
    assert window.windowTitle() == "Secure case archive — window.archive"
    assert window.lock_label.text() == "Unlocked"


def test_create_a_new_archive_then_unlock_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.dialogs import create_archive

    target = tmp_path / "new.archive"
    monkeypatch.setattr(create_archive.CreateArchiveDialog, "exec", lambda self: 1)
    monkeypatch.setattr(
        create_archive.CreateArchiveDialog, "values", lambda self: (target, "a new long passphrase")
    )
    with qtbot.waitSignal(window.session.opened, timeout=WAIT):
        window.create_archive()
    assert target.exists()
    qtbot.waitUntil(lambda: window.view.last_result is not None, timeout=WAIT)
    assert window.view.last_result is not None and window.view.last_result.total == 0
    assert "0 documents in the archive" in window.view.status.text()


def test_search_facets_filter_and_clear(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    unlock(qtbot, window, archive_path)
    assert window.view.results.results.rowCount() == 8  # everything, before typing
    search(qtbot, window, "Seitkali")
    assert window.view.last_result is not None and window.view.last_result.total == 5
    languages = next(
        window.view.facets.topLevelItem(i)
        for i in range(window.view.facets.topLevelItemCount())
        if window.view.facets.topLevelItem(i).text(0) == "Languages"
    )
    russian = next(
        languages.child(i)
        for i in range(languages.childCount())
        if languages.child(i).text(0) == "Russian"
    )
    before = window.view.last_result
    window.view.facets.itemClicked.emit(russian, 0)
    qtbot.waitUntil(lambda: window.view.last_result is not before, timeout=WAIT)
    assert window.view.last_result.total == 1
    assert "filtered by Russian" in window.view.status.text()  # the facet's name, not lang:ru
    languages = window.view.facets.topLevelItem(window.view.facets.topLevelItemCount() - 1)
    russian = next(
        languages.child(i)
        for i in range(languages.childCount())
        if languages.child(i).text(0) == "Russian"
    )
    before = window.view.last_result
    window.view.facets.itemClicked.emit(russian, 0)  # a second click clears it
    qtbot.waitUntil(lambda: window.view.last_result is not before, timeout=WAIT)
    assert window.view.last_result.total == 5
    window.view.search_bar.set_query('"unclosed')
    qtbot.waitUntil(lambda: "quotation mark" in window.view.status.text(), timeout=WAIT)


def test_pdf_hit_opens_at_its_first_matching_page(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    unlock(qtbot, window, archive_path)
    search(qtbot, window, "tribunal")
    (hit,) = window.view.last_result.hits
    assert [p.page for p in hit.pages] == [3, 4]
    window.view.results.setCurrentIndex(window.view.results.results.index(0))
    qtbot.waitUntil(lambda: isinstance(window.view.viewer.currentWidget(), PdfPage), timeout=WAIT)
    pdf = window.view.viewer.pdf
    assert pdf.document.pageCount() == 4
    qtbot.waitUntil(lambda: pdf.current_page() == 3, timeout=WAIT)
    assert pdf.search_model.searchString().lower() == "tribunal"


def test_tagging_and_accepting_a_suggestion(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    unlock(qtbot, window, archive_path)
    search(qtbot, window, "file:court-ruling")
    window.view.results.setCurrentIndex(window.view.results.results.index(0))
    details = window.view.details
    qtbot.waitUntil(lambda: details.form_box.isVisible(), timeout=WAIT)
    doc_id = window.view.last_result.hits[0].id
    field = details.fields["cases"]
    assert field.values() == ["Atajurt 19"]
    qtbot.keyClicks(details.fields["articles"].entry, "ICCPR 19")
    qtbot.keyClick(details.fields["articles"].entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "ICCPR 19" in details.fields["articles"].values(), timeout=WAIT)
    qtbot.waitUntil(lambda: details.suggest_box.isVisible(), timeout=WAIT)
    labels = [
        details.suggest_layout.itemAt(i).widget() for i in range(details.suggest_layout.count())
    ]
    assert labels  # the ruling names Seitkali and several articles
    accept_buttons = [
        b
        for w in labels
        if w is not None
        for b in w.findChildren(type(details.save_button))
        if b.text() == "Accept"
    ]
    accept_buttons[0].click()
    qtbot.waitUntil(
        lambda: len(on_db(window, lambda a: a.documents.get(doc_id)).articles) >= 2, timeout=WAIT
    )
    sources = on_db(
        window,
        lambda a: a.db.all("SELECT source FROM document_articles WHERE document_id = ?", (doc_id,)),
    )
    assert {r[0] for r in sources} == {"manual", "suggested"}


def test_bulk_tagging_of_selected_results(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    unlock(qtbot, window, archive_path)
    search(qtbot, window, "Qalzhat OR Калжат")
    view = window.view.results
    view.selectAll()
    ids = [h.id for h in view.selected_hits()]
    assert len(ids) >= 3
    details = window.view.details
    qtbot.waitUntil(lambda: "documents selected" in details.heading.text(), timeout=WAIT)
    details.fields["persons"].entry.setText("Ерлан Сейткали")  # QTest types ASCII only
    qtbot.keyClick(details.fields["persons"].entry, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: all(
            on_db(window, lambda a, i=i: a.documents.get(i)).persons == ["Yerlan Seitkali"]
            for i in ids
        ),
        timeout=WAIT,
    )


def test_ctrl_l_and_idle_lock_empty_everything(
    qtbot: QtBot, window: MainWindow, archive_path: Path
) -> None:
    unlock(qtbot, window, archive_path)
    search(qtbot, window, "Seitkali")
    window.view.results.setCurrentIndex(window.view.results.results.index(0))
    qtbot.waitUntil(lambda: window.view.viewer.document_id is not None, timeout=WAIT)
    QApplication.clipboard().setText("Yerlan Seitkali was detained")
    with qtbot.waitSignal(window.session.closed, timeout=WAIT):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.start
    assert window.view.results.results.rowCount() == 0
    assert window.view.facets.topLevelItemCount() == 0
    assert window.view.viewer.document_id is None and window.view.pdf_unloaded()
    assert window.view.details.form_box.isHidden()
    assert window.view.last_result is None
    assert window.start.passphrase.text() == ""
    assert window.lock_label.text() == "Locked"
    if QApplication.clipboard().ownsClipboard():
        pytest.fail("clipboard still owned")
    assert QApplication.clipboard().text() in ("", "Yerlan Seitkali was detained")
    qtbot.waitUntil(lambda: not window.session.worker.is_open, timeout=WAIT)
    # idle lock: a very short idle time locks again by itself
    unlock(qtbot, window, archive_path)
    window.set_idle_minutes(0.002)
    with qtbot.waitSignal(window.session.closed, timeout=WAIT):
        pass
    assert window.stack.currentWidget() is window.start


def test_dropping_files_imports_them(
    qtbot: QtBot, window: MainWindow, archive_path: Path, tmp_path: Path
) -> None:
    unlock(qtbot, window, archive_path)
    dropped = tmp_path / "dropped-note.txt"
    dropped.write_text("A note about the hearing in Taldykorgan.", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.view.dropEvent(event)
    dialog = window.findChildren(ImportDialog)[-1]
    dialog.start_button.click()  # case, type and confidentiality asked first
    qtbot.waitUntil(lambda: on_db(window, lambda a: doc_repo.count(a.db)) == 9, timeout=WAIT)
    qtbot.waitUntil(
        lambda: window.view.last_result is not None and window.view.last_result.total == 9,
        timeout=WAIT,
    )


def test_errors_become_one_readable_dialog(
    qtbot: QtBot, window: MainWindow, archive_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text)
    )
    unlock(qtbot, window, archive_path)
    window.session.run(lambda a: a.documents.get(999))
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT)
    assert shown == ["No document #999."]  # a sentence, as dialogs show it (issue 14)
    reports: list[object] = []
    monkeypatch.setattr(QMessageBox, "open", lambda self: reports.append(self.detailedText()))
    import sys

    from ui.errors import install_excepthook

    install_excepthook()
    sys.excepthook(RuntimeError, RuntimeError("boom"), None)
    assert reports and "RuntimeError: boom" in str(reports[0])
    assert window.isVisible()


def test_the_window_fits_a_screen_smaller_than_its_default_size(qtbot: QtBot) -> None:
    """1400x860 is the default, but a laptop at 150 % has less room: the first window
    (no saved size) and one restored from a bigger screen both fit the free area."""
    free = QApplication.primaryScreen().availableGeometry()
    assert free.width() < 1400 or free.height() < 860  # the offscreen screen is smaller
    first = MainWindow(UiSession(Settings(actor="tester")))
    qtbot.addWidget(first)
    first.show()
    assert first.width() <= free.width() and first.height() <= free.height()
    first.resize(2400, 1600)  # as saved on a big screen
    first.close()  # saves the geometry
    again = MainWindow(UiSession(Settings(actor="tester")))
    qtbot.addWidget(again)
    again.show()
    assert again.width() <= free.width() and again.height() <= free.height()
    assert free.intersects(again.frameGeometry())
