"""archive_app layer: the one font the export draws with (DejaVu Sans, shipped in resources).

DejaVu Sans covers Latin, Russian and Kazakh Cyrillic (ә ғ қ ң ө ұ ү һ і). It is read
with importlib.resources into memory and handed to reportlab and Pillow as bytes, so
nothing is looked up on the system and nothing is written to disk.
"""

from __future__ import annotations

import io
from functools import lru_cache
from importlib import resources
from typing import Any

FONT_NAME = "DejaVuSans"
FONT_FILE = "DejaVuSans.ttf"


@lru_cache(maxsize=1)
def font_bytes() -> bytes:
    return (resources.files("resources") / "fonts" / FONT_FILE).read_bytes()


@lru_cache(maxsize=1)
def reportlab_font() -> str:
    """Register the font with reportlab (once) and return its name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT_NAME, io.BytesIO(font_bytes())))
    return FONT_NAME


@lru_cache(maxsize=64)
def pillow_font(size: int) -> Any:
    from PIL import ImageFont

    return ImageFont.truetype(io.BytesIO(font_bytes()), size=max(4, size))
