"""ui layer: the search field, its history (this session only), the syntax help, sort and
the saved searches (kept in the archive, ``ui.saved_searches``)."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.labels import QT_TRANSLATE_NOOP, translated
from ui.look import icon, named
from ui.saved_searches import SavedSearchesButton
from ui.session import UiSession

DEBOUNCE_MS = 300
EXAMPLES: tuple[tuple[str, str], ...] = (
    (
        "Seitkali",
        QT_TRANSLATE_NOOP("SyntaxHelp", "a name in any script: also finds Сейткали, Сейтқали"),
    ),
    ('"peaceful protest"', QT_TRANSLATE_NOOP("SyntaxHelp", "an exact phrase")),
    ("detention AND Qalzhat", QT_TRANSLATE_NOOP("SyntaxHelp", "both words (AND is the default)")),
    ("Maksutkhan OR Мақсұтхан", QT_TRANSLATE_NOOP("SyntaxHelp", "either word")),
    ("protest NOT China", QT_TRANSLATE_NOOP("SyntaxHelp", "leave out documents with a word")),
    ("detent*", QT_TRANSLATE_NOOP("SyntaxHelp", "words starting with detent")),
    ("Seitkaly~", QT_TRANSLATE_NOOP("SyntaxHelp", "spelling mistakes forgiven")),
    ("person:Seitkali", QT_TRANSLATE_NOOP("SyntaxHelp", "documents tagged with a person")),
    ('article:"KZ-CC 174(2)"', QT_TRANSLATE_NOOP("SyntaxHelp", "documents tagged with an article")),
    ('case:"Atajurt 19"', QT_TRANSLATE_NOOP("SyntaxHelp", "documents of a case")),
    (
        "type:court-material lang:ru",
        QT_TRANSLATE_NOOP("SyntaxHelp", "by document type and language"),
    ),
    ("date:[2025-11-01 to 2026-01-31]", QT_TRANSLATE_NOOP("SyntaxHelp", "by document date")),
)


class SyntaxHelp(QWidget):
    """A popup listing query examples; clicking one puts it in the search field."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        title = QLabel(self.tr("<b>Search syntax</b> — click an example to try it"))
        layout.addWidget(title)
        for query, meaning in EXAMPLES:
            shown = html.escape(query)  # quotes escaped: the whole example is the link
            meaning = html.escape(translated("SyntaxHelp", meaning))
            link = QLabel(f'<a href="{shown}"><code>{shown}</code></a> &nbsp; {meaning}')
            link.setTextFormat(Qt.TextFormat.RichText)
            link.linkActivated.connect(self._choose)
            layout.addWidget(link)

    def _choose(self, query: str) -> None:
        self.chosen.emit(query)
        self.hide()


def popup_position(popup: QRect, anchor: QPoint, screen: QRect) -> QPoint:
    """Where a popup opened under ``anchor`` (a button's bottom right) fits on the screen:
    right-aligned with the button, moved left and up as far as needed, never off the top
    left."""
    x = min(anchor.x() - popup.width() + 1, screen.right() - popup.width() + 1)
    y = anchor.y() + 1
    if y + popup.height() > screen.bottom() + 1:
        y = screen.bottom() + 1 - popup.height()
    return QPoint(max(screen.left(), x), max(screen.top(), y))


class SearchBar(QWidget):
    search_requested = Signal(str)
    sort_changed = Signal(str)

    def __init__(self, session: UiSession | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = named(QLineEdit(), "searchField")
        self.field.setPlaceholderText(
            self.tr('Search documents — names in any script, "phrases", person:, article:, date: …')
        )
        self.field.setClearButtonEnabled(True)
        self.field.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self._history = QStringListModel(self)
        completer = QCompleter(self._history, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.field.setCompleter(completer)
        self.help_button = QToolButton()
        self.help_button.setIcon(icon("help"))
        self.help_button.setToolTip(self.tr("Search syntax and examples (F1)"))
        self.help_button.clicked.connect(self.show_help)
        self.help_popup = SyntaxHelp(self)
        self.help_popup.chosen.connect(self.set_query)
        self.sort = QComboBox()
        for label, sort in (
            (self.tr("Best match"), "relevance"),
            (self.tr("Newest first"), "date"),
            (self.tr("Oldest first"), "date-asc"),
            (self.tr("Title"), "title"),
            (self.tr("Date added"), "added"),
        ):
            self.sort.addItem(label, sort)
        self.sort.setToolTip(
            self.tr(
                "Newest and oldest go by the document's own date (undated documents last);"
                " date added is when it came into the archive"
            )
        )
        self.sort.currentIndexChanged.connect(
            lambda _: self.sort_changed.emit(str(self.sort.currentData()))
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.help_button)
        layout.addWidget(QLabel(self.tr("Sort:")))
        layout.addWidget(self.sort)
        self.saved: SavedSearchesButton | None = None
        if session is not None:
            self.saved = SavedSearchesButton(
                session, lambda: (self.text().strip(), str(self.sort.currentData()))
            )
            self.saved.run_requested.connect(self.run_saved)
            layout.addWidget(self.saved)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit)
        self.field.textEdited.connect(lambda _: self._debounce.start())
        self.field.returnPressed.connect(self._submit)
        self.field.installEventFilter(self)

    # the window's shortcuts that a line edit would otherwise keep for itself (on Linux,
    # Ctrl+E moves to the end of the line): Export bundle works from the search field too
    WINDOW_SHORTCUTS = (QKeySequence("Ctrl+E"),)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.field
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
        ):
            pressed = QKeySequence(event.keyCombination())
            if any(
                pressed.matches(s) == QKeySequence.SequenceMatch.ExactMatch
                for s in self.WINDOW_SHORTCUTS
            ):
                event.ignore()  # not overridden: the shortcut goes to the window
                return True
        return super().eventFilter(watched, event)

    def text(self) -> str:
        return self.field.text()

    def set_query(self, text: str) -> None:
        self.field.setText(text)
        self._submit()

    def run_saved(self, query: str, sort: str) -> None:
        """Show a saved search: its words in the field, its sort, then its results."""
        self.field.setText(query)
        index = self.sort.findData(sort)
        if index >= 0 and index != self.sort.currentIndex():
            self._remember(query)
            self.sort.setCurrentIndex(index)  # sort_changed: the view searches again
        else:
            self._submit()

    def show_help(self) -> None:
        self.help_popup.adjustSize()
        anchor = self.help_button.mapToGlobal(self.help_button.rect().bottomRight())
        screen = QGuiApplication.screenAt(anchor) or self.screen()
        self.help_popup.move(
            popup_position(self.help_popup.frameGeometry(), anchor, screen.availableGeometry())
        )
        self.help_popup.show()

    def clear_history(self) -> None:
        self._history.setStringList([])
        self.field.clear()

    def _submit(self) -> None:
        self._debounce.stop()
        self._remember(self.field.text().strip())
        self._emit()

    def _remember(self, text: str) -> None:
        if text:
            items = [q for q in self._history.stringList() if q != text]
            self._history.setStringList([text, *items][:50])

    def _emit(self) -> None:
        self.search_requested.emit(self.field.text())
