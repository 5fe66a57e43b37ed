"""OCR text corrected by hand (issue 11): the correction is kept next to the machine text,
indexed (a name only the correction spells right is found; the misreading no longer is),
audited, and used by the export's scan redaction, whose boxes come from the machine's
words the corrected words line up with; through the CLI too. OCR is stood in for
(tests.support.ocr_fake): what is tested is what happens to a page already read."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive_app.export import RedactionSet, TermRule
from archive_app.export.detect import Detector
from archive_app.export.ocr_boxes import ocr_hits
from archive_app.session import Archive
from archive_app.settings import Settings
from tests.conftest import PASSPHRASE
from tests.integration.cli_helpers import run_cli
from tests.support.ocr_fake import fake_page, store_read
from tests.support.scans import scan_page, scanned_pdf

MISREAD = ["Protocol of the hearing", "The witness Bo1at Nur1anu1y confirmed"]
RIGHT = "Protocol of the hearing\nThe witness Bolat Nurlanuly confirmed"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    root = tmp_path_factory.mktemp("correction")
    blank = scan_page("", dpi=50, stamp=False, noise=0, angle=0)
    (root / "scan.pdf").write_bytes(scanned_pdf([blank], dpi=50))
    path = root / "c.archive"
    archive, _ = Archive.create(path, PASSPHRASE, Settings(actor="tester"))
    with archive:
        (doc_id,) = archive.importer().import_paths([root / "scan.pdf"]).document_ids
        store_read(archive, doc_id, {1: fake_page(MISREAD)})
    return path, doc_id


def _open(path: Path) -> Archive:
    return Archive.open(path, PASSPHRASE, Settings(actor="tester"))


def _found(archive: Archive, text: str) -> list[int]:
    return [hit.id for hit in archive.search.search(text).hits]


def test_correction_is_searched_audited_and_boxed(made: tuple[Path, int]) -> None:
    path, doc_id = made
    with _open(path) as archive:
        assert _found(archive, "Nurlanuly") == []
        archive.ocr.correct(doc_id, 1, RIGHT)
        assert _found(archive, "Nurlanuly") == [doc_id]
        assert _found(archive, "Nur1anu1y") == []  # the correction wins
        assert archive.ocr.machine_text(doc_id, 1) == ("\n".join(MISREAD), RIGHT)
        assert archive.documents.pages(doc_id)[0].startswith(RIGHT)
        (entry,) = archive.maintenance.log(action="document.ocr_correct")
        assert RIGHT not in str(entry) and "Nurlanuly" not in str(entry)
        page = archive.ocr.pages(doc_id)[1]
        assert "Bolat Nurlanuly" in page.text
        (word,) = [w for w in page.words if w.text == "Nurlanuly"]
        (misread,) = [w for w in fake_page(MISREAD).words if w.text == "Nur1anu1y"]
        assert word.box == pytest.approx(misread.box, abs=1e-4)
        # the export's scan redaction finds the name in the corrected text, on the word
        detector = Detector(RedactionSet(terms=[TermRule("Nurlanuly", "PRIVACY")]))
        hits = ocr_hits(page, detector)
        assert hits.boxes and not hits.unlocated
        box = hits.boxes[0][0]
        assert box[0] <= misread.box[0] and box[2] >= misread.box[2]
        archive.ocr.correct(doc_id, 1, None)  # dropped: the machine text again
        assert _found(archive, "Nurlanuly") == []
        assert archive.ocr.machine_text(doc_id, 1)[1] is None


def test_cli_shows_corrects_and_reverts(made: tuple[Path, int]) -> None:
    path, doc_id = made
    env = {"ARCHIVE_PASSPHRASE": PASSPHRASE}
    args = ("ocr-correct", str(path), str(doc_id), "1")
    done = run_cli(*args, "--stdin", env=env, stdin=RIGHT)
    assert done.returncode == 0, done.stderr
    shown = run_cli(*args, "--show", env=env)
    assert "Nur1anu1y" in shown.stdout and "corrected by hand" in shown.stdout
    assert "Bolat Nurlanuly" in shown.stdout
    found = run_cli("search", str(path), "Nurlanuly", env=env)
    assert found.returncode == 0 and "scan" in found.stdout.lower()
    reverted = run_cli(*args, "--revert", env=env)
    assert reverted.returncode == 0, reverted.stderr
    assert "corrected by hand" not in run_cli(*args, "--show", env=env).stdout
    again = run_cli("ocr", str(path), "--again", env=env)
    assert again.returncode != 0 and "--again needs --ids" in again.stderr
    missing = run_cli("ocr-correct", str(path), str(doc_id), "7", "--show", env=env)
    assert missing.returncode != 0 and "not read by OCR" in missing.stderr


def test_reading_a_page_again_keeps_the_correction(tmp_path: Path) -> None:
    blank = scan_page("", dpi=50, stamp=False, noise=0, angle=0)
    (tmp_path / "scan.pdf").write_bytes(scanned_pdf([blank], dpi=50))
    archive, _ = Archive.create(tmp_path / "a.archive", PASSPHRASE, Settings(actor="tester"))
    with archive:
        (doc_id,) = archive.importer().import_paths([tmp_path / "scan.pdf"]).document_ids
        store_read(archive, doc_id, {1: fake_page(MISREAD)})
        archive.ocr.correct(doc_id, 1, RIGHT)
        assert archive.ocr.queue_again(doc_id) == 1
        assert archive.ocr.counts() == (1, 0)
        assert archive.ocr.scans([doc_id]).unread == 0  # its text is there meanwhile
        again = ["Protocol of the hearinq", "The witness Bolat Nurlanu1y confirmed"]
        store_read(archive, doc_id, {1: fake_page(again)})
        assert archive.ocr.counts() == (0, 0)
        assert archive.ocr.machine_text(doc_id, 1) == ("\n".join(again), RIGHT)
        assert archive.documents.pages(doc_id) == [RIGHT]  # not the new reading, not twice
        assert _found(archive, "Nurlanuly") == [doc_id]
        assert _found(archive, "Nurlanu1y") == [] and _found(archive, "hearinq") == []
        page = archive.ocr.pages(doc_id)[1]
        assert page.text == RIGHT
        (word,) = [w for w in page.words if w.text == "Nurlanuly"]
        (read,) = [w for w in fake_page(again).words if w.text == "Nurlanu1y"]
        assert word.box == pytest.approx(read.box, abs=1e-4)  # the new reading's box
        first, second = archive.maintenance.log(action="document.ocr")[-2:]
        assert "corrections_kept" not in str(first)
        assert "corrections_kept" in str(second) and RIGHT not in str(second)
        assert len(archive.maintenance.log(action="document.ocr_correct")) == 1
        archive.ocr.correct(doc_id, 1, None)
        assert archive.documents.pages(doc_id) == ["\n".join(again)]
