"""The window leaves no trace outside the archive (issue 19).

A whole session, driven as a person would: untick "Remember recently opened archives",
unlock, import files and a folder through the window's own choosers (typed into the
dialog), search, open a PDF in the viewer, copy a passage, export a bundle through the
wizard (choosing its folder in the chooser), lock, quit. Then HOME, every XDG folder,
TMPDIR and /dev/shm are searched for the canaries: the evidence folder and file names,
the archive's name, words from the documents and the passphrase, in UTF-8, UTF-16, as
in a file URL and as in a Qt settings key. QtProject.conf and recently-used.xbel are
among the files read; the evidence, the archive and the bundle are outside those folders.
"""

from __future__ import annotations

import secrets
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from archive_app.session import Archive
from archive_app.settings import Settings
from tests.conftest import PASSPHRASE
from tests.support.pdfgen import make_pdf
from tests.support.scan import inflated
from tests.ui.file_dialog_driver import answer_file_dialog
from ui.clipboard import KDE_HINT
from ui.dialogs.import_progress import ImportDialog
from ui.export.wizard import ExportWizard
from ui.main_window import MainWindow
from ui.session import UiSession
from ui.viewer.pdf_page import PdfPage

WAIT = 60_000
TAG = secrets.token_hex(3)
FOLDER = f"Atajurt-Maksutkhan-medical-{TAG}"
CYRILLIC_FOLDER = f"Дело-Мақсұтхан-{TAG}"
PDF_NAME = f"witness-Zharkyn-{TAG}.pdf"
TEXT_NAME = f"statement-Qalzhat-{TAG}.txt"
ARCHIVE_NAME = f"atajurt-case-{TAG}.archive"
WORD = f"Nurgisa{TAG}"  # in the PDF
PASSAGE_WORD = f"Tokhtarova{TAG}"  # in the text file; the copied passage holds it
CYRILLIC_WORD = f"Жанаргүл{TAG}"


@dataclass
class World:
    home: Path
    roots: list[Path]  # where nothing may be found
    outside: Path  # where the evidence, the archive and the bundle live


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[World]:
    home = tmp_path / "home"
    xdg = {
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_CACHE_HOME": home / ".cache",
        "XDG_STATE_HOME": home / ".local" / "state",
        "XDG_RUNTIME_DIR": tmp_path / "run",
        "TMPDIR": tmp_path / "tmp",
    }
    for name, folder in xdg.items():
        folder.mkdir(parents=True, mode=0o700)
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setenv("HOME", str(home))
    for name in ("CONFIG", "CACHE", "DATA"):  # the app's own folders: the platform's, in HOME
        monkeypatch.delenv(f"ARCHIVE_APP_{name}_DIR", raising=False)
    monkeypatch.setattr(tempfile, "tempdir", str(xdg["TMPDIR"]))
    # Qt read XDG_CONFIG_HOME once, before this test: tell it again.
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(xdg["XDG_CONFIG_HOME"])
    )
    outside = tmp_path / "outside"
    outside.mkdir()
    yield World(home, [home, xdg["XDG_RUNTIME_DIR"], xdg["TMPDIR"], Path("/dev/shm")], outside)


def needles() -> dict[str, list[bytes]]:
    terms = [FOLDER, CYRILLIC_FOLDER, PDF_NAME, TEXT_NAME, ARCHIVE_NAME, WORD, PASSAGE_WORD]
    terms += [CYRILLIC_WORD, PASSPHRASE]
    found: dict[str, list[bytes]] = {}
    for term in terms:
        forms = [term.encode("utf-8"), term.encode("utf-16-le"), term.encode("utf-16-be")]
        forms.append(quote(term).encode("ascii"))  # as in file:// URLs (QtProject.conf, xbel)
        forms.append("".join(c if ord(c) < 128 else f"%U{ord(c):04X}" for c in term).encode())
        found[term] = list(dict.fromkeys(forms))
    return found


def scan(roots: list[Path]) -> tuple[list[str], list[str]]:
    """(every file read, every canary found as 'file: term')."""
    read: list[str] = []
    leaks: list[str] = []
    terms = needles()
    for root in roots:
        paths = [root] if root.is_file() else root.rglob("*")
        for path in paths:
            leaks += [f"{path}: name holds {t}" for t in terms if t in path.name]
            if not path.is_file() or path.is_symlink():
                continue
            try:
                data = path.read_bytes()
            except OSError:
                continue
            read.append(str(path))
            blobs = [data, *inflated(data)] if len(data) < 20_000_000 else [data]
            for term, forms in terms.items():
                if any(form in blob for blob in blobs for form in forms):
                    leaks.append(f"{path}: {term}")
    return read, leaks


def evidence(outside: Path) -> tuple[Path, Path]:
    folder = outside / "Cases" / FOLDER
    folder.mkdir(parents=True)
    (folder / PDF_NAME).write_bytes(
        make_pdf([f"Witness statement. {WORD} was taken to the detention centre.", "Page two."])
    )
    (folder / TEXT_NAME).write_text(
        f"Statement of {PASSAGE_WORD}. She saw {WORD} detained on 3 March.\n", "utf-8"
    )
    cyrillic = outside / "Cases" / CYRILLIC_FOLDER
    cyrillic.mkdir()
    (cyrillic / "note.txt").write_text(f"Записка: {CYRILLIC_WORD} задержан.\n", "utf-8")
    return folder, cyrillic


