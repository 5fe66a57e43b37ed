"""Case packages carry the case's submission records (issue 20 with issue 16): facts with
their persons, articles and sources, domestic remedies, consent per mechanism, person
details and places of detention travel with the case, are sealed with it, and merge on
the colleague's side de-duplicated - a second merge adds nothing, the way back adds only
what is new, consent takes the stricter answer, an altered record refuses the package."""

from __future__ import annotations

from pathlib import Path

from archive_app.facts.dates import FactDate
from archive_app.facts.service import FactInput, FactService
from archive_app.session import Archive
from storage import audit
from storage import registry as reg_repo
from tests.integration import test_packages
from tests.integration.test_packages import PKG_PASS, _merge, _raw, _refused, _share

CASE = "Atajurt 19"
alice = test_packages.alice  # the two colleagues' archives (fixtures)
bob = test_packages.bob


def _records(archive: Archive) -> None:
    service = FactService(archive)
    appeal = next(d.id for d in archive.documents.all() if d.filename == "appeal.txt")
    service.add(
        FactInput(
            "Serikzhan Bilash detained in Almaty",
            FactDate.parse("2019-03-10"),
            case=CASE,
            persons=["Serikzhan Bilash"],
            articles=["KZ-CC 174(2)"],
            document_id=appeal,
            page_no=1,
        )
    )
    service.add(FactInput("Placed under house arrest", FactDate.parse("2019-03"), case=CASE))
    service.add(FactInput("Hearing in the other case", case="Secret other case"))
    service.add_remedy(CASE, "appeal", filed_on="2019-04-01", body="Almaty city court")
    service.add_remedy(CASE, "prosecutor-complaint", filed_on="2019-05-02", outcome="no-response")
    service.add_remedy("Secret other case", "cassation")
    service.set_consent(
        "Serikzhan Bilash", "wgad", submit="yes", submit_date="2019-06-01", public_naming="initials"
    )
    service.set_consent("Serikzhan Bilash", "hrc", submit="yes", public_naming="full")
    service.set_detail("Serikzhan Bilash", "nationality", "Kazakhstan")
    service.add_detention("Serikzhan Bilash", "Almaty SIZO", date_from="2019-03-10")


def _facts(archive: Archive) -> list[tuple[str, str | None, str, tuple[str, ...]]]:
    service = FactService(archive)
    names = {p.id: p.name for p in archive.registry.persons()}
    return sorted(
        (f.statement, f.date_start, f.status, tuple(names[p] for p in f.person_ids))
        for f in service.chronology(case=CASE)
    )


def test_the_case_records_travel_and_merge_once(
    alice: Archive, bob: Archive, tmp_path: Path
) -> None:
    _records(alice)
    out = _share(alice, tmp_path / "p1.package")
    with Archive.open(out, PKG_PASS) as package:
        statements = [f.statement for f in FactService(package).chronology()]
        assert "Hearing in the other case" not in statements  # another case stays home
        assert len(statements) == 2
        assert [r.kind for r in FactService(package).remedies(CASE)] == [
            "appeal",
            "prosecutor-complaint",
        ]
    plan, report = _merge(bob, out)
    assert (plan.submission.facts_new, plan.submission.consents_new) == (2, 2)  # said before
    merged = report.submission
    assert (merged.facts_new, merged.remedies_new, merged.consents_new) == (2, 2, 2)
    assert (merged.details_new, merged.detentions_new) == (1, 1)
    assert _facts(bob) == _facts(alice)
    service = FactService(bob)
    detained = next(f for f in service.chronology(case=CASE) if f.document_id is not None)
    source = bob.documents.get(detained.document_id)  # type: ignore[arg-type]
    assert (source.filename, detained.page_no) == ("appeal.txt", 1)  # bob's own copy
    articles = [reg_repo.article_by_id(bob.db, a) for a in detained.article_ids]
    assert [a.citation for a in articles if a is not None] == ["KZ-CC 174(2)"]
    consent = service.consent("Serikzhan Bilash", "wgad")
    assert consent is not None
    assert (consent.submit, consent.public_naming, consent.submit_date) == (
        "yes",
        "initials",
        "2019-06-01",
    )
    assert service.details("Serikzhan Bilash") == {"nationality": "Kazakhstan"}
    assert [d.place for d in service.detentions("Serikzhan Bilash")] == ["Almaty SIZO"]
    actions = [e.action for e in audit.entries(bob.db)]
    assert actions.count("fact.add") == 2 and actions.count("consent.set") == 2

    plan, again = _merge(bob, out)  # the same package twice: nothing new
    assert plan.empty and not plan.submission.changes
    assert (again.submission.facts_new, again.submission.facts_same) == (0, 2)
    assert (again.submission.remedies_new, again.submission.consents_changed) == (0, 0)
    assert len(service.chronology(case=CASE)) == 2 and len(service.remedies(CASE)) == 2


