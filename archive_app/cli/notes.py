"""archive_app layer (CLI): notes on a document and saved searches (issue 14).

``archive-app note add|list|edit|delete ARCHIVE DOC_ID ...``: a lawyer's remark on a
document, with its author (the archive's actor) and dates; the text is given with
``--text`` or read from standard input (``--stdin``, so no plaintext file is needed).
Only the author edits or deletes a note; deleting asks first unless ``--yes``.

``archive-app saved add|list|run|delete ARCHIVE ...``: named searches kept in the
archive; ``run`` prints the results as ``search`` does.
"""

from __future__ import annotations

import argparse
import sys

from archive_app.cli.common import archive_parser, open_archive
from archive_app.cli.i18n import _, yes_words
from archive_app.cli.output import print_json, print_table
from archive_app.cli.search import _ensure_index, _print_text, result_json
from archive_app.errors import InvalidValue, NotFound
from archive_app.notes import NoteService
from archive_app.saved_searches import SavedSearchService
from indexing.search import SORTS
from storage.notes import NoteRecord


def _text(args: argparse.Namespace) -> str:
    text = sys.stdin.read() if args.stdin else args.text
    if text is None:
        raise InvalidValue(_("give the note with --text TEXT or --stdin"))
    return str(text)


def _confirm(args: argparse.Namespace, question: str) -> bool | None:
    """True: go on; False: the user said no; None: not asked (no terminal, no --yes)."""
    if args.yes:
        return True
    if not sys.stdin.isatty():
        return None
    return input(question).strip().lower() in yes_words()


def _note_of(notes: NoteService, document_id: int, note_id: int) -> NoteRecord:
    note = notes.get(note_id)
    if note.document_id != document_id:
        raise NotFound(_("no note #{note} on document #{id}").format(note=note_id, id=document_id))
    return note


# -- notes -----------------------------------------------------------------------------
def cmd_note_add(args: argparse.Namespace) -> int:
    text = _text(args)
    with open_archive(args) as archive:
        note = NoteService(archive).add(args.document, text)
    print(_("added note #{note} to document #{id}").format(note=note.id, id=args.document))
    return 0


