"""ui layer: File > Preferences: what the app keeps outside the archive, and for how long.

Six settings, saved in settings.json (``archive_app.settings``): whether the list of
recently opened archives is kept (with "Forget this list", done at once), how soon copied
archive text is taken off the clipboard, the idle time before the archive locks, the
interface language (English, Russian, Kazakh, or the system's; applied at the next start),
the theme (light, dark, or following the system's colour scheme; shown at once when
chosen) and the languages scans are read in (OCR; at least one, applied to the next scans
read). OK applies and saves; Cancel leaves everything as it was (except a list already
forgotten), the theme included.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from archive_app.recent import forget_recent, recent_archives, set_remember_recent
from archive_app.settings import Settings, save_settings, settings_path
from ui.i18n import LANGUAGES, system_language
from ui.labels import QT_TRANSLATE_NOOP, translated
from ui.look import apply_theme, named
from ui.tones import DARK, LIGHT, SYSTEM

DEFAULT_CLEAR_SECONDS = 30
OCR_LANGUAGES = {  # Tesseract model -> its name (the labels' translations)
    "kaz": QT_TRANSLATE_NOOP("labels", "Kazakh"),
    "rus": QT_TRANSLATE_NOOP("labels", "Russian"),
    "eng": QT_TRANSLATE_NOOP("labels", "English"),
}


class PreferencesDialog(QDialog):
    recent_forgotten = Signal()  # "Forget this list" was pressed (already saved)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(520)

        recent_box = QGroupBox(self.tr("Recent archives"), self)
        self.remember_recent = QCheckBox(self.tr("Remember recently opened archives"))
        self.remember_recent.setChecked(settings.remember_recent)
        self.forget_button = QPushButton(self.tr("Forget this list"))
        self.forget_button.clicked.connect(self.forget)
        recent_note = named(
            QLabel(
                self.tr(
                    "Only the paths of archive files are kept, in {file}. File names often"
                    " name the case: without the list, choose the archive each time."
                ).format(file=settings_path())
            ),
            "hint",
        )
        recent_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.remember_recent)
        row.addStretch()
        row.addWidget(self.forget_button)
        recent_layout = QVBoxLayout(recent_box)
        recent_layout.addLayout(row)
        recent_layout.addWidget(recent_note)

        clipboard_box = QGroupBox(self.tr("Clipboard"), self)
        self.clear_clipboard = QCheckBox(self.tr("Clear copied text from the clipboard after"))
        self.clear_seconds = QSpinBox()
        self.clear_seconds.setRange(5, 600)
        self.clear_seconds.setSuffix(self.tr(" s"))
        seconds = settings.clipboard_clear_seconds
        self.clear_clipboard.setChecked(seconds > 0)
        self.clear_seconds.setValue(seconds if seconds > 0 else DEFAULT_CLEAR_SECONDS)
        self.clear_clipboard.toggled.connect(self.clear_seconds.setEnabled)
        self.clear_seconds.setEnabled(seconds > 0)
        clipboard_note = named(
            QLabel(
                self.tr(
                    "Text copied from the archive is marked so clipboard managers do not keep"
                    " it, and it is always cleared when the archive locks or the app quits,"
                    " if the clipboard still holds it."
                )
            ),
            "hint",
        )
        clipboard_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.clear_clipboard)
        row.addWidget(self.clear_seconds)
        row.addStretch()
        clipboard_layout = QVBoxLayout(clipboard_box)
        clipboard_layout.addLayout(row)
        clipboard_layout.addWidget(clipboard_note)

        language_box = QGroupBox(self.tr("Language"), self)
        self.language = QComboBox()
        self.language.addItem(
            self.tr("As the system ({language})").format(language=LANGUAGES[system_language()]), ""
        )
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        language_note = named(
            QLabel(self.tr("The interface changes to the new language at the next start.")),
            "hint",
        )
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Interface language")))
        row.addWidget(self.language)
        row.addStretch()
        language_layout = QVBoxLayout(language_box)
        language_layout.addLayout(row)
        language_layout.addWidget(language_note)

        theme_box = QGroupBox(self.tr("Appearance"), self)
        self.theme = QComboBox()
        self.theme.addItem(self.tr("Follow the system"), SYSTEM)
        self.theme.addItem(self.tr("Light"), LIGHT)
        self.theme.addItem(self.tr("Dark"), DARK)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self._theme_shown = False  # a theme other than the saved one was shown
        self.theme.currentIndexChanged.connect(self._show_theme)
        row = QHBoxLayout(theme_box)
        row.addWidget(QLabel(self.tr("Theme")))
        row.addWidget(self.theme)
        row.addStretch()

        lock_box = QGroupBox(self.tr("Locking"), self)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(1, 240)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setValue(max(1, settings.idle_lock_minutes))
        row = QHBoxLayout(lock_box)
        row.addWidget(QLabel(self.tr("Lock the archive after")))
        row.addWidget(self.idle_minutes)
        row.addWidget(QLabel(self.tr("without input")))
        row.addStretch()

        ocr_box = QGroupBox(self.tr("Reading scans (OCR)"), self)
        chosen = set(settings.ocr_languages.split("+"))
        self.ocr_languages: dict[str, QCheckBox] = {}
        row = QHBoxLayout()
        for code, label in OCR_LANGUAGES.items():
            box = QCheckBox(translated("labels", label))
            box.setChecked(code in chosen)
            self.ocr_languages[code] = box
            row.addWidget(box)
        row.addStretch()
        ocr_note = named(
            QLabel(
                self.tr(
                    "Each language needs its OCR model installed. Fewer languages read"
                    " faster; pages already read are not read again."
                )
            ),
            "hint",
        )
        ocr_note.setWordWrap(True)
        ocr_layout = QVBoxLayout(ocr_box)
        ocr_layout.addWidget(QLabel(self.tr("Read scans in")))  # its own line: long in Russian
        ocr_layout.addLayout(row)
        ocr_layout.addWidget(ocr_note)

        self.message = named(QLabel(), "errorLabel")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for group in (language_box, theme_box, recent_box, clipboard_box, lock_box, ocr_box):
            layout.addWidget(group)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._update_forget()

    def showEvent(self, event: QShowEvent) -> None:
        """Tall enough for every wrapped note at the width shown (a dialog's size hint
        leaves wrapped labels cut in two lines)."""
        super().showEvent(event)
        layout = self.layout()
        if layout is not None:
            height = layout.totalHeightForWidth(self.width())
            if height > self.height():
                self.resize(self.width(), height)

    def _show_theme(self) -> None:
        """The chosen theme, shown at once (Cancel goes back to the saved one)."""
        apply_theme(str(self.theme.currentData() or ""))
        self._theme_shown = True

    def reject(self) -> None:
        if self._theme_shown:
            apply_theme(self.settings.theme)
        super().reject()

    def _update_forget(self) -> None:
        self.forget_button.setEnabled(bool(recent_archives(self.settings)))

    def forget(self) -> None:
        try:
            forget_recent(self.settings)
        except OSError as exc:
            self._failed(exc)
            return
        self._update_forget()
        self.recent_forgotten.emit()

    def accept(self) -> None:
        codes = [c for c, box in self.ocr_languages.items() if box.isChecked()]
        if not codes:
            self.message.setText(self.tr("Choose at least one language to read scans in."))
            self.message.show()
            return
        settings = self.settings
        others = [c for c in settings.ocr_languages.split("+") if c and c not in OCR_LANGUAGES]
        settings.ocr_languages = "+".join(codes + others)  # models set by hand are kept
        settings.clipboard_clear_seconds = (
            self.clear_seconds.value() if self.clear_clipboard.isChecked() else 0
        )
        settings.idle_lock_minutes = self.idle_minutes.value()
        settings.language = str(self.language.currentData() or "")
        settings.theme = str(self.theme.currentData() or "")
        try:
            set_remember_recent(settings, self.remember_recent.isChecked(), save=False)
            save_settings(settings)
        except OSError as exc:
            self._failed(exc)
            return
        super().accept()  # the theme chosen is the one shown

    def _failed(self, exc: OSError) -> None:
        self.message.setText(
            self.tr("The settings could not be saved: {reason}").format(reason=exc.strerror or exc)
        )
        self.message.show()
