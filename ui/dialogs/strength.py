"""ui layer: how strong a new passphrase is, and the two fields that ask for it.

``assess`` is plain Python: it looks only at length, kinds of characters and
the number of words, and says so. It cannot know whether a phrase is a famous
quote, so it never claims more than "strong". ``NewPassphraseFields`` is the
pair of password fields (typed twice) with the meter, shared by the create and
change-passphrase dialogs; the refusal of empty passphrases and the warning
for short ones come from the core (``check_new_passphrase``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from archive_app.errors import WeakPassphrase
from archive_app.maintenance import MIN_PASSPHRASE_LENGTH, check_new_passphrase
from ui.labels import QT_TRANSLATE_NOOP, translated
from ui.look import alert_colour

EMPTY, WEAK, FAIR, STRONG = 0, 1, 2, 3
CONTEXT = "Strength"  # the translations of the labels and hints
LABELS = {
    EMPTY: QT_TRANSLATE_NOOP("Strength", "empty"),
    WEAK: QT_TRANSLATE_NOOP("Strength", "weak"),
    FAIR: QT_TRANSLATE_NOOP("Strength", "fair"),
    STRONG: QT_TRANSLATE_NOOP("Strength", "strong"),
}
COLOURS = {EMPTY: "#9e9e9e", WEAK: "#c62828", FAIR: "#ef6c00", STRONG: "#2e7d32"}
COMMON = ("password", "passwort", "пароль", "qwerty", "йцукен", "123456", "letmein", "admin")
WORD_RE = re.compile(r"[^\W\d_]{3,}")  # a run of 3+ letters, in any script


@dataclass(frozen=True)
class Strength:
    level: int  # EMPTY, WEAK, FAIR or STRONG
    template: str  # the hint, in English, with {placeholders}
    values: tuple[tuple[str, object], ...] = ()

    @property
    def label(self) -> str:
        return LABELS[self.level]

    @property
    def hint(self) -> str:
        return self.template.format(**dict(self.values))

    def shown(self) -> tuple[str, str]:
        """(label, hint) in the interface language."""
        hint = translated(CONTEXT, self.template).format(**dict(self.values))
        return translated(CONTEXT, self.label), hint


def character_classes(passphrase: str) -> int:
    """How many of: lower-case letters, capitals, digits, other characters (spaces too)."""
    kinds = (
        any(c.islower() for c in passphrase),
        any(c.isupper() for c in passphrase),
        any(c.isdigit() for c in passphrase),
        any(not c.isalnum() for c in passphrase),
    )
    return sum(kinds)


def word_count(passphrase: str) -> int:
    return len(WORD_RE.findall(passphrase))


def assess(passphrase: str) -> Strength:
    if not passphrase.strip():
        return Strength(EMPTY, QT_TRANSLATE_NOOP("Strength", "An empty passphrase is not allowed."))
    length = len(passphrase)
    if length < MIN_PASSPHRASE_LENGTH:
        return Strength(
            WEAK,
            QT_TRANSLATE_NOOP(
                "Strength",
                "Short ({length} characters). {minimum} or more, e.g. several words, is much"
                " harder to guess.",
            ),
            (("length", length), ("minimum", MIN_PASSPHRASE_LENGTH)),
        )
    folded = passphrase.casefold()
    if len(set(folded)) <= 3 or any(word in folded for word in COMMON):
        return Strength(
            WEAK,
            QT_TRANSLATE_NOOP(
                "Strength", "Repeated characters or a well-known password; choose words."
            ),
        )
    words, classes = word_count(passphrase), character_classes(passphrase)
    if words >= 4 or length >= 24 or (length >= 16 and classes >= 3):
        return Strength(
            STRONG,
            QT_TRANSLATE_NOOP(
                "Strength", "Long and varied. Avoid quotes and song lines: the meter cannot tell."
            ),
        )
    return Strength(
        FAIR, QT_TRANSLATE_NOOP("Strength", "Another word or two would make it strong.")
    )


class StrengthMeter(QWidget):
    """A short bar plus one line saying weak / fair / strong and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, STRONG)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(6)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.bar)
        layout.addWidget(self.text)
        self.show_strength(assess(""))

    def show_strength(self, strength: Strength) -> None:
        self.strength = strength
        self.bar.setValue(strength.level)
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {COLOURS[strength.level]}; }}")
        label, hint = strength.shown()
        self.text.setText(self.tr("Strength: {label}. {hint}").format(label=label, hint=hint))


class NewPassphraseFields(QObject):
    """The new passphrase typed twice, the meter, and a message line for problems."""

    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.first = QLineEdit(parent)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setObjectName("newPassphrase")
        self.repeat = QLineEdit(parent)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setObjectName("repeatPassphrase")
        self.meter = StrengthMeter(parent)
        self.message = QLabel(parent)
        self.message.setObjectName("passphraseMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {alert_colour('error')};")
        self.message.hide()
        self.first.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)

    def add_rows(self, form: QFormLayout, first_label: str | None = None) -> None:
        form.addRow(first_label or self.tr("&New passphrase:"), self.first)
        form.addRow(self.tr("&Repeat it:"), self.repeat)
        form.addRow("", self.meter)
        form.addRow("", self.message)

    def passphrase(self) -> str:
        return self.first.text()

    def problem(self) -> str | None:
        """Why the passphrase cannot be used (empty, or typed differently twice), or None."""
        try:
            check_new_passphrase(self.first.text())
        except WeakPassphrase:
            return self.tr("Type a passphrase: an empty one is not allowed.")
        if self.first.text() != self.repeat.text():
            return self.tr("The two passphrases do not match. Type the same passphrase twice.")
        return None

    def validate(self) -> bool:
        """Show the problem (if any) and put the cursor where it can be fixed."""
        problem = self.problem()
        self.say(problem)
        if problem is not None:
            field = self.first if not self.first.text().strip() else self.repeat
            field.setFocus()
            field.selectAll()
        return problem is None

    def say(self, message: str | None) -> None:
        self.message.setText(message or "")
        self.message.setVisible(bool(message))

    def clear(self) -> None:
        self.first.clear()
        self.repeat.clear()

    def setEnabled(self, enabled: bool) -> None:
        self.first.setEnabled(enabled)
        self.repeat.setEnabled(enabled)

    def _update(self) -> None:
        self.meter.show_strength(assess(self.first.text()))
        first, repeat = self.first.text(), self.repeat.text()
        if repeat and not first.startswith(repeat):
            self.say("The two passphrases do not match yet.")
        else:
            self.say(None)
        self.changed.emit()
