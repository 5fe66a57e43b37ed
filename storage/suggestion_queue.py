"""storage layer: the documents a refresh of tag suggestions works through.

A refresh walks the archive in id order and sizes its transactions by pages, so it
needs each document's id and page count, not the whole record.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storage.database import Database


def documents_to_refresh(db: Database) -> list[tuple[int, int]]:
    """``(document id, page count)`` of every document, oldest first."""
    rows = db.all("SELECT id, page_count FROM documents ORDER BY id")
    return [(int(r[0]), int(r[1] or 0)) for r in rows]
