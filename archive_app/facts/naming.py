"""archive_app layer: how far each person may be named in what leaves the archive.

A person is named in full, by initials, or not at all (a label: "the alleged victim",
"Person B"). For the persons a submission is about, the level comes from their consent
for that mechanism (storage.consents) and fails closed: no consent to submit, or no
record, and they are not named. Everyone else follows the registry's consent flag as
the export does: "no" is not named, otherwise the name stays. A confidential submitter
is never named.

``Namer.clean`` rewrites text (statements, titles, notes) so every mention of a
restricted person - found by the mention engine in any script, form or spelling - says
only what consent allows; ``Namer.check`` is the independent verification run on the
finished file: the export's detector (mention engine, other readings, full-name terms)
for each restricted person, failing closed.
"""

from __future__ import annotations

import string
from collections.abc import Iterable
from dataclasses import dataclass

from archive_app.export.detect import Detector
from archive_app.export.errors import ExportLeak
from archive_app.export.rules import FULL, INITIALS, NONE, consent_level, person_rules
from indexing.mentions.persons import PersonMatcher
from storage.consents import ConsentRecord
from storage.registry import PersonRecord

__all__ = [
    "FULL",
    "INITIALS",
    "NONE",
    "Namer",
    "Naming",
    "NamingLeak",
    "initials",
    "other_level",
    "subject_level",
]


class NamingLeak(ExportLeak):
    """A file would name a person beyond their consent; nothing was written."""


def subject_level(consent: ConsentRecord | None, registry_consent: str) -> str:
    """How far a person a submission is about may be named, from their consent for the
    mechanism; missing or unclear consent names nobody (the same rule as an exported
    bundle's for a mechanism: archive_app.export.rules.consent_level)."""
    return consent_level(consent, registry_consent)


def other_level(consent: ConsentRecord | None, registry_consent: str) -> str:
    """Persons a submission mentions but is not about (lawyers, relatives, officials)."""
    if registry_consent == "no":
        return NONE
    if consent is not None and consent.public_naming in (INITIALS, NONE):
        return consent.public_naming
    if consent is not None and consent.anonymised == "yes":
        return INITIALS
    return FULL


def initials(name: str) -> str:
    """'Zhanar Kurmangaliyeva' -> 'Z. K.'; hyphenated parts each give a letter."""
    letters = []
    for word in name.replace("-", " ").split():
        first = next((c for c in word if c.isalpha()), "")
        if first:
            letters.append(first.upper() + ".")
    return " ".join(letters) or "N. N."


@dataclass(frozen=True)
class Naming:
    person: PersonRecord
    level: str
    label: str  # what is printed for them


class Namer:
    def __init__(self, namings: Iterable[Naming]) -> None:
        self.namings = {n.person.id: n for n in namings}
        self._restricted = [n for n in self.namings.values() if n.level != FULL]
        self._matcher = PersonMatcher(
            (n.person.id, name)
            for n in self._restricted
            for name in (n.person.name, *n.person.aliases)
        )

    @classmethod
    def build(
        cls,
        persons: list[PersonRecord],
        levels: dict[int, str],
        *,
        victim_word: str = "the alleged victim",
        subjects: tuple[int, ...] = (),
        confidential: tuple[int, ...] = (),
    ) -> Namer:
        """Labels: initials; for subjects not named 'the alleged victim' (or 'Victim A',
        'Victim B' when there are several); others 'Person A', ...; 'the source' for a
        confidential submitter."""
        hidden_subjects = [p for p in subjects if levels.get(p) == NONE]
        letters = iter(string.ascii_uppercase)
        namings = []
        for person in persons:
            level = levels.get(person.id, FULL)
            if person.id in confidential:
                level, label = NONE, "the source (identity given separately)"
            elif level == FULL:
                label = person.name
            elif level == INITIALS:
                label = initials(person.name)
            elif person.id in hidden_subjects:
                label = (
                    victim_word
                    if len(hidden_subjects) == 1
                    else f"Victim {chr(65 + hidden_subjects.index(person.id))}"
                )
            else:
                label = f"Person {next(letters, 'X')}"
            namings.append(Naming(person, level, label))
        return cls(namings)

    def label(self, person_id: int) -> str:
        naming = self.namings.get(person_id)
        return naming.label if naming else f"Person #{person_id}"

    def level(self, person_id: int) -> str:
        naming = self.namings.get(person_id)
        return naming.level if naming else FULL

    def clean(self, text: str) -> str:
        """``text`` with every mention of a restricted person replaced by their label."""
        if not text or not self._matcher:
            return text
        hits = sorted(
            (h for h in self._matcher.find(text) if h.redact), key=lambda h: h.start, reverse=True
        )
        last_start = len(text) + 1
        for hit in hits:
            if hit.end > last_start:  # overlapping: the later one already replaced
                continue
            text = text[: hit.start] + self.label(hit.person_id) + text[hit.end :]
            last_start = hit.start
        return text

    def check(self, texts: Iterable[tuple[str, str]], *, what: str) -> None:
        """Raise NamingLeak when a restricted person is found in any (place, text); the
        message names the place and the person's number, never the name."""
        if not self._restricted:
            return
        detectors = [(n, Detector(person_rules(n.person))) for n in self._restricted]
        for place, text in texts:
            if not text.strip():
                continue
            for naming, detector in detectors:
                if detector.hits(text, patterns=False):
                    raise NamingLeak(
                        f"{what} stopped, nothing written: it would name person"
                        f" #{naming.person.id} beyond their consent ({naming.level}) in {place}"
                    )
