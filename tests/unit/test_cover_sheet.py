"""Issue 14, defect 10: the cover sheet sent to the UN reads cleanly."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from archive_app.export.cover import CoverInfo, IndexRow, cover_pdf
from storage.schema import DOCUMENT_TYPES


def cover_text(rows: list[IndexRow], by_reason: dict[str, int] | None = None) -> str:
    info = CoverInfo(
        "Bundle",
        "2026-01-20 10:00",
        "CONFIDENTIAL",
        "SKL-000001",
        "SKL-000009",
        1,
        9,
        False,
        by_reason or {},
    )
    pdf = pdfium.PdfDocument(cover_pdf(info, rows))
    return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))


@pytest.mark.parametrize("doc_type", DOCUMENT_TYPES)
def test_dates_and_types_are_never_broken_and_types_read_as_words(doc_type: str) -> None:
    row = IndexRow("SKL-000001 to SKL-000009", "Ruling", doc_type, "2026-01-14", 9, 1, 0)
    text = cover_text([row])
    assert "2026-01-14" in text
    assert doc_type not in text or doc_type == "media" or doc_type == "other"
    name = {"court-material": "Court material", "correspondence": "Correspondence"}.get(doc_type)
    if name:
        assert name in text.replace("\r", "").replace("\n", " ")


def test_reason_codes_are_explained() -> None:
    text = cover_text([], {"SOURCE-CONF": 3, "PII-VICTIM": 2})
    assert "SOURCE-CONF (a confidential source): 3" in text
    assert "PII-VICTIM (personal data of a victim or their family): 2" in text
