"""Names in search as a lawyer types them: any script and grammatical form, initials,
words broken at a line end - with the page listed and the inflected word highlighted -
and no first name standing in for a surname built from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive_app.session import Archive
from indexing.search import SearchRequest

DOCS = {
    "ruling": "Суд выслушал защитника Курмангалиеву Ж. и отказал.",
    "cause": "Counsel: KURMANGALIYEVA ZH.  Prosecutor: KURMANOVA A.",
    "initials-only": "Ж. А. Курманова и Zh. B. Kurmanova подписали.",
    "kazakh": "Адвокат Құрманғалиеваға хат жіберілді.",
    "broken": "Показания дала свидетель Сейдах-\nметовой Ирине.",
    "first-name": "Сейдахмет Оспанов, аксакал, был в зале.",
    "surname": "Адвокат Сейдахметов заявил отвод.",
    "pavel-other": "Иск Павла Корнилова к К. Н. Иванову.",
    "pavel": "Защиту Павла Корягина осуществляет адвокат.",
}


@pytest.fixture
def docs(archive: Archive, tmp_path: Path) -> dict[str, int]:
    folder = tmp_path / "names"
    folder.mkdir()
    for name, text in DOCS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    report = archive.importer().import_paths([folder])
    return {Path(o.name).stem: o.document_id for o in report.outcomes if o.document_id}


def found(archive: Archive, docs: dict[str, int], query: str) -> set[str]:
    names = {v: k for k, v in docs.items()}
    return {names[h.id] for h in archive.search.search(SearchRequest(query)).hits}


def test_a_name_in_latin_finds_its_declined_and_kazakh_forms(
    archive: Archive, docs: dict[str, int]
) -> None:
    assert found(archive, docs, "Kurmangaliyeva") == {"ruling", "cause", "kazakh"}
    assert found(archive, docs, "Курмангалиевой") == {"ruling", "cause", "kazakh"}


def test_a_given_name_may_be_its_initial_but_not_the_surname(
    archive: Archive, docs: dict[str, int]
) -> None:
    assert found(archive, docs, "Zhanar Kurmangaliyeva") == {"ruling", "cause"}
    assert found(archive, docs, "Павла Корягина") == {"pavel"}  # not "Павла ... К. Н."


def test_a_surname_does_not_find_the_first_name_it_is_built_from(
    archive: Archive, docs: dict[str, int]
) -> None:
    assert found(archive, docs, "Сейдахметов") == {"surname"}  # Сейдахметовой: a woman


def test_a_word_broken_at_a_line_end_is_found_with_its_page_and_highlight(
    archive: Archive, docs: dict[str, int]
) -> None:
    result = archive.search.search(SearchRequest("Seidakhmetova"))
    (hit,) = [h for h in result.hits if h.id == docs["broken"]]
    (page,) = hit.pages
    assert page.page == 1
    assert "**Сейдахметовой**" in page.snippet.render()


def test_an_inflected_form_is_listed_with_its_page_and_highlighted(
    archive: Archive, docs: dict[str, int]
) -> None:
    result = archive.search.search(SearchRequest("Құрманғалиева"))
    hits = {h.id: h for h in result.hits}
    snippet = hits[docs["ruling"]].pages[0].snippet.render()
    assert "**Курмангалиеву**" in snippet
    spans = result.spans(DOCS["kazakh"])
    assert [DOCS["kazakh"][s:e] for s, e in spans] == ["Құрманғалиеваға"]
