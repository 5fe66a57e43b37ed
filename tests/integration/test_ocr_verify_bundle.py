"""``verify-bundle`` reads the page images of a bundle from disk with OCR (issue 11): a
page rebuilt as an image on which a person's name is still readable fails the check as a
leak, named by file and page, though hashes, scrubbing and Bates numbers are all in order
and no text layer holds the name; a name that is not on the page passes, and the pages
read are counted. Without Tesseract the same bundle is not declared clean of what could
not be read: the pages are listed as unchecked. Real Tesseract (kaz+rus+eng)."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive_app.export import ExportOptions, ExportService
from archive_app.export.check import LEAK, verify_bundle
from archive_app.export.model import RectRule, RedactionSet
from archive_app.export.ocr_boxes import image_pages
from archive_app.importer import ImportOptions
from archive_app.session import Archive
from archive_app.settings import Settings
from indexing.ocr import ocr_problem
from tests.conftest import PASSPHRASE
from tests.integration.cli_helpers import run_cli
from tests.support.pdfgen import make_pdf
from tests.support.scans import corpus_text, scan_page, scanned_pdf

pytestmark = pytest.mark.skipif(bool(ocr_problem()), reason="Tesseract (kaz+rus+eng) missing")

NAME = "Yerlan Seitkali"
TEXT = f"Statement of {NAME}, taken in Almaty.\n" + corpus_text("witness-statement-en.txt", 500)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A scan and a typeset PDF exported with a box on page 1 (which rebuilds each page 1
    as an image) but without the person redacted: the name stays readable in the pixels."""
    folder = tmp_path_factory.mktemp("verify-ocr")
    (folder / "scan.pdf").write_bytes(scanned_pdf([scan_page(TEXT, dpi=200, seed=4)]))
    (folder / "typeset.pdf").write_bytes(make_pdf(["A typeset page that names nobody."]))
    archive, _ = Archive.create(folder / "a.archive", PASSPHRASE, Settings(actor="tester"))
    with archive:
        report = archive.importer().import_paths(
            [folder / "scan.pdf", folder / "typeset.pdf"], ImportOptions(ocr=False)
        )
        scan_id, typeset_id = report.document_ids
        result = ExportService(archive).export(
            ExportOptions(
                out=folder / "bundle",
                ids=[scan_id, typeset_id],
                rules=RedactionSet(rects=[RectRule(1, (0.85, 0.9, 0.95, 0.95), "PII-VICTIM")]),
            )
        )
    return result.path


def _pdfs(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(path.glob("*.pdf"))}


def test_the_name_on_a_page_image_fails_the_check(bundle: Path) -> None:
    with_images = {n: image_pages(d) for n, d in _pdfs(bundle).items()}
    # the box rebuilt page 1 of both documents as an image; the cover is typeset
    assert with_images == {
        "00-cover-and-index.pdf": [],
        "DOC-000001.pdf": [1],
        "DOC-000002.pdf": [1],
    }
    blind = verify_bundle(bundle, terms=[], persons=[[NAME]], read_images=False)
    assert blind.ok  # no text layer, no object, no file name holds it
    report = verify_bundle(bundle, persons=[[NAME]], terms=[])
    assert report.ocr_pages == 2
    (leak,) = [p for p in report.problems if p.kind == LEAK]
    assert "DOC-000001.pdf" in leak.message and "page 1" in leak.message
    assert "page image (OCR)" in leak.message
    assert [p for p in report.problems if p.kind != LEAK] == []
    # the surname alone, in Cyrillic, is still the same person to the mention engine
    assert not verify_bundle(bundle, persons=[["Сейткали Ерлан"]], terms=[]).ok
    assert not verify_bundle(bundle, terms=["Seitkali"]).ok


def test_a_name_not_on_the_page_passes(bundle: Path) -> None:
    report = verify_bundle(bundle, persons=[["Bolat Nurlanuly"]], terms=["Karaganda"])
    assert report.ok and report.ocr_pages == 2 and report.warnings == []


def test_the_command_fails_closed_and_without_tesseract_warns(bundle: Path) -> None:
    done = run_cli("verify-bundle", str(bundle), "--person", NAME)
    assert done.returncode != 0
    assert "page image (OCR)" in done.stdout and NAME not in done.stdout + done.stderr
    clean = run_cli("verify-bundle", str(bundle), "--person", "Bolat Nurlanuly")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "2 page images read by OCR" in clean.stdout
    missing = run_cli(
        "verify-bundle", str(bundle), "--person", NAME, env={"ARCHIVE_APP_TESSERACT": ""}
    )
    assert "WARNING" in missing.stderr and "could not be checked by OCR" in missing.stderr
    assert "read by OCR" not in missing.stdout
