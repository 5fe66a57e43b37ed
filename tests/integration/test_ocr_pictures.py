"""Pictures on text pages are read (issue 11): a PDF page with a normal text layer that
also draws a picture large enough to show words (a photographed ID, a stamp, a
screenshot) is queued for OCR at import as a "mixed" page. Only what is not text is read
there, and it is added to the page text after the layer, so search and suggestions find
a name that the picture alone shows; the export boxes it like on a scan and reading the
exported page again finds nothing of it. Logos, bullets, rules and small pictures are not
queued. Reading such a page again or correcting it keeps the layer first, once; a reading
interrupted before it was stored leaves the page queued, never half-written.

The import side runs everywhere; what needs OCR uses the real Tesseract (kaz+rus+eng)
and is skipped without it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw

from archive_app.export import (
    ExportOptions,
    ExportService,
    RedactionSet,
    TermRule,
    verify_bundle,
)
from archive_app.export.detect import Detector
from archive_app.export.fonts import pillow_font
from archive_app.export.ocr_boxes import image_pages, page_reader
from archive_app.ocr import OcrJob, pages_to_read
from archive_app.session import Archive
from archive_app.settings import Settings
from indexing.extract import Extractor, Source
from indexing.extract.pictures import PICTURE_SHARE, page_pictures
from indexing.mentions.persons import PersonMatcher
from indexing.ocr import OcrEngine, OcrLimits, ocr_problem
from storage.ocr import PICTURES
from tests.conftest import PASSPHRASE
from tests.support import pdfgen
from tests.support.pdfgen import Picture, make_picture_pdf
from tests.support.scans import corpus_text

Pixels = tuple[bytes, int, int]  # 8-bit grey pixels, width, height
needs_ocr = pytest.mark.skipif(bool(ocr_problem()), reason="Tesseract (kaz+rus+eng) missing")

PERSON = ("Марат Жылкыбаев", ["Marat Zhylkybayev"])
SHOWN = "Marat Zhylkybayev"  # only the picture on page 2 shows it
LAYER = corpus_text("witness-statement-en.txt", 600)
PAGE_TWO = "Annex: a copy of the identity card handed to the investigator in Almaty."


def _blob(width: int, height: int, grey: int = 60) -> Pixels:
    image = Image.new("L", (width, height), 255)
    ImageDraw.Draw(image).ellipse((0, 0, width - 1, height - 1), fill=grey)
    return image.tobytes(), width, height


def _at(image: Pixels, box: tuple[float, float, float, float]) -> Picture:
    return (*image, box)


def _id_card(x0: float = 0.1, y0: float = 0.3, dpi: float = 120) -> Picture:
    """A photographed ID showing the name, drawn at ``dpi`` (its own proportions) with
    its top left corner at (x0, y0) of the page: 6 % of the page at 120 dpi."""
    width, height, size = 560, 150, 28
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((2, 2, width - 3, height - 3), outline=90, width=3)
    for line, text in enumerate(["IDENTITY CARD No 041234567", SHOWN]):
        draw.text((24, 16 + line * 42), text, fill=0, font=pillow_font(size))
    x1 = x0 + width * 72 / dpi / pdfgen.PAGE_WIDTH
    y1 = y0 + height * 72 / dpi / pdfgen.PAGE_HEIGHT
    return image.tobytes(), width, height, (x0, y0, x1, y1)


@pytest.fixture(scope="module")
def extractor() -> Iterator[Extractor]:
    with Extractor() as ex:
        yield ex


def _small_pictures_pdf() -> bytes:
    """Text pages with pictures that cannot or need not be read, and two that must be."""
    return make_picture_pdf(
        [LAYER] * 7,
        {
            1: [_at(_blob(64, 64), (0.1, 0.05, 0.17, 0.1))],  # a logo in the letterhead
            2: [_at(_blob(16, 16), (0.1, 0.3, 0.5, 0.6))],  # a bullet stretched: 16 px
            3: [_at(_blob(1200, 2, 0), (0.05, 0.5, 0.95, 0.505))],  # a rule: 2 px high
            # a 128 px emoji at 1.8 % of the page, like the shared corpus's Google Doc
            4: [_at(_blob(128, 128), (0.72, 0.18, 0.88, 0.294))],
            5: [_at(_blob(120, 120), (0.8, 0.8, 0.85, 0.83)) for _ in range(6)],  # 6 stamps
            # a screenshot cut into 12 strips of 8 pixel rows, 7 % of the page together
            6: [
                _at(_blob(760, 8, 0), (0.1, 0.5 + 0.01 * i, 0.9, 0.51 + 0.01 * i))
                for i in range(12)
            ],
            7: [_id_card(0.1, 0.55)],  # a photographed ID: 6 %
        },
    )


def test_logos_bullets_and_rules_are_not_queued_pictures_that_can_show_words_are(
    extractor: Extractor, tmp_path: Path
) -> None:
    data = _small_pictures_pdf()
    result = extractor.extract(Source(name="letter.pdf", data=data))
    assert result.scan_pages == []
    assert result.picture_pages == [6, 7]
    assert pages_to_read(result) == [6, 7]
    assert any("pages 6, 7: pictures large enough to show words" in n for n in result.notes)
    shares = []
    doc = pdfium.PdfDocument(data)
    for index in range(len(doc)):
        page = doc[index]
        shares.append(page_pictures(pdfium.raw, page.raw).share)
        page.close()
    assert shares[3] == pytest.approx(0.0184, abs=0.001) and shares[3] < PICTURE_SHARE
    assert image_pages(data) == [6, 7]  # the export's check reads the same pages
    (tmp_path / "letter.pdf").write_bytes(data)
    (tmp_path / "logo.pdf").write_bytes(
        make_picture_pdf([LAYER], {1: [_at(_blob(200, 80), (0.06, 0.03, 0.26, 0.08))]})
    )
    archive, _ = Archive.create(tmp_path / "a.archive", PASSPHRASE, Settings(actor="tester"))
    with archive:
        letter, logo = (
            archive.importer()
            .import_paths([tmp_path / "letter.pdf", tmp_path / "logo.pdf"])
            .document_ids
        )
        assert archive.ocr.scans([logo]).scanned == 0  # a letterhead logo: nothing queued
        assert archive.ocr.scans([letter]).unread == 2


def test_a_picture_inside_a_scaled_form_xobject_is_measured_on_the_page() -> None:
    """A hostile file draws the picture through a form XObject whose matrix blows a
    small image up: its size on the page is what counts, not in the form's space."""
    w = pdfgen._Writer()
    catalog, pages = w.reserve(), w.reserve()
    pixels, width, height, _ = _id_card()
    image = pdfgen._grey_image(w, pixels, width, height)
    form = w.add(
        pdfgen._stream_obj(
            b"q 10 0 0 2 0 0 cm /Im0 Do Q\n",
            b" /Type /XObject /Subtype /Form /BBox [0 0 10 2] /Matrix [40 0 0 40 0 0]"
            b" /Resources << /XObject << /Im0 %d 0 R >> >>" % image,
        )
    )
    content = w.add(pdfgen._stream_obj(b"q 1 0 0 1 50 300 cm /Fx Do Q\n"))
    page = w.add(
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /XObject"
        b" << /Fx %d 0 R >> >> /Contents %d 0 R >>" % (pages, form, content)
    )
    w.set(pages, b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page)
    w.set(catalog, b"<< /Type /Catalog /Pages %d 0 R >>" % pages)
    data = w.serialise(catalog, None)
    doc = pdfium.PdfDocument(data)
    page = doc[0]
    found = page_pictures(pdfium.raw, page.raw)
    page.close()
    assert [tuple(round(v) for v in i.box) for i in found.images] == [(50, 300, 450, 380)]
    assert found.hold_words and image_pages(data) == [1]


