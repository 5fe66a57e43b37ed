"""indexing layer: e-mail (RFC 822 / MIME): the whole tree, as a reader sees it.

The message's own text is its headers and its body: the best text alternative
of the top-level message (HTML turned into text when it carries the most; no
resource is ever fetched). Every other text or HTML part, every nested message
(forwarded, digest entries, bounces) and every file becomes a child document
(an ``Attachment``); nested messages carry their own headers and children.
Charsets are taken from the labels when they read as text, guessed otherwise
(``charsets``); raw 8-bit headers too. Anything that cannot be read is listed
in ``Extraction.lost``.
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass, field
from email.message import EmailMessage, Message
from email.utils import parsedate_to_datetime

from indexing.extract import charsets
from indexing.extract.html import decode_html, parse_html
from indexing.extract.types import EML, HTML, TEXT, Attachment, Extraction, Limits, Source

SHOWN_HEADERS = ("From", "To", "Cc", "Date", "Subject")
MAX_DEPTH = 12  # nested messages
MAX_PARTS = 5000  # parts in one message tree
TEXT_TYPES = ("text/plain", "text/html")
HEADER_BLOCK_TYPES = (
    "message/delivery-status",
    "message/global-delivery-status",
    "message/disposition-notification",
    "message/global-disposition-notification",
    "text/rfc822-headers",
    "message/global-headers",
)
MESSAGE_TYPES = ("message/rfc822", "message/global")
SIGNATURE_TYPES = (
    "application/pgp-signature",
    "application/pkcs7-signature",
    "application/x-pkcs7-signature",
)
# Whole-message overlap above which a second alternative is the same text, not a part of its own.
SAME_TEXT = 0.8
POLICY = email.policy.default.clone(refold_source="none")
_WORDS = re.compile(r"\w+")


def parse_message(raw: bytes) -> EmailMessage:
    msg = email.message_from_bytes(raw, policy=POLICY)
    assert isinstance(msg, EmailMessage)
    return msg


def extract_eml(source: Source, limits: Limits | None = None) -> Extraction:
    return message_extraction(parse_message(source.read_bytes()))


def message_extraction(msg: Message, depth: int = 0) -> Extraction:
    """Headers and body of ``msg`` as one page; everything else as children."""
    walk = _Walk(hint=_first_charset(msg), depth=depth)
    walk.visit(msg, top=True)
    headers = _headers(msg, walk.hint)
    body = (walk.body or "").replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(f"{name}: {value}" for name, value in headers if value) + "\n\n" + body
    subject = dict(headers).get("Subject", "")
    notes = list(dict.fromkeys(walk.notes))
    return Extraction(
        media_type=EML,
        pages=[text.strip()],
        title=subject,
        date=_iso_date(msg),
        attachments=walk.children,
        notes=notes,
        lost=walk.lost,
    )


# -- headers ---------------------------------------------------------------------------
def _raw_header(msg: Message, name: str) -> str | None:
    for key, value in msg.raw_items():
        if key.lower() == name.lower():
            return str(value)
    return None


def _headers(msg: Message, hint: str | None) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for name in SHOWN_HEADERS:
        raw = _raw_header(msg, name)
        out.append((name, charsets.decode_header(raw, hint) if raw else ""))
    return out


def _first_charset(msg: Message) -> str | None:
    """The first charset a part declares: the best hint for raw 8-bit headers."""
    for part in msg.walk():
        label = part.get_param("charset")
        if isinstance(label, str) and charsets.canonical(label):
            return label
    return None


def _iso_date(msg: Message) -> str | None:
    raw = _raw_header(msg, "Date")
    if not raw:
        return None
    try:
        return parsedate_to_datetime(" ".join(raw.split())).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


# -- the tree --------------------------------------------------------------------------
@dataclass
class _Text:
    text: str
    media_type: str
    data: bytes
    title: str = ""
    codec: str = ""


@dataclass
class _Walk:
    hint: str | None
    depth: int
    body: str | None = None
    children: list[Attachment] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    parts: int = 0

    def visit(self, part: Message, *, top: bool = False) -> None:
        self.parts += 1
        if self.parts > MAX_PARTS:
            if self.parts == MAX_PARTS + 1:
                self.lost.append(f"parts after the first {MAX_PARTS:,} (too many parts)")
            return
        ctype = part.get_content_type()
        if ctype in HEADER_BLOCK_TYPES:  # parsed as header blocks, read as the report they are
            self._child_text(part, _header_block(part), label="delivery report")
            return
        if part.is_multipart():
            payload = part.get_payload()
            subparts = (
                [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []
            )
            if ctype in MESSAGE_TYPES:  # message/rfc822: the payload is the message
                for inner in subparts:
                    self._message(inner, part)
            elif ctype == "multipart/alternative":
                self._alternative(subparts)
            elif ctype == "multipart/related":
                self._related(part, subparts)
            else:  # mixed, digest, report, signed, parallel, or unknown: all parts count
                for sub in subparts:
                    self.visit(sub)
            return
        if part.get_content_maintype() == "multipart":  # no boundary found: read it as text
            text, _codec = charsets.decode(_payload(part), self.hint)
            if text.strip():
                self.notes.append("a multipart part without its boundary was read as text")
                if self.body is None:
                    self.body = text
                else:
                    self._child_text(part, text, label="text part")
            return
        if ctype in SIGNATURE_TYPES:
            self.notes.append("signature kept in the stored e-mail")
            return
        if part.get_content_maintype() == "text" and not _looks_binary(part):
            is_attachment = part.get_content_disposition() == "attachment"
            read = _read_text(part, self.hint)
            if read is None:
                self.lost.append(f"{_describe(part)}: the text could not be decoded")
                return
            if self.body is None and not is_attachment and ctype in TEXT_TYPES:
                self.body = read.text
                return
            if not read.text.strip() and not is_attachment:
                return  # an empty inline part (a trailing blank text/plain) holds nothing
            self._child(part, read)
            return
        self._binary(part)

    def _alternative(self, subparts: list[Message]) -> None:
        """The richest alternative is the body (or a child); others only if they differ."""
        readable: list[tuple[Message, str]] = []
        for sub in subparts:
            if sub.is_multipart():
                inner = _Walk(hint=self.hint, depth=self.depth)
                inner.visit(sub)
                self.children += inner.children
                self.lost += inner.lost
                if inner.body is not None:
                    readable.append((sub, inner.body))
                continue
            if sub.get_content_type() in TEXT_TYPES:
                read = _read_text(sub, self.hint)
                if read is None:
                    self.lost.append(f"{_describe(sub)}: the text could not be decoded")
                else:
                    readable.append((sub, read.text))
                continue
            self.visit(sub)
        if not readable:
            return
        # The most words wins (an empty or stub plain part loses to a full HTML one); on a
        # tie plain text, which has no markup to lose, then the later alternative.
        sizes = [len(_WORDS.findall(text)) for _sub, text in readable]
        plain = [sub.get_content_type() == "text/plain" for sub, _text in readable]
        best_index = max(range(len(readable)), key=lambda i: (sizes[i], plain[i], i))
        best = readable[best_index][1]
        if self.body is None:
            self.body = best
        else:
            self.children.append(_text_attachment(readable[best_index][0], best, self.hint))
        best_words = set(_WORDS.findall(best.lower()))
        for index, (sub, text) in enumerate(readable):
            words = _WORDS.findall(text.lower())
            if index == best_index or not words:
                continue
            shared = sum(1 for w in words if w in best_words) / len(words)
            if shared < SAME_TEXT:
                self.children.append(_text_attachment(sub, text, self.hint))

    def _related(self, part: Message, subparts: list[Message]) -> None:
        if not subparts:
            return
        start = part.get_param("start")
        root = subparts[0]
        if isinstance(start, str):
            for sub in subparts:
                if sub.get("Content-ID", "").strip() == start.strip():
                    root = sub
        self.visit(root)
        for sub in subparts:
            if sub is not root:
                self.visit(sub)

    def _message(self, inner: Message, wrapper: Message) -> None:
        if self.depth + 1 > MAX_DEPTH:
            self.lost.append(f"a message nested more than {MAX_DEPTH} deep")
            return
        extraction = message_extraction(inner, self.depth + 1)
        name = _filename(wrapper, self.hint) or _safe_name(extraction.title or "message")
        if not name.lower().endswith(".eml"):
            name += ".eml"
        self.children.append(
            Attachment(
                filename=name,
                data=_message_bytes(inner),
                extraction=extraction,
                label="attached message",
            )
        )

    def _child_text(self, part: Message, text: str, *, label: str) -> None:
        data = _message_bytes(part) if part.is_multipart() else _payload(part)
        name = _filename(part, self.hint) or f"{label.replace(' ', '-')}.txt"
        extraction = Extraction(media_type=TEXT, pages=[text], title=label.capitalize())
        self.children.append(Attachment(name, data, extraction, label=label))

    def _child(self, part: Message, text: _Text) -> None:
        self.children.append(_text_attachment(part, text.text, self.hint, text))

    def _binary(self, part: Message) -> None:
        data = _payload(part)
        name = _filename(part, self.hint) or f"part-{len(self.children) + 1}"
        if not data:
            self.notes.append(f"{name}: empty part")
            return
        self.children.append(Attachment(filename=name, data=data, label="attachment"))


def _text_attachment(
    part: Message, text: str, hint: str | None, read: _Text | None = None
) -> Attachment:
    read = read or _read_text(part, hint)
    media_type = read.media_type if read else TEXT
    suffix = ".html" if media_type == HTML else ".txt"
    name = _filename(part, hint) or f"part{suffix}"
    extraction = Extraction(
        media_type=media_type,
        pages=[text],
        title=read.title if read else "",
        notes=[f"decoded as {read.codec}"] if read and read.codec else [],
    )
    data = read.data if read else _payload(part)
    label = "attachment" if part.get_content_disposition() == "attachment" else "text part"
    return Attachment(filename=name, data=data, extraction=extraction, label=label)


def _payload(part: Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except (ValueError, LookupError, TypeError, AssertionError):
        data = None
    if isinstance(data, bytes):
        return data
    raw = part.get_payload()
    return raw.encode("utf-8", errors="surrogateescape") if isinstance(raw, str) else b""


def _read_text(part: Message, hint: str | None) -> _Text | None:
    data = _payload(part)
    label = part.get_param("charset")
    declared = label if isinstance(label, str) else None
    try:
        if part.get_content_type() == "text/html":
            markup, codec = decode_html(data, declared)
            text, title = parse_html(markup)
            return _Text(text, HTML, data, title, codec)
        text, codec = charsets.decode(data, declared or None)
    except (LookupError, ValueError):
        return None
    return _Text(text, TEXT, data, "", codec)


def _looks_binary(part: Message) -> bool:
    """A text/* label on a PDF, an image or an archive (mislabelled attachments)."""
    head = _payload(part)[:8]
    return head.startswith((b"%PDF-", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"\x89PNG", b"\xff\xd8"))


def _header_block(part: Message) -> str:
    payload = part.get_payload()
    if isinstance(payload, list):
        blocks = [p.as_string(policy=POLICY) if isinstance(p, Message) else str(p) for p in payload]
        return "\n".join(b.strip() for b in blocks).replace("\r\n", "\n")
    return charsets.decode(_payload(part))[0].replace("\r\n", "\n")


def _message_bytes(msg: Message) -> bytes:
    try:
        return msg.as_bytes(policy=POLICY)
    except (UnicodeError, LookupError, ValueError, TypeError):
        return msg.as_string(policy=POLICY).encode("utf-8", errors="surrogateescape")


def _filename(part: Message, hint: str | None) -> str:
    try:
        name = part.get_filename()
    except (ValueError, LookupError, TypeError):
        name = None
    if not name:
        return ""
    return _safe_name(charsets.decode_header(str(name), hint))


def _safe_name(name: str) -> str:
    cleaned = "".join(ch if ch.isprintable() and ch not in '/\\:*?"<>|' else "_" for ch in name)
    return cleaned.strip(" .")[:150] or "part"


def _describe(part: Message) -> str:
    name = _filename(part, None)
    return f"{name} ({part.get_content_type()})" if name else part.get_content_type()
