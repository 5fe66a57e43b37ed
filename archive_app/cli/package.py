"""archive_app layer (CLI): ``package export``, ``package merge`` (alias ``import``) and
``package verify`` - one case travels as a sealed, encrypted package and merges back.

The package passphrase comes from --package-passphrase-file, $ARCHIVE_PACKAGE_PASSPHRASE
or a prompt (twice when exporting), never from argv. ``merge`` shows what it will do and
asks, or applies at once with --yes; Ctrl+C while applying rolls the whole merge back.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from archive_app.cli.common import archive_parser, open_archive, parse_ids
from archive_app.cli.output import ProgressBar, print_json
from archive_app.cli.passphrase import new_passphrase
from archive_app.cli.refresh import stop_on_ctrl_c
from archive_app.errors import ArchiveError
from archive_app.packages import MergePlan, PackageReader, PackageService, ShareRequest
from archive_app.packages.plan import SIMILAR
from archive_app.tasks import CancelToken

ENV_PACKAGE_PASSPHRASE = "ARCHIVE_PACKAGE_PASSPHRASE"  # noqa: S105 - a variable name


def package_passphrase(file: Path | None) -> str:
    """The passphrase of a received package: a file, the environment, or a prompt."""
    if file is not None:
        try:
            text = file.expanduser().read_text(encoding="utf-8")
        except OSError as exc:
            raise ArchiveError(
                f"cannot read passphrase file {file}: {exc.strerror or exc}"
            ) from exc
        return text[:-1] if text.endswith("\n") else text
    if os.environ.get(ENV_PACKAGE_PASSPHRASE):
        return os.environ[ENV_PACKAGE_PASSPHRASE]
    if not sys.stdin.isatty():
        raise ArchiveError(
            "no package passphrase: use --package-passphrase-file or"
            f" {ENV_PACKAGE_PASSPHRASE} when not on a terminal"
        )
    return getpass.getpass("Package passphrase: ")


def cmd_export(args: argparse.Namespace) -> int:
    request = ShareRequest(
        case=args.case, query=args.query, ids=tuple(parse_ids(args.id)) if args.id else ()
    )
    with open_archive(args) as archive:
        passphrase = new_passphrase(
            args.package_passphrase_file, ENV_PACKAGE_PASSPHRASE, "Package passphrase"
        )
        cancel = CancelToken()
        bar = ProgressBar(counts=False)
        try:
            with stop_on_ctrl_c(cancel, "stopping; no package will be written"):
                report = PackageService(archive).share(
                    Path(args.out),
                    passphrase,
                    request,
                    overwrite=args.force,
                    progress=bar,
                    cancel=cancel,
                )
        finally:
            bar.finish()
    if report.cancelled:
        print("stopped; no package was written", file=sys.stderr)
        return 130
    rate = report.documents / report.seconds if report.seconds else 0.0
    print(
        f"package written to {report.path} and verified: {report.documents} documents,"
        f" {report.persons} persons, {report.cases} case(s), {report.redactions} redaction"
        f" marks, {report.facts} facts, {report.remedies} remedy steps, {report.consents}"
        f" consent records, {report.audit_entries} audit entries ({rate:.0f} documents/s)"
    )
    if report.other_cases_left_out:
        print(f"  tags to {report.other_cases_left_out} other case(s) were left out")
    print(f"  seal {report.digest}")
    print("  give the package passphrase to the recipient by another way than the file")
    return 0


def describe_plan(plan: MergePlan) -> list[str]:
    info = plan.info
    lines = [
        f"package {info.path.name} from {info.source_name!r}"
        + (f" (case {info.case})" if info.case else "")
        + f", sealed {info.created_at}: {info.documents} documents;"
        " structure, audit chain, seal and document hashes verified",
    ]
    if plan.merged_before:
        lines.append(f"this package was merged here before ({plan.merged_before})")
    lines.append(
        f"will add:    {len(plan.new_documents)} documents, {len(plan.new_persons)} persons,"
        f" {len(plan.cases_new)} cases, {len(plan.articles_new)} articles"
    )
    lines.append(
        f"will update: {len(plan.updated_documents)} documents,"
        f" {len(plan.updated_persons)} persons, {len(plan.case_updates)} cases"
    )
    lines.append(
        f"tags: {plan.new_tags} new on existing documents;"
        f" redaction marks: {sum(d.redactions for d in plan.updated_documents)} new"
        " on existing documents"
    )
    sub = plan.submission
    lines.append(
        f"submission records: {sub.facts_new} new facts ({sub.facts_same} already here,"
        f" {sub.facts_updated} completed), {sub.remedies_new} new remedy steps"
        f" ({sub.remedies_updated} completed), consent {sub.consents_new} new and"
        f" {sub.consents_changed} stricter or completed, {sub.details_new} person details,"
        f" {sub.detentions_new} places of detention"
    )
    similar = [p for p in plan.persons if p.match == SIMILAR]
    if similar:
        lines.append("persons with a similar name (merged unless --separate NAME):")
        lines += [
            f"  {p.name}  ->  {p.local_name}" + ("" if p.merge else "  (kept apart)")
            for p in similar
        ]
    if plan.safety:
        lines.append("safety (the stricter value is kept; a loosening is not applied):")
        lines += [
            f"  {s.kind} {s.label}: {s.field} here {s.ours!r}, package {s.theirs!r} -> {s.result!r}"
            for s in plan.safety
        ]
    if plan.conflicts:
        lines.append("conflicts (edited on both sides):")
        lines += [
            f"  {c.kind} {c.label}: {c.field}: here {c.ours!r}, package {c.theirs!r}"
            f" -> {'package' if c.take_theirs else 'kept here'}"
            for c in plan.conflicts
        ]
    return lines


def plan_json(plan: MergePlan) -> dict[str, Any]:
    return {
        "package": {**asdict(plan.info), "path": str(plan.info.path)},
        "merged_before": plan.merged_before,
        "new_documents": [d.sha256 for d in plan.new_documents],
        "updated_documents": [
            {
                "sha256": d.sha256,
                "take": d.take,
                "confidentiality": d.confidentiality,
                "tags": d.tags,
                "redactions": d.redactions,
            }
            for d in plan.updated_documents
        ],
        "persons": [asdict(p) for p in plan.persons],
        "cases_new": plan.cases_new,
        "articles_new": plan.articles_new,
        "conflicts": [asdict(c) for c in plan.conflicts],
        "safety": [asdict(s) for s in plan.safety],
        "submission": asdict(plan.submission),
        "empty": plan.empty,
    }


def _decide(plan: MergePlan, args: argparse.Namespace) -> None:
    separate = {" ".join(n.casefold().split()) for n in args.separate or []}
    for p in plan.persons:
        if p.match == SIMILAR and " ".join(p.name.casefold().split()) in separate:
            p.merge = False
    for c in plan.conflicts:
        c.take_theirs = bool(args.take_package)


def _confirm() -> bool:
    if not sys.stdin.isatty():
        raise ArchiveError("add --yes to merge without asking (not on a terminal)")
    return input("Merge this package? [y/N] ").strip().lower() in ("y", "yes")


def cmd_merge(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        service = PackageService(archive)
        with service.open(
            Path(args.package), package_passphrase(args.package_passphrase_file)
        ) as reader:
            plan = service.plan(reader)
            _decide(plan, args)
            if args.json:
                print_json(plan_json(plan))
            else:
                print("\n".join(describe_plan(plan)))
            if args.dry_run:
                return 0
            if plan.empty:
                print("nothing new in this package; nothing was changed")
                return 0
            if not args.yes and not _confirm():
                print("nothing was changed")
                return 1
            return _apply(service, reader, plan)


def _apply(service: PackageService, reader: PackageReader, plan: MergePlan) -> int:
    cancel = CancelToken()
    bar = ProgressBar(counts=False)
    try:
        with stop_on_ctrl_c(cancel, "stopping; the merge will be rolled back"):
            report = service.merge(reader, plan, progress=bar, cancel=cancel)
    finally:
        bar.finish()
    if report.cancelled:
        print("merge stopped; nothing was changed", file=sys.stderr)
        return 130
    print(
        f"merged: {report.documents_new} new and {report.documents_updated} updated documents,"
        f" {report.persons_new} new and {report.persons_updated} updated persons,"
        f" {report.tags_new} tags, {report.redactions_new} redaction marks"
        + (
            f"; {report.conflicts_open} conflict(s) kept this archive's value"
            if report.conflicts_open
            else ""
        )
    )
    sub = report.submission
    print(
        f"  submission records: {sub.facts_new} new facts, {sub.remedies_new} new remedy"
        f" steps, consent {sub.consents_new} new and {sub.consents_changed} changed,"
        f" {sub.details_new} person details, {sub.detentions_new} places of detention"
    )
    for note in sub.notes:
        print(f"  {note}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    passphrase = package_passphrase(args.package_passphrase_file)
    with PackageReader.open(Path(args.package), passphrase) as reader:
        info = reader.info
    print(
        f"package {info.path.name} is sound: {info.documents} documents from"
        f" {info.source_name!r}, sealed {info.created_at}, seal {info.digest}"
    )
    return 0


def _package_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--package-passphrase-file",
        type=Path,
        metavar="FILE",
        help=f"read the package passphrase from FILE (else ${ENV_PACKAGE_PASSPHRASE},"
        " else a prompt)",
    )


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    top = sub.add_parser(
        "package",
        help="share one case as an encrypted package, or merge one back",
        description="Share one case as a separate, sealed, encrypted package, or merge one"
        " back into an archive.",
    )
    commands = top.add_subparsers(dest="package_command", metavar="SUBCOMMAND", required=True)

    p = archive_parser(commands, "export", "write the documents of a case into a new package")
    p.add_argument("--case", help="the case to share (its documents and attachments)")
    p.add_argument("--query", help="only documents matching this search (or these alone)")
    p.add_argument("--id", action="append", metavar="IDS", help="also these document ids")
    p.add_argument("--out", required=True, help="path of the package file to write")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    _package_passphrase_option(p)
    p.set_defaults(func=cmd_export)

    for name in ("merge", "import"):
        p = archive_parser(
            commands, name, "merge a package into the archive (shows what it will do first)"
        )
        p.add_argument("package", help="path of the package file")
        p.add_argument("--yes", action="store_true", help="merge without asking")
        p.add_argument("--dry-run", action="store_true", help="only show what would change")
        p.add_argument(
            "--take-package",
            action="store_true",
            help="for fields edited on both sides, take the package's value",
        )
        p.add_argument(
            "--separate",
            action="append",
            metavar="NAME",
            help="keep this person of the package apart from the similar name here",
        )
        p.add_argument("--json", action="store_true", help="show the plan as JSON")
        _package_passphrase_option(p)
        p.set_defaults(func=cmd_merge)

    p = commands.add_parser("verify", help="check a package without merging it")
    p.add_argument("package", help="path of the package file")
    _package_passphrase_option(p)
    p.set_defaults(func=cmd_verify)
