"""ui layer: a document's details, editable in place; its persons, articles and cases as
chips; tag suggestions with their evidence; the lawyer's notes on it (``NotesBox``); bulk
tagging of several selected documents."""

from __future__ import annotations

import html
import itertools
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from archive_app.errors import ArchiveError, NotFound
from archive_app.session import Archive
from archive_app.suggestions import Suggestion
from storage.documents import DocumentRecord
from storage.schema import CONFIDENTIALITY_LEVELS, DOCUMENT_TYPES
from ui.chips import ChipField
from ui.errors import show_error
from ui.labels import (
    CONFIDENTIALITY_NAMES,
    LANGUAGE_NAMES,
    QT_TRANSLATE_NOOP,
    TYPE_NAMES,
    status_name,
    translated,
)
from ui.look import ThemedLabel, named, tones
from ui.notes_box import NotesBox
from ui.session import UiSession

KINDS = (
    ("persons", "person", QT_TRANSLATE_NOOP("DetailsPanel", "Add a person…")),
    ("articles", "article", QT_TRANSLATE_NOOP("DetailsPanel", "Add an article, e.g. ICCPR 19…")),
    ("cases", "case", QT_TRANSLATE_NOOP("DetailsPanel", "Add to a case…")),
)
KIND_KEYS = ("persons", "articles", "cases")
RELOAD_ON = ("documents", "tags", "registry", "consent")  # changes that alter what is shown
LANGUAGES = ("", "en", "ru", "kk")


@dataclass
class Choices:
    persons: list[str]
    articles: list[str]
    cases: list[str]


def load_choices(archive: Archive) -> Choices:
    persons: list[str] = []
    for person in archive.registry.persons():
        persons += [person.name, *person.aliases]
    return Choices(
        persons=persons,
        articles=[a.citation for a in archive.registry.articles()],
        cases=[c.name for c in archive.registry.cases()],
    )