def test_the_way_back_adds_only_what_is_new_and_consent_gets_stricter(
    alice: Archive, bob: Archive, tmp_path: Path
) -> None:
    _records(alice)
    _merge(bob, _share(alice, tmp_path / "p1.package"))
    service = FactService(bob)
    # Bob works on: a fact of his own, one marked disputed with its spacing changed
    # elsewhere, an outcome, and the client now refuses to be named at all by the WGAD.
    service.add(FactInput("Transferred to Almaty SIZO", FactDate.parse("2019-03-12"), case=CASE))
    house = next(f for f in service.chronology(case=CASE) if f.statement.startswith("Placed"))
    service.edit(house.id, status="disputed")
    appeal = service.remedies(CASE)[0]
    service.edit_remedy(appeal.id, outcome="dismissed", decided_on="2019-04-20")
    service.set_consent("Serikzhan Bilash", "wgad", public_naming="none")
    service.set_consent("Serikzhan Bilash", "hrc", public_naming="full", notes="asked in person")

    plan, report = _merge(alice, _share(bob, tmp_path / "p2.package"))
    assert (plan.submission.facts_new, plan.submission.facts_updated) == (1, 1)
    assert (plan.submission.remedies_updated, plan.submission.consents_changed) == (1, 2)
    assert not plan.empty
    merged = report.submission
    assert (merged.facts_new, merged.facts_same) == (1, 2)  # no duplicate of the two
    assert (merged.remedies_new, merged.remedies_same) == (0, 2)
    mine = FactService(alice)
    assert _facts(alice) == _facts(bob)
    assert [f.status for f in mine.chronology(case=CASE) if f.statement.startswith("Placed")] == [
        "disputed"
    ]
    steps = mine.remedies(CASE)
    assert [(r.kind, r.outcome, r.decided_on) for r in steps] == [
        ("appeal", "dismissed", "2019-04-20"),
        ("prosecutor-complaint", "no-response", None),
    ]
    wgad = mine.consent("Serikzhan Bilash", "wgad")
    assert wgad is not None and wgad.public_naming == "none"  # the stricter answer
    assert merged.consents_changed == 2  # wgad stricter; hrc's empty note filled
    bilash = next(p.id for p in alice.registry.persons() if p.name == "Serikzhan Bilash")
    assert f"person #{bilash}, wgad: public_naming initials -> none (the stricter answer)" in (
        merged.notes
    )
    # and a looser answer never comes back: Alice's stricter record stays as it is
    FactService(bob).set_consent("Serikzhan Bilash", "wgad", public_naming="full")
    _merge(alice, _share(bob, tmp_path / "p3.package"))
    wgad = mine.consent("Serikzhan Bilash", "wgad")
    assert wgad is not None and wgad.public_naming == "none"


def test_an_altered_fact_refuses_the_package(alice: Archive, bob: Archive, tmp_path: Path) -> None:
    _records(alice)
    package = _share(alice, tmp_path / "p.package")
    _raw(package, "UPDATE facts SET statement = 'Released without charge' WHERE id = 1")
    _refused(bob, package, "altered after it was sealed")
    assert FactService(bob).chronology() == []


def test_an_altered_consent_refuses_the_package(
    alice: Archive, bob: Archive, tmp_path: Path
) -> None:
    _records(alice)
    package = _share(alice, tmp_path / "p.package")
    _raw(package, "UPDATE consents SET public_naming = 'full'")
    _refused(bob, package, "altered after it was sealed")


def test_a_new_fact_alone_is_worth_a_merge(alice: Archive, bob: Archive, tmp_path: Path) -> None:
    _records(alice)
    _merge(bob, _share(alice, tmp_path / "p1.package"))
    FactService(alice).add(FactInput("Sentence upheld on appeal", case=CASE))
    plan, report = _merge(bob, _share(alice, tmp_path / "p2.package"))
    assert not (plan.new_documents or plan.updated_documents or plan.new_persons)
    assert not plan.empty and plan.submission.facts_new == 1
    assert report.submission.facts_new == 1
    assert "Sentence upheld on appeal" in [f.statement for f in FactService(bob).chronology()]
