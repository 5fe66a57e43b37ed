"""OCR without Tesseract: TSV words to page text with offsets, hits mapped back to padded
word boxes (a person found in any form), which pages are queued, and the queue itself."""

from __future__ import annotations

import pytest

from archive_app.export.detect import Detector
from archive_app.export.model import PersonRule, RedactionSet, TermRule
from archive_app.export.ocr_boxes import ocr_hits
from archive_app.ocr import pages_to_read
from archive_app.session import Archive
from indexing.extract import Extraction
from indexing.ocr.page import OcrPage, parse_tsv
from storage import ocr as ocr_repo

HEADER = (
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
)


def _row(block: int, line: int, word: int, left: int, top: int, text: str, conf: float = 95) -> str:
    width = 12 * len(text)
    return f"5\t1\t{block}\t1\t{line}\t{word}\t{left}\t{top}\t{width}\t30\t{conf}\t{text}"


TSV = "\n".join(
    [
        HEADER,
        "4\t1\t1\t1\t1\t0\t100\t100\t800\t30\t-1\t",
        _row(1, 1, 1, 100, 100, "Допрос"),
        _row(1, 1, 2, 190, 100, "Сейткали"),
        _row(1, 1, 3, 300, 100, "Ерлана"),
        _row(1, 2, 1, 100, 140, "Маратовича,"),
        _row(1, 2, 2, 250, 140, "1991"),
        _row(1, 2, 3, 400, 140, ";", conf=20),  # a speck read as punctuation
        _row(2, 1, 1, 100, 400, "Yerlan"),
        _row(2, 1, 2, 190, 400, "Seitkali"),
        _row(2, 1, 3, 300, 400, "testified."),
    ]
)


def test_tsv_becomes_text_with_lines_blocks_and_word_offsets() -> None:
    page = parse_tsv(TSV, 1000, 2000)
    assert page.text == "Допрос Сейткали Ерлана\nМаратовича, 1991\n\nYerlan Seitkali testified."
    for word in page.words:
        assert page.text[word.start : word.end] == word.text
    assert page.words[1].box == pytest.approx((0.19, 0.05, 0.19 + 96 / 1000, 0.065))
    stored = OcrPage.from_words(page.words_json())
    assert stored.text == page.text and stored.words == page.words
    assert 90 < page.confidence <= 95 and not page.low_confidence


def test_a_person_in_any_form_is_boxed_through_whole_words_one_box_per_line() -> None:
    page = parse_tsv(TSV, 1000, 2000)
    person = PersonRule(("Ерлан Сейткали", "Yerlan Seitkali"), "PII-VICTIM")
    hits = ocr_hits(page, Detector(RedactionSet(persons=[person])))
    assert len(hits.placed) == 2 and not hits.unlocated
    boxes = [box for box, _, _ in hits.boxes]
    assert len(boxes) == 2  # "Сейткали Ерлана" (not grown across the line end) and Latin
    first = boxes[0]
    assert first[0] < 0.19 and first[2] > 0.3 + 72 / 1000  # both words, padded
    assert first[1] < 0.05 and first[3] > 0.065
    term = ocr_hits(page, Detector(RedactionSet(terms=[TermRule("1991", "PII-VICTIM")])))
    assert len(term.boxes) == 1


def test_pages_to_read() -> None:
    scan = Extraction("application/pdf", ["", "text " * 10, "[Form fields]\nname: x"])
    assert pages_to_read(scan) == [1, 3]
    assert pages_to_read(Extraction("image/tiff", ["", "", ""])) == [1, 2, 3]
    assert pages_to_read(Extraction("text/plain", [""])) == []


def test_the_queue_keeps_pages_until_stored_and_sets_failures_aside(archive: Archive) -> None:
    db = archive.db
    from storage import documents as doc_repo

    with db.atomic():
        new = doc_repo.NewDocument(
            "scan", "other", None, None, "", "confidential", "s.pdf", "application/pdf", 2, "ok"
        )
        doc_id = doc_repo.insert(db, new, sha256="0" * 64, size=1)
        doc_repo.insert_pages(db, doc_id, ["", "[Comments]\nA: note"])
        assert ocr_repo.queue_pages(db, doc_id, [1, 2]) == 2
        assert ocr_repo.queue_pages(db, doc_id, [1]) == 0
    assert ocr_repo.queued(db) == [(doc_id, 1), (doc_id, 2)]
    with db.atomic():
        ocr_repo.store_page(db, doc_id, 2, text="read", words=[], confidence=90, languages="x")
        ocr_repo.mark_failed(db, doc_id, 1, "broken")
    assert doc_repo.page_texts(db, doc_id)[1] == "read\n\n[Comments]\nA: note"
    assert ocr_repo.counts(db) == (1, 0)
    with db.atomic():
        ocr_repo.mark_failed(db, doc_id, 1, "broken")
    assert ocr_repo.counts(db) == (0, 1)
    assert ocr_repo.queued(db) == [] and ocr_repo.queued(db, failed=True) == [(doc_id, 1)]
    with db.atomic():
        assert ocr_repo.queue_pages(db, doc_id, [2]) == 0  # read already


def test_a_page_read_again_keeps_its_hand_correction(archive: Archive) -> None:
    db = archive.db
    from storage import documents as doc_repo

    with db.atomic():
        new = doc_repo.NewDocument(
            "scan", "other", None, None, "", "confidential", "s.pdf", "application/pdf", 1, "ok"
        )
        doc_id = doc_repo.insert(db, new, sha256="1" * 64, size=1)
        doc_repo.insert_pages(db, doc_id, ["[Comments]\nA: note"])
        assert not ocr_repo.store_page(
            db, doc_id, 1, text="first read", words=[], confidence=50, languages="x"
        )
        assert ocr_repo.correct_page(db, doc_id, 1, "by hand")
        assert ocr_repo.queue_pages(db, doc_id, [1]) == 0  # read already
        assert ocr_repo.queue_pages(db, doc_id, [1], again=True) == 1
    assert ocr_repo.unread(db, [doc_id]) == 0 and ocr_repo.scanned_count(db, [doc_id]) == 1
    with db.atomic():
        assert ocr_repo.store_page(
            db, doc_id, 1, text="second read", words=[], confidence=90, languages="y"
        )
    assert doc_repo.page_texts(db, doc_id) == ["by hand\n\n[Comments]\nA: note"]
    stored = ocr_repo.read_pages(db, doc_id)[1]
    assert (stored.text, stored.corrected, stored.languages) == ("second read", "by hand", "y")
    assert ocr_repo.queued(db) == []
    with db.atomic():  # dropping the correction now gives the new machine text
        ocr_repo.correct_page(db, doc_id, 1, None)
        assert not ocr_repo.store_page(
            db, doc_id, 1, text="third read", words=[], confidence=90, languages="y"
        )
    assert doc_repo.page_texts(db, doc_id) == ["third read\n\n[Comments]\nA: note"]
