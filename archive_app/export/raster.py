"""archive_app layer: burning labelled boxes into page images and encoding them for PDF.

Boxes are painted solid black into the pixels before anything is encoded, so nothing
under a box exists in the output; the reason code is written on the box in white.
Pages are stored as grey (16 levels) when they have no colour (most legal text), else RGB;
Flate with PNG row predictors keeps text sharp, JPEG is used for photographic pages
where it is much smaller.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PIL import Image, ImageChops, ImageDraw

from archive_app.export.fonts import pillow_font

Box = tuple[float, float, float, float]
MIN_LABEL_PX = 7
PHOTO_COLOURS = 4096  # a page with more distinct colours than this is photographic
JPEG_QUALITY = 80
GREY_LEVELS = 16  # text pages: 16 grey levels keep antialiasing and compress a third smaller
_GREY_LUT = [round(v * (GREY_LEVELS - 1) / 255) * 255 // (GREY_LEVELS - 1) for v in range(256)]


def merge_boxes(boxes: Sequence[tuple[Box, str]]) -> list[tuple[Box, str]]:
    """Overlapping boxes joined (the first reason labels the joined box)."""
    merged: list[tuple[list[float], str]] = []
    for box, reason in sorted(boxes, key=lambda b: (b[0][1], b[0][0])):
        for item in merged:
            x0, y0, x1, y1 = item[0]
            if box[0] < x1 and box[2] > x0 and box[1] < y1 and box[3] > y0:
                item[0][:] = [min(x0, box[0]), min(y0, box[1]), max(x1, box[2]), max(y1, box[3])]
                break
        else:
            merged.append((list(box), reason))
    return [((b[0], b[1], b[2], b[3]), r) for b, r in merged]


def burn_boxes(image: Image.Image, boxes: Sequence[tuple[Box, str]]) -> None:
    """Paint each box (fractions of the image) black with its reason code in white."""
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
    colour_space = "/DeviceGray" if image.mode == "L" else "/DeviceRGB"
    colours = image.getcolors(maxcolors=PHOTO_COLOURS)
    if colours is None:
        out = io.BytesIO()
        image.save(out, format="JPEG", quality=JPEG_QUALITY, optimize=True)
        return EncodedImage(width, height, colour_space, "/DCTDecode", out.getvalue())
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
