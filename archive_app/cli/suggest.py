"""archive_app layer (CLI): ``suggest`` - review, accept and reject tag suggestions.

``archive-app suggest ARCHIVE ID [--json] [--refresh] [--reject REF ...]
[--accept all|person|article]``: rejections run before acceptance, so
``--reject "ICCPR 9" --accept all`` takes everything else. A document that never
had suggestions computed (imported before they existed) gets them on first use.
``--json`` prints the pending suggestions (``{"articles": [{"citation", "evidence"}],
"persons": [{"name", "id", "evidence"}]}``, evidence ``[{"page", "text"}]``), plus
``accepted`` and ``rejected`` lists when the call decided something.
"""

from __future__ import annotations

import argparse
from typing import Any

from archive_app.cli.common import archive_parser, open_archive, parse_ids
from archive_app.cli.i18n import _
from archive_app.cli.output import print_json
from archive_app.errors import InvalidValue
from archive_app.suggestions import Suggestion, SuggestionService

ACCEPT_CHOICES = ("all", "person", "article")


def suggestions_json(pending: list[Suggestion]) -> dict[str, Any]:
    """The documented JSON shape: articles by citation, persons by name and id."""
    return {
        "articles": [
            {"citation": s.label, "evidence": s.evidence_json()}
            for s in pending
            if s.kind == "article"
        ],
        "persons": [
            {"name": s.label, "id": s.target_id, "evidence": s.evidence_json()}
            for s in pending
            if s.kind == "person"
        ],
    }


def cmd_suggest(args: argparse.Namespace) -> int:
    ids = parse_ids([args.id])
    if len(ids) != 1:
        raise InvalidValue(_("give one document id"))
    doc_id = ids[0]
    with open_archive(args) as archive:
        service = SuggestionService(archive)
        archive.documents.get(doc_id)
        if args.refresh or not service.computed(doc_id):
            service.refresh(doc_id)
        rejected = service.reject(doc_id, args.reject) if args.reject else []
        accepted: list[Suggestion] = []
        if args.accept:
            kind = None if args.accept == "all" else args.accept
            accepted = service.accept(doc_id, kind=kind)
        pending = service.pending(doc_id)
    if args.json:
        data = suggestions_json(pending)
        if args.accept or args.reject:
            data["accepted"] = [f"{s.kind}:{s.label}" for s in accepted]
            data["rejected"] = rejected
        print_json(data)
        return 0
    rejected_word, tagged_word = _("rejected"), _("tagged")
    for label in rejected:
        kind, _sep, name = label.partition(":")
        print(f"{rejected_word:<10}{kind:<9}{name}")
    for s in accepted:
        print(f"{tagged_word:<10}{s.kind:<9}{s.label}")
    _print_pending(doc_id, pending, decided=bool(accepted or rejected))
    return 0


def _print_pending(doc_id: int, pending: list[Suggestion], *, decided: bool) -> None:
    if not pending:
        if not decided:
            print(_("no pending suggestions for #{id}").format(id=doc_id))
        return
    print(_("suggested for #{id}:").format(id=doc_id))
    for s in pending:
        who = f"{s.label} (#{s.target_id})" if s.kind == "person" else s.label
        print(f"  {s.kind:<9}{who}")
        for e in s.evidence:
            print("             " + _("p.{page}").format(page=e.page) + f": {e.text}")
    print(
        _(
            "accept with --accept all|person|article; refuse one with --reject 'CITATION' or"
            " --reject 'NAME'"
        )
    )


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = archive_parser(
        sub, "suggest", _("show, accept or reject the tags suggested for a document")
    )
    p.add_argument("id", help=_("document id"))
    p.add_argument("--json", action="store_true", help=_("print the pending suggestions as JSON"))
    p.add_argument(
        "--accept",
        choices=ACCEPT_CHOICES,
        help=_("tag the document with the pending suggestions (all, or one kind)"),
    )
    p.add_argument(
        "--reject",
        nargs="+",
        metavar="CITATION_OR_PERSON",
        help=_("refuse suggestions, e.g. 'ICCPR 9' or 'Yerlan Seitkali' or '#3'; remembered"),
    )
    p.add_argument(
        "--refresh",
        action="store_true",
        help=_("recompute from the current registry (e.g. after adding a person or an alias)"),
    )
    p.set_defaults(func=cmd_suggest)
