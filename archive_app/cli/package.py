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
from archive_app.cli.i18n import _, yes_words
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
                _("cannot read passphrase file {path}: {reason}").format(
                    path=file, reason=exc.strerror or exc
                )
            ) from exc
        return text[:-1] if text.endswith("\n") else text
    if os.environ.get(ENV_PACKAGE_PASSPHRASE):
        return os.environ[ENV_PACKAGE_PASSPHRASE]
    if not sys.stdin.isatty():
        raise ArchiveError(
            _(
                "no package passphrase: use --package-passphrase-file or {variable} when not"
                " on a terminal"
            ).format(variable=ENV_PACKAGE_PASSPHRASE)
        )
    return getpass.getpass(_("Package passphrase") + ": ")


def cmd_export(args: argparse.Namespace) -> int:
    request = ShareRequest(
        case=args.case, query=args.query, ids=tuple(parse_ids(args.id)) if args.id else ()
    )
    with open_archive(args) as archive:
        passphrase = new_passphrase(
            args.package_passphrase_file, ENV_PACKAGE_PASSPHRASE, _("Package passphrase")
        )
        cancel = CancelToken()
        bar = ProgressBar(counts=False)
        try:
            with stop_on_ctrl_c(cancel, _("stopping; no package will be written")):
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
        print(_("stopped; no package was written"), file=sys.stderr)
        return 130
    rate = report.documents / report.seconds if report.seconds else 0.0
    print(
        _(
            "package written to {path} and verified: documents {documents}, persons"
            " {persons}, cases {cases}, redaction marks {redactions}, facts {facts}, remedy"
            " steps {remedies}, consent records {consents}, audit entries {audit}"
            " ({rate} documents/s)"
        ).format(
            path=report.path,
            documents=report.documents,
            persons=report.persons,
            cases=report.cases,
            redactions=report.redactions,
            facts=report.facts,
            remedies=report.remedies,
            consents=report.consents,
            audit=report.audit_entries,
            rate=f"{rate:.0f}",
        )
    )
    if report.other_cases_left_out:
        print(
            "  " + _("tags to other cases were left out: {n}").format(n=report.other_cases_left_out)
        )
    print("  " + _("seal {digest}").format(digest=report.digest))
    print("  " + _("give the package passphrase to the recipient by another way than the file"))
    return 0


