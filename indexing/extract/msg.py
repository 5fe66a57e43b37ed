"""indexing layer: Outlook ``.msg`` files (MAPI properties in an OLE compound file).

Read with olefile (BSD): the sender, recipients, date, subject and body (plain
text, or HTML as text when that carries more), attachments as children and
embedded messages as child messages. A body kept only as compressed RTF is
reported as lost, never silently dropped.
"""

from __future__ import annotations

import io
import struct
from datetime import UTC, datetime, timedelta

import olefile

from indexing.errors import CorruptFile, UnsupportedType
from indexing.extract import charsets
from indexing.extract.html import decode_html, parse_html
from indexing.extract.types import MSG, TEXT, Attachment, Extraction, Limits, Source

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_DEPTH = 8
MAX_ATTACHMENTS = 2000
PT_UNICODE, PT_STRING8, PT_BINARY, PT_OBJECT = "001F", "001E", "0102", "000D"
SUBJECT, SENDER_NAME, SENDER_SMTP, SENDER_EMAIL = 0x0037, 0x0C1A, 0x5D01, 0x0C1F
DISPLAY_TO, DISPLAY_CC, BODY, HTML_BODY, RTF_BODY = 0x0E04, 0x0E03, 0x1000, 0x1013, 0x1009
HEADERS, CODEPAGE, SUBMIT_TIME, DELIVERY_TIME = 0x007D, 0x3FFD, 0x0039, 0x0E06
CREATION_TIME, MODIFICATION_TIME = 0x3007, 0x3008  # an unsent draft has only these
ATTACH_DATA, ATTACH_LONG_NAME, ATTACH_NAME = 0x3701, 0x3707, 0x3704
_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)


class _Reader:
    def __init__(self, ole: olefile.OleFileIO) -> None:
        self._ole = ole
        self._names = {"/".join(entry) for entry in ole.listdir(streams=True, storages=True)}

    def has(self, path: str) -> bool:
        return path in self._names

    def stream(self, path: str) -> bytes | None:
        if path not in self._names:
            return None
        data: bytes = self._ole.openstream(path).read()
        return data

    def storages(self, prefix: str, kind: str) -> list[str]:
        depth = prefix.count("/") + (1 if prefix else 0)
        found = {
            "/".join(name.split("/")[: depth + 1])
            for name in self._names
            if name.startswith(prefix) and name.split("/")[depth].startswith(kind)
        }
        return sorted(found)

    def string(self, base: str, prop: int, codepage: str | None) -> str:
        unicode = self.stream(f"{base}__substg1.0_{prop:04X}{PT_UNICODE}")
        if unicode is not None:
            return unicode.decode("utf-16-le", errors="replace").rstrip("\x00")
        raw = self.stream(f"{base}__substg1.0_{prop:04X}{PT_STRING8}")
        if raw is not None:
            return charsets.decode(raw.rstrip(b"\x00"), codepage)[0]
        return ""

    def binary(self, base: str, prop: int) -> bytes | None:
        return self.stream(f"{base}__substg1.0_{prop:04X}{PT_BINARY}")

    def fixed(self, base: str, header: int) -> dict[int, bytes]:
        """The fixed-size properties (numbers, times) of one object."""
        raw = self.stream(f"{base}__properties_version1.0") or b""
        out: dict[int, bytes] = {}
        for offset in range(header, len(raw) - 15, 16):
            tag = struct.unpack_from("<I", raw, offset)[0]
            out[tag >> 16] = raw[offset + 8 : offset + 16]
        return out


