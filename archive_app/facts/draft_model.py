"""archive_app layer: a submission draft as data - sections of fields, each filled or missing.

The builder (archive_app.facts.draft) fills it from the archive; the writers
(archive_app.facts.draft_docx) typeset it. Every text in it has already been through
the naming rules; ``texts`` lists them all with their place, for the checks.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from archive_app.facts.mechanisms import Mechanism

MISSING = "[to be completed]"
WITHHELD = "[withheld under the person's consent]"


@dataclass
class Table:
    headers: tuple[str, ...]
    rows: list[tuple[str, ...]] = field(default_factory=list)


@dataclass
class DraftField:
    label: str
    source: str
    required: bool
    paragraphs: list[str] = field(default_factory=list)
    table: Table | None = None

    @property
    def missing(self) -> bool:
        return not self.paragraphs and not (self.table and self.table.rows)


@dataclass
class DraftSection:
    title: str
    fields: list[DraftField] = field(default_factory=list)


@dataclass
class Draft:
    mechanism: Mechanism
    case_name: str
    title: str
    created: date
    language: str
    intro: list[str] = field(default_factory=list)
    sections: list[DraftSection] = field(default_factory=list)
    checklist: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    def missing_fields(self) -> list[str]:
        return [
            f"{section.title}: {item.label}"
            for section in self.sections
            for item in section.fields
            if item.required and item.missing
        ]

    def texts(self) -> Iterator[tuple[str, str]]:
        """Every text of the draft with where it stands (for the consent check)."""
        yield "the title", self.title
        yield "the case name", self.case_name
        for line in self.intro:
            yield "the introduction", line
        for line in self.checklist + self.rules + self.sources:
            yield "the checklist", line
        for section in self.sections:
            for item in section.fields:
                place = f"'{section.title}: {item.label}'"
                for text in item.paragraphs:
                    yield place, text
                if item.table:
                    for row in item.table.rows:
                        for cell in row:
                            yield place, cell

    def word_count(self) -> int:
        return sum(len(text.split()) for _, text in self.texts())
