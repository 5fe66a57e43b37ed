"""ui layer: the search bar's "Saved searches" menu (issue 14): save the search shown under
a name, run one, manage them (rename, delete). Saved searches live in the encrypted
archive (``SavedSearchService``), unlike the field's history, which a lock wipes; the menu
forgets its list on lock and reads it again when an archive is open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from archive_app.saved_searches import SavedSearchService
from storage.saved_searches import SavedSearch
from ui.dialogs.save_search import SaveSearchDialog
from ui.dialogs.saved_searches import ManageSavedSearchesDialog
from ui.errors import show_error
from ui.session import UiSession

Current = Callable[[], tuple[str, str]]  # the search shown: (query text, sort)


def menu_label(name: str) -> str:
    """A name as a menu item shows it (an '&' is not a shortcut mark)."""
    return name.replace("&", "&&")


class SavedSearchesButton(QToolButton):
    run_requested = Signal(str, str)  # query, sort

    def __init__(self, session: UiSession, current: Current, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.current = current
        self.saved: list[SavedSearch] = []
        self.setObjectName("savedSearches")  # the stylesheet keeps its arrow off the text
        self.setText(self.tr("Saved searches"))
        self.setToolTip(self.tr("Save this search, or run one saved in the archive"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it; Space opens it
        self.menu_ = QMenu(self)
        self.menu_.aboutToShow.connect(self.fill_menu)
        self.setMenu(self.menu_)
        self.save_dialog: SaveSearchDialog | None = None
        self.manage_dialog: ManageSavedSearchesDialog | None = None
        self._sequence = 0
        session.opened.connect(lambda _path: self.reload())
        session.changed.connect(self._on_changed)
        session.closed.connect(self.forget)
        if session.is_open:
            self.reload()

    # -- the list -------------------------------------------------------------------------
    def reload(self) -> None:
        self._sequence += 1
        sequence = self._sequence
        self.session.run(
            lambda archive: SavedSearchService(archive).list(),
            lambda saved: self._loaded(sequence, saved),
        )

    def _loaded(self, sequence: int, saved: list[SavedSearch]) -> None:
        if sequence == self._sequence:
            self.saved = saved

    def _on_changed(self, what: str) -> None:
        if what == "searches" and self.session.is_open:
            self.reload()

    def forget(self) -> None:
        """On lock: the names and queries leave memory and the screen."""
        self._sequence += 1
        self.saved = []
        self.menu_.hide()
        self.menu_.clear()
        self._drop_dialogs()

    def _drop_dialogs(self) -> None:
        """Close and delete the dialogs (they held names and queries)."""
        for dialog in (self.save_dialog, self.manage_dialog):
            if dialog is not None:
                dialog.reject()
                dialog.deleteLater()
        self.save_dialog = self.manage_dialog = None

    def fill_menu(self) -> None:
        self.menu_.clear()
        query, _sort = self.current()
        save = self.menu_.addAction(self.tr("Save this search…"), self.save_current)
        save.setEnabled(bool(query.strip()) and self.session.is_open)
        self.menu_.addSeparator()
        if not self.saved:
            self.menu_.addAction(self.tr("No saved searches yet")).setEnabled(False)
        for saved in self.saved:
            action = self.menu_.addAction(menu_label(saved.name))
            action.setToolTip(saved.query)
            action.setStatusTip(saved.query)
            action.triggered.connect(
                lambda _checked=False, s=saved: self.run_requested.emit(s.query, s.sort)
            )
        self.menu_.addSeparator()
        manage = self.menu_.addAction(self.tr("Manage saved searches…"), self.manage)
        manage.setEnabled(bool(self.saved))

    # -- saving and managing ----------------------------------------------------------------
    def save_current(self) -> None:
        query, sort = self.current()
        if not query.strip() or not self.session.is_open:
            return
        self._drop_dialogs()
        dialog = SaveSearchDialog(query, [s.name for s in self.saved], self.window())
        dialog.accepted.connect(lambda: self._save(dialog.name(), query, sort))
        self.save_dialog = dialog
        dialog.open()

    def _save(self, name: str, query: str, sort: str) -> None:
        self.session.run(
            lambda archive: SavedSearchService(archive).add(name, query, sort),
            lambda _saved: self.reload(),
            lambda error: show_error(self, error, self.tr("Could not save the search")),
        )

    def manage(self) -> None:
        self._drop_dialogs()
        dialog = ManageSavedSearchesDialog(self.session, self.window())
        dialog.run_requested.connect(self.run_requested)
        self.manage_dialog = dialog
        dialog.open()
