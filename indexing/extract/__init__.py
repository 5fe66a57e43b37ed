"""indexing layer: the extraction facade. ``Extractor.extract(source)`` -> text per page."""

from __future__ import annotations

from indexing.extract.docx import extract_docx
from indexing.extract.eml import extract_eml
from indexing.extract.html import extract_html
from indexing.extract.mbox import extract_mbox
from indexing.extract.msg import extract_msg
from indexing.extract.pdf import PdfSandbox
from indexing.extract.sniff import sniff
from indexing.extract.text import extract_text
from indexing.extract.types import (
    DOCX,
    EML,
    HTML,
    IMAGE_TYPES,
    MBOX,
    MSG,
    PDF,
    STATUS_ENCRYPTED,
    STATUS_NO_TEXT,
    STATUS_OK,
    Attachment,
    Extraction,
    Limits,
    Source,
)

__all__ = [
    "STATUS_ENCRYPTED",
    "STATUS_NO_TEXT",
    "STATUS_OK",
    "Attachment",
    "Extraction",
    "Extractor",
    "Limits",
    "Source",
]


def image_frames(source: Source, limits: Limits) -> int:
    """How many pages (frames) an image has: a multi-page TIFF has several. Only the
    headers are read; a file Pillow cannot read counts as one page."""
    import io

    from PIL import Image

    try:
        stream = source.path if source.data is None else io.BytesIO(source.data)
        assert stream is not None
        with Image.open(stream) as image:
            return max(1, min(int(getattr(image, "n_frames", 1)), limits.max_pages))
    except Exception:  # a damaged image is stored like any other; OCR reports it
        return 1


class Extractor:
    """Reads any supported file; owns the PDF sandbox process. Close it when done."""

    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits or Limits()
        self._pdf = PdfSandbox(self.limits)

    def extract(self, source: Source) -> Extraction:
        media_type = sniff(source, self.limits)
        if media_type == PDF:
            return self._pdf.extract(source)
        if media_type == DOCX:
            return extract_docx(source, self.limits)
        if media_type == EML:
            return extract_eml(source, self.limits)
        if media_type == MSG:
            return extract_msg(source, self.limits)
        if media_type == MBOX:
            return extract_mbox(source, self.limits)
        if media_type == HTML:
            return extract_html(source, self.limits)
        if media_type in IMAGE_TYPES:
            return Extraction(
                media_type=media_type,
                pages=[""] * image_frames(source, self.limits),
                status=STATUS_NO_TEXT,
                notes=["image: stored, no text layer"],
            )
        return extract_text(source, self.limits, media_type)

    def close(self) -> None:
        self._pdf.close()

    def __enter__(self) -> Extractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
