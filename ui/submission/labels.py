"""ui layer: the submission records' codes as the window shows them, in the interface language.

Mechanism names, kinds and outcomes of domestic remedies, consent answers and a fact's
date ("to be determined", month names) are stored as codes or ISO dates; these tables
and functions turn them into translated labels at the ui boundary (``ui.labels``). The
drafts themselves are written in the language chosen for them, not the window's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from archive_app.facts.dates import FactDate
from archive_app.facts.rows import FactRow
from ui.labels import QT_TRANSLATE_NOOP, Translated

CONTEXT = "SubmissionLabels"

MECHANISM_NAMES = Translated(
    CONTEXT,
    {
        "wgad": QT_TRANSLATE_NOOP("SubmissionLabels", "Working Group on Arbitrary Detention"),
        "sp": QT_TRANSLATE_NOOP("SubmissionLabels", "Special Procedures (Special Rapporteurs)"),
        "hrc": QT_TRANSLATE_NOOP("SubmissionLabels", "Human Rights Committee"),
    },
)
MECHANISM_SHORT = Translated(
    CONTEXT,
    {
        "wgad": QT_TRANSLATE_NOOP("SubmissionLabels", "WGAD"),
        "sp": QT_TRANSLATE_NOOP("SubmissionLabels", "Special Procedures"),
        "hrc": QT_TRANSLATE_NOOP("SubmissionLabels", "Human Rights Committee"),
    },
)
REMEDY_KINDS = Translated(
    CONTEXT,
    {
        "appeal": QT_TRANSLATE_NOOP("SubmissionLabels", "appeal"),
        "cassation": QT_TRANSLATE_NOOP("SubmissionLabels", "cassation"),
        "supervisory-review": QT_TRANSLATE_NOOP("SubmissionLabels", "supervisory review"),
        "prosecutor-complaint": QT_TRANSLATE_NOOP("SubmissionLabels", "prosecutor complaint"),
        "investigative-judge": QT_TRANSLATE_NOOP("SubmissionLabels", "investigative judge"),
        "ombudsman": QT_TRANSLATE_NOOP("SubmissionLabels", "ombudsman"),
        "constitutional-court": QT_TRANSLATE_NOOP("SubmissionLabels", "constitutional court"),
        "administrative-complaint": QT_TRANSLATE_NOOP(
            "SubmissionLabels", "administrative complaint"
        ),
        "other": QT_TRANSLATE_NOOP("SubmissionLabels", "other"),
    },
)
REMEDY_OUTCOMES = Translated(
    CONTEXT,
    {
        "pending": QT_TRANSLATE_NOOP("SubmissionLabels", "pending"),
        "dismissed": QT_TRANSLATE_NOOP("SubmissionLabels", "dismissed"),
        "upheld": QT_TRANSLATE_NOOP("SubmissionLabels", "upheld"),
        "partly-upheld": QT_TRANSLATE_NOOP("SubmissionLabels", "partly upheld"),
        "not-considered": QT_TRANSLATE_NOOP("SubmissionLabels", "not considered"),
        "no-response": QT_TRANSLATE_NOOP("SubmissionLabels", "no response"),
        "not-tried": QT_TRANSLATE_NOOP("SubmissionLabels", "not tried"),
        "other": QT_TRANSLATE_NOOP("SubmissionLabels", "other"),
    },
)


def label(table: Translated, code: str) -> str:
    """The label of ``code``; a code the table does not know is shown as it is."""
    return table.get(code, code)


def mechanism_name(code: str) -> str:
    return label(MECHANISM_NAMES, code)


def mechanism_short(code: str) -> str:
    return label(MECHANISM_SHORT, code)


def remedy_kind(code: str) -> str:
    return label(REMEDY_KINDS, code)


def remedy_outcome(code: str) -> str:
    return label(REMEDY_OUTCOMES, code)


def date_placeholder() -> str:
    """What a date field asks for, as the user reads it (the value stays YYYY-MM-DD)."""
    return QCoreApplication.translate("SubmissionLabels", "YYYY-MM-DD")


def to_be_determined() -> str:
    return QCoreApplication.translate("SubmissionLabels", "to be determined")


def fact_source(row: FactRow) -> str:
    """'#3 Ruling, page 2', with the Bates label first once exported: 'ATJ-000012 (#3 ...)';
    empty when the fact cites nothing."""
    fact = row.fact
    source = ""
    if fact.document_id is not None:
        source = f"#{fact.document_id} {row.document_title}".rstrip()
        if fact.page_no:
            source += QCoreApplication.translate("SubmissionLabels", ", page {0}").format(
                fact.page_no
            )
    if fact.bates:
        source = f"{fact.bates} ({source})" if source else fact.bates
    return source


def _iso(iso: str) -> str:
    parts = [int(p) for p in iso.split("-")]
    locale = QLocale()
    if len(parts) == 1:
        return str(parts[0])
    if len(parts) == 2:
        month = locale.standaloneMonthName(parts[1], QLocale.FormatType.ShortFormat)
        return f"{month} {parts[0]}"
    return locale.toString(QDate(parts[0], parts[1], parts[2]), "d MMM yyyy")


def fact_date(date: FactDate) -> str:
    """'13 Nov 2025', 'Nov 2025', '2025', '13 Nov 2025 – 20 Nov 2025' with the interface
    language's month names; 'to be determined' when the fact has no date yet."""
    if date.kind == "tbd" or not date.start:
        return to_be_determined()
    if date.kind == "range":
        return f"{_iso(date.start)} – {_iso(date.end or date.start)}"
    return _iso(date.start)
