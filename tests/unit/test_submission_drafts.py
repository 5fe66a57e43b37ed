"""Submission drafts and chronologies respect consent, checked with the mention engine.

A person whose consent for a mechanism is "initials, anonymised" must appear by initials
only - in the facts (written in Russian and Kazakh, in inflected forms), the case name,
the places of detention, the remedies and the annex index - and nowhere by any form of
their name. A file that would still name them is never written.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from archive_app.facts import chronology
from archive_app.facts.dates import FactDate
from archive_app.facts.draft import DraftBuilder, DraftRequest, write_draft
from archive_app.facts.draft_model import Draft
from archive_app.facts.mechanisms import MECHANISM_IDS, load
from archive_app.facts.naming import Namer, NamingLeak
from archive_app.facts.outputs import docx_texts, pdf_texts
from archive_app.facts.service import FactInput, FactService
from archive_app.session import Archive
from indexing.mentions.persons import PersonMatcher

VICTIM = "Zhanar Kurmangaliyeva"
ALIASES = ["Курмангалиева Жанар", "Құрманғалиева Жанар"]
LAWYER = "Dinara Abdrakhmanova"


@pytest.fixture
def case(archive: Archive, tmp_path: Path) -> FactService:
    ruling = tmp_path / "ruling.txt"
    ruling.write_text(
        "ПОСТАНОВЛЕНИЕ\nСуд рассмотрел жалобу Курмангалиевой Жанар 14 января 2026 года.",
        encoding="utf-8",
    )
    doc_id = archive.importer().import_paths([ruling]).document_ids[0]
    archive.documents.edit(doc_id, title="Постановление по делу Курмангалиевой Ж.")
    archive.registry.add_case("Kurmangaliyeva case", reference="KZ-2025-174")
    archive.registry.add_person(VICTIM, aliases=ALIASES, role="defender")
    archive.registry.add_person(LAWYER, role="lawyer", consent="yes")
    service = FactService(archive)
    service.add(
        FactInput(
            "Курмангалиевой Жанар предъявлено обвинение 13 ноября 2025 года",
            FactDate.parse("2025-11-13"),
            case="Kurmangaliyeva case",
            persons=[VICTIM],
            articles=["KZ-CC 174(2)", "ICCPR 19"],
            document_id=doc_id,
            page_no=1,
        )
    )
    service.add(
        FactInput(
            "Құрманғалиеваға қатысты іс 2025 жылғы 20 қарашада сотқа жіберілді",
            FactDate.parse("2025-11-20"),
            case="Kurmangaliyeva case",
            persons=[VICTIM],
            articles=["ICCPR 9"],
        )
    )
    service.add(
        FactInput(
            f"Ms Kurmangaliyeva was visited by her lawyer {LAWYER}.",
            case="Kurmangaliyeva case",
            persons=[VICTIM, LAWYER],
        )
    )
    service.add_remedy(
        "Kurmangaliyeva case",
        "appeal",
        filed_on="2026-01-20",
        body="Appeal of Zhanar Kurmangaliyeva to the Almaty regional court",
        outcome="dismissed",
        decided_on="2026-02-10",
        ruling_document_id=doc_id,
    )
    service.add_detention(VICTIM, "IVS Taldykorgan", authority="Police", date_from="2025-11-13")
    service.set_detail(VICTIM, "date_of_birth", "1990-04-02")
    service.set_detail(VICTIM, "nationality", "Kazakhstan")
    for mechanism in MECHANISM_IDS:
        service.set_consent(
            VICTIM,
            mechanism,
            submit="yes",
            submit_date="2026-01-05",
            public_naming="initials",
            anonymised="yes",
        )
    return service


def _victim_matcher(archive: Archive) -> PersonMatcher:
    person = archive.registry.person(VICTIM)
    return PersonMatcher((person.id, name) for name in [person.name, *person.aliases])


def _all_text(path: Path) -> str:
    return "\n".join(text for _, text in docx_texts(path.read_bytes()))


@pytest.mark.parametrize("mechanism", MECHANISM_IDS)
def test_anonymised_person_appears_by_initials_only(
    case: FactService, archive: Archive, tmp_path: Path, mechanism: str
) -> None:
    out = tmp_path / f"{mechanism}.docx"
    result = write_draft(
        archive,
        DraftRequest(case="Kurmangaliyeva case", mechanism=mechanism, submitter=LAWYER),
        out,
    )
    text = _all_text(out)
    hits = [h for h in _victim_matcher(archive).find(text) if h.redact]
    assert hits == [], [text[h.start - 20 : h.end + 20] for h in hits]
    for form in ("Kurmangaliyeva", "Курмангалиев", "Құрманғалиев", "Zhanar", "Жанар"):
        assert form not in text
    assert "Z. K." in text  # in the facts, the case name and the annex index
    assert LAWYER in text  # who consented to be named stays named
    assert "1990-04-02" not in text  # identifying details only for a person named in full
    document = Document(str(out))
    annex = document.tables[-1]
    assert annex.rows[0].cells[0].text == "Bates"
    assert any("Z. K." in cell.text for row in annex.rows for cell in row.cells)
    if mechanism != "sp":  # the Special Procedures' required fields are all in the archive
        assert result.missing  # place of arrest, signature, ...
        assert any(line.startswith("Missing:") for line in result.checklist)


def test_pdf_draft_names_by_initials_only(
    case: FactService, archive: Archive, tmp_path: Path
) -> None:
    out = tmp_path / "wgad.pdf"
    write_draft(archive, DraftRequest(case="Kurmangaliyeva case", mechanism="wgad"), out)
    text = "\n".join(t for _, t in pdf_texts(out.read_bytes()))
    assert "Z. K." in text and "Model questionnaire I.1" in text
    assert not [h for h in _victim_matcher(archive).find(text) if h.redact]


def test_person_without_consent_is_not_named_at_all(
    case: FactService, archive: Archive, tmp_path: Path
) -> None:
    case.set_consent(VICTIM, "wgad", submit="unknown")
    out = tmp_path / "wgad.docx"
    result = write_draft(
        archive, DraftRequest(case="Kurmangaliyeva case", mechanism="wgad", persons=[VICTIM]), out
    )
    text = _all_text(out)
    assert "Z. K." not in text and "the alleged victim" in text
    assert not [h for h in _victim_matcher(archive).find(text) if h.redact]
    assert any("No recorded consent" in line for line in result.checklist)


def test_a_draft_that_would_name_someone_is_not_written(
    case: FactService, archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Namer, "clean", lambda self, text: text)  # a rewriting that fails
    out = tmp_path / "draft.docx"
    with pytest.raises(NamingLeak, match="beyond their consent"):
        write_draft(archive, DraftRequest(case="Kurmangaliyeva case", mechanism="hrc"), out)
    assert not out.exists()
    # the file as it reads back is checked too, independently of the draft's own texts
    monkeypatch.setattr(Draft, "texts", lambda self: iter(()))
    with pytest.raises(NamingLeak, match=r"in (a paragraph|a table|part word)"):
        write_draft(archive, DraftRequest(case="Kurmangaliyeva case", mechanism="hrc"), out)
    assert not out.exists()
    assert list(tmp_path.glob(".draft.docx*")) == []


def test_full_consent_names_the_person(case: FactService, archive: Archive, tmp_path: Path) -> None:
    case.set_consent(VICTIM, "hrc", public_naming="full", anonymised="no")
    draft = DraftBuilder(archive).build(
        DraftRequest(case="Kurmangaliyeva case", mechanism="hrc", today=None)
    )
    text = "\n".join(t for _, t in draft.texts())
    assert "Kurmangaliyeva" in text and "1990-04-02" in text
    assert not any("anonymous" in line for line in draft.checklist)


def test_checklist_follows_the_mechanism_rules(case: FactService, archive: Archive) -> None:
    case.add_remedy("Kurmangaliyeva case", "cassation")  # still pending
    hrc = DraftBuilder(archive).build(DraftRequest(case="Kurmangaliyeva case", mechanism="hrc"))
    wgad = DraftBuilder(archive).build(DraftRequest(case="Kurmangaliyeva case", mechanism="wgad"))
    assert any("not exhausted" in line for line in hrc.checklist)
    assert not any("not exhausted" in line for line in wgad.checklist)
    assert any("anonymous" in line for line in hrc.checklist)
    assert any("not in the language of the draft" in line for line in wgad.checklist)
    ru = DraftBuilder(archive).build(
        DraftRequest(case="Kurmangaliyeva case", mechanism="wgad", language="ru")
    )
    assert any("accepts: en, fr, es" in line for line in ru.checklist)
    rights = next(
        f for s in wgad.sections for f in s.fields if f.label.startswith("Rights engaged")
    )
    assert any("ICCPR 19" in p and "category II" in p for p in rights.paragraphs)


def test_bundle_gives_bates_numbers(case: FactService, archive: Archive, tmp_path: Path) -> None:
    doc_id = archive.documents.all()[0].id
    folder = tmp_path / "bundle"
    folder.mkdir()
    manifest: dict[str, Any] = {
        "documents": [{"archive_id": doc_id, "labels": ["DOC-000001", "DOC-000002"]}]
    }
    (folder / "MANIFEST.json").write_text(json.dumps(manifest), encoding="utf-8")
    draft = DraftBuilder(archive).build(
        DraftRequest(case="Kurmangaliyeva case", mechanism="wgad", bundle=folder)
    )
    cells = [c for _, c in draft.texts()]
    assert "DOC-000001" in cells  # the fact cites its page
    assert "DOC-000001-DOC-000002" in cells  # the annex lists the range
    assert not any("annex is not numbered" in line for line in draft.checklist)
    exported_for = "The annex bundle was not exported for the WGAD"
    assert any(line.startswith(exported_for) for line in draft.checklist)
    manifest["mechanism"] = {"id": "wgad", "persons_not_named": 0}
    (folder / "MANIFEST.json").write_text(json.dumps(manifest), encoding="utf-8")
    draft = DraftBuilder(archive).build(
        DraftRequest(case="Kurmangaliyeva case", mechanism="wgad", bundle=folder)
    )
    assert not any(line.startswith(exported_for) for line in draft.checklist)


@pytest.mark.parametrize("fmt", ["csv", "docx", "pdf"])
def test_chronology_export_respects_consent(
    case: FactService, archive: Archive, tmp_path: Path, fmt: str
) -> None:
    out = chronology.export(
        archive, tmp_path / f"chronology.{fmt}", case="Kurmangaliyeva case", mechanism="wgad"
    )
    data = out.read_bytes()
    if fmt == "csv":
        text = data.decode("utf-8-sig")
    elif fmt == "docx":
        text = "\n".join(t for _, t in docx_texts(data))
    else:
        text = "\n".join(t for _, t in pdf_texts(data))
    assert "Z. K." in text
    assert not [h for h in _victim_matcher(archive).find(text) if h.redact]
    plain = chronology.build(archive, case="Kurmangaliyeva case")
    assert any("Курмангалиевой Жанар" in row[1] for row in plain.rows)  # no mechanism: as kept


def test_mechanism_files_cite_their_sources() -> None:
    for mechanism_id in MECHANISM_IDS:
        mechanism = load(mechanism_id)
        assert mechanism.sources and all(s["title"] and s["url"] for s in mechanism.sources)
        assert mechanism.verification["note"] and mechanism.verification["written"]
        assert mechanism.languages
        for section in mechanism.sections:
            for field in section.fields:
                assert field.source, f"{mechanism_id}: {field.id}"
    assert load("hrc").rule("page_limit") == 50 and load("hrc").rule("anonymous_refused")
    assert "ru" in load("hrc").languages and "ru" not in load("wgad").languages
    assert [c.id for c in load("wgad").categories] == ["I", "II", "III", "IV", "V"]
