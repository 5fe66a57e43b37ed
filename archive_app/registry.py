"""archive_app layer: the registries of persons, legal articles and cases (audited)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from archive_app import metadata
from storage import documents as doc_repo
from storage import registry as repo
from storage.registry import ArticleRecord, CaseRecord, PersonRecord

if TYPE_CHECKING:
    from archive_app.session import Archive


class RegistryService:
    def __init__(self, archive: Archive) -> None:
        self._archive = archive
        self._db = archive.db

    # -- persons ------------------------------------------------------------------------
    def add_person(
        self,
        name: str,
        *,
        aliases: list[str] | None = None,
        role: str = "",
        status: str = "",
        consent: str = "unknown",
        notes: str = "",
    ) -> PersonRecord:
        consent = metadata.check_consent(consent)
        with self._db.atomic():
            person_id = repo.add_person(
                self._db,
                name,
                aliases=aliases or [],
                role=role,
                status=status,
                consent=consent,
                notes=notes,
            )
            person = repo.find_person(self._db, str(person_id))
            self._archive.record(
                "person.add",
                f"person #{person_id}",
                {"name": person.name, "aliases": person.aliases, "consent": consent},
            )
        return person

    def edit_person(
        self,
        ref: str,
        *,
        add_aliases: list[str] | None = None,
        remove_aliases: list[str] | None = None,
        **changes: str,
    ) -> PersonRecord:
        person = repo.find_person(self._db, ref)
        if "consent" in changes:
            changes["consent"] = metadata.check_consent(changes["consent"])
        changes = {k: v for k, v in changes.items() if getattr(person, k) != v}
        with self._db.atomic(), self._archive.index.writing() as index:
            repo.update_person(self._db, person.id, changes)
            added = [a for a in add_aliases or [] if repo.add_alias(self._db, person.id, a)]
            removed = [a for a in remove_aliases or [] if repo.remove_alias(self._db, person.id, a)]
            if "name" in changes or added or removed:  # names are searchable (person:)
                for doc_id in sorted(doc_repo.linked_documents(self._db, "person", person.id)):
                    index.update(doc_id)
            if changes or added or removed:
                self._archive.record(
                    "person.edit",
                    f"person #{person.id}",
                    {"changes": changes, "aliases_added": added, "aliases_removed": removed},
                )
        return repo.find_person(self._db, str(person.id))

    def person(self, ref: str) -> PersonRecord:
        return repo.find_person(self._db, ref)

    def persons(self) -> list[PersonRecord]:
        return repo.list_persons(self._db)

    # -- legal articles -----------------------------------------------------------------
    def add_article(
        self, citation: str, *, title: str = "", instrument_name: str = ""
    ) -> ArticleRecord:
        with self._db.atomic():
            article_id = repo.add_article(
                self._db, citation, title=title, instrument_name=instrument_name
            )
            article = repo.find_article(self._db, citation)
            self._archive.record(
                "article.add",
                f"article #{article_id}",
                {"citation": article.citation, "title": title},
            )
        return article

    def article(self, citation: str) -> ArticleRecord:
        return repo.find_article(self._db, citation)

    def articles(self, instrument: str | None = None) -> list[ArticleRecord]:
        return repo.list_articles(self._db, instrument)

    def instruments(self) -> dict[str, str]:
        return repo.instruments(self._db)

    # -- cases --------------------------------------------------------------------------
    def add_case(self, name: str, *, reference: str = "", description: str = "") -> CaseRecord:
        with self._db.atomic():
            case_id = repo.add_case(self._db, name, reference=reference, description=description)
            self._archive.record("case.add", f"case #{case_id}", {"name": name.strip()})
        return repo.find_case(self._db, str(case_id))

    def case(self, ref: str) -> CaseRecord:
        return repo.find_case(self._db, ref)

    def cases(self) -> list[CaseRecord]:
        return repo.list_cases(self._db)
