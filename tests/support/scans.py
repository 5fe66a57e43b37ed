"""Scans made in memory for the OCR tests: text drawn with DejaVu Sans at a given
resolution, a little rotation, speckle noise and a stamp-like blob, given as Pillow
images, image-only PDFs or JPEGs. Also the character error rate of what OCR read."""

from __future__ import annotations

import io
import random
import textwrap
import unicodedata
from pathlib import Path

from PIL import Image, ImageDraw

from archive_app.export.fonts import pillow_font

A4_INCHES = (8.27, 11.69)
CORPUS_TEXT = Path(__file__).resolve().parents[1] / "corpus" / "text"


def corpus_text(name: str, chars: int = 900) -> str:
    """The first ``chars`` characters (whole lines) of a shared-corpus text."""
    text = (CORPUS_TEXT / name).read_text("utf-8")
    lines: list[str] = []
    for line in text.splitlines():
        if sum(len(x) for x in lines) + len(line) > chars:
            break
        lines.append(line)
    return "\n".join(lines).strip()


def wrap(text: str, width: int = 68) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines += textwrap.wrap(paragraph, width) or [""]
    return lines


def scan_page(
    text: str,
    *,
    dpi: int = 200,
    angle: float = 0.7,
    noise: float = 0.002,
    stamp: bool = True,
    seed: int = 1,
    point_size: float = 11.0,
) -> Image.Image:
    """One A4 page of ``text`` as a grey scan."""
    width, height = round(A4_INCHES[0] * dpi), round(A4_INCHES[1] * dpi)
    page = Image.new("L", (width, height), 250)
    draw = ImageDraw.Draw(page)
    size = round(point_size * dpi / 72)
    font = pillow_font(size)
    x, y = round(0.9 * dpi), round(0.9 * dpi)
    for line in wrap(text):
        draw.text((x, y), line, font=font, fill=25)
        y += round(size * 1.55)
    rnd = random.Random(seed)
    if stamp:  # a round stamp in the lower right corner, away from the text
        cx, cy, r = width - round(2.0 * dpi), height - round(2.0 * dpi), round(0.7 * dpi)
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=140, width=max(2, dpi // 60))
        draw.ellipse((cx - r // 3, cy - r // 3, cx + r // 3, cy + r // 3), fill=170)
    if angle:
        page = page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=250)
    pixels = page.load()
    assert pixels is not None
    for _ in range(int(width * height * noise)):
        pixels[rnd.randrange(width), rnd.randrange(height)] = rnd.choice((0, 60, 120, 200))
    return page


def scanned_pdf(pages: list[Image.Image], dpi: int = 200) -> bytes:
    """An image-only PDF (no text layer), one scan per page."""
    out = io.BytesIO()
    rgb = [p.convert("RGB") for p in pages]
    rgb[0].save(out, format="PDF", resolution=float(dpi), save_all=True, append_images=rgb[1:])
    return out.getvalue()


def jpeg(page: Image.Image, dpi: int = 200, quality: int = 80) -> bytes:
    out = io.BytesIO()
    page.convert("RGB").save(out, format="JPEG", quality=quality, dpi=(dpi, dpi))
    return out.getvalue()


def _normal(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def char_error_rate(reference: str, read: str) -> float:
    """Edit distance between the texts (whitespace runs as one space) / reference length."""
    a, b = _normal(reference), _normal(read)
    if not a:
        return 0.0 if not b else 1.0
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1] / len(a)
