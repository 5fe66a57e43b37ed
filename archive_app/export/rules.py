"""archive_app layer: turning registry persons and saved redactions into redaction rules.

A person is redacted wherever the mention engine (indexing.mentions) finds them: every
name and alias in any script, word order and grammatical form, with the whole name span
(patronymic, initials), e-mail addresses and handles built from the name - and a given
name alone only when it is a registered alias. The full names and aliases are also kept
as terms (in both word orders), so the verifier finds them even letter-spaced or run
together. Persons who did not consent to disclosure (consent 'no') are always part of an
export's rules.

An export for a UN mechanism (wgad, sp, hrc) also follows each person's consent for that
mechanism (storage.consents): a person with a consent record for it is named only as far
as it allows, failing closed - no recorded consent to submit, a refusal, naming "not at
all" or not recorded: not named; "initials": the pages cannot carry initials instead of
a name, so the name is removed there too (the draft names them by initials). A person
without a record for the mechanism follows the registry's flag, as before.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from archive_app.export.matching import person_terms
from archive_app.export.model import (
    PageRule,
    PatternRule,
    PersonRule,
    RectRule,
    RedactionSet,
    TermRule,
    check_reason,
)
from storage import consents as consent_repo
from storage import redactions as saved_repo
from storage import registry as registry_repo
from storage.consents import ConsentRecord
from storage.registry import PersonRecord

if TYPE_CHECKING:
    from storage.database import Database


FULL, INITIALS, NONE = "full", "initials", "none"
MECHANISM_SHORT = {"wgad": "WGAD", "sp": "Special Procedures", "hrc": "Human Rights Committee"}


def consent_level(consent: ConsentRecord | None, registry_consent: str) -> str:
    """How far a person whose consent governs may be named for a mechanism, from their
    consent record for it; missing or unclear consent names nobody."""
    if registry_consent == "no" or consent is None or consent.submit != "yes":
        return NONE
    if consent.public_naming == FULL and consent.anonymised != "yes":
        return FULL
    if consent.public_naming in (FULL, INITIALS):
        return INITIALS
    return NONE


@dataclass(frozen=True)
class MechanismNaming:
    """A person an export for a mechanism may not name in full, and why."""

    person: PersonRecord
    level: str  # INITIALS or NONE
    why: str

    def message(self, mechanism: str) -> str:
        """Names the person by number only (export warnings are shown and may be logged)."""
        short = MECHANISM_SHORT.get(mechanism, mechanism)
        if self.level == INITIALS:
            return (
                f"person #{self.person.id} may be named by initials only for the {short}:"
                " pages cannot carry initials instead of a name, so the name is redacted"
                " in every document (the draft names them by initials)"
            )
        return (
            f"person #{self.person.id} is not named in this bundle for the {short}"
            f" ({self.why}): the name is redacted in every document"
        )


def _why(consent: ConsentRecord) -> str:
    if consent.submit == "no":
        return "consent to submit refused"
    if consent.submit != "yes":
        return "no consent to submit recorded"
    if consent.public_naming == NONE:
        return "consented to be named not at all"
    if consent.public_naming != FULL and consent.public_naming != INITIALS:
        return "how they may be named is not recorded"
    return "anonymity asked for"


def mechanism_namings(db: Database, mechanism: str) -> list[MechanismNaming]:
    """The persons an export for ``mechanism`` names less than in full (persons without
    consent to disclosure are redacted in every export and not listed here)."""
    consent_repo.check_mechanism(mechanism)
    found = []
    for person in registry_repo.list_persons(db):
        if person.consent == "no":
            continue
        consent = consent_repo.get(db, person.id, mechanism)
        if consent is None:
            continue  # the registry's flag governs, as in any export
        level = consent_level(consent, person.consent)
        if level != FULL:
            found.append(MechanismNaming(person, level, _why(consent)))
    return found


def mechanism_rules(db: Database, mechanism: str) -> RedactionSet:
    rules = RedactionSet()
    for naming in mechanism_namings(db, mechanism):
        rules = rules.merged(person_rules(naming.person))
    return rules


def person_reason(person: PersonRecord) -> str:
    return "PII-WITNESS" if "witness" in person.role.lower() else "PII-VICTIM"


def person_rules(person: PersonRecord, reason: str | None = None) -> RedactionSet:
    """The rules that remove one person: the engine's mentions and the full-name terms."""
    code = check_reason(reason) if reason else person_reason(person)
    names = [person.name, *person.aliases]
    return RedactionSet(
        terms=[TermRule(t, code, "person") for t in person_terms(names, parts=False)],
        persons=[PersonRule(tuple(names), code)],
    )


