"""Registries (persons, articles, cases), tagging, editing, deleting, getting originals."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive_app.errors import Conflict, NotFound, OutputExists
from archive_app.session import Archive


@pytest.fixture
def imported(archive: Archive, corpus: Path) -> list[int]:
    return archive.importer().import_paths([corpus / "text"]).document_ids


def test_seeded_articles_and_user_additions(archive: Archive) -> None:
    citations = {a.citation for a in archive.registry.articles()}
    for required in (
        "ICCPR 14(7)",
        "ICCPR 26",
        "KZ-CC 174(2)",
        "KZ-CC 405",
        "KZ-AOC 488",
        "CAT 16",
        "ICCPR 2",
    ):
        assert required in citations
    added = archive.registry.add_article(
        "KZ-CC 380(1)", title="Use of violence against a representative of authority"
    )
    assert (added.instrument, added.article, added.part) == ("KZ-CC", "380", "1")
    assert archive.registry.article("kz-cc 380(1)".upper()).id == added.id
    with pytest.raises(Conflict, match="already in the registry"):
        archive.registry.add_article("KZ-CC 380(1)")
    with pytest.raises(Conflict, match="unknown instrument"):
        archive.registry.add_article("ECHR 6")
    echr = archive.registry.add_article(
        "ECHR 6", instrument_name="European Convention on Human Rights", title="Fair trial"
    )
    assert echr.citation == "ECHR 6"
    with pytest.raises(Conflict, match="not a citation"):
        archive.registry.add_article("article six")


def test_persons_with_aliases_in_any_script(archive: Archive) -> None:
    person = archive.registry.add_person(
        "Yerlan Seitkali",
        aliases=["Ерлан Сейткали", "Ерлан Сейтқали"],
        role="defender",
        status="detained",
        consent="yes",
    )
    assert archive.registry.person("ерлан сейтқали").id == person.id  # alias, any case
    assert archive.registry.person(f"#{person.id}").name == "Yerlan Seitkali"
    edited = archive.registry.edit_person(
        "Yerlan Seitkali",
        add_aliases=["Seitkali Yerlan"],
        remove_aliases=["Ерлан Сейткали"],
        status="released",
        consent="no",
    )
    assert edited.aliases == ["Seitkali Yerlan", "Ерлан Сейтқали"]
    assert (edited.status, edited.consent) == ("released", "no")
    with pytest.raises(Conflict):
        archive.registry.add_person("yerlan seitkali")
    with pytest.raises(NotFound):
        archive.registry.person("Nobody")


def test_tag_untag_and_bulk(archive: Archive, imported: list[int]) -> None:
    archive.registry.add_person("Yerlan Seitkali", aliases=["Ерлан Сейткали"])
    archive.registry.add_case("Atajurt 19")
    result = archive.tags.tag(
        imported[:3], persons=["Ерлан Сейткали"], articles=["KZ-CC 174(2)"], cases=["Atajurt 19"]
    )
    assert len(result.changed) == 9
    doc = archive.documents.get(imported[0])
    assert (doc.persons, doc.articles, doc.cases) == (
        ["Yerlan Seitkali"],
        ["KZ-CC 174(2)"],
        ["Atajurt 19"],
    )
    again = archive.tags.tag([imported[0]], articles=["KZ-CC 174(2)"])
    assert again.changed == [] and len(again.unchanged) == 1
    archive.tags.untag([imported[0]], articles=["KZ-CC 174(2)"])
    assert archive.documents.get(imported[0]).articles == []
    # a typo changes nothing at all
    with pytest.raises(NotFound):
        archive.tags.tag([imported[4]], articles=["ICCPR 19"], persons=["Nobody"])
    assert archive.documents.get(imported[4]).articles == []
    row = archive.db.one(
        "SELECT added_by, source FROM document_persons WHERE document_id = ?", (imported[0],)
    )
    assert (row["added_by"], row["source"]) == ("tester", "manual")
    assert len(archive.maintenance.log(action="document.tag")) == 3


def test_get_writes_the_original_and_never_overwrites(
    archive: Archive, imported: list[int], corpus: Path, tmp_path: Path
) -> None:
    doc = archive.documents.get(imported[0])
    out = archive.documents.save_original(doc.id, tmp_path)
    assert out.read_bytes() == (corpus / "text" / doc.filename).read_bytes()
    with pytest.raises(OutputExists):
        archive.documents.save_original(doc.id, out)
    assert list(tmp_path.glob(".*partial*")) == []


def test_delete_removes_bytes_text_and_links(archive: Archive, imported: list[int]) -> None:
    archive.registry.add_case("Atajurt 19")
    archive.tags.tag([imported[0]], cases=["Atajurt 19"])
    doc = archive.documents.delete(imported[0])
    with pytest.raises(NotFound):
        archive.documents.get(imported[0])
    for table in ("document_chunks", "pages", "document_cases"):
        assert (
            archive.db.scalar(f"SELECT count(*) FROM {table} WHERE document_id = ?", (imported[0],))
            == 0
        )
    (entry,) = archive.maintenance.log(action="document.delete")
    assert entry.details["sha256"] == doc.sha256
    assert archive.maintenance.check().ok


def test_type_guess_matches_words_not_fragments() -> None:
    from archive_app.metadata import guess_type

    assert guess_type("court-ruling-taldykorgan-ru.txt", "text/plain") == "court-material"
    assert guess_type("Сотқа шағым.txt", "text/plain") == "court-material"
    assert guess_type("высота-здания.txt", "text/plain") == "other"
    assert guess_type("photo.jpg", "image/jpeg") == "media"


def test_a_person_cannot_lose_their_name(archive: Archive) -> None:
    archive.registry.add_person("Yerlan Seitkali")
    with pytest.raises(Conflict, match="needs a name"):
        archive.registry.edit_person("Yerlan Seitkali", name="   ")
    assert archive.registry.person("Yerlan Seitkali").name == "Yerlan Seitkali"
