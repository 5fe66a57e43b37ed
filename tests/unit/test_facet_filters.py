"""Facet filters by id, not by text (issue 13): two persons whose names fold alike (the
same name in Latin and Cyrillic, registered as two people) never share a filter, and
the count beside a facet value is the number of documents its filter shows."""

from __future__ import annotations

from pathlib import Path

from archive_app.session import Archive
from indexing.search import SearchRequest


def _two_alike(archive: Archive, tmp_path: Path) -> tuple[int, int, list[int]]:
    latin = archive.registry.add_person("Yerlan Seitkali")
    cyrillic = archive.registry.add_person("Ерлан Сейткали")
    folder = tmp_path / "files"
    folder.mkdir()
    for n in range(5):
        (folder / f"d{n}.txt").write_text(f"hearing record {n} tribunal", encoding="utf-8")
    ids = sorted(archive.importer().import_paths([folder]).document_ids)
    archive.tags.tag(ids[:2], persons=["Yerlan Seitkali"])
    archive.tags.tag(ids[2:3], persons=["Ерлан Сейткали"])
    return latin.id, cyrillic.id, ids


def test_a_person_filter_keeps_only_that_persons_documents(
    archive: Archive, tmp_path: Path
) -> None:
    latin, cyrillic, ids = _two_alike(archive, tmp_path)
    for text in ("", "tribunal"):
        everything = archive.search.search(SearchRequest(text, facets=True))
        persons = dict(everything.facets["persons"])
        assert persons == {"Yerlan Seitkali": 2, "Ерлан Сейткали": 1}
        assert everything.facet_ids["persons"] == {
            "Yerlan Seitkali": latin,
            "Ерлан Сейткали": cyrillic,
        }
        only = archive.search.search(SearchRequest(text, filters=(("persons", latin),)))
        assert (
            sorted(h.id for h in only.hits) == ids[:2] and only.total == persons["Yerlan Seitkali"]
        )
        other = archive.search.search(SearchRequest(text, filters=(("persons", cyrillic),)))
        assert [h.id for h in other.hits] == ids[2:3]
        both = archive.search.search(
            SearchRequest(text, filters=(("persons", latin), ("persons", cyrillic)))
        )
        assert both.total == 0


def test_the_text_clause_would_have_mixed_them(archive: Archive, tmp_path: Path) -> None:
    """Why ids: the name as query text matches through name skeletons."""
    _latin, _cyrillic, _ids = _two_alike(archive, tmp_path)
    assert archive.search.search('person:"Yerlan Seitkali"').total == 3
