"""indexing layer: one batch of index writes (``SearchIndex.writing``): documents added,
their pages updated or removed, in one Whoosh writer or through the segment builders.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING, Any

from indexing.search.schema import NOTES_PAGE, article_keys
from storage import documents as doc_repo
from storage import notes as note_repo
from storage import registry as reg_repo

if TYPE_CHECKING:
    from whoosh.writing import IndexWriter

    from indexing.search.builders import SegmentBuilders
    from storage.database import Database


def _as_datetime(value: str | None) -> datetime | None:
    if not value:
        return None
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        return datetime(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def notes_text(notes: Sequence[str]) -> str:
    """The text a document's notes are indexed (and checked) as."""
    return "\n\n".join(notes)


class IndexBatchBroken(RuntimeError):
    """A writer that took part of an item: the whole batch is rolled back, never committed."""


class IndexBatch:
    """Adds, replaces and removes documents in one Whoosh writer."""

    def __init__(
        self,
        db: Database,
        writer: IndexWriter,
        builders: SegmentBuilders | None = None,
        index_name: str = "",
    ) -> None:
        self._db = db
        self._writer = writer
        self._builders = builders
        self._index_name = index_name
        self._staged: list[dict[str, Any]] | None = None
        self.broken = False
        self.changed = 0
        self.touched: set[int] = set()  # documents whose entries this batch wrote or removed

    def _deliver(self, fields: dict[str, Any]) -> None:
        """One page to the index: to a builder process when there are any, else to the
        writer in this process."""
        if self._builders is not None:
            self._builders.add(self._index_name, fields)
        else:
            self._writer.add_document(**fields)

    @contextmanager
    def staged(self) -> Iterator[None]:
        """Adds inside the block reach the writer only if the whole block succeeds.

        Whoosh cannot take back one document, so an item that is written under a
        savepoint (an e-mail and its attachments) stages its pages here: when a row
        fails and the savepoint rolls back, its pages never reach the index, and the
        next document, which may reuse the rolled-back id, is not confused with it.
        """
        if self._staged is not None:
            raise RuntimeError("staged blocks do not nest")
        self._staged = []
        try:
            yield
        except BaseException:
            self._staged = None
            raise
        pending, self._staged = self._staged, None
        try:
            for fields in pending:
                self._deliver(fields)
        except BaseException as exc:
            self.broken = True  # part of the item is in the writer: the batch must not commit
            raise IndexBatchBroken("the index writer failed while adding a document") from exc
        self.changed += 1 if pending else 0

    def add(self, document_id: int, pages: Sequence[str] | None = None) -> None:
        """Index every page of a stored document (``pages`` saves re-reading them)."""
        self.touched.add(document_id)
        texts = list(pages) if pages is not None else doc_repo.page_texts(self._db, document_id)
        numbered = list(enumerate(texts, start=1)) or [(0, "")]
        self._add_pages(document_id, numbered + self._notes_entry(document_id))
        if self._staged is None:
            self.changed += 1

    def update_pages(self, document_id: int, page_nos: Sequence[int]) -> None:
        """Index some pages of a document again (their text changed, e.g. read by OCR)."""
        self.touched.add(document_id)
        texts = doc_repo.page_texts(self._db, document_id)
        numbered = [(n, texts[n - 1]) for n in sorted(set(page_nos)) if 1 <= n <= len(texts)]
        for page_no, _ in numbered:
            self._writer.delete_by_term("pid", f"{document_id}:{page_no}")
        self._add_pages(document_id, numbered)
        self.changed += 1

    def _notes_entry(self, document_id: int) -> list[tuple[int, str]]:
        """The document's notes as one entry (page ``NOTES_PAGE``); none without notes."""
        notes = note_repo.texts(self._db, document_id)
        return [(NOTES_PAGE, notes_text(notes))] if notes else []

    def update_notes(self, document_id: int) -> None:
        """Index the document's notes again (one added, edited or deleted)."""
        self.touched.add(document_id)
        self._writer.delete_by_term("pid", f"{document_id}:{NOTES_PAGE}")
        self._add_pages(document_id, self._notes_entry(document_id))
        self.changed += 1

    def _add_pages(self, document_id: int, numbered: Sequence[tuple[int, str]]) -> None:
        doc = doc_repo.get(self._db, document_id)
        persons: list[str] = []
        for name in doc.persons:
            person = reg_repo.find_person(self._db, name)
            persons += [person.name, *person.aliases]
        articles = [key for citation in doc.articles for key in article_keys(citation)]
        common: dict[str, Any] = {
            "doc": str(doc.id),
            "title": doc.title,
            "file": doc.filename,
            "person": "\n".join(persons),
            "case": "\n".join(doc.cases),
            "article": ",".join(dict.fromkeys(articles)),
            "type": doc.doc_type,
            "lang": doc.language or "",
            "confidentiality": doc.confidentiality,
        }
        when = _as_datetime(doc.doc_date)
        if when is not None:
            common["date"] = when
        for page_no, text in numbered:
            fields = {
                "pid": f"{doc.id}:{page_no}",
                "page": page_no,
                "text": text,
                "translit": text,
                "plain": text,
                **common,
            }
            if self._staged is not None:
                self._staged.append(fields)
            else:
                self._deliver(fields)

    def remove(self, document_id: int) -> None:
        self.touched.add(document_id)
        self._writer.delete_by_term("doc", str(document_id))
        self.changed += 1

    def update(self, document_id: int) -> None:
        self.remove(document_id)
        self.add(document_id)
