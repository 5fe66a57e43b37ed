"""archive_app layer: filling a draft's fields from the archive, one ``fill`` key at a time.

The keys are those of resources/mechanisms/*.json: ``person.*`` (the person's details),
``detention.*`` (places of detention), ``articles.*``, ``facts``, ``facts.first``,
``remedies``, ``submitter``, ``consent``, ``annex``, ``const:TEXT`` and ``manual``
(nothing in the archive answers it). Identifying details (date and place of birth,
address, identity document) are given only for a person who may be named in full.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from archive_app.facts.dates import FactDate
from archive_app.facts.draft_model import WITHHELD, DraftField, Table
from archive_app.facts.mechanisms import Mechanism
from archive_app.facts.naming import FULL, NONE, Namer, initials
from indexing.language import guess_language
from storage import consents as consent_repo
from storage import documents as doc_repo
from storage import registry as reg_repo
from storage.errors import NotFound
from storage.facts import FactRecord
from storage.remedies import RemedyRecord

if TYPE_CHECKING:
    from storage.database import Database

IDENTIFYING = {"date_of_birth", "address", "identity_document", "place_of_birth", "birth"}
_SURNAME = re.compile(
    r"(?:ov|ev|ova|eva|in|ina|yev|yeva|uly|kyzy|ұлы|қызы|ов|ев|ова|ева|ин|ина)$", re.IGNORECASE
)


def split_name(name: str) -> tuple[str, str]:
    """(family name, given names): the word that looks like a surname, else the last."""
    words = name.split()
    if len(words) < 2:
        return name, ""
    index = next((i for i, w in enumerate(words) if _SURNAME.search(w)), len(words) - 1)
    return words[index], " ".join(w for i, w in enumerate(words) if i != index)


class Filler:
    def __init__(
        self,
        db: Database,
        mechanism: Mechanism,
        namer: Namer,
        *,
        subjects: list[int],
        submitter: int | None,
        submitter_confidential: bool,
        facts: list[FactRecord],
        remedies: list[RemedyRecord],
        manifest: dict[str, Any] | None,
        today: date,
    ) -> None:
        self._db = db
        self.mechanism = mechanism
        self.namer = namer
        self.subjects = subjects
        self.submitter = submitter
        self.confidential = submitter_confidential
        self.facts = facts
        self.remedies = remedies
        self.manifest = manifest
        self.today = today
        self._bates = self._bates_ranges()

    # -- dispatch ------------------------------------------------------------------
    def fill(self, key: str, item: DraftField) -> None:
        if key == "manual":
            return
        if key.startswith("const:"):
            item.paragraphs.append(key[len("const:") :])
        elif key.startswith("person."):
            self._person(key[len("person.") :], item)
        elif key.startswith("detention."):
            self._detention(key[len("detention.") :], item)
        elif key.startswith("articles."):
            self._articles(key[len("articles.") :], item)
        elif key in ("facts", "facts.first"):
            self._facts(item, first_only=key == "facts.first")
        elif key == "remedies":
            self._remedies(item)
        elif key == "submitter":
            self._submitter(item)
        elif key == "consent":
            self._consent(item)
        elif key == "annex":
            self._annex(item)
        else:
            raise ValueError(f"unknown fill key {key!r} in the {self.mechanism.id} field list")

    def _for_each(self, item: DraftField, values: dict[int, str]) -> None:
        for pid in self.subjects:
            value = values.get(pid, "")
            if not value:
                continue
            if len(self.subjects) > 1:
                value = f"{self.namer.label(pid)}: {value}"
            item.paragraphs.append(value)

    # -- the person ----------------------------------------------------------------
    def _person(self, name: str, item: DraftField) -> None:
        values: dict[int, str] = {}
        for pid in self.subjects:
            person = reg_repo.find_person(self._db, str(pid))
            level = self.namer.level(pid)
            details = consent_repo.details(self._db, pid)
            if name in IDENTIFYING and level != FULL:
                values[pid] = WITHHELD if self._has(details, name) else ""
                continue
            family, given = split_name(person.name)
            if name == "name":
                values[pid] = self.namer.label(pid)
            elif name in ("family_name", "given_name"):
                word = family if name == "family_name" else given
                if level == FULL:
                    values[pid] = word
                elif level != NONE and word:
                    values[pid] = initials(word)
                else:
                    values[pid] = WITHHELD
            elif name == "birth":
                values[pid] = ", ".join(
                    v for v in (details.get("date_of_birth"), details.get("place_of_birth")) if v
                )
            elif name == "identity_document":
                parts = [
                    details.get(k, "")
                    for k in (
                        "identity_document",
                        "identity_document_issuer",
                        "identity_document_date",
                        "identity_document_number",
                    )
                ]
                values[pid] = ", ".join(p for p in parts if p)
            else:
                values[pid] = self.namer.clean(details.get(name, ""))
        self._for_each(item, values)

    @staticmethod
    def _has(details: dict[str, str], name: str) -> bool:
        if name == "birth":
            return bool(details.get("date_of_birth") or details.get("place_of_birth"))
        return any(k.startswith(name) for k in details)

    # -- detention ---------------------------------------------------------------------
    def _detention(self, name: str, item: DraftField) -> None:
        places = {pid: consent_repo.detentions(self._db, pid) for pid in self.subjects}
        if name == "places":
            rows = [
                (
                    *((self.namer.label(pid),) if len(self.subjects) > 1 else ()),
                    self.namer.clean(p.place),
                    self.namer.clean(p.authority),
                    p.date_from or "?",
                    p.date_to or "present",
                )
                for pid, stays in places.items()
                for p in stays
            ]
            if rows:
                person_col = ("Person",) if len(self.subjects) > 1 else ()
                item.table = Table((*person_col, "Place", "Authority", "From", "To"), rows)
            return
        values: dict[int, str] = {}
        for pid, stays in places.items():
            dated = [p for p in stays if p.date_from]
            if name == "first_date" and dated:
                values[pid] = dated[0].date_from or ""
            elif name == "first_authority" and stays:
                values[pid] = self.namer.clean(stays[0].authority)
            elif name == "last_authority" and stays:
                values[pid] = self.namer.clean(stays[-1].authority)
            elif name == "authorities":
                values[pid] = "; ".join(
                    dict.fromkeys(self.namer.clean(p.authority) for p in stays if p.authority)
                )
            elif name == "duration" and dated:
                values[pid] = self._duration(dated[0].date_from or "", stays[-1].date_to)
        self._for_each(item, values)

    def _duration(self, start: str, end: str | None) -> str:
        try:
            first = date.fromisoformat(start if len(start) == 10 else (start + "-01-01")[:10])
            last = date.fromisoformat(end) if end and len(end) == 10 else self.today
        except ValueError:
            return ""
        days = (last - first).days
        until = f"until {end}" if end else f"still detained on {self.today.isoformat()}"
        return f"{days} days from {start}, {until}"

    # -- articles ------------------------------------------------------------------------
    def _article_records(self) -> list[reg_repo.ArticleRecord]:
        ids = sorted({a for f in self.facts for a in f.article_ids})
        found = []
        for row_id in ids:
            record = reg_repo.article_by_id(self._db, row_id)
            if record is not None:
                found.append(record)
        return found

    def _articles(self, name: str, item: DraftField) -> None:
        articles = self._article_records()
        domestic = [a for a in articles if a.instrument.startswith("KZ-")]
        international = [a for a in articles if not a.instrument.startswith("KZ-")]
        if name == "domestic":
            item.paragraphs += [f"{a.citation} - {a.title}" for a in domestic]
        elif name == "domestic_titles":
            item.paragraphs += [f"{a.title} ({a.citation})" for a in domestic]
        elif name == "all":
            item.paragraphs += [f"{a.citation} - {a.title}" for a in domestic + international]
        elif name == "international":
            for a in international:
                line = f"{a.citation} - {a.title}"
                cats = [
                    c.id for c in self.mechanism.categories
                    if a.instrument == "ICCPR" and a.article in c.iccpr
                ]  # fmt: skip
                if cats:
                    line += f" (supports category {', '.join(cats)})"
                item.paragraphs.append(line)

    # -- facts and remedies --------------------------------------------------------------
    def citation(self, document_id: int | None, page: int | None, bates: str) -> str:
        if bates:
            return bates
        if document_id is None:
            return ""
        label = self._page_label(document_id, page)
        if label:
            return label
        try:
            title = self.namer.clean(doc_repo.get(self._db, document_id).title)
        except NotFound:
            return ""
        return f"doc. #{document_id} \u201c{title}\u201d" + (f", p. {page}" if page else "")

    def _facts(self, item: DraftField, *, first_only: bool) -> None:
        facts = self.facts
        if first_only:
            dated = [f for f in facts if f.date_kind != "tbd"]
            if dated:
                f = dated[0]
                when = FactDate(f.date_kind, f.date_start, f.date_end).display()
                item.paragraphs.append(f"{when}: {self.namer.clean(f.statement)}")
            return
        rows: list[tuple[str, ...]] = []
        for n, f in enumerate(facts, 1):
            when = FactDate(f.date_kind, f.date_start, f.date_end).display()
            status = "" if f.status == "undisputed" else f.status
            rows.append(
                (
                    str(n),
                    when,
                    self.namer.clean(f.statement),
                    self.citation(f.document_id, f.page_no, f.bates),
                    status,
                )
            )
        if rows:
            item.table = Table(("No.", "Date", "Fact", "Source", "Status"), rows)

    def _remedies(self, item: DraftField) -> None:
        rows: list[tuple[str, ...]] = [
            (
                str(r.seq),
                r.kind.replace("-", " "),
                r.filed_on or "",
                self.namer.clean(r.body),
                r.outcome.replace("-", " "),
                r.decided_on or "",
                self.citation(r.ruling_document_id, None, ""),
            )
            for r in self.remedies
        ]
        if rows:
            item.table = Table(
                ("No.", "Step", "Filed", "Body", "Outcome", "Decided", "Ruling"), rows
            )

    def remedy_problems(self) -> list[str]:
        if not self.mechanism.rule("domestic_remedies_required"):
            return []
        if not self.remedies:
            return ["No domestic remedies recorded: the Committee requires them to be"
                    " exhausted, or the draft must explain why they are ineffective."]  # fmt: skip
        problems = []
        pending = [r for r in self.remedies if r.outcome == "pending"]
        if pending:
            problems.append(
                f"Domestic remedies not exhausted: step {pending[0].seq} ({pending[0].kind})"
                " is pending."
            )
        years = self.mechanism.rule("time_limit_years_after_final_decision")
        decided = sorted(r.decided_on for r in self.remedies if r.decided_on)
        if years and decided:
            last = decided[-1]
            try:
                final = date.fromisoformat(last if len(last) == 10 else (last + "-12-31")[:10])
            except ValueError:
                return problems
            if (self.today - final).days > years * 365:
                problems.append(
                    f"The last domestic decision ({last}) is more than {years} years old:"
                    " explain the delay or the Committee may find an abuse of the right of"
                    " submission."
                )
        return problems

    # -- submitter, consent, annex -------------------------------------------------------
    def _submitter(self, item: DraftField) -> None:
        if self.submitter is None:
            return
        if self.confidential:
            item.paragraphs.append(
                "The identity of the source is to be kept confidential; it is given to the"
                " Office of the High Commissioner separately."
            )
            return
        person = reg_repo.find_person(self._db, str(self.submitter))
        item.paragraphs.append(self.namer.label(person.id))
        if person.role:
            item.paragraphs.append(f"Role: {person.role}")
        address = consent_repo.details(self._db, person.id).get("address")
        if address and self.namer.level(person.id) == FULL:
            item.paragraphs.append(f"Address: {address}")

    def _consent(self, item: DraftField) -> None:
        for pid in self.subjects:
            consent = consent_repo.get(self._db, pid, self.mechanism.id)
            label = self.namer.label(pid)
            if consent is None:
                continue
            proof = (
                f", proved by {self.citation(consent.proof_document_id, None, '')}"
                if consent.proof_document_id
                else ""
            )
            when = f" on {consent.submit_date}" if consent.submit_date else ""
            item.paragraphs += [
                f"Consent of {label} to this submission: {consent.submit}{when}{proof}.",
                f"Name in public documents: {consent.public_naming}.",
                f"Anonymity requested in the decision or report: {consent.anonymised}.",
                "Identity of the source to be kept confidential:"
                f" {consent.submitter_confidential}.",
            ]

    def _bates_ranges(self) -> dict[int, tuple[str, list[str]]]:
        if not self.manifest:
            return {}
        ranges = {}
        for doc in self.manifest.get("documents", []):
            labels = [str(x) for x in doc.get("labels", [])]
            if labels:
                span = labels[0] if len(labels) == 1 else f"{labels[0]}-{labels[-1]}"
                ranges[int(doc["archive_id"])] = (span, labels)
        return ranges

    def _page_label(self, document_id: int, page: int | None) -> str:
        if document_id not in self._bates:
            return ""
        span, labels = self._bates[document_id]
        if page and 1 <= page <= len(labels):
            return labels[page - 1]
        return span

    def _annex(self, item: DraftField) -> None:
        ids: list[int] = list(self._bates)
        if not ids:
            ids = list(
                dict.fromkeys(
                    [f.document_id for f in self.facts if f.document_id is not None]
                    + [r.ruling_document_id for r in self.remedies if r.ruling_document_id]
                )
            )
        rows: list[tuple[str, ...]] = []
        for doc_id in ids:
            try:
                doc = doc_repo.get(self._db, doc_id)
            except NotFound:
                continue
            language = doc.language or "?"
            translation = (
                "not needed"
                if language in self.mechanism.languages
                else f"needed ({language} to {'/'.join(self.mechanism.languages)})"
            )
            rows.append(
                (
                    self._bates[doc_id][0] if doc_id in self._bates else "(not exported)",
                    doc.doc_date or "",
                    self.namer.clean(doc.title),
                    language,
                    translation,
                )
            )
        if rows:
            item.table = Table(("Bates", "Date", "Description", "Language", "Translation"), rows)

    def languages_needing_translation(self, language: str) -> int:
        count = 0
        for f in self.facts:
            found = guess_language(f.statement)
            if found is not None and found != language:
                count += 1
        return count
