"""indexing layer: Unix mailboxes (``.mbox``): one document per message, threads linked.

The mailbox itself is stored as the file it is, with a table of contents as its
text; every message is a child, and a reply whose parent is in the same mailbox
hangs under that message (In-Reply-To, else the last of References), so a thread
reads as a tree.
"""

from __future__ import annotations

import re

from indexing.extract.eml import message_extraction, parse_message
from indexing.extract.types import MBOX, Attachment, Extraction, Limits, Source

MAX_MESSAGES = 100_000
# "From sender@example.org Fri Jul  8 12:08:34 2011": a body line "From here on" is not one
_FROM_LINE = re.compile(rb"^From \S+ +[^\n]*\d\d?:\d\d[^\n]*$", re.MULTILINE)
_MSGID = re.compile(r"<[^<>\s]+>")


def looks_like_mbox(head: bytes) -> bool:
    """A 'From ' separator line followed by a header line."""
    if not _FROM_LINE.match(head):
        return False
    lines = head.split(b"\n", 2)
    return len(lines) > 1 and re.match(rb"^[!-9;-~]+:", lines[1]) is not None


def split_mbox(raw: bytes) -> list[bytes]:
    """The messages of a mailbox (mboxo/mboxrd: '>From ' quoting undone one level)."""
    starts = [m.start() for m in _FROM_LINE.finditer(raw)]
    messages: list[bytes] = []
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(raw)
        chunk = raw[start:end]
        chunk = chunk.split(b"\n", 1)[1] if b"\n" in chunk else b""
        chunk = re.sub(rb"(?m)^>(>*From )", rb"\1", chunk)
        if chunk.strip():
            messages.append(chunk)
    return messages


def extract_mbox(source: Source, limits: Limits | None = None) -> Extraction:
    raw = source.read_bytes()
    chunks = split_mbox(raw)
    lost: list[str] = []
    if len(chunks) > MAX_MESSAGES:
        lost.append(f"messages after the first {MAX_MESSAGES:,}")
        chunks = chunks[:MAX_MESSAGES]
    by_id: dict[str, Attachment] = {}
    top: list[Attachment] = []
    lines: list[str] = []
    for number, chunk in enumerate(chunks, start=1):
        msg = parse_message(chunk)
        extraction = message_extraction(msg)
        msg_id = " ".join(str(msg.get("Message-ID", "")).split())
        parents = (
            _MSGID.findall(str(msg.get("In-Reply-To", "")))
            or _MSGID.findall(str(msg.get("References", "")))[-1:]
        )
        child = Attachment(
            f"message-{number:05d}.eml", chunk, extraction, label=f"message {number} of the mailbox"
        )
        # only an earlier message can be the parent, so a thread is always a tree
        parent = by_id.get(parents[-1]) if parents else None
        if parent is not None and parent.extraction is not None:
            parent.extraction.attachments.append(child)
        else:
            top.append(child)
        if msg_id and msg_id not in by_id:
            by_id[msg_id] = child
        lines.append(f"{number}. {extraction.date or '?'} — {extraction.title or '(no subject)'}")
    listing = f"Mailbox of {len(chunks)} messages\n\n" + "\n".join(lines)
    return Extraction(
        media_type=MBOX,
        pages=[listing],
        title=source.name,
        attachments=top,
        notes=[f"{len(chunks)} messages"],
        lost=lost,
    )