@pytest.fixture(scope="module")
def read(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Archive, int, Path]]:
    if ocr_problem():
        pytest.skip("Tesseract (kaz+rus+eng) missing")
    folder = tmp_path_factory.mktemp("pictures")
    path = folder / "statement.pdf"
    path.write_bytes(make_picture_pdf([LAYER, PAGE_TWO], {2: [_id_card()]}))
    archive, _ = Archive.create(folder / "case.archive", PASSPHRASE, Settings(actor="tester"))
    try:
        archive.registry.add_person(PERSON[0], aliases=PERSON[1], consent="no")
        (doc_id,) = archive.importer().import_paths([path]).document_ids
        assert archive.ocr.counts() == (1, 0)  # page 2 only: page 1 has no picture
        assert archive.search.search("Zhylkybayev").hits == []  # not before OCR read it
        # a reading cut short before it is stored (the process killed, the archive
        # locked) leaves the page queued and its text as the import left it
        job = OcrJob.plan(archive)
        work = job.next_work(archive, 4)
        assert work is not None and work.pages == [2]
        with OcrEngine(OcrLimits(processes=1)) as engine:
            assert not isinstance(OcrJob.read(engine, work)[0], Exception)
        archive.close()
        archive = Archive.open(folder / "case.archive", PASSPHRASE, Settings(actor="tester"))
        assert archive.ocr.counts() == (1, 0)
        assert archive.documents.pages(doc_id)[1] == PAGE_TWO
        report = archive.ocr.run(processes=2)
        assert (report.read, report.failed, report.total) == (1, 0, 1)
        yield archive, doc_id, folder
    finally:
        archive.close()


