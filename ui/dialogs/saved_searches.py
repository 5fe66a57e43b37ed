"""ui layer: the saved searches of the archive, to run, rename or delete (Saved searches →
Manage saved searches…). Deleting asks first; a lock closes the dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from archive_app.saved_searches import SavedSearchService
from storage.saved_searches import SavedSearch
from ui.errors import show_error
from ui.look import named
from ui.session import UiSession


class ManageSavedSearchesDialog(QDialog):
    run_requested = Signal(str, str)  # query, sort

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.saved: list[SavedSearch] = []
        self.setWindowTitle(self.tr("Saved searches"))
        self.resize(520, 380)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Saved searches"))
        self.list.currentRowChanged.connect(self._selected)
        self.list.itemActivated.connect(lambda _item: self.run_selected())
        self.query = named(QLabel(), "hint")
        self.query.setWordWrap(True)
        self.query.setTextFormat(Qt.TextFormat.PlainText)
        self.name_field = QLineEdit()
        self.name_field.setAccessibleName(self.tr("New name"))
        self.name_field.textChanged.connect(lambda _text: self._update_buttons())
        self.name_field.returnPressed.connect(self.rename_selected)
        self.rename_button = QPushButton(self.tr("Rename"))
        self.rename_button.clicked.connect(self.rename_selected)
        self.run_button = QPushButton(self.tr("Run"))
        self.run_button.clicked.connect(self.run_selected)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_selected)
        rename = QHBoxLayout()
        rename.addWidget(QLabel(self.tr("Name")))
        rename.addWidget(self.name_field, 1)
        rename.addWidget(self.rename_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.run_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.query)
        layout.addLayout(rename)
        layout.addWidget(buttons)
        session.closed.connect(self._locked)
        session.changed.connect(lambda what: self.reload() if what == "searches" else None)
        self._update_buttons()
        self.reload()

    def _locked(self) -> None:
        self.list.clear()
        self.saved = []
        self.reject()

    # -- the list -------------------------------------------------------------------------
    def reload(self) -> None:
        if self.session.is_open:
            self.session.run(lambda archive: SavedSearchService(archive).list(), self._show)

    def _show(self, saved: list[SavedSearch]) -> None:
        current = self.selected()
        self.saved = saved
        self.list.clear()
        for item in saved:
            row = QListWidgetItem(item.name)
            row.setToolTip(item.query)
            self.list.addItem(row)
        ids = [s.id for s in saved]
        if saved:
            keep = ids.index(current.id) if current is not None and current.id in ids else 0
            self.list.setCurrentRow(keep)
        self._selected(self.list.currentRow())

    def selected(self) -> SavedSearch | None:
        row = self.list.currentRow()
        return self.saved[row] if 0 <= row < len(self.saved) else None

    def _selected(self, _row: int) -> None:
        saved = self.selected()
        self.query.setText(saved.query if saved is not None else "")
        self.name_field.setText(saved.name if saved is not None else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        saved = self.selected()
        name = " ".join(self.name_field.text().split())
        self.run_button.setEnabled(saved is not None)
        self.delete_button.setEnabled(saved is not None)
        self.name_field.setEnabled(saved is not None)
        self.rename_button.setEnabled(saved is not None and bool(name) and name != saved.name)

    # -- actions --------------------------------------------------------------------------
    def run_selected(self) -> None:
        saved = self.selected()
        if saved is not None:
            self.run_requested.emit(saved.query, saved.sort)
            self.accept()

    def rename_selected(self) -> None:
        saved = self.selected()
        if saved is None or not self.rename_button.isEnabled():
            return
        name = self.name_field.text()
        self.session.run(
            lambda archive: SavedSearchService(archive).rename(saved.id, name),
            lambda _saved: self.reload(),
            lambda error: show_error(self, error, self.tr("Could not rename the saved search")),
        )

    def delete_selected(self) -> None:
        saved = self.selected()
        if saved is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete saved search"),
            self.tr("Delete the saved search “{name}”? The documents stay.").format(
                name=saved.name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.session.run(
            lambda archive: SavedSearchService(archive).delete(saved.id),
            lambda _saved: self.reload(),
            lambda error: show_error(self, error, self.tr("Could not delete the saved search")),
        )
