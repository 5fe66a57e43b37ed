"""AND, OR and NOT mean documents, not pages: words on different pages of one document
meet, a NOT word anywhere in a document excludes it, and the hit lists the pages where
the words were found, with their snippets. Phrases stay within a page."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive_app.importer import ImportOptions
from archive_app.session import Archive
from indexing.search import SearchRequest, SearchResult
from indexing.search.query import document_plan, plan_query
from tests.support.pdfgen import make_pdf

PAGES = "\f".join  # a form feed starts a new page of a text file


@pytest.fixture
def docs(archive: Archive, tmp_path: Path) -> dict[str, int]:
    files: dict[str, str | bytes] = {
        # the two words on different pages
        "split.pdf": make_pdf(
            [
                "The prosecutor questioned the witness.",
                "Nothing of interest on this page.",
                "The journalist was released on bail.",
            ]
        ),
        # the two words on one page
        "together.txt": "The prosecutor and the journalist met before the hearing.",
        # one word only, and the weather on another page
        "prosecutor.pdf": make_pdf(["The prosecutor filed a motion.", "A report on the weather."]),
        "journalist.txt": "The journalist wrote an article about the trial.",
        # Russian, on two pages
        "ru.txt": PAGES(["Адвокат подал жалобу в суд.", "Прокурор возражал против жалобы."]),
        # a phrase, and a hyphenated word, broken by a page end
        "broken.txt": PAGES(["They planned a peaceful", "protest in the square."]),
        "hyphen.txt": PAGES(["The witness faced a cross", "examination by the defence."]),
    }
    options = {"together.txt": ImportOptions(doc_type="correspondence", doc_date="2026-01-20")}
    ids: dict[str, int] = {}
    for name, content in files.items():
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        report = archive.importer().import_paths([path], options.get(name, ImportOptions()))
        ids[name] = report.document_ids[0]
    return ids


def search(archive: Archive, query: str, **kwargs: object) -> SearchResult:
    return archive.search.search(SearchRequest(query, limit=50, **kwargs))  # type: ignore[arg-type]


def names(archive: Archive, docs: dict[str, int], query: str, **kwargs: object) -> set[str]:
    by_id = {doc_id: name for name, doc_id in docs.items()}
    return {by_id[h.id] for h in search(archive, query, **kwargs).hits}


@pytest.mark.parametrize(
    "query", ["prosecutor AND journalist", "prosecutor journalist", "(prosecutor) AND (journalist)"]
)
def test_and_finds_words_on_different_pages(
    archive: Archive, docs: dict[str, int], query: str
) -> None:
    assert names(archive, docs, query) == {"split.pdf", "together.txt"}


def test_the_hit_lists_the_pages_where_each_word_was_found(
    archive: Archive, docs: dict[str, int]
) -> None:
    result = search(archive, "prosecutor AND journalist")
    (hit,) = [h for h in result.hits if h.id == docs["split.pdf"]]
    assert [p.page for p in hit.pages] == [1, 3]  # not the page with neither word
    assert hit.pages[0].snippet.render() == "The **prosecutor** questioned the witness."
    assert hit.pages[1].snippet.render() == "The **journalist** was released on bail."
    assert result.total == 2


def test_not_excludes_a_document_with_the_word_on_any_page(
    archive: Archive, docs: dict[str, int]
) -> None:
    assert names(archive, docs, "prosecutor NOT journalist") == {"prosecutor.pdf"}
    assert names(archive, docs, "prosecutor AND NOT journalist") == {"prosecutor.pdf"}
    assert names(archive, docs, "prosecutor ANDNOT journalist") == {"prosecutor.pdf"}
    assert names(archive, docs, "prosecutor NOT weather") == {"split.pdf", "together.txt"}
    assert names(archive, docs, "journalist NOT bail") == {"together.txt", "journalist.txt"}


def test_or_and_groups(archive: Archive, docs: dict[str, int]) -> None:
    assert names(archive, docs, "prosecutor OR journalist") == {
        "split.pdf",
        "together.txt",
        "prosecutor.pdf",
        "journalist.txt",
    }
    assert names(archive, docs, "(motion OR witness) AND bail") == {"split.pdf"}
    assert names(archive, docs, "prosecutor AND (bail OR hearing)") == {
        "split.pdf",
        "together.txt",
    }
    assert names(archive, docs, "bail OR (prosecutor NOT journalist)") == {
        "split.pdf",
        "prosecutor.pdf",
    }
    assert names(archive, docs, "(prosecutor journalist) NOT (hearing OR trial)") == {"split.pdf"}


def test_andmaybe_adds_the_pages_of_its_optional_word(
    archive: Archive, docs: dict[str, int]
) -> None:
    result = search(archive, "prosecutor ANDMAYBE journalist")
    assert {h.id for h in result.hits} == {
        docs["split.pdf"],
        docs["together.txt"],
        docs["prosecutor.pdf"],
    }
    (split,) = [h for h in result.hits if h.id == docs["split.pdf"]]
    assert [p.page for p in split.pages] == [1, 3]


def test_not_alone_lists_the_documents_without_the_word(
    archive: Archive, docs: dict[str, int]
) -> None:
    assert names(archive, docs, "NOT prosecutor") == {
        "journalist.txt",
        "ru.txt",
        "broken.txt",
        "hyphen.txt",
    }


def test_russian_words_on_different_pages(archive: Archive, docs: dict[str, int]) -> None:
    assert names(archive, docs, "адвокат AND прокурор") == {"ru.txt"}
    assert names(archive, docs, "жалоба NOT прокурор") == set()
    (hit,) = search(archive, "адвокат прокурор").hits
    assert [p.page for p in hit.pages] == [1, 2]


def test_a_phrase_stays_within_a_page(archive: Archive, docs: dict[str, int]) -> None:
    assert names(archive, docs, '"peaceful protest"') == set()
    assert names(archive, docs, "peaceful AND protest") == {"broken.txt"}
    assert names(archive, docs, '"prosecutor questioned" AND journalist') == {"split.pdf"}


def test_a_hyphenated_word_stays_within_a_page(archive: Archive, docs: dict[str, int]) -> None:
    assert names(archive, docs, "cross-examination") == set()
    assert names(archive, docs, "cross AND examination") == {"hyphen.txt"}


def test_field_filters_apply_to_the_whole_document(archive: Archive, docs: dict[str, int]) -> None:
    assert names(archive, docs, "prosecutor journalist type:correspondence") == {"together.txt"}
    assert names(archive, docs, "prosecutor journalist NOT type:correspondence") == {"split.pdf"}
    assert names(archive, docs, "type:correspondence OR (witness AND bail)") == {
        "split.pdf",
        "together.txt",
    }
    assert names(archive, docs, "prosecutor journalist date:2026") == {"together.txt"}


def test_sorting_facets_and_did_you_mean_still_work(archive: Archive, docs: dict[str, int]) -> None:
    by_date = search(archive, "prosecutor OR journalist AND NOT trial", sort="date")
    assert by_date.hits[0].id == docs["together.txt"]  # the only dated one comes first
    faceted = search(archive, "prosecutor AND journalist", facets=True)
    assert dict(faceted.facets["types"]).get("correspondence") == 1
    assert sum(count for _, count in faceted.facets["languages"]) == faceted.total == 2
    misspelt = search(archive, "prosecutor AND journalsit")
    assert misspelt.total == 0
    assert misspelt.suggestion == "prosecutor AND journalist"


def test_expansions_stay_bounded_inside_boolean_queries(
    archive: Archive, docs: dict[str, int]
) -> None:
    assert names(archive, docs, "prosecu* AND journ*") == {"split.pdf", "together.txt"}
    short = search(archive, "j* AND prosecutor")
    assert short.partial and "too short" in short.hints[0]


def test_a_spent_time_budget_says_the_results_are_partial(
    archive: Archive, docs: dict[str, int]
) -> None:
    result = search(archive, "prosecutor AND journalist", time_limit=0)
    assert result.partial and "stopped" in result.hints[0]
    assert docs["prosecutor.pdf"] not in {h.id for h in result.hits}


@pytest.mark.parametrize(
    "query",
    ["protest", '"peaceful protest"', "protest OR square", "type:correspondence protest", "prot*"],
)
def test_a_query_without_and_or_not_runs_page_by_page_in_one_go(
    archive: Archive, docs: dict[str, int], query: str
) -> None:
    plan = plan_query(query, archive.index.searcher().reader())
    assert document_plan(plan.query) is None
