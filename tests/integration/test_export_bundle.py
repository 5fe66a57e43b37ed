"""Bundles through the CLI commands (registered on a local parser, as main.py will):
continuous Bates numbers, cover and index, log and manifest without redacted content,
``sha256sum -c``, ZIP, password protection, verify-bundle, clean TMPDIR, audit entry."""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from archive_app.cli import export as export_cli
from archive_app.errors import ArchiveError
from archive_app.export import BundleInvalid, ExportCancelled, ExportOptions, ExportService
from archive_app.session import Archive
from archive_app.tasks import CancelToken, Progress
from tests.conftest import PASSPHRASE
from tests.support.pdfgen import make_pdf

SECRETS = ("Nazigul", "Maksutkhan", "Назигуль", "Мақсұтхан", "Bolat", "701 555", "7015552419")


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="archive-app")
    export_cli.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(list(argv))
    code: int = args.func(args)
    return code


@pytest.fixture
def ids(
    archive: Archive, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> list[int]:
    monkeypatch.setenv("ARCHIVE_PASSPHRASE", PASSPHRASE)
    archive.registry.add_person(
        "Nazigul Maksutkhan",
        aliases=["Назигуль Максутхан", "Нәзигүл Мақсұтхан"],
        role="defender",
        consent="no",
    )
    archive.registry.add_person("Bolat Nurlanuly", role="witness", consent="yes")
    scan = tmp_path / "ruling.pdf"
    scan.write_bytes(
        make_pdf(
            [
                "Ruling page one. Nazigul Maksutkhan appeared; phone +7 701 555 24 19.",
                "Ruling page two is public.",
                "Ruling page three names nobody.",
            ],
            title="Ruling on Nazigul Maksutkhan",
        )
    )
    note = tmp_path / "note.txt"
    note.write_text(
        "Записка: Назигуль Максутхан и Bolat Nurlanuly. Тел. 8 (701) 555-24-19\n", "utf-8"
    )
    report = archive.importer().import_paths(
        [scan, note, corpus / "text" / "witness-statement-en.txt"]
    )
    archive.close()  # the CLI opens it itself
    return report.document_ids


def _bundle_args(archive_path: Path, out: Path, ids: list[int], *extra: str) -> list[str]:
    return [
        "export",
        str(archive_path),
        "--out",
        str(out),
        "--ids",
        ",".join(map(str, ids)),
        "--redact-person",
        "Bolat Nurlanuly",
        "--redact-pattern",
        "phone",
        "--redact-term",
        "SECURITY:Qalzhat",
        "--prefix",
        "ATJ-",
        *extra,
    ]


def _pdf_texts(data: bytes, password: str | None = None) -> list[str]:
    doc = pdfium.PdfDocument(data, password=password)
    return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]


