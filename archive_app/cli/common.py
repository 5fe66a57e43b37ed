"""archive_app layer (CLI): helpers shared by the command modules."""

from __future__ import annotations

import argparse
from pathlib import Path

from archive_app.cli.i18n import _
from archive_app.cli.passphrase import current_passphrase
from archive_app.errors import InvalidValue
from archive_app.session import Archive


def open_archive(args: argparse.Namespace) -> Archive:
    passphrase = current_passphrase(args.passphrase_file)
    return Archive.open(Path(args.archive), passphrase)


def parse_ids(values: list[str]) -> list[int]:
    """``3 5,9 #12`` -> [3, 5, 9, 12]."""
    ids: list[int] = []
    for value in values:
        for part in value.split(","):
            part = part.strip().lstrip("#")
            if not part:
                continue
            if not part.isdigit():
                raise InvalidValue(_("{part!r} is not a document id").format(part=part))
            ids.append(int(part))
    if not ids:
        raise InvalidValue(_("give at least one document id"))
    return ids


def archive_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str, help_text: str
) -> argparse.ArgumentParser:
    parser = sub.add_parser(name, help=help_text, description=help_text, allow_abbrev=False)
    parser.add_argument("archive", help=_("path of the archive file"))
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=_("read the passphrase from FILE (else $ARCHIVE_PASSPHRASE, else a prompt)"),
    )
    return parser
