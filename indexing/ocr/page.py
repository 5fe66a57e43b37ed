"""indexing layer: what OCR read on one page: words with boxes and confidence, and the text.

Boxes are fractions of the displayed page (origin top left), like the rectangles a
reviewer draws and the boxes the export burns in. The page text is built from the
words (a space between words, a line break between lines, a blank line between
blocks), and every word remembers where it sits in that text, so a span found in the
text (a term, a person's name) maps straight back to the words that carry it.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

Box = tuple[float, float, float, float]
LOW_CONFIDENCE = 60.0
NOISE_CONFIDENCE = 60.0  # mean word confidence below which a page needs a human look


@dataclass(frozen=True)
class OcrWord:
    text: str
    box: Box
    confidence: float  # 0..100, as Tesseract gives it
    line: int  # running line number on the page (words of one line share it)
    start: int = 0  # where the word sits in ``OcrPage.text``
    end: int = 0


@dataclass(frozen=True)
class OcrPage:
    text: str
    words: list[OcrWord] = field(default_factory=list)
    languages: str = ""
    rotation: int = 0  # degrees the page was turned to read it (Tesseract's OSD)
    # A text page whose pictures alone were read (its text objects hidden): the words are
    # what the pictures show, added to the page text after the text layer.
    mixed: bool = False

    @property
    def confidence(self) -> float:
        """Mean word confidence, weighted by word length (100 for a page without words)."""
        weight = sum(len(w.text) for w in self.words)
        if not weight:
            return 100.0
        return sum(w.confidence * len(w.text) for w in self.words) / weight

    @property
    def low_confidence(self) -> bool:
        return bool(self.words) and self.confidence < LOW_CONFIDENCE

    def words_in(self, start: int, end: int) -> list[OcrWord]:
        """The words that carry any character of ``text[start:end]``."""
        return [w for w in self.words if w.start < end and w.end > start]

    # -- storage form (JSON) ---------------------------------------------------------
    def words_json(self) -> list[list[Any]]:
        return [
            [w.text, *(round(v, 5) for v in w.box), round(w.confidence, 1), w.line]
            for w in self.words
        ]

    @classmethod
    def from_words(
        cls,
        rows: Sequence[Sequence[Any]],
        *,
        languages: str = "",
        rotation: int = 0,
        mixed: bool = False,
    ) -> OcrPage:
        """A page from stored rows ``[text, x0, y0, x1, y1, confidence, line]``; the text
        is rebuilt from them (so offsets always agree with the words)."""
        words = [
            OcrWord(
                text=str(r[0]),
                box=(float(r[1]), float(r[2]), float(r[3]), float(r[4])),
                confidence=float(r[5]),
                line=int(r[6]),
            )
            for r in rows
            if len(r) >= 7 and str(r[0]).strip()
        ]
        return layout(words, languages=languages, rotation=rotation, mixed=mixed)


def layout(
    words: Sequence[OcrWord], *, languages: str = "", rotation: int = 0, mixed: bool = False
) -> OcrPage:
    """Join words into page text: spaces within a line, a line break between lines and
    a blank line where the line number jumps (a new block)."""
    parts: list[str] = []
    placed: list[OcrWord] = []
    position = 0
    previous: int | None = None
    for word in words:
        if previous is not None:
            gap = " " if word.line == previous else ("\n" if word.line == previous + 1 else "\n\n")
            parts.append(gap)
            position += len(gap)
        start = position
        parts.append(word.text)
        position += len(word.text)
        placed.append(
            OcrWord(word.text, word.box, word.confidence, word.line, start=start, end=position)
        )
        previous = word.line
    return OcrPage("".join(parts), placed, languages=languages, rotation=rotation, mixed=mixed)


def parse_tsv(tsv: str, width: int, height: int, *, languages: str = "") -> OcrPage:
    """Tesseract's TSV output (level 5 rows are words) as a page. Lines are numbered
    through the page; a new block skips a number, so the text gets a blank line there."""
    words: list[OcrWord] = []
    line_keys: dict[tuple[str, str, str, str], int] = {}
    last_block: str | None = None
    next_line = 0
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5":
            continue
        text = "\t".join(cells[11:]).strip()
        if not text:
            continue
        try:
            left, top, w, h = (int(c) for c in cells[6:10])
            confidence = float(cells[10])
        except ValueError:
            continue
        if confidence < NOISE_CONFIDENCE and not any(c.isalnum() for c in text):
            continue  # specks of noise read as punctuation
        key = (cells[1], cells[2], cells[3], cells[4])
        if key not in line_keys:
            if last_block is not None and cells[2] != last_block:
                next_line += 1  # a blank line between blocks
            line_keys[key] = next_line
            next_line += 1
            last_block = cells[2]
        box = (
            max(0.0, left / width),
            max(0.0, top / height),
            min(1.0, (left + w) / width),
            min(1.0, (top + h) / height),
        )
        words.append(OcrWord(text, box, max(0.0, confidence), line_keys[key]))
    return layout(words, languages=languages)


def corrected(page: OcrPage, text: str) -> OcrPage:
    """``page`` with its text corrected by hand: the corrected words take the boxes of the
    machine's words they line up with (difflib over the word sequences), so a name that
    only the correction spells right is still boxed on the image. A word typed where the
    machine read nothing takes the boxes of its neighbours (more is covered, never less)."""
    old = page.words
    new = text.split()
    matcher = difflib.SequenceMatcher(a=[w.text for w in old], b=new, autojunk=False)
    placed: list[OcrWord] = []
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "delete":
            continue
        if a1 - a0 == b1 - b0:  # equal, or as many words misread: word for word
            placed += [
                OcrWord(new[b0 + i], old[a0 + i].box, old[a0 + i].confidence, old[a0 + i].line)
                for i in range(a1 - a0)
            ]
            continue
        source = old[a0:a1] or old[max(0, a0 - 1) : a0 + 1]  # replaced, or the neighbours
        if not source:
            continue  # nothing was read on the page at all: no position to give
        box = _union([w.box for w in source])
        for word in new[b0:b1]:
            placed.append(OcrWord(word, box, 100.0, source[0].line))
    out = layout(placed, languages=page.languages, rotation=page.rotation, mixed=page.mixed)
    return OcrPage(text, out.words, out.languages, out.rotation, page.mixed) if not placed else out


def _union(boxes: Sequence[Box]) -> Box:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )
