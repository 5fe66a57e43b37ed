"""indexing layer: what a whole document cites and whom it mentions, with evidence.

``Registry`` is a snapshot of what the archive knows (article citations,
instruments, persons' names and aliases), built once and reused for many
documents; ``recognise`` reads a document's pages against it and returns, for
each registry article and person found, the page and sentence of each mention.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from indexing.mentions.persons import PersonMatcher
from indexing.recognize.citations import find_citations, nearest_registered
from indexing.recognize.instruments import InstrumentFinder
from indexing.recognize.sentences import PageSentences

MAX_EVIDENCE = 5


@dataclass(frozen=True)
class Evidence:
    page: int  # 1-based
    text: str


@dataclass
class Findings:
    articles: dict[str, list[Evidence]] = field(default_factory=dict)  # citation -> evidence
    persons: dict[int, list[Evidence]] = field(default_factory=dict)  # person id -> evidence


class Registry:
    """The registry as the recognisers need it."""

    def __init__(
        self,
        citations: Iterable[str],
        person_names: Iterable[tuple[int, str]],
        instruments: Iterable[tuple[str, str]] = (),
    ) -> None:
        self.citations = frozenset(citations)
        self.persons = PersonMatcher(person_names)
        self.instruments = InstrumentFinder(tuple(instruments))


def recognise(pages: Sequence[str], registry: Registry) -> Findings:
    findings = Findings()
    sentences = _Sentences(pages)
    for hit in find_citations(pages, registry.instruments):
        citation = nearest_registered(hit.instrument, hit.article, hit.part, registry.citations)
        if citation is not None:
            evidence = Evidence(hit.page, sentences.evidence(hit.page, hit.start, hit.end))
            _add(findings.articles.setdefault(citation, []), evidence)
    weak: dict[int, list[Evidence]] = {}
    for page_no, text in enumerate(pages, start=1):
        for person in registry.persons.find(text):
            evidence = Evidence(page_no, sentences.evidence(page_no, person.start, person.end))
            target = findings.persons if person.strong else weak
            _add(target.setdefault(person.person_id, []), evidence)
    for person_id, extra in weak.items():  # a lone name word only backs a person found
        if person_id in findings.persons:
            for evidence in extra:
                _add(findings.persons[person_id], evidence)
    return findings


class _Sentences:
    """A document's pages cut into sentences when first asked: most pages cite nothing."""

    def __init__(self, pages: Sequence[str]) -> None:
        self._pages = pages
        self._cut: dict[int, PageSentences] = {}

    def evidence(self, page_no: int, start: int, end: int) -> str:
        page = self._cut.get(page_no)
        if page is None:
            page = self._cut[page_no] = PageSentences(self._pages[page_no - 1])
        return page.evidence(start, end)


def _add(evidence: list[Evidence], item: Evidence) -> None:
    if len(evidence) < MAX_EVIDENCE and item not in evidence:
        evidence.append(item)
