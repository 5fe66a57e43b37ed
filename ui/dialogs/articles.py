"""ui layer: the registry of legal articles, filtered by instrument, with an add form.

Citations have one canonical shape, ``INSTRUMENT ARTICLE[(PART)]`` (``KZ-CC
174(2)``, ``ICCPR 19``); the core checks it. An article of an instrument the
archive does not know yet needs the instrument's full name, so that field opens
only then.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from archive_app.errors import ArchiveError
from archive_app.session import Archive
from storage.registry import ArticleRecord, parse_citation
from ui.dialogs.registry_base import RegistryDialog
from ui.errors import show_error
from ui.labels import QT_TRANSLATE_NOOP, translated_all
from ui.session import UiSession

COLUMNS = (
    QT_TRANSLATE_NOOP("ArticlesDialog", "Citation"),
    QT_TRANSLATE_NOOP("ArticlesDialog", "Title"),
    QT_TRANSLATE_NOOP("ArticlesDialog", "Added by"),
)


def normalise_citation(text: str) -> str:
    """Tidy spacing; instrument codes are capitals (``kz-cc 380(1)`` -> ``KZ-CC 380(1)``)."""
    words = text.split()
    if not words:
        return ""
    return " ".join([words[0].upper(), *words[1:]])


def instrument_of(citation: str) -> str:
    """The instrument code of a well-formed citation, else ""."""
    try:
        return parse_citation(citation)[0]
    except ArchiveError:
        return ""


class ArticlesDialog(RegistryDialog):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("Legal articles"))
        self.resize(820, 560)
        self.articles: list[ArticleRecord] = []
        self.instruments: dict[str, str] = {}
        self.shown: list[ArticleRecord] = []
        self._select_after_load = ""

        self.instrument_filter = QComboBox(self)
        self.instrument_filter.setObjectName("instrumentFilter")
        self.instrument_filter.addItem(self.tr("All instruments"), "")
        self.instrument_filter.currentIndexChanged.connect(self._apply_filter)
        filter_label = QLabel(self.tr("&Instrument:"), self)
        filter_label.setBuddy(self.instrument_filter)
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.instrument_filter, 1)

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(translated_all("ArticlesDialog", COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._build_form())
        self._citation_changed()
        self.reload()

    def _build_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Add an article"), self)
        self.citation_edit = QLineEdit(box)
        self.citation_edit.setObjectName("citation")
        self.citation_edit.setPlaceholderText(self.tr("e.g. KZ-CC 380(1) or ICCPR 19"))
        self.citation_edit.textChanged.connect(self._citation_changed)
        self.title_edit = QLineEdit(box)
        self.title_edit.setObjectName("title")
        self.title_edit.setPlaceholderText(self.tr("What the article is about"))
        self.instrument_edit = QLineEdit(box)
        self.instrument_edit.setObjectName("instrumentName")
        self.instrument_label = QLabel(self.tr("Instrument &name:"), box)
        self.instrument_label.setBuddy(self.instrument_edit)
        self.hint = QLabel(box)
        self.hint.setWordWrap(True)
        self.message = QLabel(box)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add article"), box)
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add)
        close = QPushButton(self.tr("Close"), box)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(close)

        form = QFormLayout(box)
        form.addRow(self.tr("&Citation:"), self.citation_edit)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.instrument_label, self.instrument_edit)
        form.addRow("", self.hint)
        form.addRow(buttons)
        return box

    # -- loading ----------------------------------------------------------------------
    def reload(self) -> None:
        def load(archive: Archive) -> tuple[dict[str, str], list[ArticleRecord]]:
            return archive.registry.instruments(), archive.registry.articles()

        self.session.run(load, self._show)

    def _show(self, loaded: tuple[dict[str, str], list[ArticleRecord]]) -> None:
        self.instruments, self.articles = loaded
        chosen = self.instrument_filter.currentData() or ""
        self.instrument_filter.blockSignals(True)
        self.instrument_filter.clear()
        self.instrument_filter.addItem(self.tr("All instruments"), "")
        for code, name in self.instruments.items():
            self.instrument_filter.addItem(f"{code} — {name}", code)
        self.instrument_filter.setCurrentIndex(max(0, self.instrument_filter.findData(chosen)))
        self.instrument_filter.blockSignals(False)
        self._apply_filter()
        self._citation_changed()

    def _apply_filter(self) -> None:
        code = self.instrument_filter.currentData() or ""
        self.shown = [a for a in self.articles if not code or a.instrument == code]
        self.table.setRowCount(len(self.shown))
        for row, article in enumerate(self.shown):
            values = (article.citation, article.title, "your team" if article.user_defined else "")
            items = [QTableWidgetItem(value) for value in values]
            for column, item in enumerate(items):
                item.setToolTip(self.instruments.get(article.instrument, article.instrument))
                self.table.setItem(row, column, item)
            if article.citation == self._select_after_load:
                self.table.selectRow(row)
                self.table.scrollToItem(items[0])
        self.table.resizeColumnToContents(0)

    def shown_citations(self) -> list[str]:
        return [article.citation for article in self.shown]

    # -- adding -----------------------------------------------------------------------
    def _citation_changed(self) -> None:
        code = instrument_of(normalise_citation(self.citation_edit.text()))
        new = bool(code) and bool(self.instruments) and code not in self.instruments
        self.instrument_edit.setEnabled(new)
        self.instrument_label.setEnabled(new)
        if new:
            self.hint.setText(
                self.tr("{code} is a new instrument: give its full name.").format(code=code)
            )
        elif code in self.instruments:
            self.hint.setText(f"{code}: {self.instruments[code]}")
        else:
            self.hint.setText(
                "INSTRUMENT ARTICLE(PART). Known instruments: " + ", ".join(self.instruments)
            )

    def add(self) -> None:
        citation = normalise_citation(self.citation_edit.text())
        title = " ".join(self.title_edit.text().split())
        instrument_name = " ".join(self.instrument_edit.text().split())
        if not citation:
            self._say("Type a citation, e.g. KZ-CC 380(1).", error=True)
            self.citation_edit.setFocus()
            return
        try:
            code = parse_citation(citation)[0]
        except ArchiveError as error:
            self._say(f"Not added: {error}", error=True)
            self.citation_edit.setFocus()
            return
        if code not in self.instruments and not instrument_name:
            self._say(f"{code} is not known yet: give the instrument's full name.", error=True)
            self.instrument_edit.setFocus()
            return
        if code in self.instruments:
            instrument_name = ""
        self.add_button.setEnabled(False)
        self.session.run(self._adding(citation, title, instrument_name), self._added, self._failed)

    @staticmethod
    def _adding(
        citation: str, title: str, instrument_name: str
    ) -> Callable[[Archive], ArticleRecord]:
        def add(archive: Archive) -> ArticleRecord:
            return archive.registry.add_article(
                citation, title=title, instrument_name=instrument_name
            )

        return add

    def _added(self, article: ArticleRecord) -> None:
        self.add_button.setEnabled(True)
        self._say(f"Added {article.citation}.")
        for edit in (self.citation_edit, self.title_edit, self.instrument_edit):
            edit.clear()
        self._select_after_load = article.citation
        chosen = self.instrument_filter.currentData() or ""
        if chosen and chosen != article.instrument:  # show where the new article went
            self.instrument_filter.setCurrentIndex(0)
        self.citation_edit.setFocus()
        self.session.notify("registry")  # reloads this table too

    def _failed(self, error: BaseException) -> None:
        self.add_button.setEnabled(True)
        if isinstance(error, ArchiveError):
            self._say(f"Not added: {error}", error=True)
            self.citation_edit.setFocus()
        else:
            show_error(self, error)

    # -- session ----------------------------------------------------------------------
    def forget(self) -> None:
        self.articles, self.instruments = [], {}
        super().forget()
