"""archive_app layer: burning labelled boxes into page images and encoding them for PDF.

Boxes are painted solid black into the pixels before anything is encoded, so nothing
under a box exists in the output; the reason code is written on the box in white.
Pages are stored as grey (16 levels) when they have no colour (most legal text), else RGB;
Flate with PNG row predictors keeps text sharp, JPEG is used for photographic pages
where it is much smaller.
"""

from __future__ import annotations

import io
import math
import os
import struct
import zlib
from collections import deque
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from PIL import Image, ImageChops, ImageDraw

from archive_app.export.fonts import pillow_font
from archive_app.export.scrub import clean_jpeg

Box = tuple[float, float, float, float]
T = TypeVar("T")
MIN_LABEL_PX = 7
PHOTO_COLOURS = 4096  # a page with more distinct colours than this is photographic
JPEG_QUALITY = 80
GREY_LEVELS = 16  # text pages: 16 grey levels keep antialiasing and compress a third smaller
_GREY_LUT = [round(v * (GREY_LEVELS - 1) / 255) * 255 // (GREY_LEVELS - 1) for v in range(256)]


WIDTH_CLASS = 48.0  # points: a text box is widened to a multiple of this


def width_class(box: Box, page_width: float) -> Box:
    """``box`` (fractions of the page) widened about its centre to the next multiple of
    ``WIDTH_CLASS`` points (kept on the page), so its width does not tell the length of
    what it covers."""
    x0, y0, x1, y1 = box
    if page_width <= 0:
        return box
    width = (x1 - x0) * page_width
    target = min(page_width, max(1, math.ceil(width / WIDTH_CLASS - 1e-9)) * WIDTH_CLASS)
    grow = (target - width) / page_width / 2
    x0, x1 = x0 - grow, x1 + grow
    if x0 < 0:
        x0, x1 = 0.0, x1 - x0
    if x1 > 1:
        x0, x1 = max(0.0, x0 - (x1 - 1)), 1.0
    return (x0, y0, x1, y1)


def merge_boxes(boxes: Sequence[tuple[Box, T]]) -> list[tuple[Box, T]]:
    """Overlapping boxes joined until none overlap (the first label names the joined box)."""
    merged: list[tuple[list[float], T]] = [(list(b), label) for b, label in boxes]
    changed = True
    while changed:
        changed = False
        out: list[tuple[list[float], T]] = []
        for box, label in sorted(merged, key=lambda b: (b[0][1], b[0][0])):
            for item in out:
                x0, y0, x1, y1 = item[0]
                if box[0] < x1 and box[2] > x0 and box[1] < y1 and box[3] > y0:
                    item[0][:] = [
                        min(x0, box[0]),
                        min(y0, box[1]),
                        max(x1, box[2]),
                        max(y1, box[3]),
                    ]
                    changed = True
                    break
            else:
                out.append((box, label))
        merged = out
    return [((b[0], b[1], b[2], b[3]), label) for b, label in merged]


def burn_boxes(image: Image.Image, boxes: Sequence[tuple[Box, str]]) -> None:
    """Paint each box (fractions of the image) black with its reason code in white
    (overlapping boxes are joined first)."""
    width, height = image.size
    draw = ImageDraw.Draw(image)
    fill = 0 if image.mode == "L" else (0, 0, 0)
    ink = 255 if image.mode == "L" else (255, 255, 255)
    for (x0, y0, x1, y1), reason in merge_boxes(boxes):
        left, top = int(x0 * width), int(y0 * height)
        right, bottom = (
            max(left + 1, round(x1 * width + 0.5)),
            max(top + 1, round(y1 * height + 0.5)),
        )
        draw.rectangle((left, top, right, bottom), fill=fill)
        _label(draw, reason, (left, top, right, bottom), ink, max_size=max(12, height // 60))


def _label(
    draw: ImageDraw.ImageDraw, text: str, rect: tuple[int, int, int, int], ink: Any, max_size: int
) -> None:
    left, top, right, bottom = rect
    box_w, box_h = right - left, bottom - top
    size = min(int(box_h * 0.6), max_size)
    while size >= MIN_LABEL_PX:
        font = pillow_font(size)
        x0, y0, x1, y1 = draw.textbbox((0, 0), text, font=font)
        if x1 - x0 <= box_w - 4:
            x = left + (box_w - (x1 - x0)) // 2 - x0
            y = top + (box_h - (y1 - y0)) // 2 - y0
            draw.text((x, y), text, font=font, fill=ink)
            return
        size -= 1


@dataclass(frozen=True)
class EncodedImage:
    """An image XObject's data and the dictionary entries that go with it."""

    width: int
    height: int
    colour_space: str  # /DeviceGray or /DeviceRGB
    filter: str  # /FlateDecode or /DCTDecode
    data: bytes
    predictor_colours: int = 0  # >0: Flate data carries PNG row predictors


def is_grey(image: Image.Image) -> bool:
    if image.mode == "L":
        return True
    r, g, b = image.split()
    return ImageChops.difference(r, g).getbbox() is None and (
        ImageChops.difference(g, b).getbbox() is None
    )


def prepare(image: Image.Image) -> Image.Image:
    """Grey pages as 8-bit grey, others RGB (alpha flattened on white)."""
    if image.mode in ("RGBA", "LA", "P", "PA"):
        background = Image.new("RGB", image.size, (255, 255, 255))
        background.paste(image.convert("RGBA"), mask=image.convert("RGBA").getchannel("A"))
        image = background
    elif image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    return image.convert("L") if image.mode == "RGB" and is_grey(image) else image


def encode(image: Image.Image) -> EncodedImage:
    """The image for a PDF: JPEG when photographic, else Flate with PNG predictors."""
    width, height = image.size
    image.info.clear()  # Pillow writes a JPEG comment (and more) it finds in .info
    colour_space = "/DeviceGray" if image.mode == "L" else "/DeviceRGB"
    colours = image.getcolors(maxcolors=PHOTO_COLOURS)
    if colours is None:
        out = io.BytesIO()
        image.save(out, format="JPEG", quality=JPEG_QUALITY, optimize=True)
        data = clean_jpeg(out.getvalue())
        assert data is not None  # Pillow writes well-formed JPEGs
        return EncodedImage(width, height, colour_space, "/DCTDecode", data)
    if image.mode == "L":
        image = image.point(_GREY_LUT)
    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=6)
    return EncodedImage(
        width,
        height,
        colour_space,
        "/FlateDecode",
        _idat(out.getvalue()),
        predictor_colours=1 if image.mode == "L" else 3,
    )


def _idat(png: bytes) -> bytes:
    """The concatenated IDAT data of a PNG: a zlib stream with PNG row filters, which
    is what PDF's FlateDecode with /Predictor 15 reads."""
    pos = 8
    parts: list[bytes] = []
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        kind = png[pos + 4 : pos + 8]
        if kind == b"IDAT":
            parts.append(png[pos + 8 : pos + 8 + length])
        pos += 12 + length
    data = b"".join(parts)
    zlib.decompressobj().decompress(data, 1)  # raises on a malformed stream
    return data


def to_png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=3)
    return out.getvalue()


class Encoders:
    """Threads that turn rendered page images into PDF images (grey test, PNG predictors,
    zlib: Pillow does that work without holding the interpreter lock), so a page is
    encoded on one core while PDFium renders the next on the other. PDFium itself stays
    in the calling thread (it is not thread-safe). At most ``AHEAD`` images wait."""

    AHEAD = 4

    def __init__(self, threads: int = 0) -> None:
        self._pool = ThreadPoolExecutor(threads or os.cpu_count() or 1, "export-encode")
        self._waiting: deque[Future[EncodedImage]] = deque()

    def submit(self, image: Image.Image) -> Future[EncodedImage]:
        while len(self._waiting) >= self.AHEAD:
            self._waiting.popleft().result()
        future = self._pool.submit(lambda: encode(prepare(image)))
        self._waiting.append(future)
        return future

    def __enter__(self) -> Encoders:
        return self

    def __exit__(self, *exc: object) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
