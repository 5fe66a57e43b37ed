"""archive_app layer: tag suggestions - the persons and legal articles a document names.

The recognisers (indexing.recognize) read a document's pages against the
registry; each registry person or article they find becomes a *pending*
suggestion with its evidence (page and sentence), unless the document is
already tagged with it. A case officer accepts a suggestion (it becomes a tag
with source "suggested", audited by the tagging service) or rejects it (audited
and remembered: refreshing never proposes it again). Accepted and rejected
suggestions are kept as decided; a refresh replaces only pending ones.

``NewDocuments`` is what the importer uses inside its transaction for each new
document (the registry read once per import, the pages it holds);
``refresh_suggestions(archive, document_id)`` does the same for one document;
``SuggestionService.refresh_all`` is what
runs after a person is added, renamed or given an alias (archive_app.suggestion_refresh).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from archive_app.changes import SUGGESTIONS
from archive_app.errors import InvalidValue, NotFound
from indexing.recognize.document import Evidence, Findings, Registry, recognise
from storage import documents as doc_repo
from storage import registry as reg_repo
from storage import suggestion_rows as rows_repo

if TYPE_CHECKING:
    from archive_app.session import Archive
    from archive_app.suggestion_refresh import RefreshReport
    from archive_app.tasks import CancelToken, ProgressCallback

KINDS = ("person", "article")
PENDING, ACCEPTED, REJECTED = "pending", "accepted", "rejected"


@dataclass(frozen=True)
class Suggestion:
    id: int
    document_id: int
    kind: str  # "person" or "article"
    target_id: int  # persons.id or legal_articles.id
    label: str  # the person's name or the article's citation
    evidence: tuple[Evidence, ...]
    state: str

    def evidence_json(self) -> list[dict[str, Any]]:
        return [{"page": e.page, "text": e.text} for e in self.evidence]


class SuggestionService:
    def __init__(self, archive: Archive) -> None:
        self._archive = archive
        self._db = archive.db

    # -- recognising -------------------------------------------------------------------
    def registry(self) -> Registry:
        """A snapshot of the registry for the recognisers; reuse it across documents."""
        return Registry(
            citations=rows_repo.citations(self._db),
            person_names=rows_repo.person_names(self._db),
            instruments=rows_repo.instruments(self._db),
        )

    def propose(self, pages: Sequence[str], registry: Registry | None = None) -> Findings:
        """What the recognisers find in these pages; nothing is stored."""
        return recognise(pages, registry or self.registry())

    def refresh(self, document_id: int, registry: Registry | None = None) -> int:
        """Recompute a document's pending suggestions; returns how many are pending."""
        return self.refresh_counted(document_id, registry)[0]

    def refresh_counted(
        self, document_id: int, registry: Registry | None = None
    ) -> tuple[int, int]:
        """``refresh``, returning (pending now, of which new); decided ones stay decided."""
        doc_repo.get(self._db, document_id)
        findings = self.propose(doc_repo.page_texts(self._db, document_id), registry)
        return self.store(document_id, findings, rows_repo.article_ids(self._db))

    def store(
        self, document_id: int, findings: Findings, article_ids: dict[str, int]
    ) -> tuple[int, int]:
        """Make the document's pending suggestions what ``findings`` say; decided ones stay
        decided. Returns (pending now, of which new)."""
        found: dict[tuple[str, int], list[Evidence]] = {
            ("article", article_ids[citation]): evidence
            for citation, evidence in findings.articles.items()
            if citation in article_ids
        }
        found.update({("person", pid): ev for pid, ev in findings.persons.items()})
        with self._db.atomic():
            tagged = rows_repo.tagged(self._db, document_id)
            rows = rows_repo.rows_of(self._db, document_id)
            existing = {(r["kind"], int(r["target_id"])): (int(r["id"]), r["state"]) for r in rows}
            stored = {(r["kind"], int(r["target_id"])): r["evidence"] for r in rows}
            added = written = 0
            for key, (row_id, state) in existing.items():
                if state == PENDING and (key not in found or key in tagged):
                    rows_repo.delete(self._db, row_id)
                    written += 1
            for key, evidence in found.items():
                if key in tagged:
                    continue
                payload = _evidence_json(evidence)
                if key not in existing:
                    rows_repo.insert(self._db, document_id, key[0], key[1], PENDING, payload)
                    added += 1
                elif existing[key][1] == PENDING and stored[key] != payload:
                    rows_repo.set_evidence(self._db, existing[key][0], payload)
                    written += 1
            if added or written:
                self._archive.note_changes(SUGGESTIONS)
        pending = sum(1 for key in found if key not in tagged and _state(existing, key) == PENDING)
        return pending, added

    def refresh_all(
        self, *, progress: ProgressCallback | None = None, cancel: CancelToken | None = None
    ) -> RefreshReport:
        """Recompute every document's pending suggestions from the registry as it is now.

        Runs in bounded transactions: a cancel keeps every document refreshed before it.
        """
        from archive_app.suggestion_refresh import SuggestionRefresh

        job = SuggestionRefresh.plan(self._archive)
        return job.run(self._archive, progress=progress, cancel=cancel)

    def computed(self, document_id: int) -> bool:
        """Whether suggestions were ever stored for this document (found, taken or refused)."""
        return rows_repo.any_stored(self._db, document_id)

    # -- reading -----------------------------------------------------------------------
    def pending(self, document_id: int) -> list[Suggestion]:
        """Open suggestions, articles first; anything tagged meanwhile is left out."""
        doc_repo.get(self._db, document_id)
        return [_suggestion(r) for r in rows_repo.labelled(self._db, document_id, pending=True)]

    def decided(self, document_id: int) -> list[Suggestion]:
        """Accepted and rejected suggestions, kept so that a refresh does not bring them back."""
        doc_repo.get(self._db, document_id)
        return [_suggestion(r) for r in rows_repo.labelled(self._db, document_id, pending=False)]

    # -- deciding ----------------------------------------------------------------------
    def accept(
        self, document_id: int, *, kind: str | None = None, refs: Sequence[str] = ()
    ) -> list[Suggestion]:
        """Tag the document with pending suggestions (all, one kind, or those named)."""
        if kind is not None and kind not in KINDS:
            raise InvalidValue(f"{kind!r} is not a kind of suggestion; use person or article")
        chosen = [s for s in self.pending(document_id) if kind in (None, s.kind)]
        if refs:
            wanted = {self._target(ref)[:2] for ref in refs}
            chosen = [s for s in chosen if (s.kind, s.target_id) in wanted]
            missing = wanted - {(s.kind, s.target_id) for s in chosen}
            if missing:
                raise NotFound(f"no pending suggestion for #{document_id} matches {list(refs)}")
        if not chosen:
            return []
        with self._db.atomic():
            self._archive.tags.tag(
                [document_id],
                persons=[f"#{s.target_id}" for s in chosen if s.kind == "person"],
                articles=[s.label for s in chosen if s.kind == "article"],
                source="suggested",
            )
            self._decide([s.id for s in chosen], ACCEPTED)
        return chosen

    def reject(self, document_id: int, refs: Sequence[str]) -> list[str]:
        """Refuse suggestions by citation or person (name, alias or #id); remembered and audited.

        A person or article not suggested (yet) may be refused too: it will not be proposed.
        Tags are not touched: refusing what was accepted earlier only records the decision.
        """
        doc_repo.get(self._db, document_id)
        targets = [self._target(ref) for ref in refs]
        labels: list[str] = []
        with self._db.atomic():
            for kind, target_id, label in targets:
                row = rows_repo.find(self._db, document_id, kind, target_id)
                if row is None:
                    row_id = rows_repo.insert(
                        self._db, document_id, kind, target_id, PENDING, evidence=None
                    )
                elif row["state"] == REJECTED:
                    continue
                else:
                    row_id = int(row["id"])
                self._decide([row_id], REJECTED)
                labels.append(f"{kind}:{label}")
            if labels:
                self._archive.record("suggestion.reject", f"#{document_id}", {"tags": labels})
        return labels

    def _decide(self, ids: list[int], state: str) -> None:
        rows_repo.decide(self._db, ids, state, actor=self._archive.actor)

    def _target(self, ref: str) -> tuple[str, int, str]:
        """``KZ-CC 174(2)`` (any case) is an article; a name, an alias or ``#id`` a person."""
        head, _, rest = " ".join(ref.split()).partition(" ")
        citation = f"{head.upper()} {rest}"
        if not ref.strip().startswith("#") and reg_repo.CITATION_RE.match(citation):
            article = reg_repo.find_article(self._db, citation)
            return "article", article.id, article.citation
        person = reg_repo.find_person(self._db, ref)
        return "person", person.id, person.name


