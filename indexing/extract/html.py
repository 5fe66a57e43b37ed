"""indexing layer: HTML as the text a reader sees (e-mail bodies, saved web pages).

Parsed with the standard library's tokenizer: nothing is fetched, no script
runs, no external resource (image, style sheet, frame) is ever opened. Scripts,
styles and the head are dropped; block elements start new lines; the title is
kept apart. The charset comes from a byte-order mark, a ``<meta>`` declaration
or the caller, and is second-guessed when the text reads as mojibake.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from indexing.extract import charsets
from indexing.extract.types import HTML, Extraction, Limits, Source

SKIPPED = {"script", "style", "template", "head", "object", "svg", "math"}
BLOCKS = {
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "caption",
    "dd",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
}
CELLS = {"td", "th"}
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)""", re.IGNORECASE
)


class _HtmlText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in SKIPPED:
            self._skip += 1
        elif tag in CELLS:
            self.parts.append("\t")
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in SKIPPED:
            self._skip = max(0, self._skip - 1)
        elif tag in BLOCKS and tag not in CELLS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    return parse_html(html)[0]


def parse_html(html: str) -> tuple[str, str]:
    """(text, title) of an HTML document."""
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).splitlines()]
    text = "\n".join(line for line in lines if line)
    return text, " ".join("".join(parser.title).split())


def declared_charset(raw: bytes) -> str | None:
    """The charset a ``<meta>`` in the first 4 KB declares, if any."""
    match = _META_CHARSET.search(raw[:4096])
    return match.group(1).decode("ascii") if match else None


def decode_html(raw: bytes, declared: str | None = None) -> tuple[str, str]:
    """(markup, codec): BOM first, then the caller's label, then the page's own ``<meta>``."""
    label = declared or declared_charset(raw)
    if label and label.lower().replace("-", "") in ("utf16", "utf16le", "utf16be"):
        label = None  # a meta that claims UTF-16 in an ASCII-compatible page is wrong
    return charsets.decode(raw, label)


def extract_html(source: Source, limits: Limits) -> Extraction:
    markup, codec = decode_html(source.read_bytes())
    text, title = parse_html(markup)
    return Extraction(media_type=HTML, pages=[text], title=title, notes=[f"decoded as {codec}"])
