"""archive_app layer (CLI): passwd, backup, check, log."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from archive_app.cli.common import archive_parser, open_archive
from archive_app.cli.i18n import DEFAULT, _, language, ngettext
from archive_app.cli.output import print_json, print_table
from archive_app.cli.passphrase import ENV_NEW_PASSPHRASE, current_passphrase, new_passphrase
from archive_app.error_messages import report_line
from archive_app.session import Archive


def line_text(line: str) -> str:
    """A line of a check or backup report, or the search index's status, in the CLI's
    language (English, or a line the core's list does not know: as the core wrote it)."""
    if language() == DEFAULT:
        return line
    return report_line(line, _, cli=True)


def cmd_passwd(args: argparse.Namespace) -> int:
    current = current_passphrase(args.passphrase_file)
    with Archive.open(Path(args.archive), current) as archive:
        new = new_passphrase(args.new_passphrase_file, ENV_NEW_PASSPHRASE)
        changed = archive.maintenance.change_passphrase(current, new)
    for warning in changed.warnings:
        print(_("warning: {message}").format(message=warning), file=sys.stderr)
    print(_("passphrase changed; the old one no longer opens this archive"))
    if changed.remembered:
        print(_("the passphrase remembered on this computer was updated"))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    passphrase = current_passphrase(args.passphrase_file)
    with Archive.open(Path(args.archive), passphrase) as archive:
        report = archive.maintenance.backup(Path(args.dest), passphrase, overwrite=args.force)
    print(_("backup written to {path} and verified:").format(path=args.dest))
    for line in report.passed:
        print("  " + _("ok") + f"  {line_text(line)}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        report = archive.maintenance.check(deep=args.deep)
    ok, problem = _("ok"), _("PROBLEM")
    width = max(len(ok), len(problem)) + 2
    for line in report.passed:
        print(f"{ok.ljust(width)}{line_text(line)}")
    for line in report.problems:
        print(f"{problem.ljust(width)}{line_text(line)}")
    found = len(report.problems)
    print(
        _("archive is healthy")
        if report.ok
        else ngettext("{n} problem found", "{n} problems found", found).format(n=found)
    )
    return 0 if report.ok else 1


def cmd_log(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        entries = archive.maintenance.log(limit=args.limit, action=args.action)
        chain = archive.maintenance.verify_log()
    if args.json:
        print_json({"chain_ok": chain.ok, "entries": [asdict(e) for e in entries]})
        return 0 if chain.ok else 1
    rows = [
        (e.seq, e.at, e.actor, e.action, e.target, json.dumps(e.details, ensure_ascii=False))
        for e in entries
    ]
    print_table((_("seq"), _("at"), _("actor"), _("action"), _("target"), _("details")), rows)
    print(line_text(chain.message), file=sys.stderr)
    return 0 if chain.ok else 1


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = archive_parser(sub, "passwd", _("change the archive's passphrase"))
    p.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="FILE",
        help=_("read the new passphrase from FILE (else ${variable}, else a prompt)").format(
            variable=ENV_NEW_PASSPHRASE
        ),
    )
    p.set_defaults(func=cmd_passwd)

    p = archive_parser(sub, "backup", _("write a verified, encrypted copy of the archive"))
    p.add_argument("dest", help=_("path of the backup file"))
    p.add_argument("--force", action="store_true", help=_("replace an existing backup"))
    p.set_defaults(func=cmd_backup)

    p = archive_parser(sub, "check", _("check encryption, structure, audit chain and documents"))
    p.add_argument("--deep", action="store_true", help=_("also re-hash every document's bytes"))
    p.set_defaults(func=cmd_check)

    p = archive_parser(sub, "log", _("show the audit log and verify its hash chain"))
    p.add_argument("--limit", type=int, help=_("only the last N entries"))
    p.add_argument("--action", help=_("only this action, e.g. document.import"))
    p.add_argument("--json", action="store_true", help=_("print JSON for scripts"))
    p.set_defaults(func=cmd_log)
