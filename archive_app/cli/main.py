"""archive_app layer (CLI): ``archive-app <command> ARCHIVE ...``.

Errors print one line and exit 1 (usage errors 2); ``--debug`` shows tracebacks.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence

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

PROG = "archive-app"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        allow_abbrev=False,
        description="Secure case archive: one encrypted file holds documents, text, tags and"
        " audit log. Passphrases come from --passphrase-file, $ARCHIVE_PASSPHRASE or a prompt.",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    parser.add_argument(
        "--demo", action="store_true", help="open the demo archive (built on first use)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
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
    args = parser.parse_args(argv)
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
