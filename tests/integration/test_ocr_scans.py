"""Scans made here (shared-corpus texts drawn at 150-200 dpi, a slight rotation, speckle
noise and a stamp) go through import, background OCR, search, suggestions and a redacted
export: the person without consent is boxed on the scans and nothing of them is read when
the output is OCRed again; verification fails closed when a scan was not redacted. The
character error rate per language is printed (``pytest -s``) and bounded."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from archive_app.export import ExportOptions, ExportService
from archive_app.export.errors import ExportLeak
from archive_app.export.model import RectRule, RedactionSet
from archive_app.export.pdfium_pages import PageHits, PdfiumDocument
from archive_app.session import Archive
from archive_app.settings import Settings
from indexing.mentions.persons import PersonMatcher
from indexing.ocr import OcrEngine, OcrLimits, ocr_problem
from tests.conftest import PASSPHRASE
from tests.support.scans import (
    char_error_rate,
    corpus_text,
    jpeg,
    scan_page,
    scanned_pdf,
    wrap,
)

pytestmark = pytest.mark.skipif(bool(ocr_problem()), reason="Tesseract (kaz+rus+eng) missing")

TEXTS = {
    "ru": corpus_text("court-ruling-taldykorgan-ru.txt", 1100),
    "kk": corpus_text("lawyer-letter-kk.txt", 700),
    "en": corpus_text("witness-statement-en.txt", 700),
}
PERSON = ("Ерлан Сейткали", ["Yerlan Seitkali", "Сейткали Ерлан Маратович"])
MAX_CER = 0.06  # JPEG inside the PDF and speckles cost a few per cent


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Archive, Path]]:
    folder = tmp_path_factory.mktemp("scans")
    pdf = folder / "ruling-scan.pdf"
    pdf.write_bytes(
        scanned_pdf([scan_page(TEXTS["ru"]), scan_page(TEXTS["kk"], seed=2, angle=-0.8)])
    )
    photo = folder / "statement.jpg"
    photo.write_bytes(jpeg(scan_page(TEXTS["en"], dpi=150, seed=3), 150))
    archive, _ = Archive.create(folder / "case.archive", PASSPHRASE, Settings(actor="tester"))
    try:
        archive.registry.add_person(PERSON[0], aliases=PERSON[1], consent="no")
        report = archive.importer().import_paths([pdf, photo])
        assert report.imported == 2
        assert archive.ocr.counts() == (3, 0)  # 2 PDF pages and the photo, queued
        result = archive.ocr.run(processes=2)
        assert (result.read, result.failed, result.total) == (3, 0, 3)
        yield archive, folder
    finally:
        archive.close()


def test_character_error_rate_per_language(scanned: tuple[Archive, Path]) -> None:
    archive, _ = scanned
    read = {
        "ru": archive.ocr.pages(1)[1].text,
        "kk": archive.ocr.pages(1)[2].text,
        "en": archive.ocr.pages(2)[1].text,
    }
    rates = {lang: char_error_rate("\n".join(wrap(TEXTS[lang])), read[lang]) for lang in TEXTS}
    print(
        "\nOCR character error rate (kaz+rus+eng): "
        + ", ".join(f"{lang} {rate:.2%}" for lang, rate in rates.items())
    )
    assert all(rate < MAX_CER for rate in rates.values()), rates
    for letter in "әғқңөұүі":  # Kazakh-only letters survive (they would not with rus alone)
        assert letter in read["kk"].lower(), letter
    assert archive.ocr.counts() == (0, 0)


def test_search_finds_names_and_words_on_the_right_pages(scanned: tuple[Archive, Path]) -> None:
    archive, _ = scanned
    found = {hit.id: [p.page for p in hit.pages] for hit in archive.search.search("Сейткали").hits}
    assert found == {1: [1, 2], 2: [1]}  # the Latin spelling on the photo is found too
    kazakh = archive.search.search("қорғауымдағы").hits
    assert [(h.id, [p.page for p in h.pages]) for h in kazakh] == [(1, [2])]
    english = archive.search.search("photographs AND Turganbay").hits
    assert [h.id for h in english] == [2]
    assert archive.index.documents_whose_entries_differ() == []


def test_suggestions_propose_the_person_and_the_article(scanned: tuple[Archive, Path]) -> None:
    archive, _ = scanned
    for doc_id in (1, 2):
        labels = {s.label for s in archive.suggestions.pending(doc_id)}
        assert PERSON[0] in labels, (doc_id, labels)
    assert "KZ-CC 174(2)" in {s.label for s in archive.suggestions.pending(1)}
    assert archive.documents.get(1).language in ("ru", "kk")  # guessed from the OCR text


def _read_again(path: Path) -> list[str]:
    texts: list[str] = []
    with OcrEngine(OcrLimits(processes=2)) as engine:
        for pdf in sorted(path.glob("*.pdf")):
            data = pdf.read_bytes()
            with PdfiumDocument(data, pdf.name) as doc:
                count = len(doc)
            results = engine.read_pages(pdf.name, "application/pdf", data, range(1, count + 1))
            texts += [r.text for r in results if not isinstance(r, Exception)]
    return texts


def test_export_boxes_the_person_on_scans_and_ocr_reads_nothing_of_them(
    scanned: tuple[Archive, Path],
) -> None:
    archive, folder = scanned
    result = ExportService(archive).export(
        ExportOptions(out=folder / "bundle", ids=[1, 2], rules=RedactionSet())
    )
    assert result.by_reason.get("PII-VICTIM", 0) >= 3  # on each of the three scans
    texts = _read_again(result.path)
    joined = "\n".join(texts)
    matcher = PersonMatcher([(0, PERSON[0])] + [(0, alias) for alias in PERSON[1]])
    assert [m for m in matcher.find(joined) if m.redact] == []
    for word in ("Сейткали", "Seitkali", "Ерлан", "Yerlan"):
        assert word not in joined
    assert "Талдыкорган" in joined and "Atajurt" in joined  # the rest is still readable


def test_verification_fails_closed_when_a_scan_was_not_redacted(
    scanned: tuple[Archive, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The redactor is made blind to OCR; a rectangle still rebuilds page 1 as an image,
    and the check reads that image and stops the export."""
    archive, folder = scanned
    monkeypatch.setattr("archive_app.export.render.ocr_hits", lambda *a, **k: PageHits())
    options = ExportOptions(
        out=folder / "leaky",
        ids=[1],
        rules=RedactionSet(rects=[RectRule(1, (0.9, 0.9, 0.95, 0.95), "PII-VICTIM")]),
    )
    with pytest.raises(ExportLeak, match=r"page 1 .*\(page image \(OCR\)\)"):
        ExportService(archive).export(options)
    assert not (folder / "leaky").exists()


def test_verification_reads_the_pages_of_an_encrypted_bundle_too(
    scanned: tuple[Archive, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The OCR children open the password-protected output with its password (through
    the pipe) and still find what the blinded redactor left."""
    archive, folder = scanned
    monkeypatch.setattr("archive_app.export.render.ocr_hits", lambda *a, **k: PageHits())
    options = ExportOptions(
        out=folder / "leaky-encrypted",
        ids=[1],
        password="bundle password",
        rules=RedactionSet(rects=[RectRule(1, (0.9, 0.9, 0.95, 0.95), "PII-VICTIM")]),
    )
    with pytest.raises(ExportLeak, match=r"page 1 .*\(page image \(OCR\)\)"):
        ExportService(archive).export(options)
    assert not (folder / "leaky-encrypted").exists()
