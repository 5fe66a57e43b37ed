"""archive_app layer (CLI): search and reindex."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from archive_app.cli.common import archive_parser, open_archive
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
        answer = input(f"{status.message}. Rebuild it now? [Y/n] ")
        if answer.strip().lower() in ("", "y", "yes"):
            _rebuild(archive)
            return
    raise ArchiveError(f"{status.message}; rebuild it with: archive-app reindex {archive.path}")


def _rebuild(archive: Archive) -> None:
    bar = ProgressBar()
    try:
        archive.search.reindex(progress=bar)
    finally:
        bar.finish()


def _print_text(result: SearchResult, args: argparse.Namespace) -> None:
    tty = sys.stdout.isatty()
    before, after = (BOLD, RESET) if tty else ("**", "**")
    shown = f"{args.offset + 1}-{args.offset + len(result.hits)} of " if result.hits else ""
    print(f"{shown}{result.total} document{'s' if result.total != 1 else ''} match")
    for hit in result.hits:
        date = hit.date or "undated"
        print(f"\n#{hit.id}  {hit.title}  [{hit.doc_type}, {date}, {hit.filename}]")
        if not hit.pages:
            print("    (matched by its tags or details)")
        for page in hit.pages:
            print(f"    p.{page.page}: {page.snippet.render(before, after)}")
        if hit.more_pages:
            print(f"    … and {hit.more_pages} more pages")
    for name, values in result.facets.items():
        if values:
            listed = ", ".join(f"{v} ({c})" for v, c in values[:12])
            print(f"\n{name}: {listed}")
    for hint in result.hints:
        print(f"\nnote: {hint}", file=sys.stderr)
    if result.suggestion:
        print(f"\nNo matches. Did you mean: {result.suggestion}")


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
    print(status.message)
    return 0 if status.ok else 1


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = archive_parser(sub, "search", "full-text search (try: archive-app search ARCHIVE --help)")
    p.add_argument(
        "query",
        help='words (AND by default), OR, NOT, "phrases", prefix*, fuzzy~, (groups), fields'
        " person: article: case: type: lang: title: file: confidentiality:,"
        " date:[2025-11-01 to 2026-01-31]",
    )
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument(
        "--sort",
        choices=SORTS,
        default="relevance",
        help="relevance (best match), date (newest first), date-asc (oldest first), title,"
        " added (last imported first)",
    )
    p.add_argument("--facets", action="store_true", help="counts by person, article, case, ...")
    p.set_defaults(func=cmd_search)

    p = archive_parser(sub, "reindex", "rebuild the search index from the stored texts")
    p.set_defaults(func=cmd_reindex)
