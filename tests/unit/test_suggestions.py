"""Tag suggestions: the shared corpus comes out right; accept tags, reject is remembered; CLI."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from archive_app.cli import suggest
from archive_app.errors import NotFound
from archive_app.session import Archive
from archive_app.suggestions import SuggestionService, refresh_suggestions
from tests.conftest import PASSPHRASE


@pytest.fixture
def docs(archive: Archive, corpus: Path) -> dict[str, int]:
    """The shared text corpus with its defenders registered, by file name."""
    archive.registry.add_person("Yerlan Seitkali")  # Latin letters only
    archive.registry.add_person("Nazigul Maksutkhan", aliases=["Нәзигүл Мақсұтхан"])
    archive.registry.add_person("Dana Abdrakhmanova")
    archive.importer().import_paths([corpus / "text"])
    return {d.filename: d.id for d in archive.documents.all()}


def labels(archive: Archive, doc_id: int, kind: str) -> set[str]:
    return {s.label for s in SuggestionService(archive).pending(doc_id) if s.kind == kind}


def refreshed(archive: Archive, docs: dict[str, int], name: str) -> int:
    SuggestionService(archive).refresh(docs[name])
    return docs[name]


def test_the_shared_corpus_comes_out_right(archive: Archive, docs: dict[str, int]) -> None:
    appeal = refreshed(archive, docs, "urgent-appeal-atajurt-2026.txt")
    assert {"KZ-CC 174(2)", "ICCPR 9", "ICCPR 14(7)", "ICCPR 19", "ICCPR 21"} <= labels(
        archive, appeal, "article"
    )
    assert labels(archive, appeal, "person") == {"Nazigul Maksutkhan"}  # not Mr Yerlan Sarsembayev
    ruling = refreshed(archive, docs, "court-ruling-taldykorgan-ru.txt")
    assert labels(archive, ruling, "article") == {
        "KZ-CC 174(2)",
        "ICCPR 14(7)",
        "ICCPR 19",
        "ICCPR 21",
    }
    assert labels(archive, ruling, "person") == {"Yerlan Seitkali", "Dana Abdrakhmanova"}
    letter = refreshed(archive, docs, "lawyer-letter-kk.txt")
    assert labels(archive, letter, "article") == {"KZ-CC 174(2)", "ICCPR 14(7)"}
    medical = refreshed(archive, docs, "medical-certificate-en.txt")
    assert labels(archive, medical, "article") == labels(archive, medical, "person") == set()


def test_evidence_is_the_page_and_the_sentence(archive: Archive, docs: dict[str, int]) -> None:
    ruling = refreshed(archive, docs, "court-ruling-taldykorgan-ru.txt")
    by_label = {s.label: s for s in SuggestionService(archive).pending(ruling)}
    (evidence,) = by_label["ICCPR 19"].evidence
    assert evidence.page == 1
    assert "статьям 19 и 21 Пакта" in evidence.text
    person = by_label["Yerlan Seitkali"]
    assert any(e.text.startswith("Сейткали Ерлан Маратович, 1991 года") for e in person.evidence)
    assert all("\n" not in e.text and len(e.text) <= 330 for e in person.evidence)


def test_accept_tags_with_source_suggested_and_is_audited(
    archive: Archive, docs: dict[str, int]
) -> None:
    ruling = refreshed(archive, docs, "court-ruling-taldykorgan-ru.txt")
    service = SuggestionService(archive)
    accepted = service.accept(ruling, kind="article")
    assert {s.label for s in accepted} == {"KZ-CC 174(2)", "ICCPR 14(7)", "ICCPR 19", "ICCPR 21"}
    doc = archive.documents.get(ruling)
    assert doc.articles == ["ICCPR 14(7)", "ICCPR 19", "ICCPR 21", "KZ-CC 174(2)"]
    assert doc.persons == []
    sources = {r[0] for r in archive.db.all("SELECT source FROM document_articles")}
    assert sources == {"suggested"}
    (entry,) = archive.maintenance.log(action="document.tag")
    assert entry.target == f"#{ruling}" and entry.details["source"] == "suggested"
    assert {s.kind for s in service.pending(ruling)} == {"person"}
    service.accept(ruling, refs=["yerlan seitkali"])  # any spelling the registry accepts
    assert archive.documents.get(ruling).persons == ["Yerlan Seitkali"]
    assert service.refresh(ruling) == 1  # accepted ones do not come back; the lawyer remains
    with pytest.raises(NotFound):
        service.accept(ruling, refs=["ICCPR 9"])


def test_reject_is_remembered_and_audited(archive: Archive, docs: dict[str, int]) -> None:
    appeal = refreshed(archive, docs, "urgent-appeal-atajurt-2026.txt")
    service = SuggestionService(archive)
    assert service.reject(appeal, ["iccpr 9", "Nazigul Maksutkhan"]) == [
        "article:ICCPR 9",
        "person:Nazigul Maksutkhan",
    ]
    service.refresh(appeal)
    assert "ICCPR 9" not in labels(archive, appeal, "article")
    assert labels(archive, appeal, "person") == set()
    (entry,) = archive.maintenance.log(action="suggestion.reject")
    assert entry.details == {"tags": ["article:ICCPR 9", "person:Nazigul Maksutkhan"]}
    assert {s.label for s in service.decided(appeal)} == {"ICCPR 9", "Nazigul Maksutkhan"}
    service.accept(appeal)
    assert "ICCPR 9" not in archive.documents.get(appeal).articles
    assert archive.maintenance.verify_log().ok


def test_tags_already_applied_are_left_out(archive: Archive, docs: dict[str, int]) -> None:
    ruling = docs["court-ruling-taldykorgan-ru.txt"]
    archive.tags.tag([ruling], persons=["Yerlan Seitkali"], articles=["KZ-CC 174(2)"])
    SuggestionService(archive).refresh(ruling)
    assert "KZ-CC 174(2)" not in labels(archive, ruling, "article")
    assert labels(archive, ruling, "person") == {"Dana Abdrakhmanova"}
    archive.tags.tag([ruling], articles=["ICCPR 19"])  # tagged by hand after the refresh
    assert "ICCPR 19" not in labels(archive, ruling, "article")


def test_refresh_at_import_and_after_the_registry_grows(
    archive: Archive, docs: dict[str, int]
) -> None:
    witness = docs["witness-statement-en.txt"]
    with archive.db.atomic():  # as the importer calls it, inside its own transaction
        pending = refresh_suggestions(archive, witness)
    assert pending == len(SuggestionService(archive).pending(witness))
    assert labels(archive, witness, "person") == {"Yerlan Seitkali", "Dana Abdrakhmanova"}
    archive.registry.add_person("Bolat Nurlanuly")
    assert "Bolat Nurlanuly" not in labels(archive, witness, "person")  # until refreshed
    SuggestionService(archive).refresh(witness)
    assert "Bolat Nurlanuly" in labels(archive, witness, "person")
    with pytest.raises(NotFound):
        refresh_suggestions(archive, 9999)


def run_cli(archive: Archive, monkeypatch: pytest.MonkeyPatch, *argv: str) -> int:
    parser = argparse.ArgumentParser()
    suggest.register(parser.add_subparsers())
    archive.close()  # the command opens the archive itself
    monkeypatch.setenv("ARCHIVE_PASSPHRASE", PASSPHRASE)
    args = parser.parse_args(["suggest", str(archive.path), *argv])
    code: int = args.func(args)
    return code


def test_cli_json_then_reject_and_accept(
    archive: Archive,
    docs: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ruling = docs["court-ruling-taldykorgan-ru.txt"]
    path = archive.path
    assert run_cli(archive, monkeypatch, str(ruling), "--json") == 0  # computed on first use
    data = json.loads(capsys.readouterr().out)
    assert [a["citation"] for a in data["articles"]] == [
        "ICCPR 14(7)",
        "ICCPR 19",
        "ICCPR 21",
        "KZ-CC 174(2)",
    ]
    assert data["articles"][0]["evidence"][0]["page"] == 1
    assert {p["name"] for p in data["persons"]} == {"Yerlan Seitkali", "Dana Abdrakhmanova"}
    assert all(isinstance(p["id"], int) and p["evidence"] for p in data["persons"])

    again = Archive.open(path, PASSPHRASE)
    code = run_cli(again, monkeypatch, str(ruling), "--reject", "ICCPR 19", "--accept", "all")
    assert code == 0
    out = capsys.readouterr().out
    assert "rejected  article  ICCPR 19" in out and "tagged    person   Yerlan Seitkali" in out
    with Archive.open(path, PASSPHRASE) as reopened:
        doc = reopened.documents.get(ruling)
        assert doc.articles == ["ICCPR 14(7)", "ICCPR 21", "KZ-CC 174(2)"]
        assert doc.persons == ["Dana Abdrakhmanova", "Yerlan Seitkali"]

    assert run_cli(Archive.open(path, PASSPHRASE), monkeypatch, str(ruling), "--refresh") == 0
    assert capsys.readouterr().out.strip() == f"no pending suggestions for #{ruling}"
