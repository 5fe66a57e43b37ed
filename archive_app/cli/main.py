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
    i18n,
    notes,
    ocr,
    package,
    registry,
    search,
    suggest,
)
from archive_app.cli.i18n import _
from archive_app.error_messages import explain, report_error
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
        required = _("the following arguments are required: %s").split("%s")[0]  # argparse's
        if message.startswith(required) and self._wants_archive():
            words = self.prog.split()[1:]  # "archive-app person add" -> person, add
            rest = [a for a in without_lang(self.given) if not a.startswith("-")]
            after = rest[len(words) :] if rest[: len(words)] == words else []
            if after and words[-1] not in CREATES_ARCHIVE and not Path(after[0]).exists():
                message = _(
                    "no archive file {name!r}: the archive comes first ({usage} ARCHIVE ...)"
                ).format(name=after[0], usage=" ".join(words))
        super().error(message)

    def _wants_archive(self) -> bool:
        return any(action.dest == "archive" for action in self._actions)


def command_names(parser: argparse.ArgumentParser) -> list[str]:
    subparsers = parser._subparsers
    actions = subparsers._group_actions if subparsers is not None else []
    return [name for action in actions for name in (action.choices or {})]


def without_lang(argv: Sequence[str]) -> list[str]:
    """``argv`` without ``--lang X`` (its value is not a command)."""
    out: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("--lang="):
            out.append(arg)
    return out


def unknown_command(argv: Sequence[str], parser: argparse.ArgumentParser) -> str | None:
    """``serach`` -> "unknown command 'serach'; did you mean search?" (None: known)."""
    words = [a for a in without_lang(argv) if not a.startswith("-")]
    if not words:
        return None
    commands = command_names(parser)
    if words[0] in commands:
        return None
    close = difflib.get_close_matches(words[0], commands, n=1, cutoff=0.6)
    if close:
        return _("unknown command {name!r}; did you mean {close}?").format(
            name=words[0], close=close[0]
        )
    return _("unknown command {name!r}; the commands are: {commands}").format(
        name=words[0], commands=", ".join(sorted(commands))
    )


def build_parser() -> argparse.ArgumentParser:
    parser = CommandParser(
        prog=PROG,
        allow_abbrev=False,
        description=_(
            "Secure case archive: one encrypted file holds documents, text, tags and"
            " audit log. Passphrases come from --passphrase-file, $ARCHIVE_PASSPHRASE or a"
            " prompt."
        ),
    )
    parser.add_argument("--debug", action="store_true", help=_("show tracebacks on errors"))
    parser.add_argument(
        "--demo", action="store_true", help=_("open the demo archive (built on first use)")
    )
    parser.add_argument(
        "--lang",
        choices=i18n.LANGUAGES,
        help=_("language of the messages (default: from LANGUAGE, LC_ALL, LC_MESSAGES, LANG)"),
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
    notes.register(sub)
    admin.register(sub)
    return parser


def _run_demo() -> int:
    from archive_app.demo import DEMO_PASSPHRASE, open_demo
    from archive_app.paths import demo_archive_path

    with open_demo() as archive:
        docs = archive.documents.all()
    path = demo_archive_path()
    print(_("Demo archive: {path}").format(path=path))
    print(_("Passphrase:   {passphrase}").format(passphrase=DEMO_PASSPHRASE))
    print(_("Documents:    {count}").format(count=len(docs)) + "\n")
    for doc in docs:
        print(f"  #{doc.id:<3} {doc.doc_type:<18} {doc.status:<14} {doc.title}")
    print("\n" + _("Try, for example:"))
    print(
        f"  export ARCHIVE_PASSPHRASE='{DEMO_PASSPHRASE}'\n"
        f"  {PROG} show '{path}' 1 --text\n"
        f"  {PROG} person list '{path}'\n"
        f"  {PROG} log '{path}'"
    )
    return 0


def error_message(error: BaseException) -> str:
    """A core error in the CLI's language (as the core wrote it when not a known kind)."""
    if i18n.language() == i18n.DEFAULT:  # in English, the core's own line (after "error:")
        return str(error)
    known = explain(error, cli=True)
    if known is None:
        made_of_lines = report_error(str(error), _, cli=True)
        return str(error) if made_of_lines is None else made_of_lines
    template, parameters = known
    return _(template).format(**parameters)


def say_error(message: str) -> None:
    print(_("{prog}: error: {message}").format(prog=PROG, message=message), file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    i18n.install(i18n.choose_language(given))
    parser = build_parser()
    unknown = unknown_command(given, parser)
    if unknown is not None:
        parser.print_usage(sys.stderr)
        say_error(unknown)
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
        say_error(error_message(exc))
        return 1
    except KeyboardInterrupt:
        print(
            "\n"
            + _("{prog}: interrupted; everything committed before this point is kept").format(
                prog=PROG
            ),
            file=sys.stderr,
        )
        return 130
    except Exception as exc:  # last resort: one line, no secrets
        if args.debug:
            traceback.print_exc()
        print(
            _("{prog}: unexpected error ({kind}); rerun with --debug").format(
                prog=PROG, kind=type(exc).__name__
            ),
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":  # `python -m archive_app.cli.main`; `archive-app` goes through ui.app
    from archive_app.hardening import harden_and_warn

    harden_and_warn()
    sys.exit(main())
