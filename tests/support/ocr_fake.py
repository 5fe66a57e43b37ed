"""Pages stored as if OCR had read them, without Tesseract: words laid out in lines with
known boxes, stored through the archive's own OCR step (``OcrJob.store``), so the text,
the index and the queue end as after a real reading. For UI tests, where the reading
itself is not what is tested and Tesseract is slow."""

from __future__ import annotations

from archive_app.ocr import OcrJob, PageWork
from archive_app.session import Archive
from indexing.ocr import OcrPage, OcrWord
from indexing.ocr.page import layout

LEFT, TOP, LINE, CHAR = 0.1, 0.1, 0.04, 0.012  # fractions of the page


def fake_page(lines: list[str], confidence: float = 92.0) -> OcrPage:
    """Words of ``lines`` in rows from the top left, each ``CHAR`` wide per letter."""
    words: list[OcrWord] = []
    for number, line in enumerate(lines):
        x = LEFT
        y = TOP + number * LINE
        for text in line.split():
            box = (x, y, x + CHAR * len(text), y + LINE * 0.6)
            words.append(OcrWord(text, box, confidence, number))
            x += CHAR * (len(text) + 1)
    return layout(words, languages="kaz+rus+eng")


def store_read(archive: Archive, document_id: int, pages: dict[int, OcrPage]) -> None:
    """Store ``pages`` as what OCR read on the document's pages (queued or not)."""
    numbers = sorted(pages)
    job = OcrJob([(document_id, n) for n in numbers])
    doc = archive.documents.get(document_id)
    work = PageWork(document_id, doc.media_type, b"", numbers)
    job.store(archive, work, [pages[n] for n in numbers])
