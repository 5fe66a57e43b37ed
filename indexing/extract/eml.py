"""indexing layer: e-mail (RFC 822 / EML): headers and body as text, attachments apart."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser

from indexing.extract.types import EML, Attachment, Extraction, Source

SHOWN_HEADERS = ("From", "To", "Cc", "Date", "Subject")


class _HtmlText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in ("br", "p", "div", "tr", "li", "h1", "h2", "h3"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).splitlines()]
    return "\n".join(line for line in lines if line)


def _body(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, ValueError):
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else ""
    if not isinstance(content, str):
        return ""
    return html_to_text(content) if part.get_content_type() == "text/html" else content


def _iso_date(msg: EmailMessage) -> str | None:
    raw = msg.get("Date")
    if not raw:
        return None
    try:
        return parsedate_to_datetime(str(raw)).date().isoformat()
    except (TypeError, ValueError):
        return None


def _attachments(msg: EmailMessage) -> list[Attachment]:
    found: list[Attachment] = []
    for index, part in enumerate(msg.iter_attachments(), start=1):
        name = part.get_filename() or f"attachment-{index}"
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()
            inner_msg = inner[0] if isinstance(inner, list) else inner
            data = inner_msg.as_bytes() if hasattr(inner_msg, "as_bytes") else b""
            if not name.lower().endswith(".eml"):
                name += ".eml"
        else:
            payload = part.get_payload(decode=True)
            data = payload if isinstance(payload, bytes) else b""
        found.append(Attachment(filename=name.replace("/", "_").replace("\\", "_"), data=data))
    return found


def extract_eml(source: Source) -> Extraction:
    msg = email.message_from_bytes(source.read_bytes(), policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    header_lines = [f"{h}: {msg[h]}" for h in SHOWN_HEADERS if msg.get(h)]
    text = "\n".join(header_lines) + "\n\n" + _body(msg).replace("\r\n", "\n")
    return Extraction(
        media_type=EML,
        pages=[text.strip()],
        title=str(msg.get("Subject", "")).strip(),
        date=_iso_date(msg),
        attachments=_attachments(msg),
    )
