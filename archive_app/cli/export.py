"""archive_app layer (CLI): export (redacted, Bates-numbered, verified bundle) and verify-bundle.

Redaction options take an optional reason code before a colon, e.g.
``--redact-term MEDICAL:hypertension`` or ``--redact-pattern PII-WITNESS:phone``; without
one, ``--reason`` applies (default PII-VICTIM; persons registered as witnesses get
PII-WITNESS). A bundle password comes from --password-file or a prompt, never argv.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import signal
import sys
from pathlib import Path
from types import FrameType

from archive_app.cli.common import archive_parser, open_archive, parse_ids
from archive_app.cli.output import ProgressBar
from archive_app.errors import ArchiveError
from archive_app.export import (
    REASONS,
    BundleInvalid,
    ExportOptions,
    PatternRule,
    RedactionSet,
    TermRule,
    check_reason,
    verify_bundle,
)
from archive_app.export.model import PATTERN_NAMES
from archive_app.export.verified import export_verified
from archive_app.tasks import CancelToken


def split_reason(value: str, default: str) -> tuple[str, str]:
    """``MEDICAL:hypertension`` -> (MEDICAL, hypertension); no known code -> (default, value)."""
    head, sep, rest = value.partition(":")
    if sep and head.strip().upper() in REASONS:
        return head.strip().upper(), rest.strip()
    return default, value.strip()


def read_password(file: Path | None, *, confirm: bool) -> str:
    if file is not None:
        try:
            text = file.expanduser().read_text(encoding="utf-8")
        except OSError as exc:
            raise ArchiveError(f"cannot read password file {file}: {exc.strerror or exc}") from exc
        password = text[:-1] if text.endswith("\n") else text
    else:
        if not sys.stdin.isatty():
            raise ArchiveError("no bundle password: use --password-file when not on a terminal")
        password = getpass.getpass("Bundle password: ")
        if confirm and getpass.getpass("Bundle password again: ") != password:
            raise ArchiveError("the two passwords differ; nothing was exported")
    if not password:
        raise ArchiveError("the bundle password is empty")
    return password


def build_rules(args: argparse.Namespace) -> RedactionSet:
    default = check_reason(args.reason)
    redactions = RedactionSet()
    for value in args.redact_term or []:
        reason, term = split_reason(value, default)
        if term:
            redactions.terms.append(TermRule(term, reason))
    for value in args.redact_pattern or []:
        reason, name = split_reason(value, default)
        if name.lower() not in PATTERN_NAMES:
            raise ArchiveError(f"unknown pattern {name!r}; one of: {', '.join(PATTERN_NAMES)}")
        redactions.patterns.append(PatternRule(name.lower(), reason))
    return redactions


def cmd_export(args: argparse.Namespace) -> int:
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # hostile PDFs: no parser chatter
    if bool(args.ids) == bool(args.query):
        raise ArchiveError("choose documents with --ids or --query (one of them)")
    password = None
    if args.password_file is not None or args.encrypt:
        password = read_password(args.password_file, confirm=True)
    persons = [split_reason(p, "") for p in args.redact_person or []]
    reasons = {r for r, _ in persons if r}
    options = ExportOptions(
        out=Path(args.out),
        ids=parse_ids([args.ids]) if args.ids else [],
        query=args.query,
        rules=build_rules(args),
        persons=[name for _, name in persons],
        person_reason=reasons.pop() if len(reasons) == 1 else None,
        prefix=args.prefix,
        password=password,
        as_zip=args.zip,
        dpi=args.dpi,
        title=args.title,
        withhold_unplaceable=args.withhold_unplaceable,
        mechanism=args.mechanism,
    )
    cancel = CancelToken()

    def on_sigint(_signum: int, _frame: FrameType | None) -> None:
        if cancel.cancelled:
            raise KeyboardInterrupt
        cancel.cancel()
        print("\nstopping; nothing will be written", file=sys.stderr)

    bar = ProgressBar()
    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        with open_archive(args) as archive:
            verified = export_verified(archive, options, progress=bar, cancel=cancel)
    finally:
        bar.finish()
        signal.signal(signal.SIGINT, previous)
    result = verified.result
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if not verified.ok:
        for problem in verified.report.problems:
            print(f"PROBLEM  {problem.message}")
        raise BundleInvalid(
            f"the bundle was written to {result.path}, but reading it back from disk found"
            f" {len(verified.report.problems)} problem(s); do not send it"
        )
    reasons_text = ", ".join(f"{r} {n}" for r, n in sorted(result.by_reason.items())) or "none"
    print(
        f"bundle written and verified, then read back from disk and verified again: {result.path}"
    )
    print(
        f"  {result.documents} document(s), {result.pages} page(s), {result.first} to {result.last}"
    )
    print(f"  {result.redactions} redaction(s): {reasons_text}")
    if result.encrypted:
        print("  PDFs protected with AES-256 (owner password is random and not kept)")
    return 0


def cmd_verify_bundle(args: argparse.Namespace) -> int:
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    password = read_password(args.password_file, confirm=False) if args.password_file else None
    persons = [[name] for name in args.person or []]
    report = verify_bundle(
        Path(args.bundle), terms=args.term or [], persons=persons, password=password
    )
    for problem in report.problems:
        print(f"PROBLEM  {problem.message}")
    for warning in report.warnings:
        print(f"WARNING  {warning}", file=sys.stderr)
    summary = f"{report.files} files, {report.pdfs} PDFs, {report.pages} pages"
    if not report.ok:
        raise BundleInvalid(
            f"bundle failed verification ({len(report.problems)} problem(s); {summary})"
        )
    looked_for = len(args.term or []) + len(args.person or [])
    checked = f"; no trace of {looked_for} term(s) or person(s)" if looked_for else ""
    if report.ocr_pages:
        checked += f", {report.ocr_pages} page image(s) read by OCR"
    elif looked_for and report.warnings:
        checked += " in the text (page images not read: see the warning)"
    print(f"bundle verified: hashes, scrubbing and Bates numbers ok ({summary}){checked}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = archive_parser(sub, "export", "export a redacted, Bates-numbered, verified bundle")
    p.add_argument("--out", required=True, help="bundle folder to create (or ZIP with --zip)")
    p.add_argument("--ids", help="document ids, e.g. 3,5,9")
    p.add_argument("--query", help="export every document this search finds")
    p.add_argument(
        "--redact-person",
        action="append",
        metavar="NAME",
        help="a registered person: every alias and spelling (repeatable)",
    )
    p.add_argument("--redact-term", action="append", metavar="T", help="[REASON:]text (repeatable)")
    p.add_argument(
        "--redact-pattern",
        action="append",
        metavar="P",
        help=f"[REASON:]{'|'.join(PATTERN_NAMES)} (repeatable)",
    )
    p.add_argument("--reason", default="PII-VICTIM", help=f"default reason: {', '.join(REASONS)}")
    p.add_argument("--prefix", default="DOC-", help="Bates prefix, e.g. ATJ- for ATJ-000001")
    p.add_argument("--title", default="Document bundle", help="title on the cover sheet")
    p.add_argument("--dpi", type=int, default=200, help="resolution of rebuilt pages (>= 200)")
    p.add_argument("--password-file", type=Path, metavar="F", help="protect the PDFs (AES-256)")
    p.add_argument("--encrypt", action="store_true", help="protect the PDFs; prompt for a password")
    p.add_argument(
        "--withhold-unplaceable",
        action="store_true",
        help="withhold a PDF page where redacted content is found but cannot be boxed"
        " (drawn through a pattern or mask); without this the export stops there",
    )
    p.add_argument("--zip", action="store_true", help="write one ZIP file instead of a folder")
    p.add_argument(
        "--mechanism",
        choices=("wgad", "sp", "hrc"),
        help="the UN mechanism the bundle is for: name each person only as far as their"
        " consent for it allows (initials only or not at all: redacted)",
    )
    p.set_defaults(func=cmd_export)

    p = sub.add_parser(
        "verify-bundle",
        help="re-check a bundle: hashes, scrubbing, Bates numbers, leaks of given terms"
        " (page images read by OCR)",
        allow_abbrev=False,
    )
    p.add_argument("bundle", help="bundle folder or ZIP")
    p.add_argument("--term", action="append", help="a term that must not appear (repeatable)")
    p.add_argument(
        "--person",
        action="append",
        help="a person's name that must not appear in any spelling or form (repeatable)",
    )
    p.add_argument("--password-file", type=Path, metavar="F", help="password of the PDFs")
    p.set_defaults(func=cmd_verify_bundle)
