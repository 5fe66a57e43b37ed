"""indexing layer: one PDFium page drawn as a Pillow image, on white, without annotations or
form fields (what a reader of the page sees), for OCR and for rebuilding redacted pages."""

from __future__ import annotations

from typing import Any


def render_page(document: Any, index: int, dpi: int, *, grey: bool = False) -> Any:
    """Page ``index`` (from 0) of a pypdfium2 document at ``dpi``: greyscale ("L") for OCR,
    else RGB."""
    page = document[index]
    try:
        bitmap = page.render(
            scale=dpi / 72.0,
            fill_color=(255, 255, 255, 255),
            draw_annots=False,
            may_draw_forms=False,
            **({"grayscale": True} if grey else {"rev_byteorder": True}),
        )
        try:
            return bitmap.to_pil().convert("L" if grey else "RGB")
        finally:
            bitmap.close()
    finally:
        page.close()
