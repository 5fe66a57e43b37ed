"""indexing layer: length-prefixed JSON frames between the app and the PDF sandbox.

JSON, not pickle: the sandbox parses hostile files, and a compromised child
must not be able to run code in the application by what it sends back.
"""

from __future__ import annotations

import json
import struct
from typing import IO, Any

HEADER = struct.Struct(">Q")
MAX_FRAME = 4 * 1024 * 1024 * 1024


class FrameError(Exception):
    """The other side closed the pipe or sent something malformed."""


def write_frame(stream: IO[bytes], payload: bytes) -> None:
    stream.write(HEADER.pack(len(payload)))
    stream.write(payload)
    stream.flush()


def read_frame(stream: IO[bytes]) -> bytes:
    header = stream.read(HEADER.size)
    if len(header) < HEADER.size:
        raise FrameError("pipe closed")
    (length,) = HEADER.unpack(header)
    if length > MAX_FRAME:
        raise FrameError("frame too large")
    data = stream.read(length)
    if len(data) < length:
        raise FrameError("pipe closed mid-frame")
    return data


def write_json(stream: IO[bytes], value: Any) -> None:
    write_frame(stream, json.dumps(value, ensure_ascii=False).encode("utf-8"))


def read_json(stream: IO[bytes]) -> Any:
    try:
        return json.loads(read_frame(stream).decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise FrameError("malformed reply") from exc
