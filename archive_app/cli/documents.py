"""archive_app layer (CLI): init, import, list, show, get, edit, delete."""

from __future__ import annotations

import argparse
import shlex
import signal
import sys
from pathlib import Path
from types import FrameType

from archive_app.cli.common import archive_parser, open_archive
from archive_app.cli.i18n import DEFAULT as DEFAULT_LANGUAGE
from archive_app.cli.i18n import N_, _, language, ngettext, yes_words
from archive_app.cli.ocr import read_queued
from archive_app.cli.output import ProgressBar, document_json, print_json, print_table
from archive_app.cli.passphrase import new_passphrase
from archive_app.error_messages import KEPT_INSIDE, KEPT_INSIDE_TEXT, explain_reason
from archive_app.importer import FAILED, ImportOptions, ImportReport, Outcome
from archive_app.session import Archive
from archive_app.tasks import CancelToken
from storage.schema import CONFIDENTIALITY_LEVELS, DOCUMENT_TYPES

# how an import reports each file (archive_app.importer's outcome statuses)
STATUS_WORDS = {
    "imported": N_("imported"),
    "duplicate": N_("duplicate"),
    "failed": N_("failed"),
}


def cmd_init(args: argparse.Namespace) -> int:
    passphrase = new_passphrase(args.passphrase_file)
    archive, _warnings = Archive.create(Path(args.archive), passphrase)
    with archive:
        print(_("created {path}").format(path=archive.path))
    return 0


def _metadata_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--type", dest="doc_type", choices=DOCUMENT_TYPES)
    parser.add_argument("--language", help=_("ISO code: en, ru, kk, ..."))
    parser.add_argument("--date", dest="doc_date", help=_("document date, YYYY-MM-DD"))
    parser.add_argument("--confidentiality", choices=CONFIDENTIALITY_LEVELS)
    parser.add_argument("--source", help=_("where the document came from"))
    parser.add_argument("--title")


def cmd_import(args: argparse.Namespace) -> int:
    options = ImportOptions(
        doc_type=args.doc_type,
        language=args.language,
        doc_date=args.doc_date,
        confidentiality=args.confidentiality or "confidential",
        source=args.source or "",
        title=args.title,
        cases=tuple(args.case or ()),
        suggest=not args.no_suggest,
        ocr=args.ocr is not False,
    )
    cancel = CancelToken()

    def on_sigint(_signum: int, _frame: FrameType | None) -> None:
        if cancel.cancelled:
            raise KeyboardInterrupt
        cancel.cancel()
        print(
            "\n" + _("stopping after the current file (Ctrl+C again to stop now)"), file=sys.stderr
        )

    bar = ProgressBar()
    quiet_lines = sys.stderr.isatty()

    def on_outcome(outcome: Outcome) -> None:
        if not quiet_lines:
            ident = f"#{outcome.document_id} " if outcome.document_id else ""
            status = _(STATUS_WORDS.get(outcome.status, outcome.status))
            print(f"{status}: {ident}{outcome.name}: {reason(outcome.message)}", flush=True)

    previous = signal.signal(signal.SIGINT, on_sigint)
    archive = open_archive(args)
    try:
        try:
            report = archive.importer().import_paths(
                [Path(p) for p in args.paths],
                options,
                progress=bar,
                cancel=cancel,
                on_outcome=on_outcome,
            )
        finally:
            signal.signal(signal.SIGINT, previous)
            bar.finish()
        return _import_summary(args, archive, report, quiet_lines)
    finally:
        archive.close()


def reason(message: str) -> str:
    """Why a file was not imported, in the CLI's language (English: as the core wrote)."""
    if language() == DEFAULT_LANGUAGE:
        return message
    inside = KEPT_INSIDE.fullmatch(message.strip())
    if inside is not None:
        return _(KEPT_INSIDE_TEXT).format(reason=reason(inside.group("reason")))
    known = explain_reason(message)
    if known is None:
        return message
    template, parameters = known
    return _(template).format(**parameters)


def _import_summary(
    args: argparse.Namespace, archive: Archive, report: ImportReport, quiet_lines: bool
) -> int:
    if quiet_lines:
        for o in report.outcomes:
            if o.status == FAILED:
                print(_("failed: {name}: {reason}").format(name=o.name, reason=reason(o.message)))
    summary = ", ".join(
        (
            ngettext("{n} imported", "{n} imported", report.imported).format(n=report.imported),
            ngettext("{n} duplicate", "{n} duplicates", report.duplicates).format(
                n=report.duplicates
            ),
            ngettext("{n} failed", "{n} failed", report.failed).format(n=report.failed),
        )
    )
    if report.cancelled:
        summary += " " + _("(stopped by the user; everything listed was kept)")
    if report.stopped:
        summary += " " + _("(stopped: {reason})").format(reason=report.stopped)
    print(summary)
    code = 1 if report.failed or report.stopped else 0
    if args.ocr and report.document_ids and not (report.cancelled or report.stopped):
        code = max(code, read_queued(archive, report.document_ids))
    elif args.ocr is None:
        waiting = archive.ocr.counts()[0]
        if waiting:
            print(
                ngettext(
                    "{n} scanned page queued for OCR: run `{command}` (or import with --ocr)",
                    "{n} scanned pages queued for OCR: run `{command}` (or import with --ocr)",
                    waiting,
                ).format(n=waiting, command=f"archive-app ocr {shlex.quote(args.archive)}")
            )
    return code


