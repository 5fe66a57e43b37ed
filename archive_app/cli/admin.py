"""archive_app layer (CLI): passwd, backup, check, log."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from archive_app.cli.common import archive_parser, open_archive
from archive_app.cli.output import print_json, print_table
from archive_app.cli.passphrase import ENV_NEW_PASSPHRASE, current_passphrase, new_passphrase
from archive_app.session import Archive


def cmd_passwd(args: argparse.Namespace) -> int:
    current = current_passphrase(args.passphrase_file)
    with Archive.open(Path(args.archive), current) as archive:
        new = new_passphrase(args.new_passphrase_file, ENV_NEW_PASSPHRASE)
        changed = archive.maintenance.change_passphrase(current, new)
    for warning in changed.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print("passphrase changed; the old one no longer opens this archive")
    if changed.remembered:
        print("the passphrase remembered on this computer was updated")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    passphrase = current_passphrase(args.passphrase_file)
    with Archive.open(Path(args.archive), passphrase) as archive:
        report = archive.maintenance.backup(Path(args.dest), passphrase, overwrite=args.force)
    print(f"backup written to {args.dest} and verified:")
    for line in report.passed:
        print(f"  ok  {line}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        report = archive.maintenance.check(deep=args.deep)
    for line in report.passed:
        print(f"ok       {line}")
    for line in report.problems:
        print(f"PROBLEM  {line}")
    print("archive is healthy" if report.ok else f"{len(report.problems)} problem(s) found")
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
    print_table(("seq", "at", "actor", "action", "target", "details"), rows)
    print(chain.message, file=sys.stderr)
    return 0 if chain.ok else 1


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = archive_parser(sub, "passwd", "change the archive's passphrase")
    p.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="FILE",
        help=f"read the new passphrase from FILE (else ${ENV_NEW_PASSPHRASE}, else a prompt)",
    )
    p.set_defaults(func=cmd_passwd)

    p = archive_parser(sub, "backup", "write a verified, encrypted copy of the archive")
    p.add_argument("dest", help="path of the backup file")
    p.add_argument("--force", action="store_true", help="replace an existing backup")
    p.set_defaults(func=cmd_backup)

    p = archive_parser(sub, "check", "check encryption, structure, audit chain and documents")
    p.add_argument("--deep", action="store_true", help="also re-hash every document's bytes")
    p.set_defaults(func=cmd_check)

    p = archive_parser(sub, "log", "show the audit log and verify its hash chain")
    p.add_argument("--limit", type=int, help="only the last N entries")
    p.add_argument("--action", help="only this action, e.g. document.import")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_log)
