"""PDFs with real Cyrillic and Kazakh text (reportlab with the bundled DejaVu Sans, made in
memory): one page per string, one line per line of the string."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from archive_app.export.fonts import reportlab_font


def make_unicode_pdf(pages: list[str], *, size: int = 11) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    font = reportlab_font()
    for text in pages:
        canvas.setFont(font, size)
        y = A4[1] - 72
        for line in text.split("\n"):
            canvas.drawString(72, y, line)
            y -= size * 1.5
        canvas.showPage()
    canvas.save()
    return out.getvalue()
