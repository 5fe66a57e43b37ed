"""archive_app layer: merging a package's submission records - facts, domestic remedies,
consent per mechanism, person details and places of detention - de-duplicated.

Runs inside the merge's one transaction, after persons, cases, articles and documents
are mapped to this archive's ids, and only for a package whose seal covers these
records (format 2). Every value is checked as if typed here (dates, kinds, answers).

- A fact is the same fact when its case, statement (spacing and case aside), date and
  source (document and page) are: then nothing is added; persons and articles the
  package links are added to it, "disputed" on either side wins, an empty Bates label,
  quote or note is filled.
- A remedy is the same step when its case, kind, filing date and body are: an outcome
  still "pending" here, an empty decision date, ruling or note take the package's;
  other steps are added after this archive's own, in the package's order.
- Consent per person and mechanism: an answer given beats "not recorded"; between two
  answers the stricter wins (submit: no; named: not at all, then initials; anonymised
  and submitter confidential: yes). Each change is audited and listed.
- Person details: a field this archive lacks is taken; a different value here is kept
  (and listed). Places of detention: added unless the same place and dates are here.

``dry=True`` works out the same counts without writing (the merge plan shows them); a
person, case, article or document the merge would add is mapped to a negative id then,
which matches nothing here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from archive_app import metadata
from archive_app.errors import InvalidValue
from archive_app.facts.dates import FactDate
from storage import consents as consent_repo
from storage import facts as fact_repo
from storage import remedies as remedy_repo
from storage.consents import CONSENT_FIELDS, ConsentRecord
from storage.database import Database
from storage.facts import FactRecord, NewFact
from storage.remedies import RemedyRecord

Record = Callable[[str, str, dict[str, Any]], None]

# Higher is stricter; "unknown" (not recorded) is beaten by any answer.
STRICTNESS: dict[str, dict[str, int]] = {
    "submit": {"unknown": 0, "yes": 1, "no": 2},
    "public_naming": {"unknown": 0, "full": 1, "initials": 2, "none": 3},
    "anonymised": {"unknown": 0, "no": 1, "yes": 2},
    "submitter_confidential": {"unknown": 0, "no": 1, "yes": 2},
}


@dataclass
class SubmissionMerge:
    facts_new: int = 0
    facts_same: int = 0
    facts_updated: int = 0
    remedies_new: int = 0
    remedies_same: int = 0
    remedies_updated: int = 0
    consents_new: int = 0
    consents_changed: int = 0
    details_new: int = 0
    detentions_new: int = 0
    notes: list[str] = field(default_factory=list)  # by number, never a name

    @property
    def changes(self) -> bool:
        return bool(
            self.facts_new
            or self.facts_updated
            or self.remedies_new
            or self.remedies_updated
            or self.consents_new
            or self.consents_changed
            or self.details_new
            or self.detentions_new
        )


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def stricter(name: str, ours: str, theirs: str) -> str:
    order = STRICTNESS[name]
    if theirs not in order:
        raise InvalidValue(f"a consent answer {theirs!r} this archive does not know")
    return theirs if order[theirs] > order.get(ours, 0) else ours


class SubmissionMerger:
    def __init__(
        self,
        db: Database,
        pdb: Database,
        *,
        persons: dict[int, int],
        cases: dict[int, int],
        articles: dict[int, int],
        documents: dict[int, int],
        actor: str,
        record: Record,
        dry: bool = False,
    ) -> None:
        self.db, self.pdb = db, pdb
        self.persons, self.cases = persons, cases
        self.articles, self.documents = articles, documents
        self.actor = actor
        self.record = record
        self.dry = dry
        self.result = SubmissionMerge()

    def run(self) -> SubmissionMerge:
        self._facts()
        self._remedies()
        for package_id, local_id in sorted(self.persons.items()):
            self._consents(package_id, local_id)
            self._details(package_id, local_id)
            self._detentions(package_id, local_id)
        return self.result

    def _doc(self, package_doc: int | None) -> int | None:
        return self.documents.get(package_doc) if package_doc is not None else None

    # -- facts ------------------------------------------------------------------------
    def _fact_key(self, fact: FactRecord | NewFact) -> tuple[Any, ...]:
        return (
            fact.case_id,
            _norm(fact.statement),
            fact.date_kind,
            fact.date_start,
            fact.date_end,
            fact.document_id,
            fact.page_no if fact.document_id is not None else None,
        )

    def _mapped_fact(self, theirs: FactRecord) -> NewFact:
        date = FactDate(theirs.date_kind, theirs.date_start, theirs.date_end)
        if FactDate.parse(str(date)) != date:
            raise InvalidValue(f"fact #{theirs.id} of the package carries no valid date")
        document = self._doc(theirs.document_id)
        return NewFact(
            statement=theirs.statement,
            case_id=self.cases.get(theirs.case_id) if theirs.case_id is not None else None,
            date_kind=theirs.date_kind,
            date_start=theirs.date_start,
            date_end=theirs.date_end,
            status=theirs.status,
            document_id=document,
            page_no=theirs.page_no if document is not None else None,
            quote=theirs.quote,
            bates=theirs.bates,
            notes=theirs.notes,
            person_ids=tuple(self.persons[p] for p in theirs.person_ids if p in self.persons),
            article_ids=tuple(self.articles[a] for a in theirs.article_ids if a in self.articles),
        )

    def _facts(self) -> None:
        local: dict[tuple[Any, ...], FactRecord | None]
        local = {self._fact_key(f): f for f in fact_repo.query(self.db)}
        for theirs in fact_repo.query(self.pdb):
            new = self._mapped_fact(theirs)
            key = self._fact_key(new)
            if key in local and local[key] is None:  # added by this dry run
                self.result.facts_same += 1
                continue
            mine = local.get(key)
            if mine is None and self.dry:
                local[key] = None
                self.result.facts_new += 1
                continue
            if mine is None:
                fact_id = fact_repo.add(self.db, new, actor=theirs.created_by or self.actor)
                local[key] = fact_repo.get(self.db, fact_id)
                self.result.facts_new += 1
                self.record(
                    "fact.add",
                    f"fact #{fact_id}",
                    {"case": new.case_id, "date": str(FactDate(new.date_kind, new.date_start))},
                )
                continue
            self.result.facts_same += 1
            self._unite_fact(mine, new)

    def _unite_fact(self, mine: FactRecord, theirs: NewFact) -> None:
        changes: dict[str, Any] = {}
        if theirs.status == "disputed" and mine.status != "disputed":
            changes["status"] = "disputed"
        for name in ("bates", "quote", "notes"):
            if not getattr(mine, name).strip() and getattr(theirs, name).strip():
                changes[name] = getattr(theirs, name)
        persons = tuple(dict.fromkeys(mine.person_ids + theirs.person_ids))
        articles = tuple(dict.fromkeys(mine.article_ids + theirs.article_ids))
        links_changed = persons != mine.person_ids or articles != mine.article_ids
        if changes or links_changed:
            self.result.facts_updated += 1
        if self.dry:
            return
        if changes:
            fact_repo.update(self.db, mine.id, changes)
        if links_changed:
            fact_repo.set_links(self.db, mine.id, person_ids=persons, article_ids=articles)
        if changes or links_changed:
            self.record(
                "fact.edit",
                f"fact #{mine.id}",
                {"fields": sorted(changes), "persons": list(persons), "articles": list(articles)},
            )

    # -- remedies ---------------------------------------------------------------------
    @staticmethod
    def _remedy_key(kind: str, filed_on: str | None, body: str) -> tuple[str, str | None, str]:
        return kind, filed_on, _norm(body)

    def _remedies(self) -> None:
        for package_case, case_id in sorted(self.cases.items()):
            local: dict[tuple[str, str | None, str], RemedyRecord | None] = {
                self._remedy_key(r.kind, r.filed_on, r.body): r
                for r in remedy_repo.for_case(self.db, case_id)
            }
            for theirs in remedy_repo.for_case(self.pdb, package_case):
                filed = metadata.check_date(theirs.filed_on)
                decided = metadata.check_date(theirs.decided_on)
                ruling = self._doc(theirs.ruling_document_id)
                key = self._remedy_key(theirs.kind, filed, theirs.body)
                if key in local:
                    self.result.remedies_same += 1
                    mine = local[key]
                    if mine is not None:
                        self._fill_remedy(mine, theirs, decided, ruling)
                    continue
                if self.dry:
                    local[key] = None
                    self.result.remedies_new += 1
                    continue
                remedy_id = remedy_repo.add(
                    self.db,
                    case_id,
                    kind=theirs.kind,
                    filed_on=filed,
                    body=theirs.body,
                    outcome=theirs.outcome,
                    decided_on=decided,
                    ruling_document_id=ruling,
                    notes=theirs.notes,
                    actor=self.actor,
                )
                local[key] = remedy_repo.get(self.db, remedy_id)
                self.result.remedies_new += 1
                self.record(
                    "remedy.add",
                    f"remedy #{remedy_id}",
                    {"case": case_id, "kind": theirs.kind, "outcome": theirs.outcome},
                )

    def _fill_remedy(
        self, mine: RemedyRecord, theirs: RemedyRecord, decided: str | None, ruling: int | None
    ) -> None:
        changes: dict[str, Any] = {}
        if mine.outcome == "pending" and theirs.outcome != "pending":
            changes["outcome"] = theirs.outcome
        if mine.decided_on is None and decided is not None:
            changes["decided_on"] = decided
        if mine.ruling_document_id is None and ruling is not None:
            changes["ruling_document_id"] = ruling
        if not mine.notes.strip() and theirs.notes.strip():
            changes["notes"] = theirs.notes
        if changes:
            self.result.remedies_updated += 1
        if changes and not self.dry:
            remedy_repo.update(self.db, mine.id, changes)
            self.record("remedy.edit", f"remedy #{mine.id}", {"fields": sorted(changes)})

    # -- consent and person details ---------------------------------------------------
    def _consents(self, package_id: int, person_id: int) -> None:
        for theirs in consent_repo.for_person(self.pdb, package_id):
            mine = consent_repo.get(self.db, person_id, theirs.mechanism)
            values = self._merged_consent(mine, theirs)
            if mine is not None:
                current = {k: getattr(mine, k) for k in CONSENT_FIELDS}
                values = {k: v for k, v in values.items() if current[k] != v}
                if not values:
                    continue
            if self.dry:
                if mine is None:
                    self.result.consents_new += 1
                else:
                    self.result.consents_changed += 1
                continue
            consent_repo.put(
                self.db,
                person_id,
                theirs.mechanism,
                values,
                actor=theirs.recorded_by or self.actor,
            )
            if mine is None:
                self.result.consents_new += 1
            else:
                self.result.consents_changed += 1
                for name in STRICTNESS:
                    if name in values:
                        self.result.notes.append(
                            f"person #{person_id}, {theirs.mechanism}: {name} "
                            f"{getattr(mine, name)} -> {values[name]} (the stricter answer)"
                        )
            self.record(
                "consent.set",
                f"person #{person_id}",
                {"mechanism": theirs.mechanism, "changes": values},
            )

    def _merged_consent(self, mine: ConsentRecord | None, theirs: ConsentRecord) -> dict[str, Any]:
        base = mine or ConsentRecord(0, theirs.mechanism)
        values: dict[str, Any] = {
            name: stricter(name, getattr(base, name), getattr(theirs, name)) for name in STRICTNESS
        }
        date = metadata.check_date(theirs.submit_date)
        values["submit_date"] = base.submit_date or date
        proof = self._doc(theirs.proof_document_id)
        values["proof_document_id"] = (
            base.proof_document_id if base.proof_document_id is not None else proof
        )
        values["notes"] = base.notes if base.notes.strip() else theirs.notes
        return values

    def _details(self, package_id: int, person_id: int) -> None:
        mine = consent_repo.details(self.db, person_id)
        for name, value in consent_repo.details(self.pdb, package_id).items():
            if name.endswith("date") or name == "date_of_birth":
                metadata.check_date(value)
            if name not in mine:
                self.result.details_new += 1
                if self.dry:
                    continue
                consent_repo.set_detail(self.db, person_id, name, value)
                self.record("person.detail", f"person #{person_id}", {"field": name})
            elif mine[name] != value.strip():
                self.result.notes.append(
                    f"person #{person_id}: {name} differs in the package; this archive's kept"
                )

    def _detentions(self, package_id: int, person_id: int) -> None:
        def key(place: str, start: str | None, end: str | None) -> tuple[str, Any, Any]:
            return _norm(place), start, end

        here = {
            key(d.place, d.date_from, d.date_to)
            for d in consent_repo.detentions(self.db, person_id)
        }
        for stay in consent_repo.detentions(self.pdb, package_id):
            start, end = metadata.check_date(stay.date_from), metadata.check_date(stay.date_to)
            if key(stay.place, start, end) in here:
                continue
            here.add(key(stay.place, start, end))
            self.result.detentions_new += 1
            if self.dry:
                continue
            consent_repo.add_detention(
                self.db,
                person_id,
                stay.place,
                authority=stay.authority,
                date_from=start,
                date_to=end,
                notes=stay.notes,
            )
            self.record("person.detention", f"person #{person_id}", {"from": start, "to": end})
