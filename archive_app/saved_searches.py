"""archive_app layer: saved searches (issue 14): a named query with its sort, kept inside
the encrypted archive (the window's history of searches lives only until the lock).
Qt-free; every write is audited with the name (the query is the user's own words about
the case and stays out of the log)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from archive_app.errors import InvalidValue
from indexing.search import SORTS, SearchRequest, SearchResult
from storage import saved_searches as repo
from storage.saved_searches import SavedSearch

if TYPE_CHECKING:
    from archive_app.session import Archive

MAX_NAME_CHARS = 120


def clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidValue("a saved search needs a name")
    if len(cleaned) > MAX_NAME_CHARS:
        raise InvalidValue(f"a saved search's name is at most {MAX_NAME_CHARS} characters")
    return cleaned


def _check_sort(sort: str) -> str:
    if sort not in SORTS:
        raise InvalidValue(f"sort is one of: {', '.join(SORTS)}")
    return sort


class SavedSearchService:
    def __init__(self, archive: Archive) -> None:
        self._archive = archive
        self._db = archive.db

    def list(self) -> list[SavedSearch]:
        return repo.list_all(self._db)

    def find(self, name: str) -> SavedSearch:
        """By name (case-insensitive) or ``#id``."""
        return repo.find(self._db, name)

    def add(self, name: str, query: str, sort: str = "relevance") -> SavedSearch:
        cleaned = clean_name(name)
        if not query.strip():
            raise InvalidValue("a saved search needs a query")
        with self._db.atomic():
            search_id = repo.add(
                self._db, cleaned, query.strip(), _check_sort(sort), author=self._archive.actor
            )
            self._archive.record("saved_search.add", cleaned, {"id": search_id})
        return repo.get(self._db, search_id)

    def rename(self, search_id: int, name: str) -> SavedSearch:
        before = repo.get(self._db, search_id)
        cleaned = clean_name(name)
        if cleaned == before.name:
            return before
        with self._db.atomic():
            repo.update(self._db, search_id, name=cleaned)
            self._archive.record(
                "saved_search.rename", cleaned, {"id": search_id, "was": before.name}
            )
        return repo.get(self._db, search_id)

    def delete(self, search_id: int) -> SavedSearch:
        before = repo.get(self._db, search_id)
        with self._db.atomic():
            repo.delete(self._db, search_id)
            self._archive.record("saved_search.delete", before.name, {"id": search_id})
        return before

    def run(self, search_id: int, *, limit: int = 20, facets: bool = False) -> SearchResult:
        saved = repo.get(self._db, search_id)
        request = SearchRequest(saved.query, limit=limit, sort=saved.sort, facets=facets)
        return self._archive.search.search(request)
