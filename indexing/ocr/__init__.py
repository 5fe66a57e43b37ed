"""indexing layer: OCR of scans and photos (Tesseract, Russian, Kazakh and English).

``OcrEngine`` reads pages in sandbox processes and gives ``OcrPage`` objects: the text
and its words with boxes and confidence. ``ocr_problem()`` says in words why scans
cannot be read on this machine ("" when they can).
"""

from __future__ import annotations

from indexing.ocr.engine import (
    DEFAULT_LANGUAGES,
    INSTALL_HINT,
    OcrEngine,
    OcrFailed,
    OcrLimits,
    OcrUnavailable,
    check_languages,
    ocr_problem,
)
from indexing.ocr.page import LOW_CONFIDENCE, OcrPage, OcrWord

__all__ = [
    "DEFAULT_LANGUAGES",
    "INSTALL_HINT",
    "LOW_CONFIDENCE",
    "OcrEngine",
    "OcrFailed",
    "OcrLimits",
    "OcrPage",
    "OcrUnavailable",
    "OcrWord",
    "check_languages",
    "ocr_problem",
]
