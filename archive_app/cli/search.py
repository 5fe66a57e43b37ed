"""archive_app layer (CLI): search and reindex."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from archive_app.cli.admin import line_text
from archive_app.cli.common import archive_parser, open_archive
from archive_app.cli.i18n import _, ngettext, yes_words
from archive_app.cli.output import ProgressBar, print_json
from archive_app.errors import ArchiveError
from archive_app.session import Archive
from indexing.search import SORTS, SearchRequest, SearchResult

BOLD, RESET = "\x1b[1m", "\x1b[0m"


def result_json(result: SearchResult) -> dict[str, Any]:
    return {
        "total": result.total,
        "hits": [
            {
                "id": h.id,
                "title": h.title,
                "filename": h.filename,
                "type": h.doc_type,
                "date": h.date,
                "score": round(h.score, 4),
                "pages": [{"page": p.page, "snippet": p.snippet.render()} for p in h.pages],
                "more_pages": h.more_pages,
                "note": h.note.render() if h.note is not None else None,
            }
            for h in result.hits
        ],
        "facets": {
            name: [{"value": value, "count": count} for value, count in values]
            for name, values in result.facets.items()
        },
        "partial": result.partial,
        "hints": result.hints,
        "suggestion": result.suggestion,
    }


def _ensure_index(archive: Archive) -> None:
    status = archive.search.status(full=False)  # the full comparison is `check`'s job
    if status.ok:
        return
    if sys.stdin.isatty() and sys.stderr.isatty():
        answer = input(
            _("{problem}. Rebuild it now? [Y/n] ").format(problem=line_text(status.message))
        )
        if answer.strip().lower() in ("", *yes_words()):
            _rebuild(archive)
            return
    raise ArchiveError(
        _("{problem}; rebuild it with: archive-app reindex {path}").format(
            problem=line_text(status.message), path=archive.path
        )
    )


def _rebuild(archive: Archive) -> None:
    bar = ProgressBar()
    try:
        archive.search.reindex(progress=bar)
    finally:
        bar.finish()


def _print_text(result: SearchResult, args: argparse.Namespace) -> None:
    tty = sys.stdout.isatty()
    before, after = (BOLD, RESET) if tty else ("**", "**")
    if result.hits:
        print(
            ngettext(
                "{first}-{last} of {n} document match",
                "{first}-{last} of {n} documents match",
                result.total,
            ).format(first=args.offset + 1, last=args.offset + len(result.hits), n=result.total)
        )
    else:
        print(
            ngettext("{n} document matches", "{n} documents match", result.total).format(
                n=result.total
            )
        )
    for hit in result.hits:
        date = hit.date or _("undated")
        print(f"\n#{hit.id}  {hit.title}  [{hit.doc_type}, {date}, {hit.filename}]")
        if hit.note is not None:
            print("    " + _("note: {snippet}").format(snippet=hit.note.render(before, after)))
        if not hit.pages and hit.note is None:
            print("    " + _("(matched by its tags or details)"))
        for page in hit.pages:
            page_no = _("p.{page}").format(page=page.page)
            print(f"    {page_no}: {page.snippet.render(before, after)}")
        if hit.more_pages:
            more = ngettext(
                "… and {n} more matching page", "… and {n} more matching pages", hit.more_pages
            )
            print("    " + more.format(n=hit.more_pages))
    for name, values in result.facets.items():
        if values:
            listed = ", ".join(f"{v} ({c})" for v, c in values[:12])
            print(f"\n{name}: {listed}")
    for hint in result.hints:
        print("\n" + _("note: {hint}").format(hint=hint), file=sys.stderr)
    if result.suggestion:
        print("\n" + _("No matches. Did you mean: {query}").format(query=result.suggestion))


def cmd_search(args: argparse.Namespace) -> int:
    request = SearchRequest(
        text=args.query,
        limit=args.limit,
        offset=args.offset,
        sort=args.sort,
        facets=args.facets,
    )
    with open_archive(args) as archive:
        _ensure_index(archive)
        result = archive.search.search(request)
    if args.json:
        print_json(result_json(result))
    else:
        _print_text(result, args)
    return 0


def cmd_reindex(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        _rebuild(archive)
        status = archive.search.status()
    print(line_text(status.message))
    return 0 if status.ok else 1


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = archive_parser(
        sub, "search", _("full-text search (try: archive-app search ARCHIVE --help)")
    )
    p.add_argument(
        "query",
        help=_(
            'words (AND by default), OR, NOT, "phrases", prefix*, fuzzy~, (groups), fields'
            " person: article: case: type: lang: title: file: confidentiality:,"
            " date:[2025-11-01 to 2026-01-31]"
        ),
    )
    p.add_argument("--json", action="store_true", help=_("print JSON for scripts"))
    p.add_argument("--limit", type=int, default=20, help=_("at most this many documents"))
    p.add_argument("--offset", type=int, default=0, help=_("skip this many documents first"))
    p.add_argument(
        "--sort",
        choices=SORTS,
        default="relevance",
        help=_(
            "relevance (best match), date (newest first), date-asc (oldest first), title,"
            " added (last imported first)"
        ),
    )
    p.add_argument("--facets", action="store_true", help=_("counts by person, article, case, ..."))
    p.set_defaults(func=cmd_search)

    p = archive_parser(sub, "reindex", _("rebuild the search index from the stored texts"))
    p.set_defaults(func=cmd_reindex)
