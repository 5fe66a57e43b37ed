"""From files to UN communications through the CLI (issue 20): import, facts taken from
passages (dates read from the text), remedies, consent, a redacted bundle whose Bates
numbers the facts then cite, and a draft for each mechanism read back with python-docx.
The defender consented to initials only: no form of the name is anywhere in a draft."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from archive_app.cli.main import main
from archive_app.facts.outputs import docx_texts, pdf_texts
from archive_app.facts.service import FactService
from archive_app.session import Archive
from indexing.mentions.persons import PersonMatcher
from storage import audit
from tests.conftest import CORPUS, PASSPHRASE

RULING = CORPUS / "text" / "court-ruling-taldykorgan-ru.txt"
APPEAL = CORPUS / "text" / "lawyer-letter-kk.txt"


def run(*args: str) -> None:
    assert main(list(args)) == 0, args


@pytest.fixture
def built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ARCHIVE_PASSPHRASE", PASSPHRASE)
    archive = str(tmp_path / "case.archive")
    files = tmp_path / "in"
    files.mkdir()
    for source in (RULING, APPEAL):
        shutil.copy(source, files / source.name)
    run("init", archive)
    run("import", archive, str(files))
    run("case", "add", archive, "Seitkali", "--reference", "KZ-2025-174")
    run(
        "person", "add", archive, "Yerlan Seitkali", "--alias", "Сейткали Ерлан Маратович",
        "--alias", "Ерлан Сейткали", "--role", "defender", "--no-suggest",
    )  # fmt: skip
    run("tag", archive, "1", "2", "--case", "Seitkali")
    ruling_text = RULING.read_text(encoding="utf-8")
    passage = next(line for line in ruling_text.splitlines() if "13 ноября 2025" in line)
    run(
        "fact", "add", archive, passage[:200], "--case", "Seitkali", "--doc", "1", "--page", "1",
        "--person", "Yerlan Seitkali", "--article", "KZ-CC 174(2)", "--article", "ICCPR 21",
    )  # fmt: skip
    appeal_text = APPEAL.read_text(encoding="utf-8")
    kk = next(line for line in appeal_text.splitlines() if "қарашада" in line)
    run(
        "fact", "add", archive, kk, "--case", "Seitkali", "--doc", "2", "--page", "1",
        "--person", "Ерлан Сейткали", "--article", "ICCPR 14(7)",
    )  # fmt: skip
    run("remedy", "add", archive, "--case", "Seitkali", "appeal", "--filed", "2026-01-20",
        "--body", "Almaty regional court", "--outcome", "dismissed", "--decided", "2026-02-10",
        "--ruling", "2")  # fmt: skip
    run("details", archive, "Yerlan Seitkali", "--set", "nationality=Kazakhstan",
        "--detention", "IVS Taldykorgan", "--authority", "Police",
        "--from", "2025-11-14")  # fmt: skip
    for mechanism in ("wgad", "sp", "hrc"):
        run("consent", "set", archive, "Yerlan Seitkali", "--mechanism", mechanism,
            "--submit", "yes", "--date", "2026-01-05", "--proof", "2",
            "--naming", "initials", "--anonymised", "yes")  # fmt: skip
    # for the WGAD: the defender's consent for it (initials only) keeps his name out
    run("export", archive, "--ids", "1,2", "--out", str(tmp_path / "bundle"),
        "--mechanism", "wgad", "--prefix", "SKL-")  # fmt: skip
    run("fact", "bates", archive, str(tmp_path / "bundle"))
    return tmp_path


def _matcher(path: Path) -> PersonMatcher:
    with Archive.open(path / "case.archive", PASSPHRASE) as archive:
        person = archive.registry.person("Yerlan Seitkali")
    return PersonMatcher((person.id, n) for n in (person.name, *person.aliases))


@pytest.mark.slow
def test_files_to_drafts_for_every_mechanism(built: Path) -> None:
    archive = str(built / "case.archive")
    matcher = _matcher(built)
    with Archive.open(built / "case.archive", PASSPHRASE) as arc:
        facts = FactService(arc).chronology(case="Seitkali")
    assert [f.date_start for f in facts] == ["2025-11-13", "2025-11-13"]  # read from the text
    assert all(f.bates.startswith("SKL-") for f in facts)
    bundle_text = "\n".join(
        page.extract_text() or ""
        for pdf in sorted((built / "bundle").glob("*.pdf"))
        for page in PdfReader(str(pdf)).pages
    )
    assert not [h for h in matcher.find(bundle_text) if h.redact]  # consent for the WGAD
    for mechanism in ("wgad", "sp", "hrc"):
        out = built / f"{mechanism}.docx"
        run("draft", archive, "--case", "Seitkali", "--mechanism", mechanism, "--out", str(out),
            "--bundle", str(built / "bundle"))  # fmt: skip
        text = "\n".join(t for _, t in docx_texts(out.read_bytes()))
        assert not [h for h in matcher.find(text) if h.redact], mechanism
        assert "Y. S." in text
        tables = Document(str(out)).tables
        annex = tables[-1]
        assert annex.rows[0].cells[0].text == "Bates"
        assert all(row.cells[0].text.startswith("SKL-") for row in list(annex.rows)[1:])
        facts_table = next(t for t in tables if t.rows[0].cells[0].text == "No." and
                           t.rows[0].cells[2].text == "Fact")  # fmt: skip
        assert [r.cells[3].text for r in list(facts_table.rows)[1:]] == [f.bates for f in facts]
    pdf = built / "hrc.pdf"
    run("draft", archive, "--case", "Seitkali", "--mechanism", "hrc", "--out", str(pdf))
    assert not [h for h in matcher.find("\n".join(t for _, t in pdf_texts(pdf.read_bytes())))
                if h.redact]  # fmt: skip
    chronology = built / "chronology.csv"
    run("fact", "export", archive, "--case", "Seitkali", "--mechanism", "wgad",
        "--out", str(chronology))  # fmt: skip
    csv_text = chronology.read_text(encoding="utf-8-sig")
    assert "SKL-" in csv_text and not [h for h in matcher.find(csv_text) if h.redact]
    with Archive.open(built / "case.archive", PASSPHRASE) as arc:
        actions = {e.action for e in audit.entries(arc.db)}
    assert {"fact.add", "remedy.add", "consent.set", "fact.bates", "draft.write"} <= actions
