"""indexing layer: full-text search (the small public facade of the search package)."""

from __future__ import annotations

from indexing.search.analysis import forget_cached_words
from indexing.search.batch import IndexBatch
from indexing.search.index import IndexStatus, SearchIndex
from indexing.search.query import QuerySyntaxError
from indexing.search.schema import INDEX_SCHEMA_VERSION
from indexing.search.searching import (
    SORTS,
    DocumentHit,
    PageHit,
    SearchRequest,
    SearchResult,
    browse,
    run_search,
)
from indexing.search.snippets import Snippet

__all__ = [
    "INDEX_SCHEMA_VERSION",
    "SORTS",
    "DocumentHit",
    "IndexBatch",
    "IndexStatus",
    "PageHit",
    "QuerySyntaxError",
    "SearchIndex",
    "SearchRequest",
    "SearchResult",
    "Snippet",
    "browse",
    "forget_cached_words",
    "run_search",
]
