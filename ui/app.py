"""ui layer: start-up. ``archive-app`` with a command runs the CLI; without one it opens
the desktop window (``--demo`` opens the bundled demo archive).

The first thing ``main`` does, before the CLI or Qt is even imported, is harden the
process (no core dumps, no debugger: ``archive_app.hardening``). ``--worker MODULE ARGS``
runs a sandbox worker instead (how a frozen build, which has no ``python -m``, starts
its PDF and OCR workers; ``indexing.extract.launch``)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from archive_app.hardening import harden_and_warn, run_worker
from indexing.extract.launch import WORKER_FLAG


def wants_cli(argv: Sequence[str]) -> bool:
    """A command, --help, or any word that is not an option (a mistyped command gets the
    CLI's "unknown command" message, instead of a window or a hang without a display)."""
    from archive_app.cli.main import build_parser, command_names, without_lang

    commands = set(command_names(build_parser()))
    return any(
        arg in commands or arg in ("-h", "--help") or not arg.startswith("-")
        for arg in without_lang(argv)  # --lang ru alone opens the window
    )


def run_gui(argv: Sequence[str]) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from archive_app.settings import load_settings
    from ui import i18n
    from ui.errors import install_excepthook
    from ui.look import apply_theme, icon
    from ui.main_window import MainWindow

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName("Secure case archive")
    app.setOrganizationName("secure-case-archive")
    app.setWindowIcon(icon("archive"))
    from archive_app.cli.i18n import code_of, option_language

    settings = load_settings()
    apply_theme(settings.theme)  # light, dark or the system's (and then live)
    chosen = option_language(argv)  # --lang ru, as the command line takes it
    i18n.install(code_of(chosen or "") or i18n.interface_language(settings.language))
    install_excepthook()
    window = MainWindow(demo="--demo" in argv)
    window.show()
    return int(app.exec())


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == [WORKER_FLAG]:  # a sandbox worker of a frozen build (indexing.extract.launch)
        run_worker(args[1:])  # hardens first; runs indexing.* modules only
        return 0
    harden_and_warn()
    if wants_cli(args):
        from archive_app.cli.main import main as cli_main

        return cli_main(args)
    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
