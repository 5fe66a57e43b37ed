"""Redaction must be real: a PDF hiding a name everywhere exports clean, and a box drawn
over text that is still there is caught.

The hostile PDF (tests.support.pdfgen.make_hostile_pdf) hides the term in page text in a
standard and an embedded font, a form XObject drawn on two pages, invisible render-mode-3
text, an unused resource, a link URI, an outline, /Info, XMP, an attachment, JavaScript,
a form field and an earlier incremental revision. Page 3 is a text page that also draws
a picture of the term (16 % of the page): no text search can see it. Import queues that
page for OCR as a "mixed" page (its pictures are read, its layer stays), the export boxes
what OCR read there like on a scan (the page is rebuilt as an image with the name
covered), and the export's check and verify-bundle read by OCR every page that draws
such a picture, failing closed on a name read there. Without Tesseract the page is
listed as unchecked. (Before, page 3 left the export as it was, picture and all, and
the bundle was declared clean: the picture was left to a rectangle drawn by hand.)
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zlib
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader

from archive_app.export import (
    ExportLeak,
    ExportOptions,
    ExportService,
    RedactionService,
    RedactionSet,
    TermRule,
    verify_bundle,
)
from archive_app.export import render as render_module
from archive_app.export.bundle import SUMS, sha256, sums_file
from archive_app.export.check import LEAK
from archive_app.export.errors import RedactionUnplaceable
from archive_app.export.fonts import font_bytes, pillow_font
from archive_app.export.pdfium_pages import PageHits
from archive_app.session import Archive
from indexing.ocr import OcrEngine, OcrLimits, ocr_problem
from tests.support import pdfgen
from tests.support.pdfgen import (
    HOSTILE_IMAGE_BOX,
    HOSTILE_KEPT_TEXT,
    HOSTILE_PAGE_ONE_TEXT,
    make_hostile_pdf,
    make_overdrawn_pdf,
)
from tests.support.scan import inflated

TERM = "Nazigul Maksutkhan"
NEEDLES = [b"Nazigul", b"Maksutkhan", b"NAZIGUL", "Nazigul".encode("utf-16-be")]
OCR = not ocr_problem()
needs_ocr = pytest.mark.skipif(not OCR, reason="Tesseract (kaz+rus+eng) missing")


def _raw_hits(data: bytes) -> list[bytes]:
    blobs = [data, *inflated(data)]
    return [n for n in NEEDLES for blob in blobs if n in blob]


def _term_picture() -> tuple[bytes, int, int]:
    image = Image.new("L", (600, 150), 255)
    ImageDraw.Draw(image).text((10, 40), TERM, fill=0, font=pillow_font(48))
    return image.tobytes(), 600, 150


def _import_hostile(archive: Archive, tmp_path: Path) -> int:
    path = tmp_path / "hostile.pdf"
    path.write_bytes(make_hostile_pdf(TERM, font_file=font_bytes(), image=_term_picture()))
    doc_id = archive.importer().import_paths([path]).document_ids[0]
    # page 3, the text page with the picture, waits for OCR (as a mixed page); no other
    assert archive.ocr.counts() == (1, 0)
    assert archive.ocr.scans([doc_id]).unread == 1
    return doc_id


@pytest.fixture
def hostile_id(archive: Archive, tmp_path: Path) -> int:
    """The hostile PDF imported, and its queued page read by OCR where Tesseract is."""
    doc_id = _import_hostile(archive, tmp_path)
    if OCR:
        report = archive.ocr.run(processes=2)
        assert (report.read, report.failed) == (1, 0)
    return doc_id


def _read_page(pdf: Path, page: int) -> str:
    """What OCR reads on one page of an exported file (as a reader's eye would)."""
    with OcrEngine(OcrLimits(processes=1)) as engine:
        (result,) = engine.read_pages(pdf.name, "application/pdf", pdf.read_bytes(), [page])
    assert not isinstance(result, Exception), result
    return result.text


def _export(archive: Archive, doc_id: int, out: Path) -> Path:
    options = ExportOptions(
        out=out, ids=[doc_id], rules=RedactionSet(terms=[TermRule(TERM, "PII-VICTIM")]), prefix="H-"
    )
    return ExportService(archive).export(options).path


@needs_ocr
def test_every_hiding_place_is_emptied_and_the_picture_is_boxed(
    archive: Archive, hostile_id: int, tmp_path: Path
) -> None:
    # what OCR read in page 3's picture follows the page's own text, and search finds it
    page_three = archive.documents.pages(hostile_id)[2]
    assert page_three.startswith(HOSTILE_KEPT_TEXT) and "Maksutkhan" in page_three
    hits = archive.search.search("Maksutkhan").hits
    assert 3 in [p.page for hit in hits for p in hit.pages]
    bundle = _export(archive, hostile_id, tmp_path / "bundle")
    report = verify_bundle(bundle, terms=[TERM, "Назигуль Максутхан"])
    assert report.ok, report.problems
    assert report.ocr_pages == 4  # every page of the document is an image now
    pdf_path = bundle / "H-000001_H-000004.pdf"
    data = pdf_path.read_bytes()
    for item in bundle.iterdir():  # no trace in any file, raw or deflated
        assert _raw_hits(item.read_bytes()) == [], item.name
    reader = PdfReader(io.BytesIO(data))
    root = reader.trailer["/Root"]
    assert reader.metadata is None and "/Prev" not in reader.trailer
    assert set(root) == {"/Type", "/Pages"}  # no outlines, names, JavaScript, forms, XMP
    assert all("/Annots" not in page for page in reader.pages)  # no links, no widgets
    assert data.count(b"%%EOF") == 1  # a fresh file: the earlier revision is gone
    texts = [page.extract_text() for page in reader.pages]
    # Page 3 used to keep its text layer (nothing in it is redacted); the name OCR found
    # in its picture is boxed now, so the page is rebuilt as an image: its harmless
    # sentence survives as pixels, read back by OCR, and the name does not.
    assert HOSTILE_KEPT_TEXT not in texts[2] and HOSTILE_PAGE_ONE_TEXT not in texts[0]
    seen = _read_page(pdf_path, 3)
    assert "Third page keeps its text layer" in seen
    assert "nazigul" not in seen.casefold() and "maksutkhan" not in seen.casefold()
    assert all(f"H-00000{i}" in text for i, text in enumerate(texts, start=1))  # Bates stamps
    log = (bundle / "redaction-log.csv").read_text("utf-8").splitlines()
    pages = sorted({line.split(",")[0] for line in log[1:]})
    assert pages == ["H-000001", "H-000002", "H-000003", "H-000004"]
    assert any(line.startswith("H-000003,") and ",term," in line for line in log)


@needs_ocr
def test_a_kept_text_page_is_read_for_its_picture_by_verify_bundle(
    archive: Archive, hostile_id: int, tmp_path: Path
) -> None:
    """Nothing on page 3 is redacted here, so it keeps its text layer (and its picture);
    verify-bundle reads that page by OCR from disk and finds the name in the picture,
    which no text search of the file can."""
    rules = RedactionSet(terms=[TermRule(HOSTILE_PAGE_ONE_TEXT, "PII-VICTIM")])
    options = ExportOptions(out=tmp_path / "bundle", ids=[hostile_id], rules=rules, prefix="H-")
    bundle = ExportService(archive).export(options).path
    pdf_path = bundle / "H-000001_H-000004.pdf"
    texts = [page.extract_text() for page in PdfReader(pdf_path).pages]
    assert HOSTILE_KEPT_TEXT in texts[2]  # kept as it was: the text layer survives
    assert HOSTILE_PAGE_ONE_TEXT not in texts[0]
    assert verify_bundle(bundle, terms=[HOSTILE_PAGE_ONE_TEXT]).ocr_pages == 2  # pages 1, 3

    def page_three(report_problems: list[str]) -> list[str]:
        return [m for m in report_problems if "page 3 (H-000003)" in m]

    blind = verify_bundle(bundle, terms=[TERM], read_images=False)
    assert page_three([p.message for p in blind.problems if p.kind == LEAK]) == []
    report = verify_bundle(bundle, terms=[TERM])
    found = page_three([p.message for p in report.problems if p.kind == LEAK])
    assert found and all("H-000001_H-000004.pdf" in m and "(OCR)" in m for m in found)
    assert all("aksutkhan" not in p.message.lower() for p in report.problems)


@needs_ocr
def test_a_picture_left_unboxed_fails_the_export_closed(
    archive: Archive, hostile_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The redactor made blind to OCR leaves page 3 as it was, picture and all: the
    export's check reads the picture and stops, naming file and page, writing nothing."""
    monkeypatch.setattr(render_module, "ocr_hits", lambda *a, **k: PageHits())
    with pytest.raises(ExportLeak) as caught:
        _export(archive, hostile_id, tmp_path / "bundle")
    message = str(caught.value)
    assert "H-000001_H-000004.pdf" in message and "page 3 (H-000003)" in message
    assert "(OCR)" in message and "Maksutkhan" not in message
    assert not (tmp_path / "bundle").exists()


def test_without_tesseract_the_picture_page_is_listed_as_unchecked(
    archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No OCR on this machine: page 3 is queued but never read, so nothing boxes the
    picture; the export and verify-bundle do not call that page clean, they warn."""
    monkeypatch.setenv("ARCHIVE_APP_TESSERACT", "")
    doc_id = _import_hostile(archive, tmp_path)
    options = ExportOptions(
        out=tmp_path / "bundle",
        ids=[doc_id],
        rules=RedactionSet(terms=[TermRule(TERM, "PII-VICTIM")]),
        prefix="H-",
    )
    result = ExportService(archive).export(options)
    unchecked = [w for w in result.warnings if "could not be checked by OCR" in w]
    assert unchecked and unchecked[0].startswith("4 page(s)")  # 1, 2, 4 rebuilt; 3 drawn
    texts = [p.extract_text() for p in PdfReader(result.path / "H-000001_H-000004.pdf").pages]
    assert HOSTILE_KEPT_TEXT in texts[2]  # page 3 kept as it was: nothing read, nothing boxed
    report = verify_bundle(result.path, terms=[TERM])
    assert report.ocr_pages == 0
    assert any("could not be checked by OCR" in w for w in report.warnings)


def test_rebuilt_page_shows_boxes_where_the_name_was(
    archive: Archive, hostile_id: int, tmp_path: Path
) -> None:
    bundle = _export(archive, hostile_id, tmp_path / "bundle")
    doc = pdfium.PdfDocument((bundle / "H-000001_H-000004.pdf").read_bytes())
    image = doc[0].render(scale=1).to_pil().convert("L")  # 72 dpi: 1 px per point
    # The name sat at x 56.., baseline 740 pt from the bottom of the 842 pt page (the stamp
    # band is added below, so distances from the top are unchanged): its line is solid
    # black now; the line above (baseline 760) is still ordinary text.
    name_line = image.crop((120, 842 - 752, 200, 842 - 738))
    above = image.crop((56, 842 - 772, 200, 842 - 758))
    assert sum(name_line.histogram()[:60]) > 0.8 * name_line.width * name_line.height
    assert 0 < sum(above.histogram()[:128]) < 0.5 * above.width * above.height


def test_a_picture_of_the_name_is_boxed_by_a_rectangle(
    archive: Archive, hostile_id: int, tmp_path: Path
) -> None:
    """A rectangle drawn by hand still covers the whole picture (OCR's own boxes cover
    only the words it read there)."""
    RedactionService(archive).add_rect(hostile_id, 3, HOSTILE_IMAGE_BOX, "SECURITY")
    bundle = _export(archive, hostile_id, tmp_path / "bundle")
    doc = pdfium.PdfDocument((bundle / "H-000001_H-000004.pdf").read_bytes())
    image = doc[2].render(scale=1).to_pil().convert("L")
    x0, y0, x1, y1 = HOSTILE_IMAGE_BOX
    box = image.crop((int(x0 * 595) + 4, int(y0 * 842) + 4, int(x1 * 595) - 4, int(y1 * 842) - 4))
    dark = sum(box.histogram()[:60])
    assert dark > 0.8 * box.width * box.height  # black but for the white SECURITY label
    assert HOSTILE_KEPT_TEXT not in (doc[2].get_textpage().get_text_range())
    log = (bundle / "redaction-log.csv").read_text("utf-8")
    assert "H-000003,H-000001 - H-000004,SECURITY,rectangle," in log


def _replace_in_bundle(bundle: Path, name: str, data: bytes) -> None:
    """Swap one file and fix both hash lists, as a careless tool would."""
    (bundle / name).write_bytes(data)
    manifest = json.loads((bundle / "MANIFEST.json").read_text("utf-8"))
    manifest["files"][name] = sha256(data)
    (bundle / "MANIFEST.json").write_text(json.dumps(manifest), "utf-8")
    files = {p.name: p.read_bytes() for p in bundle.iterdir() if p.name != SUMS}
    (bundle / SUMS).write_bytes(sums_file(files))


def test_negative_control_a_box_over_live_text_is_rejected(
    archive: Archive, hostile_id: int, tmp_path: Path
) -> None:
    bundle = _export(archive, hostile_id, tmp_path / "bundle")
    overdrawn = make_overdrawn_pdf(f"Witness {TERM} saw the search.", TERM)
    _replace_in_bundle(bundle, "H-000001_H-000004.pdf", overdrawn)
    report = verify_bundle(bundle, terms=["maksutkhan"])
    leaks = [p.message for p in report.problems if p.kind == "leak"]
    assert leaks and all("H-000001_H-000004.pdf" in m for m in leaks)
    assert any("page 1" in m for m in leaks)
    assert all("aksutkhan" not in p.message.lower() for p in report.problems)


def test_export_fails_closed_and_leaves_nothing_when_text_survives(
    archive: Archive, hostile_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Simulate the classic bug (boxes drawn, text kept): the final verification stops it."""
    original = render_module._pdf_page

    def keep_text(*args: object, **kwargs: object) -> object:
        page, log = original(*args, **kwargs)  # type: ignore[arg-type]
        if page.kind == "image":
            page = render_module.OutPage("kept", page.width, page.height, source=args[1])  # type: ignore[arg-type]
        return page, log

    monkeypatch.setattr(render_module, "_pdf_page", keep_text)
    monkeypatch.setattr(render_module, "_kept_leaks", lambda *a: set())
    with pytest.raises(ExportLeak) as caught:
        _export(archive, hostile_id, tmp_path / "bundle")
    message = str(caught.value)
    assert "H-000001_H-000004.pdf" in message and "page 1" in message
    assert "Nazigul" not in message and "Maksutkhan" not in message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.archive", "hostile.pdf"]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_poppler_renders_the_bundle_pages(
    archive: Archive, hostile_id: int, tmp_path: Path
) -> None:
    bundle = _export(archive, hostile_id, tmp_path / "bundle")
    out = tmp_path / "png"
    out.mkdir()
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", str(bundle / "H-000001_H-000004.pdf"), str(out / "p")],
        check=True,
        capture_output=True,
        timeout=120,
    )
    pngs = sorted(out.glob("p-*.png"))
    assert len(pngs) == 4
    for png in pngs:
        with Image.open(png) as image:
            assert image.size[0] > 300  # a real page, not an error stub


def test_text_no_extractor_places_stops_the_export_or_withholds_the_page(
    archive: Archive, tmp_path: Path
) -> None:
    """A name tucked into a content stream where no text extractor looks (an unknown
    operator inside BX/EX) has no position: the page is never rasterised unboxed (issue
    10). The export stops, or with the user's consent the page is withheld."""
    ops = (
        b"BT /F1 11 Tf 56 760 Td (Public words only.) Tj ET\nBX (%s) hiddenop EX\n" % TERM.encode()
    )
    path = tmp_path / "tucked.pdf"
    path.write_bytes(pdfgen._document([zlib.compress(ops)], title=None, compressed=True))
    doc_id = archive.importer().import_paths([path]).document_ids[0]
    rules = RedactionSet(terms=[TermRule(TERM, "SECURITY")])
    with pytest.raises(RedactionUnplaceable, match="page 1"):
        ExportService(archive).export(ExportOptions(out=tmp_path / "b1", ids=[doc_id], rules=rules))
    assert not (tmp_path / "b1").exists()
    options = ExportOptions(
        out=tmp_path / "bundle", ids=[doc_id], rules=rules, withhold_unplaceable=True
    )
    result = ExportService(archive).export(options)
    assert any("cannot be boxed" in w for w in result.warnings)
    data = (result.path / "DOC-000001.pdf").read_bytes()
    assert _raw_hits(data) == []
    assert "PAGE WITHHELD" in PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert "page withheld" in (result.path / "redaction-log.csv").read_text("utf-8")


def test_rotated_pages_keep_their_orientation(archive: Archive, tmp_path: Path) -> None:
    from pypdf import PdfWriter

    from tests.support.pdfgen import make_pdf

    writer = PdfWriter(
        clone_from=PdfReader(io.BytesIO(make_pdf(["Landscape text.", f"See {TERM}."])))
    )
    for page in writer.pages:
        page.rotate(90)
    buffer = io.BytesIO()
    writer.write(buffer)
    path = tmp_path / "rotated.pdf"
    path.write_bytes(buffer.getvalue())
    doc_id = archive.importer().import_paths([path]).document_ids[0]
    bundle = _export(archive, doc_id, tmp_path / "bundle")
    doc = pdfium.PdfDocument((bundle / "H-000001_H-000002.pdf").read_bytes())
    for index in range(2):
        width, height = doc[index].get_size()
        assert (round(width), round(height)) == (842, 595 + 22)  # landscape, plus the band
    assert "Landscape text." in doc[0].get_textpage().get_text_range()  # kept, upright
    assert "Landscape" not in doc[1].get_textpage().get_text_range()  # rebuilt as an image
