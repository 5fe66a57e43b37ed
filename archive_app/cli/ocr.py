"""archive_app layer (CLI): ``ocr`` - read the queued scans and photos.

``archive-app ocr ARCHIVE [--ids 3,5] [--languages kaz+rus+eng] [--retry-failed]
[--jobs N] [--again]``: reads every queued page (import queues the image pages of scans
and photos) with a progress bar; the text is indexed, suggestions are computed.
``--again`` (with ``--ids``) reads the pages of those documents OCR read before once
more, e.g. with other languages; a hand correction stays the page text. The first
Ctrl+C stops after the pages under way and keeps everything read so far; the next run
resumes with the pages still queued. ``import --ocr`` runs it right after the import.

``archive-app ocr-correct ARCHIVE DOC PAGE [--show | --revert | --text TEXT | --stdin]``:
show what OCR read on a page (and its correction), or keep a hand correction (typed, or
read from standard input, so no plaintext file is needed), or drop it. The correction is
indexed and audited, and wins in search and export; the machine text is kept.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from collections.abc import Sequence

from archive_app.cli.common import archive_parser, open_archive, parse_ids
from archive_app.cli.i18n import _, ngettext
from archive_app.cli.output import ProgressBar
from archive_app.cli.refresh import stop_on_ctrl_c
from archive_app.errors import InvalidValue
from archive_app.ocr import OcrReport
from archive_app.session import Archive
from archive_app.tasks import CancelToken
from indexing.ocr import DEFAULT_LANGUAGES, check_languages, ocr_problem


def read_queued(
    archive: Archive,
    ids: Sequence[int] | None = None,
    *,
    languages: str = DEFAULT_LANGUAGES,
    retry_failed: bool = False,
    jobs: int = 0,
) -> int:
    """Read the queue with a progress bar; print one summary line; exit code."""
    queued, failed = archive.ocr.counts()
    if not queued and not (retry_failed and failed):
        print(_("OCR: no pages waiting to be read"))
        return 0
    problem = ocr_problem(languages)
    if problem:
        waiting = ngettext(
            "OCR: {n} page waits to be read.", "OCR: {n} pages wait to be read.", queued
        ).format(n=queued)
        print(f"{waiting} {problem}", file=sys.stderr)
        return 1
    cancel = CancelToken()
    bar = ProgressBar(counts=False)
    try:
        with stop_on_ctrl_c(cancel, _("stopping OCR after the pages under way")):
            report = archive.ocr.run(
                ids,
                languages=languages,
                retry_failed=retry_failed,
                progress=bar,
                cancel=cancel,
                processes=jobs,
            )
    finally:
        bar.finish()
    print(summary(report, archive))
    return 1 if report.failed else 0


def summary(report: OcrReport, archive: Archive) -> str:
    text = ngettext(
        "OCR: {read} of {n} page read", "OCR: {read} of {n} pages read", report.total
    ).format(read=report.read, n=report.total)
    if report.failed:
        text += ", " + _("{n} could not be read (see `{command}`)").format(
            n=report.failed, command="archive-app ocr --retry-failed"
        )
    if report.low_confidence:
        text += ", " + _("{n} read with low confidence (check them)").format(
            n=report.low_confidence
        )
    if report.cancelled:
        text += "; " + _("stopped - the rest stay queued for `{command}`").format(
            command=f"archive-app ocr {shlex.quote(str(archive.path))}"
        )
    return text


def cmd_ocr(args: argparse.Namespace) -> int:
    try:
        languages = check_languages(args.languages)
    except ValueError as exc:
        raise InvalidValue(str(exc)) from exc
    ids = parse_ids(args.ids) if args.ids else None
    if args.again and not ids:
        raise InvalidValue(_("--again needs --ids: the documents to read once more"))
    with open_archive(args) as archive:
        for doc_id in ids if args.again and ids else []:
            archive.ocr.queue_again(doc_id)
        return read_queued(
            archive, ids, languages=languages, retry_failed=args.retry_failed, jobs=args.jobs
        )


def cmd_ocr_correct(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        machine, correction = archive.ocr.machine_text(args.document, args.page)
        if args.show:
            print(
                "# "
                + _("page {page} of document #{id}, as OCR read it").format(
                    page=args.page, id=args.document
                )
            )
            print(machine)
            if correction is not None:
                print("# " + _("corrected by hand"))
                print(correction)
            return 0
        if args.revert:
            archive.ocr.correct(args.document, args.page, None)
            print(
                _("page {page} of #{id}: correction dropped, OCR text used").format(
                    page=args.page, id=args.document
                )
            )
            return 0
        text = sys.stdin.read() if args.stdin else args.text
        if text is None:
            raise InvalidValue(_("give --text TEXT, --stdin, --revert or --show"))
        archive.ocr.correct(args.document, args.page, text)
        print(
            _("page {page} of #{id}: correction kept ({count} characters)").format(
                page=args.page, id=args.document, count=len(text)
            )
        )
        return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = archive_parser(sub, "ocr", _("read queued scans and photos with OCR (resumable)"))
    p.add_argument("--ids", nargs="+", metavar="ID", help=_("only these documents"))
    p.add_argument(
        "--languages",
        default=DEFAULT_LANGUAGES,
        help=_("Tesseract language models, joined with + (default {languages})").format(
            languages=DEFAULT_LANGUAGES
        ),
    )
    p.add_argument(
        "--retry-failed", action="store_true", help=_("also read pages that failed before")
    )
    p.add_argument("--jobs", type=int, default=0, help=_("OCR processes (default: one per core)"))
    p.add_argument(
        "--again",
        action="store_true",
        help=_("read the pages of --ids once more (hand corrections are kept)"),
    )
    p.set_defaults(func=cmd_ocr)

    c = archive_parser(sub, "ocr-correct", _("show or correct by hand what OCR read on a page"))
    c.add_argument("document", type=int, help=_("document id"))
    c.add_argument("page", type=int, help=_("page number (from 1)"))
    what = c.add_mutually_exclusive_group()
    what.add_argument("--show", action="store_true", help=_("print the OCR text and correction"))
    what.add_argument("--revert", action="store_true", help=_("drop the correction"))
    what.add_argument("--text", help=_("the corrected text of the page"))
    what.add_argument("--stdin", action="store_true", help=_("read the corrected text from stdin"))
    c.set_defaults(func=cmd_ocr_correct)
