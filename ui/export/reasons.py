"""ui layer: reason codes and redaction kinds as people read them, and a reason chooser."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon, QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

from archive_app.export import REASONS
from storage.redactions import RedactionRecord
from ui.labels import QT_TRANSLATE_NOOP, Translated
from ui.look import icon

DEFAULT_REASON = "PII-VICTIM"
REASON_HELP = Translated(
    "reasons",
    {
        "PII-VICTIM": QT_TRANSLATE_NOOP("reasons", "Personal data of a victim or their family"),
        "PII-WITNESS": QT_TRANSLATE_NOOP("reasons", "Personal data of a witness"),
        "MEDICAL": QT_TRANSLATE_NOOP("reasons", "Medical details"),
        "SOURCE-CONF": QT_TRANSLATE_NOOP("reasons", "A confidential source"),
        "PRIVILEGED": QT_TRANSLATE_NOOP("reasons", "Legally privileged (lawyer-client)"),
        "SECURITY": QT_TRANSLATE_NOOP("reasons", "Would put someone's safety at risk"),
    },
)
PATTERN_LABELS = Translated(
    "reasons",
    {
        "phone": QT_TRANSLATE_NOOP("reasons", "Phone numbers"),
        "email": QT_TRANSLATE_NOOP("reasons", "E-mail addresses"),
        "iin": QT_TRANSLATE_NOOP("reasons", "IIN (12 digits)"),
        "id": QT_TRANSLATE_NOOP("reasons", "ID and passport numbers"),
        "dob": QT_TRANSLATE_NOOP("reasons", "Dates of birth"),
    },
)
KIND_LABELS = Translated(
    "reasons",
    {
        "term": QT_TRANSLATE_NOOP("reasons", "Term"),
        "person": QT_TRANSLATE_NOOP("reasons", "Person"),
        "pattern": QT_TRANSLATE_NOOP("reasons", "Pattern"),
        "rect": QT_TRANSLATE_NOOP("reasons", "Box"),
        "page": QT_TRANSLATE_NOOP("reasons", "Page withheld"),
    },
)


def redact_icon() -> QIcon:
    """A page with two blacked-out lines (resources/icons/redact.svg)."""
    return icon("redact")


def pattern_label(name: str) -> str:
    return PATTERN_LABELS.get(name, name)


class ReasonCombo(QComboBox):
    """ui layer: a reason code chooser; each code explains itself in a tooltip."""

    def __init__(self, parent: QWidget | None = None, *, by_role: bool = False) -> None:
        super().__init__(parent)
        if by_role:
            self.addItem(self.tr("By role (victim or witness)"), None)
        for code in REASONS:  # the list explains each code; the closed box shows the code
            self.addItem(f"{code} — {REASON_HELP.get(code, code)}", code)
            self.setItemData(
                self.count() - 1, REASON_HELP.get(code, ""), Qt.ItemDataRole.ToolTipRole
            )
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(max(len(code) for code in REASONS) + 1)
        self.view().setMinimumWidth(self.view().sizeHintForColumn(0) + 24)
        self.currentIndexChanged.connect(lambda _: self._explain())
        if not by_role:
            self.set_reason(DEFAULT_REASON)
        self._explain()

    def _explain(self) -> None:
        code = self.reason()
        tip = self.tr("Reason code, shown as the label on the box and in the redaction log")
        self.setToolTip(f"{code}: {REASON_HELP.get(code, code)}\n{tip}" if code else tip)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The closed box shows the code alone (the open list says what it means)."""
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        code = self.reason()
        if code:
            option.currentText = code
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def reason(self) -> str | None:
        value = self.currentData()
        return str(value) if value else None

    def set_reason(self, code: str) -> None:
        index = self.findData(code)
        if index >= 0 and index != self.currentIndex():
            self.setCurrentIndex(index)


def describe(item: RedactionRecord, persons: dict[int, str]) -> tuple[str, str]:
    """(what, where) for one saved redaction, as the side list shows it."""
    translate = QCoreApplication.translate
    if item.kind == "term":
        return f"“{item.value}”", translate("reasons", "every occurrence")
    if item.kind == "person":
        name = persons.get(item.person_id or 0, f"#{item.person_id}")
        return name, translate("reasons", "every name, alias and spelling")
    if item.kind == "pattern":
        return pattern_label(item.value), translate("reasons", "every match")
    page = translate("reasons", "page {page}").format(page=item.page_no)
    if item.kind == "rect":
        return translate("reasons", "Box"), page
    return translate("reasons", "Whole page withheld"), page
