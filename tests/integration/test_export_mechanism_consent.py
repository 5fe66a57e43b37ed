"""A bundle exported for a UN mechanism names each person only as far as their consent for
that mechanism allows (issue 20): initials only or not at all -> the name leaves every
document in every form, said in the warnings (by number, with why) and counted in
MANIFEST.json; full consent, or no record for the mechanism, keeps the name. Read as a
reader of the bundle gets it (the PDFs' text) and re-verified from disk; then through the
CLI, as a user runs it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from archive_app.cli.main import main
from archive_app.export import ExportOptions, ExportService, verify_bundle
from archive_app.facts.service import FactService
from archive_app.session import Archive
from archive_app.settings import Settings
from indexing.mentions.persons import PersonMatcher
from tests.conftest import PASSPHRASE

NOTE = (
    "Protocol of 14 November 2025. Yerlan Seitkali was detained in Taldykorgan.\n"
    "Сейткали Ерлана Маратовича доставили в ИВС. Адвокат Жанар Курмангалиева присутствовала.\n"
    "Lawyer Zhanar Kurmangaliyeva filed a complaint. Witness Max Bokayev saw the arrest.\n"
    "Свидетель Асель Нурланова отказалась давать показания.\n"
)
VICTIM = ("Yerlan Seitkali", "Сейткали Ерлан Маратович")
LAWYER = ("Zhanar Kurmangaliyeva", "Жанар Курмангалиева")
WITNESS = ("Max Bokayev",)
REFUSED = ("Asel Nurlanova", "Асель Нурланова")


def _text(bundle: Path) -> str:
    pages = [
        page.extract_text() or ""
        for pdf in sorted(bundle.glob("*.pdf"))
        for page in PdfReader(str(pdf)).pages
    ]
    return " ".join(" ".join(pages).split())


def _named(text: str, names: tuple[str, ...]) -> bool:
    return bool(PersonMatcher([(1, name) for name in names]).find(text))


def _seed(archive: Archive, tmp_path: Path) -> dict[str, int]:
    note = tmp_path / "protocol.txt"
    note.write_text(NOTE, encoding="utf-8")
    doc = archive.importer().import_paths([note]).document_ids[0]
    registry = archive.registry
    found = {
        "victim": registry.add_person(VICTIM[0], aliases=[VICTIM[1]], role="defender").id,
        "lawyer": registry.add_person(LAWYER[0], aliases=[LAWYER[1]], role="lawyer").id,
        "witness": registry.add_person(WITNESS[0], role="witness").id,
        "refused": registry.add_person(REFUSED[0], aliases=[REFUSED[1]], role="witness").id,
        "doc": doc,
    }
    consent = FactService(archive).set_consent
    consent(VICTIM[0], "wgad", submit="yes", public_naming="initials", anonymised="yes")
    consent(VICTIM[0], "hrc", submit="yes", public_naming="full")
    consent(LAWYER[0], "wgad", submit="yes", public_naming="full")
    consent(REFUSED[0], "wgad", submit="no", public_naming="full")
    return found


@pytest.fixture
def ids(archive: Archive, tmp_path: Path) -> dict[str, int]:
    return _seed(archive, tmp_path)


def _export(archive: Archive, out: Path, doc: int, mechanism: str | None) -> tuple[Path, list[str]]:
    options = ExportOptions(out=out, ids=[doc], mechanism=mechanism)
    result = ExportService(archive).export(options)
    return result.path, result.warnings


def test_an_export_for_the_wgad_names_as_far_as_wgad_consent_allows(
    archive: Archive, ids: dict[str, int], tmp_path: Path
) -> None:
    bundle, warnings = _export(archive, tmp_path / "wgad", ids["doc"], "wgad")
    text = _text(bundle)
    assert not _named(text, VICTIM)  # initials only: no form of the name is left
    assert not _named(text, REFUSED)  # refused to submit to the WGAD
    assert _named(text, LAWYER) and _named(text, WITNESS)  # full consent; no record
    assert sorted(warnings) == [
        f"person #{ids['victim']} may be named by initials only for the WGAD: pages cannot"
        " carry initials instead of a name, so the name is redacted in every document"
        " (the draft names them by initials)",
        f"person #{ids['refused']} is not named in this bundle for the WGAD (consent to submit"
        " refused): the name is redacted in every document",
    ]
    manifest = json.loads((bundle / "MANIFEST.json").read_text(encoding="utf-8"))
    assert manifest["mechanism"] == {
        "id": "wgad",
        "persons_not_named": 1,
        "persons_initials_only_redacted": 1,
    }
    assert VICTIM[0] not in json.dumps(manifest, ensure_ascii=False)
    report = verify_bundle(bundle, terms=[], persons=[list(VICTIM), list(REFUSED)])
    assert report.ok, [p.message for p in report.problems]


def test_other_mechanisms_and_no_mechanism_follow_their_own_consent(
    archive: Archive, ids: dict[str, int], tmp_path: Path
) -> None:
    hrc, warnings = _export(archive, tmp_path / "hrc", ids["doc"], "hrc")
    assert _named(_text(hrc), VICTIM)  # full consent for the Committee
    assert _named(_text(hrc), REFUSED) and warnings == []  # no record for hrc: the registry
    plain, warnings = _export(archive, tmp_path / "plain", ids["doc"], None)
    assert _named(_text(plain), VICTIM) and warnings == []
    assert json.loads((plain / "MANIFEST.json").read_text(encoding="utf-8"))["mechanism"] is None
    # no consent recorded to submit to the Special Procedures: not named there
    FactService(archive).set_consent(VICTIM[0], "sp", public_naming="full")
    sp, warnings = _export(archive, tmp_path / "sp", ids["doc"], "sp")
    assert not _named(_text(sp), VICTIM)
    assert warnings == [
        f"person #{ids['victim']} is not named in this bundle for the Special Procedures"
        " (no consent to submit recorded): the name is redacted in every document"
    ]


def test_the_cli_exports_for_a_mechanism(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cli.archive"
    archive, _ = Archive.create(path, PASSPHRASE, Settings(actor="tester"))
    with archive:
        found = _seed(archive, tmp_path)
    monkeypatch.setenv("ARCHIVE_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "bundle"
    args = ["export", str(path), "--ids", str(found["doc"]), "--out", str(out)]
    assert main([*args, "--mechanism", "wgad"]) == 0
    err = capsys.readouterr().err
    assert f"warning: person #{found['victim']} may be named by initials only for the WGAD" in err
    assert not _named(_text(out), VICTIM) and _named(_text(out), LAWYER)
    with pytest.raises(SystemExit):  # not a mechanism: refused before anything is read
        main([*args[:-1], str(tmp_path / "other"), "--mechanism", "echr"])
    assert not (tmp_path / "other").exists()
