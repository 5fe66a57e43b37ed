"""archive_app layer: text, DOCX and e-mail documents typeset to PDF, redactions removed first.

The stored page texts are cut at every redacted span before anything is drawn: the
span is replaced by a fixed black label with the reason code (the same width whatever
was removed, so the length of a name does not show). Each stored page starts a new
output page; pages withheld whole are left out here and become placeholder pages.
reportlab draws with DejaVu Sans from memory; the PDF never touches the disk.
"""

from __future__ import annotations

import io
from collections import deque
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from archive_app.export.detect import Detector
from archive_app.export.fonts import reportlab_font
from archive_app.export.matching import merge_spans

MARGIN = 56.0
FONT_SIZE = 10.0
LEADING = 13.5
NBSP = "\u00a0"


def label_markup(reason: str) -> str:
    return f'<font backColor="#000000" color="#FFFFFF">{NBSP}{escape(reason)}{NBSP}</font>'


def redacted_lines(text: str, detector: Detector) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each line of ``text`` as Paragraph markup with every hit replaced by its label, and
    the (reason, kind) of each label in order. Hits are found in the whole page first, so a
    name broken over two lines is found; nothing of a hit reaches the markup."""
    hits = detector.hits(text)
    spans = merge_spans([(h.start, h.end) for h in hits])
    reason_of: list[tuple[str, str]] = []
    for start, end in spans:
        first = min((h for h in hits if start <= h.start < end), key=lambda h: h.start)
        reason_of.append((first.reason, first.kind))
    lines: list[tuple[str, list[tuple[str, str]]]] = []
    offset = 0
    for line in text.split("\n"):
        line_end = offset + len(line)
        parts: list[str] = []
        labels: list[tuple[str, str]] = []
        pos = offset
        for (start, end), (reason, kind) in zip(spans, reason_of, strict=True):
            if end <= offset or start >= line_end:
                continue
            parts.append(_escape_line(text[pos : max(pos, start)]))
            parts.append(label_markup(reason))
            labels.append((reason, kind))
            pos = min(end, line_end)
        parts.append(_escape_line(text[pos:line_end]))
        lines.append(("".join(parts), labels))
        offset = line_end + 1
    return lines


def _escape_line(text: str) -> str:
    stripped = text.lstrip(" ")
    indent = NBSP * (len(text) - len(stripped))
    return indent + escape(stripped.replace("\t", "    "))


class _Section(Flowable):  # type: ignore[misc]
    """A zero-size marker: stored page ``number`` starts here."""

    def __init__(self, number: int) -> None:
        super().__init__()
        self.number = number

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        return None


class _Template(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, buffer: io.BytesIO, labels: deque[tuple[str, str]]) -> None:
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title="",
            author="",
            subject="",
            creator="",
            producer="",
            invariant=1,
        )
        frame = Frame(MARGIN, MARGIN, A4[0] - 2 * MARGIN, A4[1] - 2 * MARGIN, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self._labels = labels
        self.sections: list[tuple[int, int]] = []  # (stored page, first output page)
        self.placed: list[tuple[int, str, str]] = []  # (output page, reason, kind)

    def afterFlowable(self, flowable: Any) -> None:
        if isinstance(flowable, _Section):
            self.sections.append((flowable.number, self.page))
        elif isinstance(flowable, Paragraph):
            for reason, kind in self._take(flowable.getPlainText()):
                self.placed.append((self.page, reason, kind))

    def _take(self, plain: str) -> list[tuple[str, str]]:
        taken: list[tuple[str, str]] = []
        while self._labels and f"{NBSP}{self._labels[0][0]}{NBSP}" in plain:
            reason, kind = self._labels.popleft()
            marker = f"{NBSP}{reason}{NBSP}"
            plain = plain.replace(marker, "", 1)
            taken.append((reason, kind))
        return taken


@dataclass
class Typeset:
    pdf: bytes
    page_of_section: dict[int, list[int]] = field(
        default_factory=dict
    )  # stored -> output (0-based)
    placed: list[tuple[int, str, str]] = field(default_factory=list)  # output page (0-based), ...


def typeset_pages(pages: list[str], detector: Detector, skip: set[int]) -> Typeset:
    """Typeset the stored pages (1-based numbers not in ``skip``) with redactions removed."""
    font = reportlab_font()
    style = ParagraphStyle("body", fontName=font, fontSize=FONT_SIZE, leading=LEADING)
    story: list[Any] = []
    labels: deque[tuple[str, str]] = deque()
    numbers = [n for n in range(1, len(pages) + 1) if n not in skip]
    for position, number in enumerate(numbers):
        if position:
            story.append(PageBreak())
        story.append(_Section(number))
        for markup, found in redacted_lines(pages[number - 1].replace("\r\n", "\n"), detector):
            if not markup.replace(NBSP, "").strip():
                story.append(Spacer(1, LEADING / 2))
                continue
            labels.extend(found)
            story.append(Paragraph(markup, style))
    if not story:
        return Typeset(pdf=b"")
    buffer = io.BytesIO()
    doc = _Template(buffer, labels)
    doc.build(story)
    total = doc.page
    result = Typeset(pdf=buffer.getvalue())
    for index, (number, first) in enumerate(doc.sections):
        last = doc.sections[index + 1][1] - 1 if index + 1 < len(doc.sections) else total
        result.page_of_section[number] = list(range(first - 1, max(first, last)))
    result.placed = [(page - 1, reason, kind) for page, reason, kind in doc.placed]
    if labels:  # a label reportlab did not report: count it on the last page, never drop it
        result.placed += [(total - 1, reason, kind) for reason, kind in labels]
    return result