def describe_plan(plan: MergePlan) -> list[str]:
    info = plan.info
    lines = [
        (
            _(
                "package {name} from {source!r} (case {case}), sealed {created}: documents"
                " {documents}; structure, audit chain, seal and document hashes verified"
            )
            if info.case
            else _(
                "package {name} from {source!r}, sealed {created}: documents {documents};"
                " structure, audit chain, seal and document hashes verified"
            )
        ).format(
            name=info.path.name,
            source=info.source_name,
            case=info.case,
            created=info.created_at,
            documents=info.documents,
        )
    ]
    if plan.merged_before:
        lines.append(
            _("this package was merged here before ({when})").format(when=plan.merged_before)
        )
    lines.append(
        _(
            "will add:    documents {documents}, persons {persons}, cases {cases}, articles"
            " {articles}"
        ).format(
            documents=len(plan.new_documents),
            persons=len(plan.new_persons),
            cases=len(plan.cases_new),
            articles=len(plan.articles_new),
        )
    )
    lines.append(
        _("will update: documents {documents}, persons {persons}, cases {cases}").format(
            documents=len(plan.updated_documents),
            persons=len(plan.updated_persons),
            cases=len(plan.case_updates),
        )
    )
    lines.append(
        _(
            "tags: {tags} new on existing documents; redaction marks: {redactions} new on"
            " existing documents"
        ).format(tags=plan.new_tags, redactions=sum(d.redactions for d in plan.updated_documents))
    )
    sub = plan.submission
    lines.append(
        _(
            "submission records: facts {facts_new} new ({facts_same} already here,"
            " {facts_updated} completed), remedy steps {remedies_new} new ({remedies_updated}"
            " completed), consent {consents_new} new and {consents_changed} stricter or"
            " completed, person details {details}, places of detention {detentions}"
        ).format(
            facts_new=sub.facts_new,
            facts_same=sub.facts_same,
            facts_updated=sub.facts_updated,
            remedies_new=sub.remedies_new,
            remedies_updated=sub.remedies_updated,
            consents_new=sub.consents_new,
            consents_changed=sub.consents_changed,
            details=sub.details_new,
            detentions=sub.detentions_new,
        )
    )
    similar = [p for p in plan.persons if p.match == SIMILAR]
    if similar:
        lines.append(_("persons with a similar name (merged unless --separate NAME):"))
        apart = _("(kept apart)")
        lines += [
            f"  {p.name}  ->  {p.local_name}" + ("" if p.merge else f"  {apart}") for p in similar
        ]
    if plan.safety:
        lines.append(_("safety (the stricter value is kept; a loosening is not applied):"))
        lines += [
            "  "
            + _("{kind} {label}: {field} here {ours!r}, package {theirs!r} -> {result!r}").format(
                kind=s.kind,
                label=s.label,
                field=s.field,
                ours=s.ours,
                theirs=s.theirs,
                result=s.result,
            )
            for s in plan.safety
        ]
    if plan.conflicts:
        lines.append(_("conflicts (edited on both sides):"))
        taken, kept = _("package"), _("kept here")
        lines += [
            "  "
            + _("{kind} {label}: {field}: here {ours!r}, package {theirs!r} -> {outcome}").format(
                kind=c.kind,
                label=c.label,
                field=c.field,
                ours=c.ours,
                theirs=c.theirs,
                outcome=taken if c.take_theirs else kept,
            )
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
        raise ArchiveError(_("add --yes to merge without asking (not on a terminal)"))
    return input(_("Merge this package? [y/N] ")).strip().lower() in yes_words()


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
                print(_("nothing new in this package; nothing was changed"))
                return 0
            if not args.yes and not _confirm():
                print(_("nothing was changed"))
                return 1
            return _apply(service, reader, plan)


def _apply(service: PackageService, reader: PackageReader, plan: MergePlan) -> int:
    cancel = CancelToken()
    bar = ProgressBar(counts=False)
    try:
        with stop_on_ctrl_c(cancel, _("stopping; the merge will be rolled back")):
            report = service.merge(reader, plan, progress=bar, cancel=cancel)
    finally:
        bar.finish()
    if report.cancelled:
        print(_("merge stopped; nothing was changed"), file=sys.stderr)
        return 130
    print(
        _(
            "merged: documents {documents_new} new and {documents_updated} updated, persons"
            " {persons_new} new and {persons_updated} updated, tags {tags}, redaction marks"
            " {redactions}"
        ).format(
            documents_new=report.documents_new,
            documents_updated=report.documents_updated,
            persons_new=report.persons_new,
            persons_updated=report.persons_updated,
            tags=report.tags_new,
            redactions=report.redactions_new,
        )
        + (
            "; "
            + _("conflicts that kept this archive's value: {n}").format(n=report.conflicts_open)
            if report.conflicts_open
            else ""
        )
    )
    sub = report.submission
    print(
        "  "
        + _(
            "submission records: facts {facts} new, remedy steps {remedies} new, consent"
            " {consents_new} new and {consents_changed} changed, person details {details},"
            " places of detention {detentions}"
        ).format(
            facts=sub.facts_new,
            remedies=sub.remedies_new,
            consents_new=sub.consents_new,
            consents_changed=sub.consents_changed,
            details=sub.details_new,
            detentions=sub.detentions_new,
        )
    )
    for note in sub.notes:
        print(f"  {note}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    passphrase = package_passphrase(args.package_passphrase_file)
    with PackageReader.open(Path(args.package), passphrase) as reader:
        info = reader.info
    print(
        _(
            "package {name} is sound: documents {documents} from {source!r}, sealed {created},"
            " seal {digest}"
        ).format(
            name=info.path.name,
            documents=info.documents,
            source=info.source_name,
            created=info.created_at,
            digest=info.digest,
        )
    )
    return 0


def _package_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--package-passphrase-file",
        type=Path,
        metavar="FILE",
        help=_("read the package passphrase from FILE (else ${variable}, else a prompt)").format(
            variable=ENV_PACKAGE_PASSPHRASE
        ),
    )


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    top = sub.add_parser(
        "package",
        help=_("share one case as an encrypted package, or merge one back"),
        description=_(
            "Share one case as a separate, sealed, encrypted package, or merge one back into"
            " an archive."
        ),
    )
    commands = top.add_subparsers(dest="package_command", metavar="SUBCOMMAND", required=True)

    p = archive_parser(commands, "export", _("write the documents of a case into a new package"))
    p.add_argument("--case", help=_("the case to share (its documents and attachments)"))
    p.add_argument("--query", help=_("only documents matching this search (or these alone)"))
    p.add_argument("--id", action="append", metavar="IDS", help=_("also these document ids"))
    p.add_argument("--out", required=True, help=_("path of the package file to write"))
    p.add_argument("--force", action="store_true", help=_("replace an existing file"))
    _package_passphrase_option(p)
    p.set_defaults(func=cmd_export)

    for name in ("merge", "import"):
        p = archive_parser(
            commands, name, _("merge a package into the archive (shows what it will do first)")
        )
        p.add_argument("package", help=_("path of the package file"))
        p.add_argument("--yes", action="store_true", help=_("merge without asking"))
        p.add_argument("--dry-run", action="store_true", help=_("only show what would change"))
        p.add_argument(
            "--take-package",
            action="store_true",
            help=_("for fields edited on both sides, take the package's value"),
        )
        p.add_argument(
            "--separate",
            action="append",
            metavar="NAME",
            help=_("keep this person of the package apart from the similar name here"),
        )
        p.add_argument("--json", action="store_true", help=_("show the plan as JSON"))
        _package_passphrase_option(p)
        p.set_defaults(func=cmd_merge)

    p = commands.add_parser("verify", help=_("check a package without merging it"))
    p.add_argument("package", help=_("path of the package file"))
    _package_passphrase_option(p)
    p.set_defaults(func=cmd_verify)
