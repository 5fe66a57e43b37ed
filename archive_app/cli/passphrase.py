"""archive_app layer (CLI): where passphrases come from. Never from a command-line argument."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from archive_app.cli.i18n import _
from archive_app.errors import ArchiveError, WeakPassphrase
from storage.database import MIN_PASSPHRASE_LENGTH, check_new_passphrase

ENV_PASSPHRASE = "ARCHIVE_PASSPHRASE"  # noqa: S105 - a variable name, not a secret
ENV_NEW_PASSPHRASE = "ARCHIVE_NEW_PASSPHRASE"  # noqa: S105


def _from_file(path: Path) -> str:
    try:
        text = path.expanduser().read_text(encoding="utf-8")
    except OSError as exc:
        raise ArchiveError(
            _("cannot read passphrase file {path}: {reason}").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc
    return text[:-1] if text.endswith("\n") else text


def _prompt(label: str) -> str:
    if not sys.stdin.isatty():
        raise ArchiveError(
            _("no passphrase: use --passphrase-file or {variable} when not on a terminal").format(
                variable=ENV_PASSPHRASE
            )
        )
    return getpass.getpass(f"{label}: ")


def current_passphrase(file: Path | None) -> str:
    """The passphrase of an existing archive: --passphrase-file, the environment, or a prompt."""
    if file is not None:
        return _from_file(file)
    if os.environ.get(ENV_PASSPHRASE):
        return os.environ[ENV_PASSPHRASE]
    return _prompt(_("Passphrase"))


def new_passphrase(file: Path | None, env: str = ENV_PASSPHRASE, label: str = "") -> str:
    """A passphrase for a new archive or a rekey; typed twice when prompted."""
    label = label or _("New passphrase")
    if file is not None:
        value = _from_file(file)
    elif os.environ.get(env):
        value = os.environ[env]
    else:
        value = _prompt(label)
        check_new_passphrase(value)
        if _prompt(_("{label} again").format(label=label)) != value:
            raise WeakPassphrase("the two passphrases differ; nothing was changed")
    for warning in check_new_passphrase(value):
        if len(value) < MIN_PASSPHRASE_LENGTH and warning.startswith("passphrase is short"):
            warning = _(
                "passphrase is short ({count} characters); {minimum} or more, e.g. several"
                " words, is much harder to guess"
            ).format(count=len(value), minimum=MIN_PASSPHRASE_LENGTH)
        print(_("warning: {message}").format(message=warning), file=sys.stderr)
    return value
