"""archive_app layer (CLI): person, article and case registries; tag and untag.

Adding a person, renaming one or changing their aliases refreshes the pending
suggestions of every document (archive_app.cli.refresh) unless ``--no-suggest``.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict

from archive_app.cli.common import archive_parser, open_archive, parse_ids
from archive_app.cli.i18n import _
from archive_app.cli.output import print_json, print_table
from archive_app.cli.refresh import refresh_all
from storage.schema import CONSENT_VALUES


def cmd_person_add(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        person = archive.registry.add_person(
            args.name,
            aliases=args.alias or [],
            role=args.role or "",
            status=args.status or "",
            consent=args.consent or "unknown",
            notes=args.notes or "",
        )
        print(_("added person #{id} {name}").format(id=person.id, name=person.name), flush=True)
        if not args.no_suggest:
            refresh_all(archive)
    return 0


def cmd_person_edit(args: argparse.Namespace) -> int:
    changes = {
        k: getattr(args, k)
        for k in ("name", "role", "status", "consent", "notes")
        if getattr(args, k) is not None
    }
    with open_archive(args) as archive:
        before = archive.registry.person(args.person)
        person = archive.registry.edit_person(
            args.person, add_aliases=args.alias, remove_aliases=args.remove_alias, **changes
        )
        print(
            _("person #{id} {name}: aliases {aliases}").format(
                id=person.id, name=person.name, aliases=", ".join(person.aliases) or "-"
            ),
            flush=True,
        )
        names_changed = (before.name, before.aliases) != (person.name, person.aliases)
        if names_changed and not args.no_suggest:
            refresh_all(archive)
    return 0


def cmd_person_refresh(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        refresh_all(archive)
    return 0


def cmd_person_list(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        persons = archive.registry.persons()
    if args.json:
        print_json([asdict(p) for p in persons])
        return 0
    rows = [(p.id, p.name, ", ".join(p.aliases), p.role, p.status, p.consent) for p in persons]
    print_table((_("id"), _("name"), _("aliases"), _("role"), _("status"), _("consent")), rows)
    return 0


def cmd_article_add(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        article = archive.registry.add_article(
            args.citation, title=args.title or "", instrument_name=args.instrument_name or ""
        )
    print(_("added {citation}").format(citation=article.citation))
    return 0


def cmd_article_list(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        articles = archive.registry.articles(args.instrument)
    if args.json:
        print_json([asdict(a) for a in articles])
        return 0
    print_table((_("citation"), _("title")), [(a.citation, a.title) for a in articles])
    return 0


def cmd_case_add(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        case = archive.registry.add_case(
            args.name, reference=args.reference or "", description=args.description or ""
        )
    print(_("added case #{id} {name}").format(id=case.id, name=case.name))
    return 0


def cmd_case_list(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        cases = archive.registry.cases()
    if args.json:
        print_json([asdict(c) for c in cases])
        return 0
    print_table(
        (_("id"), _("name"), _("reference"), _("description")),
        [(c.id, c.name, c.reference, c.description) for c in cases],
    )
    return 0


def _cmd_tag(args: argparse.Namespace, add: bool) -> int:
    ids = parse_ids(args.ids)
    if not (args.person or args.article or args.case):
        print(_("nothing to do: give --person, --article or --case"))
        return 2
    with open_archive(args) as archive:
        service = archive.tags
        persons, articles, cases = args.person or [], args.article or [], args.case or []
        if add:
            result = service.tag(ids, persons=persons, articles=articles, cases=cases)
        else:
            result = service.untag(ids, persons=persons, articles=articles, cases=cases)
    changed = _("tagged #{id} {kind} {label}") if add else _("untagged #{id} {kind} {label}")
    for doc_id, kind, label in result.changed:
        print(changed.format(id=doc_id, kind=kind, label=label))
    same = _("#{id} already has {kind} {label}") if add else _("#{id} did not have {kind} {label}")
    for doc_id, kind, label in result.unchanged:
        print(same.format(id=doc_id, kind=kind, label=label))
    return 0


def cmd_tag(args: argparse.Namespace) -> int:
    return _cmd_tag(args, add=True)


def cmd_untag(args: argparse.Namespace) -> int:
    return _cmd_tag(args, add=False)


def _person_fields(p: argparse.ArgumentParser) -> None:
    p.add_argument("--alias", action="append", help=_("another spelling, any script (repeatable)"))
    p.add_argument("--role", help=_("e.g. defender, lawyer, witness, judge"))
    p.add_argument("--status", help=_("e.g. detained, house arrest, released"))
    p.add_argument("--consent", choices=CONSENT_VALUES, help=_("consent to disclose the name"))
    p.add_argument("--notes", help=_("free text"))
    p.add_argument(
        "--no-suggest",
        action="store_true",
        help=_("do not refresh the suggested tags of every document (see `person refresh`)"),
    )


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    person = sub.add_parser(
        "person", help=_("the registry of persons"), allow_abbrev=False
    ).add_subparsers(dest="action", required=True, metavar="{add,list,edit,refresh}")
    p = archive_parser(person, "add", _("register a person with aliases in any script"))
    p.add_argument("name", help=_("the name as the registry shows it"))
    _person_fields(p)
    p.set_defaults(func=cmd_person_add)
    p = archive_parser(person, "list", _("list registered persons"))
    p.add_argument("--json", action="store_true", help=_("print JSON for scripts"))
    p.set_defaults(func=cmd_person_list)
    p = archive_parser(person, "edit", _("change a person (by id, name or alias)"))
    p.add_argument("person", help=_("id, name or alias"))
    p.add_argument("--name", help=_("a new name"))
    _person_fields(p)
    p.add_argument("--remove-alias", action="append", help=_("an alias to drop (repeatable)"))
    p.set_defaults(func=cmd_person_edit)
    p = archive_parser(
        person,
        "refresh",
        _("recompute every document's suggested tags from the registry of persons and articles"),
    )
    p.set_defaults(func=cmd_person_refresh)

    article = sub.add_parser(
        "article", help=_("the registry of legal articles"), allow_abbrev=False
    ).add_subparsers(dest="action", required=True, metavar="{add,list}")
    p = archive_parser(article, "add", _("add a legal article, e.g. 'KZ-CC 174(2)'"))
    p.add_argument("citation", help=_("e.g. 'KZ-CC 174(2)' or 'ICCPR 19'"))
    p.add_argument("--title", help=_("what the article is about"))
    p.add_argument("--instrument-name", help=_("full name, when the instrument code is new"))
    p.set_defaults(func=cmd_article_add)
    p = archive_parser(article, "list", _("list legal articles"))
    p.add_argument("--instrument", help=_("only this instrument, e.g. ICCPR"))
    p.add_argument("--json", action="store_true", help=_("print JSON for scripts"))
    p.set_defaults(func=cmd_article_list)

    case = sub.add_parser("case", help=_("cases"), allow_abbrev=False).add_subparsers(
        dest="action", required=True, metavar="{add,list}"
    )
    p = archive_parser(case, "add", _("add a case"))
    p.add_argument("name", help=_("the case's name"))
    p.add_argument("--reference", help=_("e.g. the court and year"))
    p.add_argument("--description", help=_("free text"))
    p.set_defaults(func=cmd_case_add)
    p = archive_parser(case, "list", _("list cases"))
    p.add_argument("--json", action="store_true", help=_("print JSON for scripts"))
    p.set_defaults(func=cmd_case_list)

    for name, func, text in (
        ("tag", cmd_tag, _("tag documents with persons, articles or cases")),
        ("untag", cmd_untag, _("remove tags from documents")),
    ):
        p = archive_parser(sub, name, text)
        p.add_argument("ids", nargs="+", help=_("document ids, e.g. 3 5,9"))
        p.add_argument("--person", action="append", help=_("id, name or alias (repeatable)"))
        p.add_argument("--article", action="append", help=_("citation, e.g. 'ICCPR 19'"))
        p.add_argument("--case", action="append", help=_("case id or name"))
        p.set_defaults(func=func)