def test_bundle_numbers_pages_continuously_and_hides_every_secret(
    ids: list[int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bundle"
    assert run(*_bundle_args(tmp_path / "case.archive", out, ids)) == 0
    assert "bundle written and verified" in capsys.readouterr().out
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "00-cover-and-index.pdf",
        "ATJ-000001_ATJ-000003.pdf",
        "ATJ-000004.pdf",
        "ATJ-000005.pdf",
        "MANIFEST.json",
        "SHA256SUMS",
        "redaction-log.csv",
    ]
    labels = []
    for name in names[1:4]:
        for text in _pdf_texts((out / name).read_bytes()):
            labels += [w for w in text.split() if w.startswith("ATJ-")]
            assert "CONFIDENTIAL" in text  # the legend on every page
    assert labels == [f"ATJ-00000{i}" for i in range(1, 6)]  # continuous across documents
    ruling = _pdf_texts((out / "ATJ-000001_ATJ-000003.pdf").read_bytes())
    assert "Ruling page two is public." in ruling[1]  # untouched pages keep their text
    for item in out.iterdir():
        content = item.read_bytes().decode("latin-1") + item.read_bytes().decode("utf-8", "ignore")
        assert not [s for s in SECRETS if s in content], item.name
    cover = " ".join(" ".join(_pdf_texts((out / "00-cover-and-index.pdf").read_bytes())).split())
    assert "ATJ-000001 - ATJ-000003" in cover and "Ruling on [PII-VICTIM]" in cover
    rows = list(csv.DictReader(io.StringIO((out / "redaction-log.csv").read_text("utf-8"))))
    assert {r["reason"] for r in rows} == {"PII-VICTIM", "PII-WITNESS", "SECURITY"}
    assert {r["bates_page"] for r in rows} <= {f"ATJ-00000{i}" for i in range(1, 6)}
    manifest = json.loads((out / "MANIFEST.json").read_text("utf-8"))
    assert [d["bates_start"] for d in manifest["documents"]] == [1, 4, 5]
    # No hash of an unredacted original: it would confirm a guessed original (issue 10).
    assert all("source_sha256" not in d for d in manifest["documents"])
    exported = {hashlib.sha256(p.read_bytes()).hexdigest() for p in out.iterdir()}
    assert set(re.findall(r"[0-9a-f]{64}", json.dumps(manifest))) <= exported
    assert manifest["redaction_profile"]["SECURITY"]["terms"] == 1
    assert manifest["non_consenting_persons_redacted"] == 1
    assert manifest["encrypted"] is None


@pytest.mark.skipif(shutil.which("sha256sum") is None, reason="coreutils sha256sum missing")
def test_sha256sum_accepts_the_checksums(ids: list[int], tmp_path: Path) -> None:
    out = tmp_path / "bundle"
    run(*_bundle_args(tmp_path / "case.archive", out, ids))
    result = subprocess.run(
        ["sha256sum", "-c", "SHA256SUMS"], cwd=out, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count(": OK") == 6


def test_verify_bundle_command_reports_tampering(
    ids: list[int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bundle"
    run(*_bundle_args(tmp_path / "case.archive", out, ids))
    capsys.readouterr()
    assert run("verify-bundle", str(out), "--term", "Nazigul Maksutkhan", "--term", "Qalzhat") == 0
    assert "bundle verified" in capsys.readouterr().out
    target = out / "ATJ-000004.pdf"
    target.write_bytes(target.read_bytes() + b"% appended later\n")
    (out / "extra.txt").write_text("added after export", "utf-8")
    with pytest.raises(BundleInvalid, match="failed verification"):
        run("verify-bundle", str(out))
    printed = capsys.readouterr().out
    assert "ATJ-000004.pdf does not match its SHA-256 in SHA256SUMS" in printed
    assert "extra.txt is not listed in SHA256SUMS" in printed


def test_zip_bundle_holds_one_folder_and_verifies(ids: list[int], tmp_path: Path) -> None:
    run(*_bundle_args(tmp_path / "case.archive", tmp_path / "packet", ids, "--zip"))
    path = tmp_path / "packet.zip"
    with zipfile.ZipFile(path) as zf:
        assert {n.split("/")[0] for n in zf.namelist()} == {"packet"}
        assert "packet/SHA256SUMS" in zf.namelist()
    assert run("verify-bundle", str(path), "--term", "Maksutkhan") == 0
    assert not [p for p in tmp_path.iterdir() if ".partial-" in p.name]


def test_password_bundle_opens_only_with_its_password(ids: list[int], tmp_path: Path) -> None:
    secret_file = tmp_path / "pw.txt"
    secret_file.write_text("un-submission 2026\n", "utf-8")
    out = tmp_path / "bundle"
    run(*_bundle_args(tmp_path / "case.archive", out, ids, "--password-file", str(secret_file)))
    data = (out / "ATJ-000004.pdf").read_bytes()
    reader = PdfReader(io.BytesIO(data))
    assert reader.is_encrypted
    assert not reader.decrypt("wrong password")
    assert reader.decrypt("un-submission 2026")
    assert "ATJ-000004" in reader.pages[0].extract_text()
    assert reader._encryption is not None and reader._encryption.V == 5  # AES-256
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(data)
    assert "ATJ-000004" in _pdf_texts(data, "un-submission 2026")[0]
    assert run("verify-bundle", str(out), "--password-file", str(secret_file)) == 0
    with pytest.raises(BundleInvalid):
        run("verify-bundle", str(out))


def test_export_writes_no_temporary_files_and_is_audited(
    ids: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch = tmp_path / "tmpdir"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", None)
    run(*_bundle_args(tmp_path / "case.archive", tmp_path / "bundle", ids))
    assert list(scratch.iterdir()) == []
    with Archive.open(tmp_path / "case.archive", PASSPHRASE) as archive:
        entry = archive.maintenance.log(action="export.bundle")[-1]
    assert entry.target == "bundle"
    assert entry.details["bates"] == ["ATJ-000001", "ATJ-000005"]
    assert entry.details["documents"] == ids
    assert not [s for s in (*SECRETS, "Qalzhat") if s in json.dumps(entry.details)]


def test_query_export_and_clear_errors(ids: list[int], tmp_path: Path) -> None:
    archive_path = str(tmp_path / "case.archive")
    assert run("export", archive_path, "--out", str(tmp_path / "q"), "--query", "ruling") == 0
    assert [p.name for p in (tmp_path / "q").glob("ATJ*")] == []  # default prefix DOC-
    assert (tmp_path / "q" / "DOC-000001_DOC-000003.pdf").exists()
    with pytest.raises(ArchiveError, match="one of them"):
        run("export", archive_path, "--out", str(tmp_path / "x"), "--ids", "1", "--query", "a")
    with pytest.raises(ArchiveError, match="exists"):
        run("export", archive_path, "--out", str(tmp_path / "q"), "--ids", "1")
    with pytest.raises(ArchiveError, match="no person"):
        run(
            "export",
            archive_path,
            "--out",
            str(tmp_path / "y"),
            "--ids",
            "1",
            "--redact-person",
            "Nobody",
        )
    with pytest.raises(ArchiveError, match="unknown pattern"):
        run(
            "export",
            archive_path,
            "--out",
            str(tmp_path / "y"),
            "--ids",
            "1",
            "--redact-pattern",
            "dna",
        )
    assert not (tmp_path / "x").exists() and not (tmp_path / "y").exists()


def test_cancel_stops_and_writes_nothing(ids: list[int], tmp_path: Path) -> None:
    cancel = CancelToken()
    seen: list[Progress] = []

    def progress(p: Progress) -> None:
        seen.append(p)
        cancel.cancel()

    with Archive.open(tmp_path / "case.archive", PASSPHRASE) as archive:
        options = ExportOptions(out=tmp_path / "bundle", ids=ids)
        with pytest.raises(ExportCancelled):
            ExportService(archive).export(options, progress=progress, cancel=cancel)
    assert seen and seen[0].total == 5
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("bundle")]
