"""ui layer: the export wizard's word on scanned pages.

Scanned pages are redacted through what OCR read on them and checked by reading the
rebuilt pages again, so a reviewer has to know where that reading is weak or missing:

- pages OCR read with low confidence ("3 scanned pages could not be read reliably:
  check them"), named by document and page, to look at before exporting;
- pages not read yet (still queued, or failed), whose words cannot be found to redact;
- Tesseract missing on this computer: scanned pages cannot be checked after redaction.

The label stays hidden when the documents have no scanned pages.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QLabel, QWidget

from archive_app.ocr import ScanReport
from archive_app.session import Archive
from indexing import ocr
from ui.session import UiSession

MAX_LISTED = 12  # pages named one by one; the rest are counted


class ScanWarning(QLabel):
    """ui layer: a warning box about the scanned pages of the documents being exported."""

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("scanWarning")
        self.setWordWrap(True)
        self.setTextFormat(self.textFormat().RichText)
        self.setStyleSheet(
            "QLabel#scanWarning { background: #fff4d6; border: 1px solid #e0b24a;"
            " border-radius: 4px; padding: 6px; color: #4a3500; }"
        )
        self.report: ScanReport | None = None
        self.problem = ""  # why OCR cannot run here ("" when it can)
        self._asked: tuple[int, ...] = ()
        self.hide()

    def refresh(self, document_ids: list[int]) -> None:
        """Ask the archive about these documents' scanned pages and say what needs care."""
        ids = tuple(document_ids)
        if ids == self._asked and self.report is not None:
            return  # already answered (or asked) for exactly these documents
        self._asked = ids
        if not ids:
            self.show_report(ScanReport(scanned=0), "")
            return

        def load(archive: Archive) -> tuple[ScanReport, str]:
            report = archive.ocr.scans(list(ids))
            return report, ocr.ocr_problem() if report.scanned else ""

        def shown(loaded: tuple[ScanReport, str]) -> None:
            if ids == self._asked:
                self.show_report(*loaded)

        self.session.run(load, shown, lambda _error: None)

    def show_report(self, report: ScanReport, problem: str) -> None:
        self.report, self.problem = report, problem
        lines = self.lines(report, problem)
        self.setText("<br>".join(lines))
        self.setVisible(bool(lines))

    def lines(self, report: ScanReport, problem: str) -> list[str]:
        out: list[str] = []
        if report.doubtful:
            count = len(report.doubtful)
            pages = ", ".join(
                self.tr("#{document} p.{page} ({confidence}%)").format(
                    document=doc_id, page=page, confidence=round(confidence)
                )
                for doc_id, page, confidence in report.doubtful[:MAX_LISTED]
            )
            if count > MAX_LISTED:
                pages += " " + self.tr("and %n more", "", count - MAX_LISTED)
            out.append(
                "<b>"
                + html.escape(
                    self.tr("%n scanned page(s) could not be read reliably: check them.", "", count)
                )
                + "</b> "
                + html.escape(
                    self.tr(
                        "Words OCR misread are not found, so they are not redacted: look at"
                        " these pages and box what is left by hand."
                    )
                )
                + "<br>"
                + html.escape(pages)
            )
        if report.unread:
            out.append(
                html.escape(
                    self.tr(
                        "%n scanned page(s) have not been read by OCR yet: names on them are"
                        " not found or redacted automatically.",
                        "",
                        report.unread,
                    )
                )
            )
        if problem and report.scanned:
            out.append(
                "<b>"
                + html.escape(
                    self.tr(
                        "Tesseract (OCR) is not available on this computer, so scanned pages"
                        " cannot be checked: the export cannot prove that nothing redacted is"
                        " still readable on them."
                    )
                )
                + "</b> "
                + html.escape(
                    self.tr(
                        "Install Tesseract with its Kazakh, Russian and English models"
                        " (Debian/Ubuntu: sudo apt-get install tesseract-ocr tesseract-ocr-kaz"
                        " tesseract-ocr-rus tesseract-ocr-eng)."
                    )
                )
            )
        return out
