"""archive_app layer (CLI): facts, domestic remedies, consent per mechanism, person details,
chronology exports and submission drafts (issue 20).

``fact``, ``remedy``, ``consent`` and ``details`` keep the records; ``fact export``
writes a chronology (CSV, DOCX, PDF); ``draft`` writes a prefilled communication for
the Working Group on Arbitrary Detention (wgad), the Special Procedures (sp) or the
Human Rights Committee (hrc), checked against consent before it is written.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from archive_app.cli.common import archive_parser, open_archive
from archive_app.cli.i18n import _, ngettext
from archive_app.cli.output import print_json, print_table
from archive_app.facts.dates import FactDate, first_date
from archive_app.facts.mechanisms import MECHANISM_IDS
from archive_app.facts.service import FactInput, FactService
from storage.submission_schema import (
    FACT_STATUSES,
    NAMING,
    PERSON_DETAIL_FIELDS,
    REMEDY_KINDS,
    REMEDY_OUTCOMES,
    YES_NO,
)


# -- facts ---------------------------------------------------------------------------
def cmd_fact_add(args: argparse.Namespace) -> int:
    if args.date is not None:
        when = FactDate.parse(args.date)
    else:
        when = first_date(args.quote or args.statement)
    with open_archive(args) as archive:
        fact = FactService(archive).add(
            FactInput(
                statement=args.statement,
                date=when,
                case=args.case,
                persons=args.person or [],
                articles=args.article or [],
                document_id=args.doc,
                page_no=args.page,
                quote=args.quote or "",
                bates=args.bates or "",
                status=args.status,
                notes=args.notes or "",
            )
        )
    proposed = (
        ""
        if args.date is not None
        else " " + _("(date read from the text; change with 'fact edit')")
    )
    print(_("added fact #{id} dated {date}").format(id=fact.id, date=when) + proposed)
    return 0


def cmd_fact_list(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        facts = FactService(archive).chronology(
            case=args.case, person=args.person, status=args.status
        )
    if args.json:
        print_json([asdict(f) for f in facts])
        return 0
    rows = [
        (
            f.id,
            str(FactDate(f.date_kind, f.date_start, f.date_end)),
            f.statement[:70],
            f"#{f.document_id} p.{f.page_no or '-'}" if f.document_id else "",
            f.bates,
            f.status,
        )
        for f in facts
    ]
    print_table((_("id"), _("date"), _("statement"), _("source"), _("bates"), _("status")), rows)
    return 0


def cmd_fact_edit(args: argparse.Namespace) -> int:
    changes = {
        k: getattr(args, k)
        for k in ("statement", "status", "bates", "notes", "quote")
        if getattr(args, k) is not None
    }
    if args.page is not None:
        changes["page_no"] = args.page
    if args.doc is not None:
        changes["document_id"] = args.doc
    with open_archive(args) as archive:
        fact = FactService(archive).edit(
            args.id,
            date=FactDate.parse(args.date) if args.date is not None else None,
            case=args.case,
            persons=args.person,
            articles=args.article,
            **changes,
        )
    when = FactDate(fact.date_kind, fact.date_start, fact.date_end)
    print(_("fact #{id} dated {date}").format(id=fact.id, date=when))
    return 0


def cmd_fact_delete(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        FactService(archive).delete(args.id)
    print(_("deleted fact #{id}").format(id=args.id))
    return 0


def cmd_fact_bates(args: argparse.Namespace) -> int:
    from archive_app.facts.draft import read_manifest

    manifest = read_manifest(args.bundle)
    with open_archive(args) as archive:
        changed = FactService(archive).set_bates_from_manifest(manifest)
    print(
        ngettext(
            "{n} fact now cites Bates numbers of {bundle}",
            "{n} facts now cite Bates numbers of {bundle}",
            changed,
        ).format(n=changed, bundle=args.bundle.name)
    )
    return 0


def cmd_fact_export(args: argparse.Namespace) -> int:
    from archive_app.facts import chronology

    with open_archive(args) as archive:
        path = chronology.export(
            archive,
            args.out,
            case=args.case,
            person=args.person,
            mechanism=args.mechanism,
            force=args.force,
        )
    print(_("wrote {path}").format(path=path))
    return 0


# -- remedies ------------------------------------------------------------------------
def cmd_remedy_add(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        remedy = FactService(archive).add_remedy(
            args.case,
            args.kind,
            filed_on=args.filed,
            body=args.body or "",
            outcome=args.outcome,
            decided_on=args.decided,
            ruling_document_id=args.ruling,
            notes=args.notes or "",
        )
    print(_("added remedy #{id} as step {step}").format(id=remedy.id, step=remedy.seq))
    return 0


def cmd_remedy_list(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        remedies = FactService(archive).remedies(args.case)
    if args.json:
        print_json([asdict(r) for r in remedies])
        return 0
    rows = [
        (r.seq, r.id, r.kind, r.filed_on or "", r.body, r.outcome, r.decided_on or "")
        for r in remedies
    ]
    print_table(
        (_("step"), _("id"), _("kind"), _("filed"), _("body"), _("outcome"), _("decided")), rows
    )
    return 0


def cmd_remedy_edit(args: argparse.Namespace) -> int:
    changes = {
        key: getattr(args, attr)
        for key, attr in (
            ("kind", "kind"),
            ("filed_on", "filed"),
            ("body", "body"),
            ("outcome", "outcome"),
            ("decided_on", "decided"),
            ("ruling_document_id", "ruling"),
            ("notes", "notes"),
        )
        if getattr(args, attr) is not None
    }
    with open_archive(args) as archive:
        service = FactService(archive)
        if changes:
            service.edit_remedy(args.id, **changes)
        if args.move is not None:
            service.move_remedy(args.id, args.move)
    print(_("remedy #{id} changed").format(id=args.id))
    return 0


def cmd_remedy_delete(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        FactService(archive).delete_remedy(args.id)
    print(_("deleted remedy #{id}").format(id=args.id))
    return 0


# -- consent and details -------------------------------------------------------------
def cmd_consent_set(args: argparse.Namespace) -> int:
    changes = {
        key: getattr(args, attr)
        for key, attr in (
            ("submit", "submit"),
            ("submit_date", "date"),
            ("proof_document_id", "proof"),
            ("public_naming", "naming"),
            ("anonymised", "anonymised"),
            ("submitter_confidential", "submitter_confidential"),
            ("notes", "notes"),
        )
        if getattr(args, attr) is not None
    }
    with open_archive(args) as archive:
        record = FactService(archive).set_consent(args.person, args.mechanism, **changes)
    print(
        _(
            "consent of person #{id} for {mechanism}: submit {submit}, public naming {naming},"
            " anonymised {anonymised}, submitter confidential {confidential}"
        ).format(
            id=record.person_id,
            mechanism=record.mechanism,
            submit=record.submit,
            naming=record.public_naming,
            anonymised=record.anonymised,
            confidential=record.submitter_confidential,
        )
    )
    return 0


def cmd_consent_show(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        records = FactService(archive).consents(args.person)
    if args.json:
        print_json([asdict(r) for r in records])
        return 0
    rows = [
        (
            r.mechanism,
            r.submit,
            r.submit_date or "",
            f"#{r.proof_document_id}" if r.proof_document_id else "",
            r.public_naming,
            r.anonymised,
            r.submitter_confidential,
        )
        for r in records
    ]
    print_table(
        (
            _("mechanism"),
            _("submit"),
            _("date"),
            _("proof"),
            _("naming"),
            _("anonymised"),
            _("submitter conf."),
        ),
        rows,
    )
    return 0


def cmd_details(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        service = FactService(archive)
        for item in args.set or []:
            name, sep, value = item.partition("=")
            if not sep:
                print(_("--set takes FIELD=VALUE, not {item!r}").format(item=item))
                return 2
            service.set_detail(args.person, name.strip(), value)
        if args.detention:
            service.add_detention(
                args.person,
                args.detention,
                authority=args.authority or "",
                date_from=args.date_from,
                date_to=args.date_to,
            )
        details = service.details(args.person)
        places = service.detentions(args.person)
    for name, value in details.items():
        print(f"{name}: {value}")
    for place in places:
        print(
            _("detention: {place} ({authority}) {start} to {end}").format(
                place=place.place,
                authority=place.authority or "?",
                start=place.date_from or "?",
                end=place.date_to or _("present"),
            )
        )
    return 0


# -- drafts --------------------------------------------------------------------------
def cmd_draft(args: argparse.Namespace) -> int:
    from archive_app.facts.draft import DraftRequest, write_draft

    request = DraftRequest(
        case=args.case,
        mechanism=args.mechanism,
        persons=args.person or [],
        submitter=args.submitter,
        bundle=args.bundle,
        language=args.language,
    )
    with open_archive(args) as archive:
        result = write_draft(archive, request, args.out, force=args.force)
    print(_("wrote {path}").format(path=result.path))
    print(_("checklist:"))
    for line in result.checklist:
        print(f"  - {line}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _register_facts(sub)
    _register_remedies(sub)
    _register_consent(sub)
    p = archive_parser(
        sub, "draft", _("write a prefilled UN communication (DOCX or PDF) for a case")
    )
    p.add_argument("--case", required=True, help=_("case id or name"))
    p.add_argument("--mechanism", required=True, choices=MECHANISM_IDS)
    p.add_argument("--out", required=True, type=Path, help=_("the .docx or .pdf file to write"))
    p.add_argument("--person", action="append", help=_("whom it is about (default: by consent)"))
    p.add_argument("--submitter", help=_("the registered person submitting it"))
    p.add_argument("--bundle", type=Path, help=_("an exported bundle: Bates numbers and annex"))
    p.add_argument("--language", default="en", help=_("language of the draft (default en)"))
    p.add_argument("--force", action="store_true", help=_("replace --out if it exists"))
    p.set_defaults(func=cmd_draft)


def _fact_fields(p: argparse.ArgumentParser) -> None:
    p.add_argument("--date", help=_("YYYY-MM-DD, YYYY-MM, YYYY, START..END or tbd"))
    p.add_argument("--case", help=_("case id or name"))
    p.add_argument("--person", action="append", help=_("id, name or alias (repeatable)"))
    p.add_argument("--article", action="append", help=_("citation, e.g. 'ICCPR 9' (repeatable)"))
    p.add_argument("--doc", type=int, help=_("source document id"))
    p.add_argument("--page", type=int, help=_("page of the source document"))
    p.add_argument("--quote", help=_("the passage the fact is taken from"))
    p.add_argument("--bates", help=_("Bates label of the source page"))
    p.add_argument("--notes")


def _register_facts(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    fact = sub.add_parser("fact", help=_("facts of a chronology"), allow_abbrev=False)
    actions = fact.add_subparsers(
        dest="action", required=True, metavar="{add,list,edit,delete,bates,export}"
    )
    p = archive_parser(
        actions, "add", _("add a fact (the date is read from the text if not given)")
    )
    p.add_argument("statement")
    _fact_fields(p)
    p.add_argument("--status", choices=FACT_STATUSES, default="undisputed")
    p.set_defaults(func=cmd_fact_add)
    p = archive_parser(actions, "list", _("facts in date order"))
    p.add_argument("--case")
    p.add_argument("--person")
    p.add_argument("--status", choices=FACT_STATUSES)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_fact_list)
    p = archive_parser(actions, "edit", _("change a fact"))
    p.add_argument("id", type=int)
    p.add_argument("--statement")
    _fact_fields(p)
    p.add_argument("--status", choices=FACT_STATUSES)
    p.set_defaults(func=cmd_fact_edit)
    p = archive_parser(actions, "delete", _("delete a fact"))
    p.add_argument("id", type=int)
    p.set_defaults(func=cmd_fact_delete)
    p = archive_parser(actions, "bates", _("cite Bates numbers from an exported bundle"))
    p.add_argument("bundle", type=Path, help=_("the bundle folder or ZIP"))
    p.set_defaults(func=cmd_fact_bates)
    p = archive_parser(actions, "export", _("write the chronology as CSV, DOCX or PDF"))
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--case")
    p.add_argument("--person")
    p.add_argument(
        "--mechanism", choices=MECHANISM_IDS, help=_("name persons as its consent allows")
    )
    p.add_argument("--force", action="store_true")
    p.set_defaults(func=cmd_fact_export)


def _remedy_fields(p: argparse.ArgumentParser) -> None:
    p.add_argument("--filed", help=_("date filed (YYYY-MM-DD)"))
    p.add_argument("--body", help=_("the court or authority"))
    p.add_argument("--outcome", choices=REMEDY_OUTCOMES)
    p.add_argument("--decided", help=_("date of the outcome"))
    p.add_argument("--ruling", type=int, help=_("document id of the ruling"))
    p.add_argument("--notes")


def _register_remedies(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    remedy = sub.add_parser("remedy", help=_("domestic remedies of a case"), allow_abbrev=False)
    actions = remedy.add_subparsers(dest="action", required=True, metavar="{add,list,edit,delete}")
    p = archive_parser(actions, "add", _("add the next step of a case's domestic remedies"))
    p.add_argument("--case", required=True)
    p.add_argument("kind", choices=REMEDY_KINDS)
    _remedy_fields(p)
    p.set_defaults(func=cmd_remedy_add, outcome="pending")
    p = archive_parser(actions, "list", _("the steps of a case in order"))
    p.add_argument("--case", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_remedy_list)
    p = archive_parser(actions, "edit", _("change a step, or move it (--move POSITION)"))
    p.add_argument("id", type=int)
    p.add_argument("--kind", choices=REMEDY_KINDS)
    _remedy_fields(p)
    p.add_argument("--move", type=int, metavar="POSITION")
    p.set_defaults(func=cmd_remedy_edit)
    p = archive_parser(actions, "delete", _("delete a step"))
    p.add_argument("id", type=int)
    p.set_defaults(func=cmd_remedy_delete)


def _register_consent(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    consent = sub.add_parser(
        "consent", help=_("consent per person and mechanism"), allow_abbrev=False
    )
    actions = consent.add_subparsers(dest="action", required=True, metavar="{set,show}")
    p = archive_parser(actions, "set", _("record a person's consent for a mechanism"))
    p.add_argument("person")
    p.add_argument("--mechanism", required=True, choices=MECHANISM_IDS)
    p.add_argument("--submit", choices=YES_NO, help=_("consent to submit"))
    p.add_argument("--date", help=_("date consent was given"))
    p.add_argument("--proof", type=int, help=_("document id proving consent"))
    p.add_argument("--naming", choices=NAMING, help=_("name in a public report"))
    p.add_argument("--anonymised", choices=YES_NO, help=_("anonymity in a decision"))
    p.add_argument("--submitter-confidential", choices=YES_NO)
    p.add_argument("--notes")
    p.set_defaults(func=cmd_consent_set)
    p = archive_parser(actions, "show", _("a person's consent for each mechanism"))
    p.add_argument("person")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_consent_show)
    p = archive_parser(sub, "details", _("what mechanisms ask about a person (shown, or --set)"))
    p.add_argument("person")
    p.add_argument(
        "--set",
        action="append",
        metavar="FIELD=VALUE",
        help=_("one of {fields}; empty value removes it").format(
            fields=", ".join(PERSON_DETAIL_FIELDS)
        ),
    )
    p.add_argument("--detention", metavar="PLACE", help=_("add a place of detention"))
    p.add_argument("--authority")
    p.add_argument("--from", dest="date_from")
    p.add_argument("--to", dest="date_to")
    p.set_defaults(func=cmd_details)
