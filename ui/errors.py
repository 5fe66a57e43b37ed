"""ui layer: every error reaches the user here, as one readable dialog.

Known errors (``ArchiveError``) are shown as their one-line message, in the interface
language where ``ui.error_texts`` knows the kind. Anything else is a bug: a report
dialog shows what happened and the window stays alive.
"""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from archive_app.errors import ArchiveError
from ui.error_texts import error_text

_installed = False


def sentence(message: str) -> str:
    """The core's one-line messages start in lowercase (they follow "error:" on the
    command line); a dialog shows them as a sentence."""
    message = message.strip()
    if not message:
        return message
    message = message[0].upper() + message[1:]
    return message if message[-1] in ".!?…" else message + "."


def show_error(parent: QWidget | None, error: BaseException, title: str = "") -> None:
    if isinstance(error, ArchiveError):
        title = title or QCoreApplication.translate("Errors", "Could not do that")
        QMessageBox.warning(parent, title, sentence(error_text(error)))
        return
    show_report(parent, type(error), error, error.__traceback__)


def show_report(
    parent: QWidget | None,
    kind: type[BaseException],
    error: BaseException,
    tb: TracebackType | None,
) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Something went wrong"))
    box.setText(
        QCoreApplication.translate(
            "Errors",
            "The archive app met an unexpected problem. Your archive is safe: everything saved"
            " before this point is kept.\n\nIf it happens again, send the details below to the"
            " team (they contain no document text).",
        )
    )
    box.setDetailedText("".join(traceback.format_exception(kind, error, tb)))
    box.setObjectName("errorReport")
    box.open()


def install_excepthook() -> None:
    """Unexpected exceptions in Qt callbacks show a report instead of killing the window."""
    global _installed
    if _installed:
        return
    _installed = True

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        traceback.print_exception(kind, error, tb)
        app = QApplication.instance()
        parent = app.activeWindow() if isinstance(app, QApplication) else None
        if isinstance(error, ArchiveError):
            show_error(parent, error)
        else:
            show_report(parent, kind, error, tb)

    sys.excepthook = hook
