"""ui layer: the redaction review of the document on screen, shared by the side list and
the redact canvas.

``RedactionReview`` keeps the current document's saved redactions, the persons without
consent it names, and the reason chosen for new redactions. Every change is saved at once
on the database thread (``archive.redactions``) and the list reloaded; answers for a
document that is no longer shown are dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from archive_app.export import Proposal, RedactionService
from archive_app.session import Archive
from storage.documents import DocumentRecord
from storage.redactions import RedactionRecord
from storage.registry import PersonRecord
from ui.export.reasons import DEFAULT_REASON
from ui.session import UiSession

Box = tuple[float, float, float, float]


@dataclass
class Loaded:
    records: list[RedactionRecord] = field(default_factory=list)
    proposals: list[Proposal] = field(default_factory=list)
    persons: list[PersonRecord] = field(default_factory=list)


def load(archive: Archive, document_id: int) -> Loaded:
    service = archive.redactions
    return Loaded(
        service.saved(document_id), service.propose(document_id), archive.registry.persons()
    )


class RedactionReview(QObject):
    """ui layer: the saved redactions of one document, and the actions that change them."""

    changed = Signal()  # the document, its saved redactions or the proposals changed
    reason_changed = Signal(str)
    failed = Signal(object)  # an error from the database thread
    saved = Signal(object)  # a RedactionRecord just added

    def __init__(self, session: UiSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.document: DocumentRecord | None = None
        self.records: list[RedactionRecord] = []
        self.proposals: list[Proposal] = []
        self.persons: list[PersonRecord] = []
        self.reason = DEFAULT_REASON
        self.loading = False

    # -- what is shown ----------------------------------------------------------------
    @property
    def document_id(self) -> int | None:
        return self.document.id if self.document is not None else None

    def person_names(self) -> dict[int, str]:
        return {p.id: p.name for p in self.persons}

    def rects(self, page: int) -> list[RedactionRecord]:
        return [r for r in self.records if r.kind == "rect" and r.page_no == page]

    def withheld(self, page: int) -> RedactionRecord | None:
        return next((r for r in self.records if r.kind == "page" and r.page_no == page), None)

    def set_reason(self, code: str) -> None:
        if code and code != self.reason:
            self.reason = code
            self.reason_changed.emit(code)

    def set_document(self, doc: DocumentRecord | None) -> None:
        if doc is not None and self.document is not None and doc.id == self.document.id:
            self.document = doc
            return
        self.document = doc
        self.records, self.proposals = [], []
        self.changed.emit()
        if doc is not None:
            self.reload()

    def clear(self) -> None:
        self.set_document(None)
        self.persons = []

    def reload(self) -> None:
        doc_id = self.document_id
        if doc_id is None:
            return
        self.loading = True
        self.session.run(
            lambda archive: load(archive, doc_id),
            lambda loaded: self._loaded(doc_id, loaded),
            self._failed,
        )

    def _loaded(self, doc_id: int, loaded: Loaded) -> None:
        if doc_id != self.document_id:
            return  # another document is shown now
        self.loading = False
        self.records, self.proposals, self.persons = (
            loaded.records,
            loaded.proposals,
            loaded.persons,
        )
        self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        self.failed.emit(error)

    # -- changing -----------------------------------------------------------------------
    def _change(self, action: Callable[[RedactionService, int], Any]) -> None:
        doc_id = self.document_id
        if doc_id is None:
            return

        def done(result: Any) -> None:
            if isinstance(result, RedactionRecord):
                self.saved.emit(result)
            if doc_id == self.document_id:
                self.reload()

        self.session.run(lambda archive: action(archive.redactions, doc_id), done, self._failed)

    def add_term(self, text: str, reason: str | None = None) -> None:
        code = reason or self.reason
        if text.strip():
            self._change(lambda service, doc: service.add_term(doc, text.strip(), code))

    def add_person(self, person_id: int, reason: str | None = None) -> None:
        self._change(lambda service, doc: service.add_person(doc, str(person_id), reason))

    def add_pattern(self, name: str, reason: str | None = None) -> None:
        code = reason or self.reason
        self._change(lambda service, doc: service.add_pattern(doc, name, code))

    def add_rect(self, page: int, box: Box, reason: str | None = None) -> None:
        code = reason or self.reason
        self._change(lambda service, doc: service.add_rect(doc, page, box, code))

    def add_rects(self, page: int, boxes: list[Box], reason: str | None = None) -> None:
        code = reason or self.reason

        def add_all(service: RedactionService, doc: int) -> None:
            for box in boxes:
                service.add_rect(doc, page, box, code)

        self._change(add_all)

    def withhold(self, page: int, reason: str | None = None) -> None:
        code = reason or self.reason
        self._change(lambda service, doc: service.withhold_page(doc, page, code))

    def remove(self, redaction_ids: list[int]) -> None:
        def remove_all(service: RedactionService, _doc: int) -> None:
            for redaction_id in redaction_ids:
                service.remove(redaction_id)

        if redaction_ids:
            self._change(remove_all)