class DetailsPanel(QScrollArea):
    changed = Signal(str)  # "documents" or "tags": the view should refresh
    register_requested = Signal(str, str)  # kind ("persons", ...), the name typed

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.setWidget(body)
        body.installEventFilter(self)  # the offer to register a name stays in view
        self.heading = named(QLabel(), "subheading")
        self.heading.setWordWrap(True)
        self.title = QLineEdit()
        self.doc_type = QComboBox()
        for value in DOCUMENT_TYPES:
            self.doc_type.addItem(TYPE_NAMES.get(value, value), value)
        self.date = QLineEdit()
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.language = QComboBox()
        for code in LANGUAGES:
            name = LANGUAGE_NAMES[code or "unknown"]
            self.language.addItem(name, code)
        self.source = QLineEdit()
        self.confidentiality = QComboBox()
        for level in CONFIDENTIALITY_LEVELS:
            self.confidentiality.addItem(CONFIDENTIALITY_NAMES.get(level, level), level)
        self.save_button = QPushButton(self.tr("Save details"))
        self.save_button.setToolTip(self.tr("Save the changed details (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.clicked.connect(lambda: self._fill(self._doc) if self._doc else None)
        self.form_box = QGroupBox(self.tr("Details"))
        form = QFormLayout(self.form_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: label above
        for combo in (self.doc_type, self.language, self.confidentiality):
            # long labels ("Строго конфиденциально") shrink with the panel; the list shows
            # them whole
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Type"), self.doc_type)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Confidentiality"), self.confidentiality)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        for widget in (self.title, self.date, self.source):
            widget.textEdited.connect(self._dirty)
        for combo in (self.doc_type, self.language, self.confidentiality):
            combo.activated.connect(self._dirty)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        self.tags_box = QGroupBox(self.tr("Tags"))
        tags = QVBoxLayout(self.tags_box)
        self.tags_layout = tags
        self.fields: dict[str, ChipField] = {}
        for key, _kind, placeholder in KINDS:
            field = ChipField(translated("DetailsPanel", placeholder))
            field.added.connect(lambda value, k=key: self._tag(k, value, add=True))
            field.removed.connect(lambda value, k=key: self._tag(k, value, add=False))
            self.fields[key] = field
            tags.addWidget(
                QLabel(
                    {
                        "persons": self.tr("Persons"),
                        "articles": self.tr("Legal articles"),
                        "cases": self.tr("Cases"),
                    }[key]
                )
            )
            tags.addWidget(field)
        # a name the registry does not know: an offer to add it, the typed text kept
        self.unknown_offer = QPushButton(self.tags_box)
        self.unknown_offer.setObjectName("registerOffer")
        self.unknown_offer.hide()
        self.unknown_offer.clicked.connect(self._register_unknown)
        self._unknown: tuple[str, str] | None = None
        tags.addWidget(self.unknown_offer)
        self.suggest_box = QGroupBox(self.tr("Suggested tags"))
        self.suggest_layout = QVBoxLayout(self.suggest_box)
        self.accept_all = QPushButton(self.tr("Accept all"))
        self.accept_all.clicked.connect(lambda: self._decide(None, accept=True))

        self.notes = NotesBox(session)
        self.notes.rebuilt.connect(self._order_tabs)

        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addWidget(self.suggest_box)  # what needs a decision first
        layout.addWidget(self.tags_box)
        layout.addWidget(self.notes)
        layout.addWidget(self.form_box)
        layout.addStretch()
        self._doc: DocumentRecord | None = None
        self._ids: list[int] = []
        self.clear()
        self._reload = QTimer(self)  # several notifications of one change: one reload
        self._reload.setSingleShot(True)
        self._reload.setInterval(0)
        self._reload.timeout.connect(lambda: self.show_documents(self._ids, compute=False))
        session.changed.connect(self._on_changed)

    # -- showing --------------------------------------------------------------------------
    def clear(self) -> None:
        self._unknown = None
        self.unknown_offer.hide()
        self._doc = None
        self._ids = []
        self.heading.setText(self.tr("No document selected."))
        self.form_box.hide()
        self.tags_box.hide()
        self.suggest_box.hide()
        self.notes.clear()
        for field in self.fields.values():
            field.set_values([])
            field.set_choices([])

    def show_documents(self, ids: list[int], *, compute: bool = True) -> None:
        """One id: its details, tags and suggestions. Several: bulk tagging. ``compute``:
        work out the document's suggestions if they never were (not when shown again
        after a change: the background refresh does that)."""
        self._ids = list(ids)
        if not ids:
            self.clear()
            return

        def load(archive: Archive) -> tuple[DocumentRecord | None, Choices, list[Suggestion]]:
            choices = load_choices(archive)
            if len(ids) > 1:
                return None, choices, []
            service = archive.suggestions
            if compute and not service.computed(ids[0]):
                service.refresh(ids[0])
            return archive.documents.get(ids[0]), choices, service.pending(ids[0])

        expected = list(ids)
        self.session.run(load, lambda result: self._loaded(expected, *result))

    def reload_suggestions(self) -> None:
        """Show the document's pending suggestions again (refreshed in the background)."""
        doc = self._doc
        if doc is None or self._ids != [doc.id]:
            return
        doc_id = doc.id

        def show(suggestions: list[Suggestion]) -> None:
            if self._doc is not None and self._ids == [doc_id]:
                self._show_suggestions(suggestions)

        self.session.run(
            lambda archive: archive.suggestions.pending(doc_id), show, self._reload_failed
        )

    def _reload_failed(self, error: BaseException) -> None:
        """Deleted meanwhile, or the archive was locked: nothing to show. A bug is shown."""
        if not isinstance(error, ArchiveError):
            self.session.error.emit(error)

    def _on_changed(self, what: str) -> None:
        if what == "suggestions":
            self.reload_suggestions()
        elif what in RELOAD_ON and self._ids and not self.save_button.isEnabled():
            self._reload.start()  # a renamed person, a tag added elsewhere: shown at once

    def _loaded(
        self,
        ids: list[int],
        doc: DocumentRecord | None,
        choices: Choices,
        suggestions: list[Suggestion],
    ) -> None:
        if ids != self._ids:
            return  # the selection moved on meanwhile
        for key in self.fields:
            self.fields[key].set_choices(getattr(choices, key))
        self.tags_box.show()
        if doc is None:
            self._doc = None
            self.heading.setText(
                self.tr(
                    "<b>{ids} documents selected.</b> Tags added here go on all of them."
                ).format(ids=len(ids))
            )
            self.form_box.hide()
            self.suggest_box.hide()
            self.notes.clear()
            for field in self.fields.values():
                field.set_values([])
            return
        self._doc = doc
        self._fill(doc)
        self.notes.show_document(doc.id)
        self._show_suggestions(suggestions)

    def _fill(self, doc: DocumentRecord) -> None:
        self.heading.setText(
            self.tr("<b>#{id}</b> · {filename} · %n page(s) · {status}", "", doc.page_count).format(
                id=doc.id,
                filename=html.escape(doc.filename),
                status=status_name(doc.status),
            )
        )
        self.title.setText(doc.title)
        self.doc_type.setCurrentIndex(max(0, self.doc_type.findData(doc.doc_type)))
        self.date.setText(doc.doc_date or "")
        self.language.setCurrentIndex(max(0, self.language.findData(doc.language or "")))
        self.source.setText(doc.source)
        self.confidentiality.setCurrentIndex(
            max(0, self.confidentiality.findData(doc.confidentiality))
        )
        for key in self.fields:
            self.fields[key].set_values(list(getattr(doc, key)))
        self._order_tabs()
        self.form_box.show()
        self.save_button.setEnabled(False)
        self.revert_button.setEnabled(False)

    def _show_suggestions(self, suggestions: list[Suggestion]) -> None:
        while self.suggest_layout.count():
            item = self.suggest_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if not suggestions:
            self.suggest_box.hide()
            return
        for suggestion in suggestions:
            self.suggest_layout.addWidget(self._suggestion_row(suggestion))
        self.accept_all = QPushButton(self.tr("Accept all"))
        self.accept_all.clicked.connect(lambda: self._decide(None, accept=True))
        self.suggest_layout.addWidget(self.accept_all, 0, Qt.AlignmentFlag.AlignRight)
        self.suggest_box.show()
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab goes top to bottom as the panel reads: suggestions, tags (each chip's ×,
        then its field), the notes, then the form; widgets made later would otherwise come
        last."""
        chain: list[QWidget] = list(self.suggest_box.findChildren(QPushButton))
        chain.sort(key=lambda w: (w.mapTo(self.suggest_box, w.rect().topLeft()).y(), w.x()))
        for field in self.fields.values():
            chain += [c.remove_button for c in field.chips() if c.remove_button is not None]
            chain.append(field.entry)
        chain += [
            self.unknown_offer,
            *self.notes.focus_chain(),
            self.title,
            self.doc_type,
            self.date,
            self.language,
        ]
        chain += [self.source, self.confidentiality, self.revert_button, self.save_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _suggestion_row(self, suggestion: Suggestion) -> QFrame:
        row = named(QFrame(), "suggestion")
        layout = QHBoxLayout(row)
        quotes = [
            self.tr("p.{page}: “{quote}”").format(page=e.page, quote=html.escape(e.text[:220]))
            for e in suggestion.evidence[:2]
        ]
        heading = (
            self.tr("Person: {label}")
            if suggestion.kind == "person"
            else self.tr("Article: {label}")
        ).format(label=html.escape(suggestion.label))
        text = ThemedLabel(  # the quotes in the theme's muted colour, light or dark
            lambda: (
                f"<b>{heading}</b>"
                + "".join(f"<br><span style='color:{tones().muted}'>{q}</span>" for q in quotes)
            )
        )
        text.setWordWrap(True)
        accept = QPushButton(self.tr("Accept"))
        accept.clicked.connect(lambda: self._decide(suggestion, accept=True))
        reject = QPushButton(self.tr("Reject"))
        reject.clicked.connect(lambda: self._decide(suggestion, accept=False))
        layout.addWidget(text, 1)
        layout.addWidget(accept)
        layout.addWidget(reject)
        return row

    # -- changing -------------------------------------------------------------------------
    def _dirty(self, *_: Any) -> None:
        self.save_button.setEnabled(True)
        self.revert_button.setEnabled(True)

    def save(self) -> None:
        doc = self._doc
        if doc is None or not self.save_button.isEnabled():
            return
        changes = {
            "title": self.title.text(),
            "doc_type": self.doc_type.currentData(),
            "doc_date": self.date.text() or None,
            "language": self.language.currentData() or None,
            "source": self.source.text(),
            "confidentiality": self.confidentiality.currentData(),
        }
        self.session.run(
            lambda a: a.documents.edit(doc.id, **changes),
            self._saved,
            lambda error: show_error(self, error, self.tr("Could not save the details")),
        )

    def _saved(self, doc: DocumentRecord) -> None:
        if self._doc is not None and doc.id == self._doc.id:
            self._doc = doc
            self._fill(doc)
        self.changed.emit("documents")

    def _tag(self, key: str, value: str, *, add: bool) -> None:
        ids = list(self._ids)

        def apply(archive: Archive) -> None:
            persons, articles, cases = ([value] if key == k else [] for k in KIND_KEYS)
            if add:
                archive.tags.tag(ids, persons=persons, articles=articles, cases=cases)
            else:
                archive.tags.untag(ids, persons=persons, articles=articles, cases=cases)

        def done(_: object) -> None:
            if add:
                self.fields[key].clear_entry(value)
            self._after_tagging(ids)

        self.session.run(
            apply,
            done,
            lambda error: self._tag_failed(key, value, error, add=add),
        )

    def _tag_failed(self, key: str, value: str, error: BaseException, *, add: bool) -> None:
        if add and isinstance(error, NotFound):
            self._unknown = (key, value)
            self.unknown_offer.setText(
                {
                    "persons": self.tr("Add “{name}” to the persons registry…"),
                    "articles": self.tr("Add “{name}” to the legal articles…"),
                    "cases": self.tr("Add a case “{name}”…"),
                }[key].format(name=value)
            )
            # under the field the name was typed in, and scrolled into view
            self.tags_layout.removeWidget(self.unknown_offer)
            after = self.tags_layout.indexOf(self.fields[key])
            self.tags_layout.insertWidget(after + 1, self.unknown_offer)
            QWidget.setTabOrder(self.fields[key].entry, self.unknown_offer)
            self.unknown_offer.show()
            self.unknown_offer.setFocus()
            QTimer.singleShot(0, self._show_offer)
            return
        show_error(self, error, self.tr("Could not change the tags"))

    def _show_offer(self) -> None:
        if self.unknown_offer.isVisible():
            self.ensureWidgetVisible(self.unknown_offer)

    def _offer_waiting(self) -> bool:
        """The offer is shown and the user is at it or at the field the name was typed in
        (a completer's popup closing gives the field its focus back)."""
        if not self.unknown_offer.isVisible() or self._unknown is None:
            return False
        return self.unknown_offer.hasFocus() or self.fields[self._unknown[0]].entry.hasFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Suggestions loading above the tags grow the panel after the offer appeared: keep
        # the offer where the user can see it while it is the thing waiting for them.
        if (
            event.type() == QEvent.Type.Resize
            and watched is self.widget()
            and self._offer_waiting()
        ):
            QTimer.singleShot(0, self._show_offer)
        return super().eventFilter(watched, event)

    def _register_unknown(self) -> None:
        if self._unknown is None:
            return
        key, value = self._unknown
        self._unknown = None
        self.unknown_offer.hide()
        self.register_requested.emit(key, value)

    def _decide(self, suggestion: Suggestion | None, *, accept: bool) -> None:
        if self._doc is None:
            return
        doc_id = self._doc.id

        def apply(archive: Archive) -> None:
            service = archive.suggestions
            if suggestion is None:
                service.accept(doc_id)
            elif accept:
                service.accept(doc_id, refs=[_ref(suggestion)])
            else:
                service.reject(doc_id, [_ref(suggestion)])

        self.session.run(
            apply,
            lambda _: self._after_tagging([doc_id]),
            lambda error: show_error(self, error, self.tr("Could not apply the suggestion")),
        )

    def _after_tagging(self, ids: list[int]) -> None:
        self.changed.emit("tags")
        if ids == self._ids:
            self.show_documents(ids)


def _ref(suggestion: Suggestion) -> str:
    return f"#{suggestion.target_id}" if suggestion.kind == "person" else suggestion.label
