"""archive_app layer: facts, domestic remedies, consent per mechanism and person details.

Every write is one transaction with its audit-log entry. Persons, articles and cases are
given the way the rest of the archive takes them (id, name or alias; a citation; a case
id or name) and resolved before anything is written, so a typo changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from archive_app import metadata
from archive_app.errors import InvalidValue
from archive_app.facts.dates import FactDate
from storage import consents as consent_repo
from storage import documents as doc_repo
from storage import facts as fact_repo
from storage import registry as reg_repo
from storage import remedies as remedy_repo
from storage.consents import ConsentRecord, DetentionPlace
from storage.facts import FactRecord, NewFact
from storage.remedies import RemedyRecord

if TYPE_CHECKING:
    from archive_app.session import Archive


@dataclass(frozen=True)
class FactInput:
    """A fact as a user or the CLI gives it: references still to resolve."""

    statement: str
    date: FactDate = field(default_factory=FactDate)
    case: str | None = None
    persons: Sequence[str] = ()
    articles: Sequence[str] = ()
    document_id: int | None = None
    page_no: int | None = None
    quote: str = ""
    bates: str = ""
    status: str = "undisputed"
    notes: str = ""


class FactService:
    def __init__(self, archive: Archive) -> None:
        self._archive = archive
        self._db = archive.db

    # -- references -------------------------------------------------------------------
    def _person_ids(self, refs: Sequence[str]) -> tuple[int, ...]:
        return tuple(reg_repo.find_person(self._db, r).id for r in refs)

    def _article_ids(self, refs: Sequence[str]) -> tuple[int, ...]:
        return tuple(reg_repo.find_article(self._db, r).id for r in refs)

    def _case_id(self, ref: str | None) -> int | None:
        return reg_repo.find_case(self._db, ref).id if ref else None

    # -- facts ------------------------------------------------------------------------
    def add(self, item: FactInput) -> FactRecord:
        fact = NewFact(
            statement=item.statement,
            case_id=self._case_id(item.case),
            date_kind=item.date.kind,
            date_start=item.date.start,
            date_end=item.date.end,
            status=item.status,
            document_id=item.document_id,
            page_no=item.page_no,
            quote=item.quote,
            bates=item.bates,
            notes=item.notes,
            person_ids=self._person_ids(item.persons),
            article_ids=self._article_ids(item.articles),
        )
        with self._db.atomic():
            fact_id = fact_repo.add(self._db, fact, actor=self._archive.actor)
            self._archive.record(
                "fact.add",
                f"fact #{fact_id}",
                {
                    "case": fact.case_id,
                    "date": str(item.date),
                    "document": fact.document_id,
                    "page": fact.page_no,
                    "persons": list(fact.person_ids),
                    "articles": list(fact.article_ids),
                    "status": fact.status,
                },
            )
        return fact_repo.get(self._db, fact_id)

    def edit(
        self,
        fact_id: int,
        *,
        date: FactDate | None = None,
        case: str | None = None,
        persons: Sequence[str] | None = None,
        articles: Sequence[str] | None = None,
        **changes: Any,
    ) -> FactRecord:
        if date is not None:
            changes |= {"date_kind": date.kind, "date_start": date.start, "date_end": date.end}
        if case is not None:
            changes["case_id"] = self._case_id(case) if case else None
        person_ids = self._person_ids(persons) if persons is not None else None
        article_ids = self._article_ids(articles) if articles is not None else None
        with self._db.atomic():
            before = fact_repo.get(self._db, fact_id)
            changed = {k: v for k, v in changes.items() if getattr(before, k) != v}
            if changed:
                fact_repo.update(self._db, fact_id, changed)
            fact_repo.set_links(self._db, fact_id, person_ids=person_ids, article_ids=article_ids)
            after = fact_repo.get(self._db, fact_id)
            links: dict[str, list[int]] = {}
            if after.person_ids != before.person_ids:
                links["persons"] = list(after.person_ids)
            if after.article_ids != before.article_ids:
                links["articles"] = list(after.article_ids)
            if changed or links:
                fields = sorted(changed)
                self._archive.record("fact.edit", f"fact #{fact_id}", {"fields": fields, **links})
        return after

    def delete(self, fact_id: int) -> None:
        with self._db.atomic():
            fact = fact_repo.get(self._db, fact_id)
            fact_repo.delete(self._db, fact_id)
            self._archive.record(
                "fact.delete", f"fact #{fact_id}", {"case": fact.case_id, "date": fact.date_start}
            )

    def get(self, fact_id: int) -> FactRecord:
        return fact_repo.get(self._db, fact_id)

    def chronology(
        self,
        *,
        case: str | None = None,
        person: str | None = None,
        status: str | None = None,
    ) -> list[FactRecord]:
        """Facts in date order (range by its start; undated last)."""
        return fact_repo.query(
            self._db,
            case_id=self._case_id(case),
            person_id=reg_repo.find_person(self._db, person).id if person else None,
            status=status,
        )

    def set_bates_from_manifest(self, manifest: dict[str, Any]) -> int:
        """Fill each fact's Bates label from an exported bundle's MANIFEST.json: the label
        of its document's page. Returns how many facts changed."""
        labels: dict[tuple[int, int], str] = {}
        for doc in manifest.get("documents", []):
            for page, label in enumerate(doc.get("labels", []), 1):
                labels[(int(doc["archive_id"]), page)] = str(label)
        changed = 0
        with self._db.atomic():
            for fact in fact_repo.query(self._db):
                if fact.document_id is None:
                    continue
                label = labels.get((fact.document_id, fact.page_no or 1), "")
                if label and label != fact.bates:
                    fact_repo.set_bates(self._db, fact.id, label)
                    changed += 1
            if changed:
                title = str(manifest.get("title", ""))
                bates = manifest.get("bates", {})
                self._archive.record(
                    "fact.bates",
                    title,
                    {"facts": changed, "first": bates.get("first"), "last": bates.get("last")},
                )
        return changed

    # -- domestic remedies ------------------------------------------------------------
    def add_remedy(
        self,
        case: str,
        kind: str,
        *,
        filed_on: str | None = None,
        body: str = "",
        outcome: str = "pending",
        decided_on: str | None = None,
        ruling_document_id: int | None = None,
        notes: str = "",
    ) -> RemedyRecord:
        case_id = reg_repo.find_case(self._db, case).id
        with self._db.atomic():
            remedy_id = remedy_repo.add(
                self._db,
                case_id,
                kind=kind,
                filed_on=metadata.check_date(filed_on),
                body=body,
                outcome=outcome,
                decided_on=metadata.check_date(decided_on),
                ruling_document_id=ruling_document_id,
                notes=notes,
                actor=self._archive.actor,
            )
            remedy = remedy_repo.get(self._db, remedy_id)
            self._archive.record(
                "remedy.add",
                f"remedy #{remedy_id}",
                {"case": case_id, "seq": remedy.seq, "kind": kind, "outcome": outcome},
            )
        return remedy

    def edit_remedy(self, remedy_id: int, **changes: Any) -> RemedyRecord:
        for key in ("filed_on", "decided_on"):
            if key in changes:
                changes[key] = metadata.check_date(changes[key] or None)
        with self._db.atomic():
            remedy = remedy_repo.update(self._db, remedy_id, changes)
            self._archive.record("remedy.edit", f"remedy #{remedy_id}", {"fields": sorted(changes)})
        return remedy

    def move_remedy(self, remedy_id: int, position: int) -> None:
        with self._db.atomic():
            remedy_repo.move(self._db, remedy_id, position)
            self._archive.record("remedy.move", f"remedy #{remedy_id}", {"to": position})

    def delete_remedy(self, remedy_id: int) -> None:
        with self._db.atomic():
            remedy_repo.delete(self._db, remedy_id)
            self._archive.record("remedy.delete", f"remedy #{remedy_id}")

    def remedies(self, case: str) -> list[RemedyRecord]:
        return remedy_repo.for_case(self._db, reg_repo.find_case(self._db, case).id)

    # -- consent and person details ----------------------------------------------------
    def set_consent(self, person: str, mechanism: str, **changes: Any) -> ConsentRecord:
        person_id = reg_repo.find_person(self._db, person).id
        if "submit_date" in changes:
            changes["submit_date"] = metadata.check_date(changes["submit_date"] or None)
        with self._db.atomic():
            record = consent_repo.put(
                self._db, person_id, mechanism, changes, actor=self._archive.actor
            )
            self._archive.record(
                "consent.set",
                f"person #{person_id}",
                {"mechanism": mechanism, "changes": json.loads(json.dumps(changes))},
            )
        return record

    def set_consents(self, person: str, changes: dict[str, dict[str, Any]]) -> list[ConsentRecord]:
        """Record a person's consent for several mechanisms as one unit: all of them or,
        when one is refused (a bad date, a proof that is no document), none. A mechanism
        with nothing recorded and nothing given stays without a record."""
        person_id = reg_repo.find_person(self._db, person).id
        with self._db.atomic():
            for mechanism, values in changes.items():
                current = consent_repo.get(self._db, person_id, mechanism)
                if current is None and all(v in ("unknown", None, "") for v in values.values()):
                    continue  # nothing recorded, nothing to record
                self.set_consent(str(person_id), mechanism, **values)
            return consent_repo.for_person(self._db, person_id)

    def consent(self, person: str, mechanism: str) -> ConsentRecord | None:
        return consent_repo.get(self._db, reg_repo.find_person(self._db, person).id, mechanism)

    def consents(self, person: str) -> list[ConsentRecord]:
        return consent_repo.for_person(self._db, reg_repo.find_person(self._db, person).id)

    def set_detail(self, person: str, name: str, value: str) -> None:
        person_id = reg_repo.find_person(self._db, person).id
        if name.endswith("date") or name == "date_of_birth":
            metadata.check_date(value or None)
        with self._db.atomic():
            consent_repo.set_detail(self._db, person_id, name, value)
            self._archive.record("person.detail", f"person #{person_id}", {"field": name})

    def details(self, person: str) -> dict[str, str]:
        return consent_repo.details(self._db, reg_repo.find_person(self._db, person).id)

    def add_detention(
        self,
        person: str,
        place: str,
        *,
        authority: str = "",
        date_from: str | None = None,
        date_to: str | None = None,
    ) -> int:
        person_id = reg_repo.find_person(self._db, person).id
        start, end = metadata.check_date(date_from), metadata.check_date(date_to)
        if start and end and end < start:
            raise InvalidValue("a stay in detention cannot end before it starts")
        with self._db.atomic():
            place_id = consent_repo.add_detention(
                self._db, person_id, place, authority=authority, date_from=start, date_to=end
            )
            self._archive.record(
                "person.detention", f"person #{person_id}", {"from": start, "to": end}
            )
        return place_id

    def detentions(self, person: str) -> list[DetentionPlace]:
        return consent_repo.detentions(self._db, reg_repo.find_person(self._db, person).id)

    def document_title(self, document_id: int) -> str:
        return doc_repo.get(self._db, document_id).title
