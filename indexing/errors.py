"""indexing layer: errors raised while reading a file. Each names what is wrong with it."""

from __future__ import annotations

from storage.errors import ArchiveError


class ExtractionError(ArchiveError):
    """A file that cannot be imported; the message says why, in plain words."""


class EmptyFile(ExtractionError):
    def __init__(self) -> None:
        super().__init__("the file is empty (0 bytes)")


class UnsupportedType(ExtractionError):
    pass


class CorruptFile(ExtractionError):
    pass


class TooLarge(ExtractionError):
    pass


class ResourceLimit(ExtractionError):
    """Decompression bombs, parser time-outs, crashes and memory exhaustion."""
