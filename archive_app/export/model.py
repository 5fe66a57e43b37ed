"""archive_app layer: what can be redacted, and what an export records about it.

A ``RedactionSet`` holds rules: terms (typed, or every spelling of a registered person),
patterns (phone, e-mail, IIN, ID, date of birth), rectangles on a page and whole pages
withheld; each carries a reason code shown as the label on its box. A ``LogEntry`` is one
line of ``redaction-log.csv``: where and why, never what.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeVar

from archive_app.export.errors import RedactionInvalid
from storage.schema import REDACTION_REASONS

REASONS = REDACTION_REASONS
DEFAULT_REASON = "PII-VICTIM"
T = TypeVar("T")
PATTERN_NAMES = ("phone", "email", "iin", "id", "dob")

# Methods written to the redaction log.
METHOD_BURNED = "page rebuilt as an image with the box burned in"
METHOD_UNLOCATED = "page rebuilt as an image (matched text without a position)"
METHOD_TYPESET = "text removed before typesetting"
METHOD_IMAGE = "box burned into the image"
METHOD_WITHHELD = "page withheld"


def check_reason(reason: str) -> str:
    code = reason.strip().upper()
    if code not in REASONS:
        raise RedactionInvalid(f"unknown reason code {reason!r}; one of: {', '.join(REASONS)}")
    return code


@dataclass(frozen=True)
class TermRule:
    """Text to remove wherever it appears, in any case, spacing or script."""

    text: str
    reason: str
    kind: str = "term"  # "term", "person" or "pattern" (a value a pattern matched)


@dataclass(frozen=True)
class PersonRule:
    """A registered person, removed wherever the mention engine finds them: every spelling,
    script and grammatical form of the name and aliases, with the whole name span."""

    names: tuple[str, ...]  # the registered name first, then the aliases
    reason: str


@dataclass(frozen=True)
class PatternRule:
    name: str
    reason: str

    def __post_init__(self) -> None:
        if self.name not in PATTERN_NAMES:
            raise RedactionInvalid(
                f"unknown pattern {self.name!r}; one of: {', '.join(PATTERN_NAMES)}"
            )


@dataclass(frozen=True)
class RectRule:
    """A box on a page: fractions of the displayed page, origin at the top left."""

    page: int
    box: tuple[float, float, float, float]
    reason: str


@dataclass(frozen=True)
class PageRule:
    page: int
    reason: str


@dataclass
class RedactionSet:
    terms: list[TermRule] = field(default_factory=list)
    persons: list[PersonRule] = field(default_factory=list)
    patterns: list[PatternRule] = field(default_factory=list)
    rects: list[RectRule] = field(default_factory=list)
    pages: list[PageRule] = field(default_factory=list)

    def merged(self, other: RedactionSet) -> RedactionSet:
        return RedactionSet(
            terms=_unique(self.terms + other.terms),
            persons=_unique(self.persons + other.persons),
            patterns=_unique(self.patterns + other.patterns),
            rects=_unique(self.rects + other.rects),
            pages=_unique(self.pages + other.pages),
        )

    def withheld(self) -> dict[int, str]:
        """Page number -> reason, for pages withheld whole (first reason wins)."""
        found: dict[int, str] = {}
        for rule in self.pages:
            found.setdefault(rule.page, rule.reason)
        return found

    def __bool__(self) -> bool:
        return bool(self.terms or self.persons or self.patterns or self.rects or self.pages)


def _unique(items: list[T]) -> list[T]:
    return list(dict.fromkeys(items))


@dataclass(frozen=True)
class LogEntry:
    """One redaction in the output: page within its document (from 1), reason, kind, method."""

    page: int
    reason: str
    kind: str
    method: str
