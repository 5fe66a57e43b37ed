"""The app's file chooser leaves nothing about the chosen files or folders on disk.

Qt's own dialog writes ``history`` and ``lastVisited`` to QtProject.conf when it is
destroyed; the desktop's dialogs feed recently-used.xbel. Each test points Qt's user
settings at its own folder and looks there afterwards.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.file_dialog_driver import answer_file_dialog
from ui import file_dialogs

CANARY = "Atajurt-Maksutkhan-medical-7Q2"


@pytest.fixture(autouse=True)
def qt_config(tmp_path: Path) -> Path:
    folder = tmp_path / "config"
    folder.mkdir()
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    file_dialogs.forget_folders()
    return folder


@pytest.fixture
def evidence(tmp_path: Path) -> Path:
    folder = tmp_path / "Cases" / CANARY
    folder.mkdir(parents=True)
    for name in ("statement.txt", "ruling.txt"):
        (folder / name).write_text("text", encoding="utf-8")
    return folder


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def traces(config: Path) -> list[str]:
    found = []
    for path in config.rglob("*"):
        if path.is_file() and CANARY.encode() in path.read_bytes():
            found.append(str(path))
    return found


def test_qt_own_dialog_would_write_the_folder(
    qtbot: QtBot, parent: QWidget, evidence: Path, qt_config: Path
) -> None:
    """The control: what this module prevents does happen with a plain QFileDialog."""
    dialog = QFileDialog(parent, "plain", str(evidence))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    answer_file_dialog(qtbot, evidence / "statement.txt")
    assert dialog.exec()
    shiboken6.delete(dialog)
    assert traces(qt_config) == [str(qt_config / "QtProject.conf")]


def test_open_files_chooses_and_writes_nothing(
    qtbot: QtBot, parent: QWidget, evidence: Path, qt_config: Path
) -> None:
    seen = answer_file_dialog(qtbot, [evidence / "statement.txt", evidence / "ruling.txt"])
    chosen = file_dialogs.open_files(parent, "Import files", file_dialogs.IMPORT)
    assert seen.opened and not seen.native and seen.title == "Import files"
    assert sorted(chosen) == [evidence / "ruling.txt", evidence / "statement.txt"]
    assert traces(qt_config) == []
    assert not (qt_config / "QtProject.conf").exists()


def test_each_purpose_remembers_its_folder_for_the_session_only(
    qtbot: QtBot, parent: QWidget, evidence: Path, tmp_path: Path
) -> None:
    answer_file_dialog(qtbot, evidence / "statement.txt")
    assert file_dialogs.open_files(parent, "Import files", file_dialogs.IMPORT)
    seen = answer_file_dialog(qtbot, None)
    assert file_dialogs.open_files(parent, "Import files", file_dialogs.IMPORT) == []
    assert seen.folder == str(evidence)  # the next import starts where the last one was
    seen = answer_file_dialog(qtbot, None)
    file_dialogs.open_file(parent, "Open archive", file_dialogs.ARCHIVE)
    assert seen.folder == str(Path.home())  # another purpose does not see it

    folder = tmp_path / "Cases"
    answer_file_dialog(qtbot, folder)
    assert file_dialogs.existing_folder(parent, "Import a folder", file_dialogs.IMPORT) == folder
    assert file_dialogs.last_folder(file_dialogs.IMPORT) == folder

    file_dialogs.forget_folders()  # what locking does
    assert file_dialogs.last_folder(file_dialogs.IMPORT) == Path.home()


def test_save_file_suggests_a_name_and_does_not_confirm(
    qtbot: QtBot, parent: QWidget, evidence: Path, qt_config: Path
) -> None:
    existing = evidence / "ruling.txt"
    seen = answer_file_dialog(qtbot, existing)
    chosen = file_dialogs.save_file(
        parent, "Back up to", file_dialogs.BACKUP, evidence / "copy.archive"
    )
    assert seen.name == "copy.archive" and seen.folder == str(evidence)
    assert chosen == existing  # the caller decides about an existing file
    assert traces(qt_config) == []


def test_other_programs_file_dialog_history_is_left_as_it_was(
    qtbot: QtBot, parent: QWidget, evidence: Path, qt_config: Path
) -> None:
    before = QSettings(QSettings.Scope.UserScope, "QtProject")
    before.setValue("FileDialog/history", ["file:///home/someone/photos"])
    before.setValue("Other/key", 3)
    before.sync()
    del before
    text = (qt_config / "QtProject.conf").read_text()
    answer_file_dialog(qtbot, evidence / "statement.txt")
    assert file_dialogs.open_files(parent, "Import files", file_dialogs.IMPORT)
    assert (qt_config / "QtProject.conf").read_text() == text


def test_a_dialog_left_open_is_closed_by_locking(qtbot: QtBot, parent: QWidget) -> None:
    QTimer.singleShot(300, file_dialogs.close_open_dialog)
    assert file_dialogs.open_files(parent, "Import files", file_dialogs.IMPORT) == []
