"""archive_app layer: one detector for a document's terms and patterns, with reason codes.

The redactor asks it where to draw boxes; the verifier asks it whether anything is
left. Both see the same rules, so a bundle is checked against exactly what was removed.
Persons are found by the mention engine (indexing.mentions.persons) - every spelling and
form with the whole name span - and terms by the term matcher.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from archive_app.export.matching import TermMatcher, Words
from archive_app.export.model import PersonRule, RedactionSet, TermRule
from archive_app.export.patterns import find_patterns, verification_forms
from archive_app.export.readings import readings
from indexing.mentions.persons import PersonMatcher
from indexing.mentions.text import ReadText, read


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    reason: str
    kind: str  # term, person or pattern:NAME


class Detector:
    def __init__(self, rules: RedactionSet) -> None:
        self.term_rules = list(dict.fromkeys(rules.terms))
        self.matcher = TermMatcher(r.text for r in self.term_rules)
        self.person_rules: list[PersonRule] = list(dict.fromkeys(rules.persons))
        self.persons = PersonMatcher(
            (index, name) for index, rule in enumerate(self.person_rules) for name in rule.names
        )
        reasons: dict[str, TermRule] = {}
        for rule in self.term_rules:
            reasons.setdefault(rule.text.strip(), rule)
        self._rule_of = [reasons[t] for t in self.matcher.terms]
        self.patterns = {p.name: p.reason for p in rules.patterns}
        self.found_values: dict[str, str] = {}  # pattern value seen -> pattern name
        self._contains: dict[tuple[str, ...], bool] = {}

    def __bool__(self) -> bool:
        return bool(self.matcher) or bool(self.persons) or bool(self.patterns)

    def hits(self, text: str, *, ignore: Iterable[str] = (), patterns: bool = True) -> list[Hit]:
        """Every term, person (and, with ``patterns``, pattern) match in ``text``, in the
        text as it is and in every other reading of it (archive_app.export.readings: format
        characters dropped, look-alikes folded, spaced letters joined, legacy 8-bit
        Cyrillic), as spans of ``text``. ``ignore`` strings (our own stamps and labels) do
        not count: a hit that lies wholly inside one is dropped, and patterns are looked
        for with them blanked out. Raw PDF syntax is searched without patterns: it is all
        numbers."""
        ignore = tuple(ignore)
        ignored = ignored_spans(text, ignore)
        blanked = _blank(text, ignored)
        sources = [blanked]
        if ignored and self._terms_contain(ignore):  # a term with a reason-code word in it
            sources.append(text)
        found: list[Hit] = []
        for source in sources:
            for reading in readings(source):
                for hit in self._words(reading.text):
                    start, end = reading.span(hit.start, hit.end)
                    if end > start and not _inside(start, end, ignored):
                        found.append(Hit(start, end, hit.reason, hit.kind))
        if self.patterns and patterns:
            versions = [ReadText(blanked, None, len(blanked))]
            repaired = read(blanked)
            if repaired.text != blanked:  # a phone number with a soft hyphen in it
                versions.append(repaired)
            for reading in versions:
                for p in find_patterns(reading.text, tuple(self.patterns)):
                    start, end = reading.span(p.start, p.end)
                    found.append(Hit(start, end, self.patterns[p.name], f"pattern:{p.name}"))
                    for form in verification_forms(p):
                        self.found_values.setdefault(form, p.name)
        return _joined(found)

    def _terms_contain(self, strings: tuple[str, ...]) -> bool:
        """Whether some term has one of ``strings`` in it (then the text is also searched
        without blanking them: a term "SECURITY Service" must match)."""
        known = self._contains.get(strings)
        if known is None:
            folded = [s.casefold() for s in strings if s.strip()]
            known = any(f in rule.text.casefold() for rule in self.term_rules for f in folded)
            self._contains[strings] = known
        return known

    def _words(self, text: str) -> list[Hit]:
        found: list[Hit] = []
        if self.matcher:
            for m in self.matcher.find(text, Words(text)):
                rule = self._rule_of[m.term]
                found.append(Hit(m.start, m.end, rule.reason, rule.kind))
        if self.persons:
            for mention in self.persons.find(text):
                if mention.redact:
                    reason = self.person_rules[mention.person_id].reason
                    found.append(Hit(mention.start, mention.end, reason, "person"))
        return found

    def value_rules(self) -> list[TermRule]:
        """Terms for the pattern values found so far (the verifier looks for them too)."""
        return [
            TermRule(value, self.patterns[name], f"pattern:{name}")
            for value, name in sorted(self.found_values.items())
        ]


def ignored_spans(text: str, strings: Iterable[str]) -> list[tuple[int, int]]:
    """Where the given strings occur in ``text`` (longest first, not overlapping)."""
    items = sorted({s for s in strings if s}, key=len, reverse=True)
    if not items or not text:
        return []
    pattern = re.compile("|".join(re.escape(s) for s in items))
    return [m.span() for m in pattern.finditer(text)]


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def blank_out(text: str, strings: Iterable[str]) -> str:
    """Replace each occurrence of the given strings with spaces (offsets unchanged)."""
    return _blank(text, ignored_spans(text, strings))


def _joined(hits: list[Hit]) -> list[Hit]:
    """Overlapping hits as one (a person's name found as a mention and as a full-name term
    is one redaction, with the reason and kind of the first found)."""
    joined: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        last = joined[-1] if joined else None
        if last is not None and hit.start < last.end:
            if hit.end > last.end:
                joined[-1] = Hit(last.start, hit.end, last.reason, last.kind)
        else:
            joined.append(hit)
    return joined