@needs_ocr
def test_a_name_shown_only_in_a_picture_is_found_and_suggested(
    read: tuple[Archive, int, Path],
) -> None:
    archive, doc_id, _ = read
    text = archive.documents.pages(doc_id)[1]
    layer, _, pictures = text.partition(f"\n\n{PICTURES}\n")
    assert layer == PAGE_TWO  # the layer first, as the file has it
    assert SHOWN in pictures  # then what OCR read in the picture, and only that
    assert "investigator" not in pictures  # the layer's text is not read twice
    for query in ("Zhylkybayev", "Жылкыбаев", '"Marat Zhylkybayev"'):
        hits = archive.search.search(query).hits
        assert [(h.id, [(p.page, p.ocr) for p in h.pages]) for h in hits] == [
            (doc_id, [(2, True)])
        ], query
    assert [h.id for h in archive.search.search("investigator AND Almaty").hits] == [doc_id]
    assert PERSON[0] in {s.label for s in archive.suggestions.pending(doc_id)}
    (page,) = archive.ocr.pages(doc_id).values()
    _, _, _, (left, top, right, bottom) = _id_card()
    for word in page.words:  # boxes in page coordinates, inside the picture
        x0, y0, x1, y1 = word.box
        assert left <= x0 < x1 <= right and top <= y0 < y1 <= bottom, word


@needs_ocr
def test_the_export_boxes_the_name_in_the_picture(read: tuple[Archive, int, Path]) -> None:
    """The person has no consent to disclosure: redacted in every export, in the picture
    too (page 2 rebuilt as an image); page 1 keeps its text layer."""
    archive, doc_id, folder = read
    result = ExportService(archive).export(
        ExportOptions(out=folder / "bundle", ids=[doc_id], rules=RedactionSet())
    )
    assert result.by_reason.get("PII-VICTIM", 0) >= 1
    pdf = next(result.path.glob("DOC-*.pdf"))
    assert image_pages(pdf.read_bytes()) == [2]
    doc = pdfium.PdfDocument(pdf.read_bytes())
    assert "Taldykorgan" in doc[0].get_textpage().get_text_range()  # page 1 kept as text
    with OcrEngine(OcrLimits(processes=2)) as engine:
        (seen,) = engine.read_pages(pdf.name, "application/pdf", pdf.read_bytes(), [2])
    assert not isinstance(seen, Exception)
    assert "identity card" in seen.text  # the page's own text is still there, as pixels
    matcher = PersonMatcher([(0, PERSON[0])] + [(0, a) for a in PERSON[1]])
    assert [m for m in matcher.find(seen.text) if m.redact] == []
    assert "Zhylkybayev" not in seen.text and "Marat" not in seen.text
    report = verify_bundle(result.path, terms=[], persons=[[PERSON[0], *PERSON[1]]])
    assert report.ok and report.ocr_pages == 1


