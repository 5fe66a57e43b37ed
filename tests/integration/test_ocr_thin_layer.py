"""PDF pages whose text layer is far too thin for their ink are read as scans (issue 11):
a scan with a few stray characters in an invisible or visible layer is queued for OCR at
import, next to the image-only page; a typeset text PDF, a short page and a blank page
are not. The measure itself (dark pixels drawn at 50 dpi against the characters of the
layer, control characters and U+FFFD not counted) is checked on its own too."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive_app.ocr import pages_to_read
from archive_app.session import Archive
from archive_app.settings import Settings
from indexing.extract import Extractor, Source
from indexing.extract.pdf_worker import readable_chars, too_thin
from tests.conftest import PASSPHRASE
from tests.support.pdfgen import make_layered_scan_pdf, make_pdf
from tests.support.scans import corpus_text, scan_page, scanned_pdf

RULING = corpus_text("court-ruling-taldykorgan-ru.txt", 1100)
STATEMENT = corpus_text("witness-statement-en.txt", 2500)
STRAY = "Page 1 of 3 - scanned 12.03.2021"  # what a copier's OCR left on the page


def _scan(text: str = RULING) -> tuple[bytes, int, int]:
    page = scan_page(text, dpi=100)
    return page.tobytes(), page.width, page.height


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    with Extractor() as ex:
        yield ex


def test_a_scan_with_a_stray_layer_is_read_as_a_scan(extractor: Extractor) -> None:
    for invisible in (True, False):
        data = make_layered_scan_pdf(_scan(), STRAY, invisible=invisible)
        result = extractor.extract(Source(name="scan.pdf", data=data))
        assert STRAY in result.pages[0]  # the layer is kept until OCR has read the page
        assert result.scan_pages == [1], invisible
        assert pages_to_read(result) == [1]
        assert any("read as a scan" in note for note in result.notes)


def test_a_text_pdf_is_not_read_as_a_scan(extractor: Extractor) -> None:
    heading = "Annex 2. List of documents submitted to the court of first instance"
    data = make_pdf([STATEMENT, heading, STATEMENT[:300], ""])
    result = extractor.extract(Source(name="text.pdf", data=data))
    assert result.scan_pages == []
    assert pages_to_read(result) == [4]  # only the blank page, as before


def test_the_ink_measure() -> None:
    assert readable_chars("a b\x01\x02\ufffd\u200bc") == 3
    ink = 0.04  # a full page of text: about 1,100 characters
    assert too_thin("x" * 30, lambda: ink)
    assert too_thin("\ufffd\x01" * 100 + "x" * 30, lambda: ink)  # junk does not count
    assert not too_thin("x" * 600, lambda: pytest.fail("a long layer is not drawn"))
    assert not too_thin("x" * 10, lambda: pytest.fail("an empty layer is queued anyway"))
    assert not too_thin("x" * 30, lambda: 0.001)  # a short note on a nearly blank page
    assert not too_thin("x" * 300, lambda: ink)
    assert not too_thin("x" * 30, lambda: None)  # the page could not be drawn


def test_import_queues_the_thin_page_and_not_the_text_pdf(tmp_path: Path) -> None:
    files = {
        "layered.pdf": make_layered_scan_pdf(_scan(), STRAY),
        "typeset.pdf": make_pdf([STATEMENT, STATEMENT[:400]]),
        "image-only.pdf": scanned_pdf([scan_page(RULING, dpi=100)], dpi=100),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    archive, _ = Archive.create(tmp_path / "a.archive", PASSPHRASE, Settings(actor="tester"))
    with archive:
        report = archive.importer().import_paths([tmp_path / n for n in files])
        layered, typeset, image_only = report.document_ids
        queued = archive.ocr.scans([layered, typeset, image_only])
        assert queued.unread == 2
        assert archive.ocr.scans([typeset]).scanned == 0
        assert archive.ocr.scans([layered]).unread == 1
        assert archive.ocr.scans([image_only]).unread == 1