class NewDocuments:
    """Suggestions for the documents of one import, stored as each is written: the
    registry (with its articles' ids) is read once, and the pages are the ones the
    importer holds, not read back."""

    def __init__(self, archive: Archive) -> None:
        self._service = SuggestionService(archive)
        self.registry = self._service.registry()
        self._article_ids = rows_repo.article_ids(archive.db)

    def refresh(self, document_id: int, pages: Sequence[str]) -> int:
        """``SuggestionService.refresh`` for a document just written with these pages."""
        findings = recognise(pages, self.registry)
        return self._service.store(document_id, findings, self._article_ids)[0]


def refresh_suggestions(
    archive: Archive, document_id: int, registry: Registry | None = None
) -> int:
    """Store a new document's pending suggestions (inside the caller's transaction).

    A batch import may build ``SuggestionService(archive).registry()`` once and pass it.
    """
    return SuggestionService(archive).refresh(document_id, registry)


def _state(existing: dict[tuple[str, int], tuple[int, str]], key: tuple[str, int]) -> str:
    return existing[key][1] if key in existing else PENDING


def _evidence_json(evidence: list[Evidence]) -> str:
    return json.dumps([{"page": e.page, "text": e.text} for e in evidence], ensure_ascii=False)


def _suggestion(row: Any) -> Suggestion:
    try:
        raw = json.loads(row["evidence"])
    except ValueError:
        raw = []
    evidence = tuple(
        Evidence(int(e["page"]), str(e["text"])) for e in raw if isinstance(e, dict) and "page" in e
    )
    return Suggestion(
        id=int(row["id"]),
        document_id=int(row["document_id"]),
        kind=row["kind"],
        target_id=int(row["target_id"]),
        label=row["label"],
        evidence=evidence,
        state=row["state"],
    )
