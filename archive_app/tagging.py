"""archive_app layer: tagging documents with persons, legal articles and cases (audited)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from storage import documents as doc_repo
from storage import registry as reg_repo

if TYPE_CHECKING:
    from archive_app.session import Archive


@dataclass
class TagChange:
    """What a tag/untag call changed: (document id, kind, label) triples."""

    changed: list[tuple[int, str, str]] = field(default_factory=list)
    unchanged: list[tuple[int, str, str]] = field(default_factory=list)


class TaggingService:
    def __init__(self, archive: Archive) -> None:
        self._archive = archive
        self._db = archive.db

    def _targets(
        self, persons: Sequence[str], articles: Sequence[str], cases: Sequence[str]
    ) -> list[tuple[str, int, str]]:
        """Resolve every reference first, so a typo changes nothing at all."""
        targets: list[tuple[str, int, str]] = []
        for ref in persons:
            p = reg_repo.find_person(self._db, ref)
            targets.append(("person", p.id, p.name))
        for ref in articles:
            a = reg_repo.find_article(self._db, ref)
            targets.append(("article", a.id, a.citation))
        for ref in cases:
            c = reg_repo.find_case(self._db, ref)
            targets.append(("case", c.id, c.name))
        return targets

    def tag(
        self,
        document_ids: Sequence[int],
        *,
        persons: Sequence[str] = (),
        articles: Sequence[str] = (),
        cases: Sequence[str] = (),
        source: str = "manual",
    ) -> TagChange:
        return self._apply(document_ids, persons, articles, cases, source=source, add=True)

    def untag(
        self,
        document_ids: Sequence[int],
        *,
        persons: Sequence[str] = (),
        articles: Sequence[str] = (),
        cases: Sequence[str] = (),
    ) -> TagChange:
        return self._apply(document_ids, persons, articles, cases, source="manual", add=False)

    def _apply(
        self,
        document_ids: Sequence[int],
        persons: Sequence[str],
        articles: Sequence[str],
        cases: Sequence[str],
        *,
        source: str,
        add: bool,
    ) -> TagChange:
        for doc_id in document_ids:
            doc_repo.get(self._db, doc_id)
        targets = self._targets(persons, articles, cases)
        result = TagChange()
        with self._db.atomic(), self._archive.index.writing() as index:
            for doc_id in document_ids:
                done: list[str] = []
                for kind, target_id, label in targets:
                    if add:
                        changed = doc_repo.link(
                            self._db,
                            kind,
                            doc_id,
                            target_id,
                            actor=self._archive.actor,
                            source=source,
                        )
                    else:
                        changed = doc_repo.unlink(self._db, kind, doc_id, target_id)
                    (result.changed if changed else result.unchanged).append((doc_id, kind, label))
                    if changed:
                        done.append(f"{kind}:{label}")
                if done:
                    index.update(doc_id)
                    self._archive.record(
                        "document.tag" if add else "document.untag",
                        f"#{doc_id}",
                        {"tags": done, "source": source} if add else {"tags": done},
                    )
        return result
