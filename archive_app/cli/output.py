"""archive_app layer (CLI): tables, JSON and the progress bar."""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any, TextIO

from archive_app.cli.i18n import _
from archive_app.tasks import Progress
from storage.documents import DocumentRecord


def document_json(doc: DocumentRecord) -> dict[str, Any]:
    """Stable field names for scripts (list/show --json)."""
    data = asdict(doc)
    return {
        "id": data["id"],
        "title": data["title"],
        "filename": data["filename"],
        "sha256": data["sha256"],
        "type": data["doc_type"],
        "language": data["language"],
        "date": data["doc_date"],
        "source": data["source"],
        "confidentiality": data["confidentiality"],
        "media_type": data["media_type"],
        "size": data["size"],
        "pages": data["page_count"],
        "status": data["status"],
        "imported_at": data["imported_at"],
        "parent_id": data["parent_id"],
        "persons": data["persons"],
        "articles": data["articles"],
        "cases": data["cases"],
    }


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_table(
    headers: Sequence[str], rows: Sequence[Sequence[Any]], out: TextIO = sys.stdout
) -> None:
    cells = [[("" if c is None else str(c)) for c in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    term = shutil.get_terminal_size((120, 20)).columns
    overflow = sum(widths) + 2 * (len(widths) - 1) - term
    if overflow > 0 and out.isatty():
        widths[-1] = max(10, widths[-1] - overflow)
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    out.write(line.rstrip() + "\n")
    for row in cells:
        parts = [_fit(c, w).ljust(w) for c, w in zip(row, widths, strict=True)]
        out.write("  ".join(parts).rstrip() + "\n")


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(0, width - 1)] + "…"


class ProgressBar:
    """A one-line bar on a terminal's stderr; silent elsewhere. ``counts``: the import's."""

    def __init__(self, stream: TextIO = sys.stderr, *, counts: bool = True) -> None:
        self._stream = stream
        self._active = stream.isatty()
        self._counts = counts

    def __call__(self, p: Progress) -> None:
        if not self._active or not p.total:
            return
        width = 30
        filled = int(width * p.done / p.total)
        bar = "#" * filled + "-" * (width - filled)
        counts = (
            _("{new} new, {dup} dup, {failed} failed").format(
                new=p.imported, dup=p.duplicates, failed=p.failed
            )
            + "  "
            if self._counts
            else ""
        )
        name = _fit(p.current, 30)
        self._stream.write(f"\r[{bar}] {p.done}/{p.total}  {counts}{name}\x1b[K")
        self._stream.flush()

    def finish(self) -> None:
        if self._active:
            self._stream.write("\r\x1b[K")
            self._stream.flush()
