"""indexing layer: what extraction reads from a file, and where the file comes from."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
EML = "message/rfc822"
MBOX = "application/mbox"
MSG = "application/vnd.ms-outlook"
HTML = "text/html"
TEXT = "text/plain"
MARKDOWN = "text/markdown"
JPEG = "image/jpeg"
PNG = "image/png"
TIFF = "image/tiff"
IMAGE_TYPES = (JPEG, PNG, TIFF)

STATUS_OK = "ok"
STATUS_NO_TEXT = "no-text-layer"
STATUS_ENCRYPTED = "encrypted-pdf"


@dataclass(frozen=True)
class Limits:
    """Bounds on what one file may cost to read."""

    max_file_bytes: int = 1024 * 1024 * 1024  # 1 GiB
    max_pages: int = 20_000
    max_text_chars: int = 200_000_000
    max_unzipped_bytes: int = 256 * 1024 * 1024  # DOCX parts, decompressed
    pdf_timeout_s: float = 180.0
    pdf_memory_bytes: int = 3 * 1024 * 1024 * 1024
    # A module that starts a sandbox worker (``python -m LAUNCHER WORKER ARGS``) after
    # preparing the new process; the application passes its hardening launcher here.
    worker_launcher: str = ""


@dataclass(frozen=True)
class Source:
    """A file on disk (``path``) or bytes in memory (an e-mail attachment)."""

    name: str
    path: Path | None = None
    data: bytes | None = None

    @classmethod
    def from_path(cls, path: Path) -> Source:
        return cls(name=path.name, path=path)

    @property
    def size(self) -> int:
        if self.data is not None:
            return len(self.data)
        assert self.path is not None
        return self.path.stat().st_size

    def head(self, n: int = 4096) -> bytes:
        if self.data is not None:
            return self.data[:n]
        assert self.path is not None
        with self.path.open("rb") as fh:
            return fh.read(n)

    def read_bytes(self) -> bytes:
        if self.data is not None:
            return self.data
        assert self.path is not None
        return self.path.read_bytes()

    @property
    def suffix(self) -> str:
        return Path(self.name).suffix.lower()


@dataclass(frozen=True, eq=False)
class Attachment:
    """A part of a container (e-mail, mailbox) that becomes a document of its own.

    ``extraction`` is set when the container already read it (a nested message, a
    text or HTML part, whose charset only the container knows); otherwise the
    importer reads ``data`` like any file. ``label`` says where it sat ("part 3",
    "forwarded message").
    """

    filename: str
    data: bytes
    extraction: Extraction | None = None
    label: str = ""


@dataclass
class Extraction:
    media_type: str
    pages: list[str]
    status: str = STATUS_OK
    title: str = ""
    date: str | None = None  # ISO date found in the file itself (e.g. an e-mail's Date)
    attachments: list[Attachment] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # Parts that could not be read ("part 4 (application/x-foo): unsupported"): reported in
    # the import summary, never dropped silently.
    lost: list[str] = field(default_factory=list)
    # PDF pages (from 1) whose text layer is too thin for their ink: read by OCR as scans.
    scan_pages: list[int] = field(default_factory=list)
    # PDF pages (from 1) with a text layer that also draw pictures large enough to show
    # words (a photographed ID, a stamp, a screenshot): read by OCR too, as "mixed" pages
    # (what OCR reads in the pictures is added to the page text after the layer).
    picture_pages: list[int] = field(default_factory=list)

    @property
    def page_count(self) -> int:
        return len(self.pages)

    @property
    def text(self) -> str:
        return "\n".join(self.pages)
