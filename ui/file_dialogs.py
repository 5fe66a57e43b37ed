"""ui layer: every file and folder chooser of the app, with nothing about it kept on disk.

The folders of imported evidence must not be written anywhere outside the archive:

- Qt's own dialog is used everywhere, never the desktop's: GTK, KDE and the XDG portal
  add the chosen files to ``~/.local/share/recently-used.xbel``, and Windows and macOS
  keep their own recent lists.
- Qt's dialog saves its history and last folder (``QtProject.conf``) when it is
  destroyed. Here it is destroyed at once, while Qt's user settings point where nothing
  can be written (``os.devnull``: a file, so no folder can be made in it); afterwards
  the real store is read back and anything the dialog changed there is put back
  (where Qt keeps it elsewhere: the Windows registry, macOS preferences).
- Each purpose (importing, exporting, archives, backups) remembers its last folder for
  this session only, in memory; locking forgets them (``forget_folders``) and closes a
  chooser left open (``close_open_dialog``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

IMPORT = "import"
EXPORT = "export"
ARCHIVE = "archive"
BACKUP = "backup"

QT_SETTINGS = "QtProject"  # where QFileDialog keeps its state (group "FileDialog")
DIALOG_GROUP = "FileDialog"
NOWHERE = os.devnull
# Where QSettings' native format is a file (Linux, BSD), it can be pointed elsewhere;
# the registry (Windows) and CFPreferences (macOS) cannot, so there it is put back.
FILE_BASED_SETTINGS = sys.platform not in ("win32", "darwin")

_last_folder: dict[str, Path] = {}
_open_dialog: QFileDialog | None = None


# -- session memory -------------------------------------------------------------------------
def last_folder(purpose: str, fallback: Path | None = None) -> Path:
    """The folder last used for ``purpose`` in this session, else ``fallback``, else home."""
    folder = _last_folder.get(purpose)
    if folder is not None and folder.is_dir():
        return folder
    return fallback if fallback is not None else Path.home()


def forget_folders() -> None:
    _last_folder.clear()


def close_open_dialog() -> None:
    """Cancel a chooser left open (the archive is being locked)."""
    if _open_dialog is not None and shiboken6.isValid(_open_dialog):
        _open_dialog.reject()


# -- the choosers ---------------------------------------------------------------------------
def open_files(
    parent: QWidget | None, title: str, purpose: str, name_filter: str = ""
) -> list[Path]:
    mode = QFileDialog.FileMode.ExistingFiles
    return _choose(parent, title, purpose, last_folder(purpose), mode, name_filter=name_filter)


def open_file(
    parent: QWidget | None, title: str, purpose: str, name_filter: str = ""
) -> Path | None:
    mode = QFileDialog.FileMode.ExistingFile
    chosen = _choose(parent, title, purpose, last_folder(purpose), mode, name_filter=name_filter)
    return chosen[0] if chosen else None


def existing_folder(
    parent: QWidget | None, title: str, purpose: str, start: Path | None = None
) -> Path | None:
    folder = start if start is not None and start.is_dir() else last_folder(purpose)
    chosen = _choose(parent, title, purpose, folder, QFileDialog.FileMode.Directory)
    return chosen[0] if chosen else None


def save_file(
    parent: QWidget | None, title: str, purpose: str, suggested: Path, name_filter: str = ""
) -> Path | None:
    """A name to write; existing files are not confirmed here (callers refuse or ask)."""
    folder = suggested.parent if suggested.parent.is_dir() else last_folder(purpose)
    mode = QFileDialog.FileMode.AnyFile
    chosen = _choose(
        parent, title, purpose, folder, mode, name_filter=name_filter, save_as=suggested.name
    )
    return chosen[0] if chosen else None


def _choose(
    parent: QWidget | None,
    title: str,
    purpose: str,
    folder: Path,
    mode: QFileDialog.FileMode,
    *,
    name_filter: str = "",
    save_as: str = "",
) -> list[Path]:
    global _open_dialog
    with qt_dialog_state_in_memory():
        dialog = QFileDialog(parent, title, str(folder), name_filter)
        try:
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
            dialog.setFileMode(mode)
            if mode == QFileDialog.FileMode.Directory:
                dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
            if save_as:
                dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
                dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
                dialog.selectFile(save_as)
            _open_dialog = dialog
            accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
            chosen = [Path(p) for p in dialog.selectedFiles()] if accepted else []
        finally:
            _open_dialog = None
            if shiboken6.isValid(dialog):
                shiboken6.delete(dialog)  # it writes its state now, while that goes nowhere
    if chosen:
        first = chosen[0]
        _last_folder[purpose] = first if mode == QFileDialog.FileMode.Directory else first.parent
    return chosen


# -- Qt's own record of the dialog -----------------------------------------------------------
@contextmanager
def qt_dialog_state_in_memory() -> Iterator[None]:
    """While inside, QFileDialog's saved state goes nowhere; afterwards the real store is
    as it was before (other programs' file-dialog history in it is left alone)."""
    real = QSettings(QSettings.Scope.UserScope, QT_SETTINGS)
    real_folder = os.path.dirname(real.fileName())
    before = _dialog_state(real)
    del real
    if FILE_BASED_SETTINGS:
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, NOWHERE)
    try:
        yield
    finally:
        if FILE_BASED_SETTINGS:
            QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, real_folder)
        _put_back(before)


def _dialog_state(settings: QSettings) -> dict[str, object]:
    settings.beginGroup(DIALOG_GROUP)
    try:
        return {key: settings.value(key) for key in settings.allKeys()}
    finally:
        settings.endGroup()


def _put_back(before: dict[str, object]) -> None:
    real = QSettings(QSettings.Scope.UserScope, QT_SETTINGS)
    if _dialog_state(real) == before:
        return
    real.beginGroup(DIALOG_GROUP)
    real.remove("")  # this group only
    for key, value in before.items():
        real.setValue(key, value)
    real.endGroup()
    real.sync()
