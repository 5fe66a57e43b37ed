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
from archive_app.cli.i18n import _, ngettext
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
from archive_app.gate import direct
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
            raise ArchiveError(
                _("cannot read password file {path}: {reason}").format(
                    path=file, reason=exc.strerror or exc
                )
            ) from exc
        password = text[:-1] if text.endswith("\n") else text
    else:
        if not sys.stdin.isatty():
            raise ArchiveError(_("no bundle password: use --password-file when not on a terminal"))
        password = getpass.getpass(_("Bundle password") + ": ")
        if confirm and getpass.getpass(_("Bundle password again") + ": ") != password:
            raise ArchiveError(_("the two passwords differ; nothing was exported"))
    if not password:
        raise ArchiveError(_("the bundle password is empty"))
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
            raise ArchiveError(
                _("unknown pattern {name!r}; one of: {names}").format(
                    name=name, names=", ".join(PATTERN_NAMES)
                )
            )
        redactions.patterns.append(PatternRule(name.lower(), reason))
    return redactions


def cmd_export(args: argparse.Namespace) -> int:
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # hostile PDFs: no parser chatter
    if bool(args.ids) == bool(args.query):
        raise ArchiveError(_("choose documents with --ids or --query (one of them)"))
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
        print("\n" + _("stopping; nothing will be written"), file=sys.stderr)

    bar = ProgressBar()
    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        with open_archive(args) as archive:
            verified = export_verified(direct(archive), options, progress=bar, cancel=cancel)
    finally:
        bar.finish()
        signal.signal(signal.SIGINT, previous)
    result = verified.result
    for warning in result.warnings:
        print(_("warning: {message}").format(message=warning), file=sys.stderr)
    if not verified.ok:
        problem_word = _("PROBLEM")
        for problem in verified.report.problems:
            print(f"{problem_word}  {problem.message}")
        found = len(verified.report.problems)
        raise BundleInvalid(
            ngettext(
                "the bundle was written to {path}, but reading it back from disk found {n}"
                " problem; do not send it",
                "the bundle was written to {path}, but reading it back from disk found {n}"
                " problems; do not send it",
                found,
            ).format(path=result.path, n=found)
        )
    reasons_text = ", ".join(f"{r} {n}" for r, n in sorted(result.by_reason.items()))
    print(
        _(
            "bundle written and verified, then read back from disk and verified again: {path}"
        ).format(path=result.path)
    )
    counts = ", ".join(
        (
            ngettext("{n} document", "{n} documents", result.documents).format(n=result.documents),
            ngettext("{n} page", "{n} pages", result.pages).format(n=result.pages),
            _("{first} to {last}").format(first=result.first, last=result.last),
        )
    )
    print(f"  {counts}")
    print(
        "  "
        + (
            ngettext("{n} redaction: {reasons}", "{n} redactions: {reasons}", result.redactions)
            if result.redactions
            else _("no redactions")
        ).format(n=result.redactions, reasons=reasons_text)
    )
    if result.encrypted:
        print("  " + _("PDFs protected with AES-256 (owner password is random and not kept)"))
    return 0


def cmd_verify_bundle(args: argparse.Namespace) -> int:
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    password = read_password(args.password_file, confirm=False) if args.password_file else None
    persons = [[name] for name in args.person or []]
    report = verify_bundle(
        Path(args.bundle), terms=args.term or [], persons=persons, password=password
    )
    problem_word, warning_word = _("PROBLEM"), _("WARNING")
    for problem in report.problems:
        print(f"{problem_word}  {problem.message}")
    for warning in report.warnings:
        print(f"{warning_word}  {warning}", file=sys.stderr)
    summary = _("files {files}, PDFs {pdfs}, pages {pages}").format(
        files=report.files, pdfs=report.pdfs, pages=report.pages
    )
    if not report.ok:
        raise BundleInvalid(
            _("bundle failed verification (problems: {n}; {summary})").format(
                n=len(report.problems), summary=summary
            )
        )
    looked_for = len(args.term or []) + len(args.person or [])
    checked = (
        "; " + _("no trace of {n} term(s) or person(s)").format(n=looked_for) if looked_for else ""
    )
    if report.ocr_pages:
        checked += ", " + ngettext(
            "{n} page image read by OCR", "{n} page images read by OCR", report.ocr_pages
        ).format(n=report.ocr_pages)
    elif looked_for and report.warnings:
        checked += " " + _("in the text (page images not read: see the warning)")
    print(
        _("bundle verified: hashes, scrubbing and Bates numbers ok ({summary}){checked}").format(
            summary=summary, checked=checked
        )
    )
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = archive_parser(sub, "export", _("export a redacted, Bates-numbered, verified bundle"))
    p.add_argument("--out", required=True, help=_("bundle folder to create (or ZIP with --zip)"))
    p.add_argument("--ids", help=_("document ids, e.g. 3,5,9"))
    p.add_argument("--query", help=_("export every document this search finds"))
    p.add_argument(
        "--redact-person",
        action="append",
        metavar="NAME",
        help=_("a registered person: every alias and spelling (repeatable)"),
    )
    p.add_argument(
        "--redact-term", action="append", metavar="T", help=_("[REASON:]text (repeatable)")
    )
    p.add_argument(
        "--redact-pattern",
        action="append",
        metavar="P",
        help=_("[REASON:]{patterns} (repeatable)").format(patterns="|".join(PATTERN_NAMES)),
    )
    p.add_argument(
        "--reason",
        default="PII-VICTIM",
        help=_("default reason: {reasons}").format(reasons=", ".join(REASONS)),
    )
    p.add_argument("--prefix", default="DOC-", help=_("Bates prefix, e.g. ATJ- for ATJ-000001"))
    p.add_argument("--title", default="Document bundle", help=_("title on the cover sheet"))
    p.add_argument("--dpi", type=int, default=200, help=_("resolution of rebuilt pages (>= 200)"))
    p.add_argument("--password-file", type=Path, metavar="F", help=_("protect the PDFs (AES-256)"))
    p.add_argument(
        "--encrypt", action="store_true", help=_("protect the PDFs; prompt for a password")
    )
    p.add_argument(
        "--withhold-unplaceable",
        action="store_true",
        help=_(
            "withhold a PDF page where redacted content is found but cannot be boxed"
            " (drawn through a pattern or mask); without this the export stops there"
        ),
    )
    p.add_argument("--zip", action="store_true", help=_("write one ZIP file instead of a folder"))
    p.add_argument(
        "--mechanism",
        choices=("wgad", "sp", "hrc"),
        help=_(
            "the UN mechanism the bundle is for: name each person only as far as their"
            " consent for it allows (initials only or not at all: redacted)"
        ),
    )
    p.set_defaults(func=cmd_export)

    p = sub.add_parser(
        "verify-bundle",
        help=_(
            "re-check a bundle: hashes, scrubbing, Bates numbers, leaks of given terms"
            " (page images read by OCR)"
        ),
        allow_abbrev=False,
    )
    p.add_argument("bundle", help=_("bundle folder or ZIP"))
    p.add_argument("--term", action="append", help=_("a term that must not appear (repeatable)"))
    p.add_argument(
        "--person",
        action="append",
        help=_("a person's name that must not appear in any spelling or form (repeatable)"),
    )
    p.add_argument("--password-file", type=Path, metavar="F", help=_("password of the PDFs"))
    p.set_defaults(func=cmd_verify_bundle)