def _filetime(value: bytes | None) -> datetime | None:
    if not value:
        return None
    ticks = struct.unpack("<q", value)[0]
    if ticks <= 0:
        return None
    try:
        return _EPOCH + timedelta(microseconds=ticks // 10)
    except OverflowError:
        return None


def _message(reader: _Reader, base: str, depth: int, header: int) -> Extraction:
    fixed = reader.fixed(base, header)
    codepage_raw = fixed.get(CODEPAGE)
    codepage = f"cp{struct.unpack('<I', codepage_raw[:4])[0]}" if codepage_raw else None
    subject = reader.string(base, SUBJECT, codepage)
    sender = reader.string(base, SENDER_NAME, codepage)
    address = reader.string(base, SENDER_SMTP, codepage) or reader.string(
        base, SENDER_EMAIL, codepage
    )
    if address and address not in sender:
        sender = f"{sender} <{address}>" if sender else address
    when = next(
        (
            t
            for t in (
                _filetime(fixed.get(tag))
                for tag in (SUBMIT_TIME, DELIVERY_TIME, CREATION_TIME, MODIFICATION_TIME)
            )
            if t is not None
        ),
        None,
    )
    lost: list[str] = []
    plain = reader.string(base, BODY, codepage)
    html_text = ""
    html_raw = reader.binary(base, HTML_BODY)
    if html_raw is None:
        as_string = reader.string(base, HTML_BODY, codepage)
        html_raw = as_string.encode("utf-8") if as_string else None
    if html_raw:
        html_text = parse_html(decode_html(html_raw, codepage)[0])[0]
    body = html_text if len(html_text.split()) > len(plain.split()) else plain
    if not body.strip() and reader.binary(base, RTF_BODY):
        lost.append("the body is stored only as compressed RTF, which is not read yet")
    headers = [
        ("From", sender),
        ("To", reader.string(base, DISPLAY_TO, codepage)),
        ("Cc", reader.string(base, DISPLAY_CC, codepage)),
        ("Date", when.strftime("%a, %d %b %Y %H:%M:%S +0000") if when else ""),
        ("Subject", subject),
    ]
    text = "\n".join(f"{k}: {v}" for k, v in headers if v) + "\n\n" + body.replace("\r\n", "\n")
    children = _attachments(reader, base, depth, lost)
    return Extraction(
        media_type=MSG,
        pages=[text.strip()],
        title=subject.strip(),
        date=when.date().isoformat() if when else None,
        attachments=children,
        lost=lost,
    )


def _attachments(reader: _Reader, base: str, depth: int, lost: list[str]) -> list[Attachment]:
    children: list[Attachment] = []
    for index, storage in enumerate(reader.storages(base, "__attach_version1.0_")):
        if index >= MAX_ATTACHMENTS:
            lost.append(f"attachments after the first {MAX_ATTACHMENTS:,}")
            break
        prefix = storage + "/"
        name = reader.string(prefix, ATTACH_LONG_NAME, None) or reader.string(
            prefix, ATTACH_NAME, None
        )
        embedded = f"{prefix}__substg1.0_{ATTACH_DATA:04X}{PT_OBJECT}"
        if reader.has(embedded):
            if depth + 1 > MAX_DEPTH:
                lost.append(f"a message nested more than {MAX_DEPTH} deep")
                continue
            inner = _message(reader, embedded + "/", depth + 1, header=24)
            shown = inner.pages[0] if inner.pages else ""
            children.append(
                Attachment(
                    filename=(name or inner.title or "message") + ".txt",
                    data=shown.encode("utf-8"),
                    extraction=Extraction(
                        media_type=TEXT,
                        pages=inner.pages,
                        title=inner.title,
                        date=inner.date,
                        attachments=inner.attachments,
                        lost=inner.lost,
                        notes=["an Outlook message inside the .msg, kept as its text"],
                    ),
                    label="attached message",
                )
            )
            continue
        data = reader.binary(prefix, ATTACH_DATA)
        if data is None:
            lost.append(f"attachment {name or index + 1}: no data (a link or an OLE object)")
            continue
        if data:
            children.append(Attachment(filename=name or f"attachment-{index + 1}", data=data))
    return children


def extract_msg(source: Source, limits: Limits | None = None) -> Extraction:
    raw = source.read_bytes()
    try:
        ole = olefile.OleFileIO(io.BytesIO(raw))
    except (OSError, ValueError, struct.error) as exc:
        raise CorruptFile(f"damaged Outlook message ({exc})") from exc
    try:
        reader = _Reader(ole)
        if not any(name.startswith("__substg1.0_") for name in reader._names):
            raise UnsupportedType(
                "unsupported file type (an OLE file that is not an Outlook message:"
                " an old .doc or .xls?)"
            )
        try:
            return _message(reader, "", 0, header=32)
        except (OSError, ValueError, struct.error, IndexError) as exc:
            raise CorruptFile(f"damaged Outlook message ({exc})") from exc
    finally:
        ole.close()