def non_consenting(db: Database) -> list[PersonRecord]:
    return [p for p in registry_repo.list_persons(db) if p.consent == "no"]


def persons_rules(db: Database, refs: list[str], reason: str | None = None) -> RedactionSet:
    rules = RedactionSet()
    for ref in refs:
        rules = rules.merged(person_rules(registry_repo.find_person(db, ref), reason))
    return rules


def consent_rules(db: Database) -> RedactionSet:
    rules = RedactionSet()
    for person in non_consenting(db):
        rules = rules.merged(person_rules(person))
    return rules


def saved_rules(db: Database, document_id: int) -> RedactionSet:
    """The redactions a reviewer saved for one document."""
    rules = RedactionSet()
    for item in saved_repo.for_document(db, document_id):
        if item.kind == "term":
            rules.terms.append(TermRule(item.value, item.reason))
        elif item.kind == "person" and item.person_id is not None:
            person = registry_repo.find_person(db, str(item.person_id))
            person_set = person_rules(person, item.reason)
            rules.terms += person_set.terms
            rules.persons += person_set.persons
        elif item.kind == "pattern":
            rules.patterns.append(PatternRule(item.value, item.reason))
        elif item.kind == "rect" and item.page_no is not None and item.box is not None:
            rules.rects.append(RectRule(item.page_no, item.box, item.reason))
        elif item.kind == "page" and item.page_no is not None:
            rules.pages.append(PageRule(item.page_no, item.reason))
    return rules


def profile_summary(rules: RedactionSet) -> dict[str, dict[str, object]]:
    """The redaction profile by reason code, for MANIFEST.json: counts and pattern names,
    never a term."""
    profile: dict[str, dict[str, object]] = {}

    def entry(reason: str) -> dict[str, object]:
        return profile.setdefault(
            reason, {"terms": 0, "person_forms": 0, "patterns": [], "rectangles": 0, "pages": 0}
        )

    for term in rules.terms:
        key = "person_forms" if term.kind == "person" else "terms"
        if not term.kind.startswith("pattern"):
            item = entry(term.reason)
            item[key] = int(str(item[key])) + 1
    for person in rules.persons:
        item = entry(person.reason)
        item["persons"] = int(str(item.get("persons", 0))) + 1
    for pattern in rules.patterns:
        names = entry(pattern.reason)["patterns"]
        assert isinstance(names, list)
        if pattern.name not in names:
            names.append(pattern.name)
    for rect in rules.rects:
        item = entry(rect.reason)
        item["rectangles"] = int(str(item["rectangles"])) + 1
    for page in rules.pages:
        item = entry(page.reason)
        item["pages"] = int(str(item["pages"])) + 1
    return profile


def rules_fingerprint(rules: RedactionSet) -> str:
    """A short digest of the rules (for the audit log: which profile, not its terms)."""
    parts = sorted(f"{t.kind}:{t.reason}:{t.text.casefold()}" for t in rules.terms)
    parts += sorted(f"pattern:{p.reason}:{p.name}" for p in rules.patterns)
    parts += sorted(
        f"person:{p.reason}:{'|'.join(n.casefold() for n in p.names)}" for p in rules.persons
    )
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:16]
