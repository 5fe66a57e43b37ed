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
from indexing.mentions.persons import PersonMatcher


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

    def __bool__(self) -> bool:
        return bool(self.matcher) or bool(self.persons) or bool(self.patterns)

    def hits(self, text: str, *, ignore: Iterable[str] = (), patterns: bool = True) -> list[Hit]:
        """Every term (and, with ``patterns``, pattern) match in ``text``; ``ignore``
        strings (our own stamps and labels) are blanked first, keeping offsets. Raw PDF
        syntax is searched without patterns: it is all numbers."""
        text = blank_out(text, ignore)
        found: list[Hit] = []
        if self.matcher:
            words = Words(text)
            for m in self.matcher.find(text, words):
                rule = self._rule_of[m.term]
                found.append(Hit(m.start, m.end, rule.reason, rule.kind))
        if self.persons:
            for mention in self.persons.find(text):
                if mention.redact:
                    reason = self.person_rules[mention.person_id].reason
                    found.append(Hit(mention.start, mention.end, reason, "person"))
        if self.patterns and patterns:
            for p in find_patterns(text, tuple(self.patterns)):
                found.append(Hit(p.start, p.end, self.patterns[p.name], f"pattern:{p.name}"))
                for form in verification_forms(p):
                    self.found_values.setdefault(form, p.name)
        return _joined(found)

    def value_rules(self) -> list[TermRule]:
        """Terms for the pattern values found so far (the verifier looks for them too)."""
        return [
            TermRule(value, self.patterns[name], f"pattern:{name}")
            for value, name in sorted(self.found_values.items())
        ]


def blank_out(text: str, strings: Iterable[str]) -> str:
    """Replace each occurrence of the given strings with spaces (offsets unchanged)."""
    items = sorted({s for s in strings if s}, key=len, reverse=True)
    if not items:
        return text
    pattern = re.compile("|".join(re.escape(s) for s in items))
    return pattern.sub(lambda m: " " * len(m.group()), text)


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