def cmd_note_list(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        notes = NoteService(archive).list(args.document)
    if args.json:
        print_json(
            [
                {
                    "id": n.id,
                    "document": n.document_id,
                    "author": n.author,
                    "created_at": n.created_at,
                    "edited_at": n.edited_at,
                    "text": n.text,
                }
                for n in notes
            ]
        )
        return 0
    if not notes:
        print(_("no notes on document #{id}").format(id=args.document))
        return 0
    for note in notes:
        edited = " " + _("(edited {date})").format(date=note.edited_at) if note.edited_at else ""
        print(f"#{note.id}  {note.author}  {note.created_at}{edited}")
        for line in note.text.splitlines():
            print(f"    {line}")
    return 0


def cmd_note_edit(args: argparse.Namespace) -> int:
    text = _text(args)
    with open_archive(args) as archive:
        notes = NoteService(archive)
        _note_of(notes, args.document, args.note)
        notes.edit(args.note, text)
    print(_("changed note #{note} of document #{id}").format(note=args.note, id=args.document))
    return 0


def cmd_note_delete(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        notes = NoteService(archive)
        _note_of(notes, args.document, args.note)
        answer = _confirm(
            args,
            _("Delete note #{note} of document #{id}? [y/N] ").format(
                note=args.note, id=args.document
            ),
        )
        if answer is None:
            print(_("refusing to delete without --yes when not on a terminal"), file=sys.stderr)
            return 2
        if not answer:
            print(_("nothing deleted"))
            return 0
        notes.delete(args.note)
    print(_("deleted note #{note} of document #{id}").format(note=args.note, id=args.document))
    return 0


# -- saved searches ----------------------------------------------------------------------
def cmd_saved_add(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        saved = SavedSearchService(archive).add(args.name, args.query, args.sort)
    print(_("saved search “{name}”: {query}").format(name=saved.name, query=saved.query))
    return 0


def cmd_saved_list(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        saved = SavedSearchService(archive).list()
    if args.json:
        print_json(
            [
                {
                    "id": s.id,
                    "name": s.name,
                    "query": s.query,
                    "sort": s.sort,
                    "author": s.author,
                    "created_at": s.created_at,
                    "updated_at": s.updated_at,
                }
                for s in saved
            ]
        )
        return 0
    if not saved:
        print(_("no saved searches"))
        return 0
    rows = [(s.id, s.name, s.sort, s.query) for s in saved]
    print_table((_("id"), _("name"), _("sort"), _("query")), rows, sys.stdout)
    return 0


def cmd_saved_run(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        service = SavedSearchService(archive)
        saved = service.find(args.name)
        _ensure_index(archive)
        result = service.run(saved.id, limit=args.limit)
    if args.json:
        print_json(result_json(result))
        return 0
    print(_("saved search “{name}”: {query}").format(name=saved.name, query=saved.query))
    args.offset = 0
    _print_text(result, args)
    return 0


def cmd_saved_rename(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        service = SavedSearchService(archive)
        before = service.find(args.name)
        after = service.rename(before.id, args.new_name)
    print(_("renamed saved search “{old}” to “{new}”").format(old=before.name, new=after.name))
    return 0


def cmd_saved_delete(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        service = SavedSearchService(archive)
        saved = service.find(args.name)
        answer = _confirm(
            args, _("Delete the saved search “{name}”? [y/N] ").format(name=saved.name)
        )
        if answer is None:
            print(_("refusing to delete without --yes when not on a terminal"), file=sys.stderr)
            return 2
        if not answer:
            print(_("nothing deleted"))
            return 0
        service.delete(saved.id)
    print(_("deleted saved search “{name}”").format(name=saved.name))
    return 0


def _text_args(p: argparse.ArgumentParser) -> None:
    given = p.add_mutually_exclusive_group()
    given.add_argument("--text", help=_("the note's text"))
    given.add_argument("--stdin", action="store_true", help=_("read the note's text from stdin"))


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    note = sub.add_parser(
        "note", help=_("notes on a document (kept in the archive, searchable)"), allow_abbrev=False
    ).add_subparsers(dest="action", required=True, metavar="{add,list,edit,delete}")
    p = archive_parser(note, "add", _("add a note to a document"))
    p.add_argument("document", type=int, help=_("document id"))
    _text_args(p)
    p.set_defaults(func=cmd_note_add)
    p = archive_parser(note, "list", _("list a document's notes with author and date"))
    p.add_argument("document", type=int, help=_("document id"))
    p.add_argument("--json", action="store_true", help=_("print JSON for scripts"))
    p.set_defaults(func=cmd_note_list)
    p = archive_parser(note, "edit", _("change the text of one of your notes"))
    p.add_argument("document", type=int, help=_("document id"))
    p.add_argument("note", type=int, help=_("note id (see note list)"))
    _text_args(p)
    p.set_defaults(func=cmd_note_edit)
    p = archive_parser(note, "delete", _("delete one of your notes"))
    p.add_argument("document", type=int, help=_("document id"))
    p.add_argument("note", type=int, help=_("note id (see note list)"))
    p.add_argument("--yes", action="store_true", help=_("do not ask"))
    p.set_defaults(func=cmd_note_delete)

    saved = sub.add_parser(
        "saved", help=_("saved searches (kept in the archive)"), allow_abbrev=False
    ).add_subparsers(dest="action", required=True, metavar="{add,list,run,rename,delete}")
    p = archive_parser(saved, "add", _("save a search under a name"))
    p.add_argument("name", help=_("the saved search's name"))
    p.add_argument("query", help=_("the search, as 'archive-app search' takes it"))
    p.add_argument("--sort", choices=SORTS, default="relevance", help=_("the order of results"))
    p.set_defaults(func=cmd_saved_add)
    p = archive_parser(saved, "list", _("list the saved searches"))
    p.add_argument("--json", action="store_true", help=_("print JSON for scripts"))
    p.set_defaults(func=cmd_saved_list)
    p = archive_parser(saved, "run", _("run a saved search"))
    p.add_argument("name", help=_("name or #id"))
    p.add_argument("--json", action="store_true", help=_("print JSON for scripts"))
    p.add_argument("--limit", type=int, default=20, help=_("at most this many documents"))
    p.set_defaults(func=cmd_saved_run)
    p = archive_parser(saved, "rename", _("rename a saved search"))
    p.add_argument("name", help=_("name or #id"))
    p.add_argument("new_name", help=_("the new name"))
    p.set_defaults(func=cmd_saved_rename)
    p = archive_parser(saved, "delete", _("delete a saved search"))
    p.add_argument("name", help=_("name or #id"))
    p.add_argument("--yes", action="store_true", help=_("do not ask"))
    p.set_defaults(func=cmd_saved_delete)