@needs_ocr
def test_reading_again_and_correcting_keep_the_layer_first_once(
    read: tuple[Archive, int, Path],
) -> None:
    archive, doc_id, _ = read
    before = archive.documents.pages(doc_id)[1]
    assert archive.ocr.queue_again(doc_id) == 1
    archive.ocr.run(processes=1)
    assert archive.documents.pages(doc_id)[1] == before  # read again: not doubled
    archive.ocr.correct(doc_id, 2, "Marat Zhylkybayev (ID card)")
    corrected = archive.documents.pages(doc_id)[1]
    assert corrected == f"{PAGE_TWO}\n\n{PICTURES}\nMarat Zhylkybayev (ID card)"
    archive.ocr.correct(doc_id, 2, None)  # the correction dropped: the machine's text again
    assert archive.documents.pages(doc_id)[1] == before
    assert [h.id for h in archive.search.search("Zhylkybayev").hits] == [doc_id]


@needs_ocr
def test_a_stamp_annotation_showing_the_name_is_read_and_boxed(
    archive: Archive, tmp_path: Path
) -> None:
    """The picture is not page content but a printable Stamp annotation (what a PDF
    editor's stamp tool makes): it is measured and read as the export draws it, flattened
    into the page, so it is found and boxed the same way."""
    path = tmp_path / "stamped.pdf"
    path.write_bytes(make_picture_pdf([LAYER, PAGE_TWO], {}, stamps={2: [_id_card()]}))
    (doc_id,) = archive.importer().import_paths([path]).document_ids
    assert archive.ocr.counts() == (1, 0)
    assert archive.ocr.run(processes=2).read == 1
    hits = archive.search.search("Zhylkybayev").hits
    assert [(h.id, [p.page for p in h.pages]) for h in hits] == [(doc_id, [2])]
    rules = RedactionSet(terms=[TermRule("Zhylkybayev", "PII-VICTIM")])
    result = ExportService(archive).export(
        ExportOptions(out=tmp_path / "bundle", ids=[doc_id], rules=rules)
    )
    pdf = next(result.path.glob("DOC-*.pdf"))
    with OcrEngine(OcrLimits(processes=1)) as engine:
        (seen,) = engine.read_pages(pdf.name, "application/pdf", pdf.read_bytes(), [2])
    assert not isinstance(seen, Exception)
    assert "IDENTITY CARD" in seen.text and "Zhylkybayev" not in seen.text
    assert verify_bundle(result.path, terms=["Zhylkybayev"]).ok


@needs_ocr
def test_the_check_reads_the_pictures_of_the_bytes_it_is_given() -> None:
    """The export's check prefetches a file's pages while the next document renders; if
    the bytes read back differ from those (a file changed on its way to the disk), the
    pages drawing pictures are those of the bytes read back, not of the ones before."""
    clean = make_picture_pdf([LAYER], {})
    pictured = make_picture_pdf([LAYER], {1: [_id_card()]})
    detector = Detector(RedactionSet(terms=[TermRule("Zhylkybayev", "PII-VICTIM")]))
    with page_reader(OcrLimits(processes=1), 200) as reader:
        reader.prefetch("DOC-000001.pdf", clean)
        assert reader.leaks("DOC-000001.pdf", clean, detector, (), None) == []
        (finding,) = reader.leaks("DOC-000001.pdf", pictured, detector, (), None)
    assert finding.page == 1 and "(OCR)" in finding.where
