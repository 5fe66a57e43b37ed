"""Facts, domestic remedies and consent per mechanism: storage rules and the audited service."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive_app.errors import ArchiveError, NotFound
from archive_app.facts.dates import FactDate
from archive_app.facts.service import FactInput, FactService
from archive_app.session import Archive
from storage import audit


@pytest.fixture
def service(archive: Archive) -> FactService:
    archive.registry.add_case("Seitkali")
    archive.registry.add_person("Yerlan Seitkali", aliases=["Ерлан Сейткали"])
    return FactService(archive)


def _actions(archive: Archive) -> list[str]:
    return [e.action for e in audit.entries(archive.db)]


def test_facts_in_date_order_with_links_and_audit(service: FactService, archive: Archive) -> None:
    late = service.add(FactInput("Appeal dismissed", FactDate.parse("2026-02-10"), case="Seitkali"))
    undated = service.add(FactInput("Transferred to another facility", case="Seitkali"))
    early = service.add(
        FactInput(
            "Detained",
            FactDate.parse("2025-11-13..2025-11-14"),
            case="Seitkali",
            persons=["Ерлан Сейткали"],
            articles=["ICCPR 9", "KZ-CC 174(2)"],
        )
    )
    chronology = service.chronology(case="Seitkali")
    assert [f.id for f in chronology] == [early.id, late.id, undated.id]
    assert len(early.person_ids) == 1 and len(early.article_ids) == 2
    assert [f.id for f in service.chronology(person="Yerlan Seitkali")] == [early.id]
    edited = service.edit(late.id, status="disputed", date=FactDate.parse("2026-02"))
    assert (edited.status, edited.date_kind, edited.date_start) == ("disputed", "month", "2026-02")
    service.delete(undated.id)
    assert _actions(archive)[-5:] == [
        "fact.add",
        "fact.add",
        "fact.add",
        "fact.edit",
        "fact.delete",
    ]
    assert audit.verify_chain(archive.db).ok


def test_a_typo_changes_nothing(service: FactService) -> None:
    with pytest.raises(NotFound):
        service.add(FactInput("x", case="Seitkali", persons=["Nobody Atall"]))
    with pytest.raises(ArchiveError):
        service.add(FactInput("x", FactDate("exact", None)))
    with pytest.raises(ArchiveError):
        service.add(FactInput("x", page_no=2))  # a page without its document
    assert service.chronology() == []


def test_remedies_are_ordered_steps(service: FactService, archive: Archive) -> None:
    appeal = service.add_remedy("Seitkali", "appeal", filed_on="2026-01-20", outcome="dismissed")
    cassation = service.add_remedy("Seitkali", "cassation")
    complaint = service.add_remedy("Seitkali", "prosecutor-complaint", outcome="no-response")
    assert [r.seq for r in (appeal, cassation, complaint)] == [1, 2, 3]
    service.move_remedy(complaint.id, 1)
    assert [r.id for r in service.remedies("Seitkali")] == [complaint.id, appeal.id, cassation.id]
    service.delete_remedy(appeal.id)
    assert [(r.seq, r.id) for r in service.remedies("Seitkali")] == [
        (1, complaint.id),
        (2, cassation.id),
    ]
    with pytest.raises(ArchiveError):
        service.add_remedy("Seitkali", "prayer")
    with pytest.raises(ArchiveError):
        service.edit_remedy(cassation.id, filed_on="yesterday")


def test_consent_per_mechanism_keeps_what_is_not_given(service: FactService) -> None:
    assert service.consent("Yerlan Seitkali", "wgad") is None
    service.set_consent("Yerlan Seitkali", "wgad", submit="yes", submit_date="2026-01-05")
    record = service.set_consent("Yerlan Seitkali", "wgad", public_naming="initials")
    assert (record.submit, record.submit_date, record.public_naming) == (
        "yes",
        "2026-01-05",
        "initials",
    )
    assert service.consent("Yerlan Seitkali", "hrc") is None
    with pytest.raises(ArchiveError):
        service.set_consent("Yerlan Seitkali", "echr", submit="yes")
    with pytest.raises(ArchiveError):
        service.set_consent("Yerlan Seitkali", "sp", public_naming="nickname")


def test_consent_for_all_mechanisms_is_one_unit(service: FactService, archive: Archive) -> None:
    service.set_consent("Yerlan Seitkali", "sp", submit="no")
    before = len(_actions(archive))
    blank = {"submit": "unknown", "public_naming": "unknown", "submit_date": None}
    with pytest.raises(ArchiveError):  # hrc's date is refused: wgad is not kept either
        service.set_consents(
            "Yerlan Seitkali",
            {
                "wgad": {"submit": "yes", "public_naming": "initials"},
                "sp": {"submit": "yes"},
                "hrc": {"submit": "yes", "submit_date": "13.11.2025"},
            },
        )
    assert service.consent("Yerlan Seitkali", "wgad") is None
    assert service.consent("Yerlan Seitkali", "sp").submit == "no"  # type: ignore[union-attr]
    assert len(_actions(archive)) == before  # nothing audited for what was undone
    records = service.set_consents(
        "Yerlan Seitkali",
        {"wgad": {"submit": "yes", "public_naming": "initials"}, "sp": blank, "hrc": blank},
    )
    # sp had a record, so it is changed; hrc had none and gets none for blank answers
    assert [(r.mechanism, r.submit) for r in records] == [("sp", "unknown"), ("wgad", "yes")]
    assert _actions(archive)[-2:] == ["consent.set", "consent.set"]


def test_details_and_detention(service: FactService) -> None:
    service.set_detail("Yerlan Seitkali", "nationality", "Kazakhstan")
    service.set_detail("Yerlan Seitkali", "date_of_birth", "1991-03-12")
    service.set_detail("Yerlan Seitkali", "nationality", "")
    assert service.details("Yerlan Seitkali") == {"date_of_birth": "1991-03-12"}
    service.add_detention("Yerlan Seitkali", "SIZO-2", date_from="2025-12-01")
    service.add_detention("Yerlan Seitkali", "IVS Taldykorgan", date_from="2025-11-14")
    assert [p.place for p in service.detentions("Yerlan Seitkali")] == ["IVS Taldykorgan", "SIZO-2"]
    with pytest.raises(ArchiveError):
        service.set_detail("Yerlan Seitkali", "favourite_colour", "red")


def test_bates_from_a_manifest(service: FactService, archive: Archive, tmp_path: Path) -> None:
    path = tmp_path / "ruling.txt"
    path.write_text("Ruling of 14 January 2026\n\fSecond page", encoding="utf-8")
    doc_id = archive.importer().import_paths([path]).document_ids[0]
    fact = service.add(FactInput("Ruling", document_id=doc_id, page_no=1, case="Seitkali"))
    manifest = {"documents": [{"archive_id": doc_id, "labels": ["DOC-000007", "DOC-000008"]}]}
    assert service.set_bates_from_manifest(manifest) == 1
    assert service.get(fact.id).bates == "DOC-000007"
    assert service.set_bates_from_manifest(manifest) == 0
