"""Test support: find a needle in raw bytes or inside any zlib stream they hold
(independent of any PDF library, so it also sees what a parser would skip)."""

from __future__ import annotations

import zlib
from collections.abc import Iterator

ZLIB_SECOND_BYTES = (0x01, 0x5E, 0x9C, 0xDA)


def inflated(data: bytes, limit: int = 50_000_000) -> Iterator[bytes]:
    """Every zlib stream that decodes from some offset of ``data``."""
    for offset in range(len(data) - 2):
        if data[offset] != 0x78 or data[offset + 1] not in ZLIB_SECOND_BYTES:
            continue
        try:
            out = zlib.decompressobj().decompress(data[offset:], limit)
        except zlib.error:
            continue
        if out:
            yield out
