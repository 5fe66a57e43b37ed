"""archive_app layer (CLI): ``archive-app <command> ARCHIVE ...``.

Errors print one line and exit 1 (usage errors 2); ``--debug`` shows tracebacks.
"""

from __future__ import annotations

import argparse
import difflib
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from archive_app.cli import (
    admin,
    documents,
    export,
    facts,
    ocr,
    package,
    registry,
    search,
    suggest,
)
from archive_app.errors import ArchiveError

if TYPE_CHECKING:
    from typing import NoReturn

PROG = "archive-app"
CREATES_ARCHIVE = ("init",)  # commands whose archive does not exist yet


class CommandParser(argparse.ArgumentParser):
    """Usage errors that say what went wrong: a missing archive is named as such (not
    "the following arguments are required: query" when the query was taken for it)."""

    given: Sequence[str] = ()  # the command line being parsed (set by ``main``)

    def error(self, message: str) -> NoReturn:
        if message.startswith("the following arguments are required") and self._wants_archive():
            words = self.prog.split()[1:]  # "archive-app person add" -> person, add
            rest = [a for a in self.given if not a.startswith("-")]
            after = rest[len(words) :] if rest[: len(words)] == words else []
            if after and words[-1] not in CREATES_ARCHIVE and not Path(after[0]).exists():
                message = (
                    f"no archive file {after[0]!r}: the archive comes first"
                    f" ({' '.join(words)} ARCHIVE ...)"
                )
        super().error(message)

    def _wants_archive(self) -> bool:
        return any(action.dest == "archive" for action in self._actions)


def command_names(parser: argparse.ArgumentParser) -> list[str]:
    subparsers = parser._subparsers
    actions = subparsers._group_actions if subparsers is not None else []
    return [name for action in actions for name in (action.choices or {})]


def unknown_command(argv: Sequence[str], parser: argparse.ArgumentParser) -> str | None:
    """``serach`` -> "unknown command 'serach'; did you mean search?" (None: known)."""
    words = [a for a in argv if not a.startswith("-")]
    if not words:
        return None
    commands = command_names(parser)
    if words[0] in commands:
        return None
    message = f"unknown command {words[0]!r}"
    close = difflib.get_close_matches(words[0], commands, n=1, cutoff=0.6)
    if close:
        return f"{message}; did you mean {close[0]}?"
    return f"{message}; the commands are: {', '.join(sorted(commands))}"


def build_parser() -> argparse.ArgumentParser:
    parser = CommandParser(
        prog=PROG,
        allow_abbrev=False,
        description="Secure case archive: one encrypted file holds documents, text, tags and"
        " audit log. Passphrases come from --passphrase-file, $ARCHIVE_PASSPHRASE or a prompt.",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    parser.add_argument(
        "--demo", action="store_true", help="open the demo archive (built on first use)"
    )
    sub = cast(
        "argparse._SubParsersAction[argparse.ArgumentParser]",
        parser.add_subparsers(dest="command", metavar="COMMAND"),
    )
    documents.register(sub)
    registry.register(sub)
    search.register(sub)
    suggest.register(sub)
    ocr.register(sub)
    export.register(sub)
    package.register(sub)
    facts.register(sub)
    admin.register(sub)
    return parser


def _run_demo() -> int:
    from archive_app.demo import DEMO_PASSPHRASE, open_demo
    from archive_app.paths import demo_archive_path

    with open_demo() as archive:
        docs = archive.documents.all()
    path = demo_archive_path()
    print(f"Demo archive: {path}")
    print(f"Passphrase:   {DEMO_PASSPHRASE}")
    print(f"Documents:    {len(docs)}\n")
    for doc in docs:
        print(f"  #{doc.id:<3} {doc.doc_type:<18} {doc.status:<14} {doc.title}")
    print(
        "\nTry, for example:\n"
        f"  export ARCHIVE_PASSPHRASE='{DEMO_PASSPHRASE}'\n"
        f"  {PROG} show '{path}' 1 --text\n"
        f"  {PROG} person list '{path}'\n"
        f"  {PROG} log '{path}'"
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    given = list(sys.argv[1:] if argv is None else argv)
    unknown = unknown_command(given, parser)
    if unknown is not None:
        parser.print_usage(sys.stderr)
        print(f"{PROG}: error: {unknown}", file=sys.stderr)
        return 2
    CommandParser.given = given
    args = parser.parse_args(given)
    try:
        if args.demo:
            return _run_demo()
        if not args.command:
            parser.print_help()
            return 0
        code: int = args.func(args)
        return code
    except ArchiveError as exc:
        if args.debug:
            traceback.print_exc()
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(
            f"\n{PROG}: interrupted; everything committed before this point is kept",
            file=sys.stderr,
        )
        return 130
    except Exception as exc:  # last resort: one line, no secrets
        if args.debug:
            traceback.print_exc()
        print(
            f"{PROG}: unexpected error ({type(exc).__name__}); rerun with --debug", file=sys.stderr
        )
        return 1


if __name__ == "__main__":  # `python -m archive_app.cli.main`; `archive-app` goes through ui.app
    from archive_app.hardening import harden_and_warn

    harden_and_warn()
    sys.exit(main())