def import_through_window(qtbot: QtBot, window: MainWindow, choose: list[Path] | Path) -> None:
    action = window.import_action if isinstance(choose, list) else window.import_folder_action
    seen = answer_file_dialog(qtbot, choose)
    action.trigger()
    assert seen.answered and not seen.native, seen
    dialog = window.findChildren(ImportDialog)[-1]
    dialog.start_button.click()  # the window asks for case, type and confidentiality first
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT)
    assert dialog.report is not None and not dialog.report.stopped
    dialog.close()


def open_hit(qtbot: QtBot, window: MainWindow, query: str, filename: str) -> None:
    before = window.view.last_result
    window.view.search_bar.set_query(query)
    qtbot.waitUntil(lambda: window.view.last_result is not before, timeout=WAIT)
    result = window.view.last_result
    assert result is not None
    row = next(i for i, hit in enumerate(result.hits) if hit.filename == filename)
    window.view.results.setCurrentIndex(window.view.results.results.index(row))
    qtbot.waitUntil(
        lambda: (
            window.view.viewer.document is not None
            and window.view.viewer.document.filename == filename
        ),
        timeout=WAIT,
    )


def export_through_wizard(qtbot: QtBot, window: MainWindow, out_dir: Path) -> None:
    window.view.results.selectAll()
    window.export_action.trigger()
    wizard = window.findChild(ExportWizard)
    assert wizard is not None
    qtbot.waitUntil(lambda: wizard.documents.isComplete(), timeout=WAIT)
    wizard.next()  # -> redactions
    qtbot.waitUntil(lambda: wizard.profile.loaded, timeout=WAIT)
    wizard.next()  # -> bundle
    bundle = wizard.bundle
    browse = next(b for b in bundle.findChildren(type(window.start.unlock_button)) if b.text())
    seen = answer_file_dialog(qtbot, out_dir)
    qtbot.mouseClick(browse, Qt.MouseButton.LeftButton)
    assert seen.answered and not seen.native
    assert bundle.folder.text() == str(out_dir)
    bundle.name.setText("bundle")
    assert bundle.isComplete(), bundle.problem_text()
    wizard.next()  # -> preview
    qtbot.waitUntil(lambda: bool(wizard.preview.pages), timeout=WAIT)
    wizard.next()  # Export
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=WAIT)
    assert wizard.outcome is not None and wizard.outcome.report.ok
    wizard.result_page.copy_path()
    wizard.accept()


def test_a_whole_session_leaves_no_trace_outside_the_archive(
    qtbot: QtBot, world: World, message_boxes: object
) -> None:
    folder, cyrillic = evidence(world.outside)
    archive_path = world.outside / ARCHIVE_NAME
    Archive.create(archive_path, PASSPHRASE, Settings(actor="tester"))[0].close()
    out_dir = world.outside / "bundles"
    out_dir.mkdir()

    window = MainWindow(UiSession(Settings(actor="tester")))
    qtbot.addWidget(window)
    window.show()
    window.start.remember_recent.setChecked(False)  # what this user wants
    window.start.choose(archive_path)
    qtbot.keyClicks(window.start.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.session.opened, timeout=WAIT):
        qtbot.keyClick(window.start.passphrase, Qt.Key.Key_Return)

    import_through_window(qtbot, window, [folder / PDF_NAME, folder / TEXT_NAME])
    import_through_window(qtbot, window, cyrillic)
    qtbot.waitUntil(lambda: window.view.results.results.rowCount() == 3, timeout=WAIT)

    open_hit(qtbot, window, WORD, PDF_NAME)
    qtbot.waitUntil(lambda: isinstance(window.view.viewer.currentWidget(), PdfPage), timeout=WAIT)
    assert window.view.viewer.pdf.document.pageCount() == 2

    open_hit(qtbot, window, PASSAGE_WORD, TEXT_NAME)
    text = window.view.viewer.text
    cursor = text.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    text.setTextCursor(cursor)
    qtbot.keyClick(text, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    clipboard = QApplication.clipboard()
    assert PASSAGE_WORD in clipboard.text()
    assert bytes(clipboard.mimeData().data(KDE_HINT)) == b"secret"

    window.view.search_bar.set_query("")
    qtbot.waitUntil(lambda: window.view.results.results.rowCount() == 3, timeout=WAIT)
    export_through_wizard(qtbot, window, out_dir)
    assert (out_dir / "bundle").is_dir()
    assert str(out_dir) in clipboard.text()  # "Copy path", marked too
    assert bytes(clipboard.mimeData().data(KDE_HINT)) == b"secret"

    with qtbot.waitSignal(window.session.closed, timeout=WAIT):
        window.lock_action.trigger()  # the toolbar's Lock
    assert clipboard.text() == ""
    window.close()  # quit: the window saves its geometry, the guard clears the clipboard
    window.settings.sync()  # as when the process ends

    read, leaks = scan(world.roots)
    assert leaks == [], leaks
    config = world.home / ".config"
    assert str(config / "secure-case-archive" / "settings.json") in read  # the switch was saved
    assert str(config / "secure-case-archive" / "desktop.conf") in read  # window geometry
    assert not (config / "QtProject.conf").exists()
    assert not (world.home / ".local" / "share" / "recently-used.xbel").exists()