def cmd_list(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        docs = archive.documents.all()
    if args.json:
        print_json([document_json(d) for d in docs])
        return 0
    rows = [
        (d.id, d.doc_type, d.doc_date or "", d.language or "", d.page_count, d.status, d.title)
        for d in docs
    ]
    print_table(
        (_("id"), _("type"), _("date"), _("lang"), _("pages"), _("status"), _("title")), rows
    )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        doc = archive.documents.get(args.id)
        attachments = archive.documents.attachments(args.id)
        pages = archive.documents.pages(args.id) if args.text else []
    if args.json:
        data = document_json(doc)
        data["attachments"] = attachments
        if args.text:
            data["page_texts"] = pages
        print_json(data)
        return 0
    fields = document_json(doc)
    fields["attachments"] = ", ".join(f"#{a}" for a in attachments)
    for key in ("persons", "articles", "cases"):
        fields[key] = ", ".join(fields[key])
    width = max(len(k) for k in fields)
    for key, value in fields.items():
        print(f"{key.ljust(width)}  {'' if value is None else value}")
    for number, text in enumerate(pages, start=1):
        print("\n" + _("--- page {number} ---").format(number=number) + f"\n{text}")
    return 0


def cmd_get(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        written = archive.documents.save_original(args.id, Path(args.out), force=args.force)
    print(_("wrote {path}").format(path=written))
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    changes = {
        k: getattr(args, k)
        for k in ("title", "doc_type", "language", "doc_date", "source", "confidentiality")
        if getattr(args, k) is not None
    }
    if not changes:
        print(
            _(
                "nothing to change: give --title, --type, --language, --date, --source or"
                " --confidentiality"
            ),
            file=sys.stderr,
        )
        return 2
    with open_archive(args) as archive:
        doc = archive.documents.edit(args.id, **changes)
    print(_("#{id} updated").format(id=doc.id))
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        doc = archive.documents.get(args.id)
        if not args.yes:
            if not sys.stdin.isatty():
                print(_("refusing to delete without --yes when not on a terminal"), file=sys.stderr)
                return 2
            answer = input(
                _("Delete #{id} “{title}” for good? [y/N] ").format(id=doc.id, title=doc.title)
            )
            if answer.strip().lower() not in yes_words():
                print(_("nothing deleted"))
                return 0
        archive.documents.delete(args.id)
    print(_("deleted #{id} “{title}”").format(id=doc.id, title=doc.title))
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = archive_parser(sub, "init", _("create a new encrypted archive"))
    p.set_defaults(func=cmd_init)

    p = archive_parser(sub, "import", _("import files and folders (recursively)"))
    p.add_argument("paths", nargs="+", help=_("files or folders"))
    _metadata_args(p)
    p.add_argument("--case", action="append", help=_("link to this case (repeatable)"))
    p.add_argument(
        "--no-suggest", action="store_true", help=_("do not propose person and article tags")
    )
    ocr = p.add_mutually_exclusive_group()
    ocr.add_argument(
        "--ocr",
        dest="ocr",
        action="store_true",
        default=None,
        help=_("read scans and photos with OCR right after the import (default: queue them)"),
    )
    ocr.add_argument(
        "--no-ocr", dest="ocr", action="store_false", help=_("do not queue scans for OCR")
    )
    p.set_defaults(func=cmd_import)

    p = archive_parser(sub, "list", _("list documents"))
    p.add_argument("--json", action="store_true", help=_("print JSON for scripts"))
    p.set_defaults(func=cmd_list)

    p = archive_parser(sub, "show", _("show one document's metadata and tags"))
    p.add_argument("id", type=int, help=_("document id"))
    p.add_argument("--json", action="store_true", help=_("print JSON for scripts"))
    p.add_argument("--text", action="store_true", help=_("also print the text of every page"))
    p.set_defaults(func=cmd_show)

    p = archive_parser(sub, "get", _("write a document's original file to a path you choose"))
    p.add_argument("id", type=int, help=_("document id"))
    p.add_argument("out", help=_("file or folder to write to"))
    p.add_argument("--force", action="store_true", help=_("overwrite an existing file"))
    p.set_defaults(func=cmd_get)

    p = archive_parser(sub, "edit", _("change a document's metadata"))
    p.add_argument("id", type=int, help=_("document id"))
    _metadata_args(p)
    p.set_defaults(func=cmd_edit)

    p = archive_parser(sub, "delete", _("delete a document (asks first)"))
    p.add_argument("id", type=int, help=_("document id"))
    p.add_argument("--yes", action="store_true", help=_("do not ask"))
    p.set_defaults(func=cmd_delete)
