"""archive_app layer: facts as a window shows them - names, citations and source resolved.

Inside the archive the registered names are shown as they are (the archive is encrypted);
consent applies to what leaves it (drafts, chronology exports). The source is given as its
parts (document, title, page, Bates label); the window words it in its language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from archive_app.facts.dates import FactDate
from indexing.mentions.persons import PersonMatcher
from storage import documents as doc_repo
from storage import facts as fact_repo
from storage import registry as reg_repo
from storage.errors import NotFound
from storage.facts import FactRecord

if TYPE_CHECKING:
    from archive_app.session import Archive


@dataclass(frozen=True)
class FactRow:
    fact: FactRecord
    date: FactDate
    persons: tuple[str, ...]
    articles: tuple[str, ...]
    case: str
    document_title: str = ""  # of fact.document_id, when it cites one


def fact_rows(
    archive: Archive, *, case_id: int | None = None, person_id: int | None = None
) -> list[FactRow]:
    db = archive.db
    persons = {p.id: p.name for p in reg_repo.list_persons(db)}
    articles = {a.id: a.citation for a in reg_repo.list_articles(db)}
    cases = {c.id: c.name for c in reg_repo.list_cases(db)}
    titles: dict[int, str] = {}
    rows = []
    for fact in fact_repo.query(db, case_id=case_id, person_id=person_id):
        if fact.document_id is not None and fact.document_id not in titles:
            try:
                titles[fact.document_id] = doc_repo.get(db, fact.document_id).title
            except NotFound:
                titles[fact.document_id] = ""
        rows.append(
            FactRow(
                fact=fact,
                date=FactDate(fact.date_kind, fact.date_start, fact.date_end),
                persons=tuple(persons.get(p, f"#{p}") for p in fact.person_ids),
                articles=tuple(articles.get(a, f"#{a}") for a in fact.article_ids),
                case=cases.get(fact.case_id, "") if fact.case_id is not None else "",
                document_title=titles.get(fact.document_id, "")
                if fact.document_id is not None
                else "",
            )
        )
    return rows


def persons_named_in(archive: Archive, text: str) -> set[int]:
    """The registered persons a passage names (the mention engine; strong mentions only),
    proposed as the persons of a fact taken from it."""
    if not text.strip():
        return set()
    matcher = PersonMatcher(
        (p.id, name) for p in reg_repo.list_persons(archive.db) for name in (p.name, *p.aliases)
    )
    return {hit.person_id for hit in matcher.find(text) if hit.strong}
