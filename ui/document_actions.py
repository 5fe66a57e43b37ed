"""ui layer: the Document menu's everyday actions on the documents selected in the results:
Save original… (the stored file written where the user chooses, its SHA-256 checked against
the one recorded at import, an existing file never replaced without asking) and Delete
document… (a confirmation naming the documents; the core removes each one with its text,
tags, suggestions and redactions, takes it out of the index and audits it; the results
refresh from the change notification)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QMessageBox

from archive_app.session import Archive
from indexing.search import DocumentHit
from ui import file_dialogs
from ui.archive_view import ArchiveView
from ui.errors import show_error
from ui.session import UiSession

LISTED = 8  # titles named in the confirmation of a delete of many


class DocumentActions(QObject):
    def __init__(self, window: QMainWindow, session: UiSession, view: ArchiveView) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.view = view
        self.save_action = QAction(self.tr("&Save original…"), window)
        self.save_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.save_action.setToolTip(
            self.tr(
                "Write the selected document's original file where you choose (its hash is checked)"
            )
        )
        self.save_action.triggered.connect(self.save_original)
        self.delete_action = QAction(self.tr("&Delete document…"), window)
        self.delete_action.setToolTip(
            self.tr("Remove the selected documents from the archive (asks first)")
        )
        self.delete_action.triggered.connect(self.delete_selected)
        # Delete in the results list (not in a text field or a chip: only there)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view.results)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.delete_selected)
        view.results.selectionModel().selectionChanged.connect(lambda *_: self.update())
        view.results.model().modelReset.connect(self.update)  # new results: nothing selected
        self.update()

    def _selected(self) -> list[DocumentHit]:
        return self.view.results.selected_hits() if self.session.is_open else []

    def update(self) -> None:
        selected = self._selected()
        self.save_action.setEnabled(len(selected) == 1)
        self.delete_action.setEnabled(bool(selected))
        self.delete_action.setText(
            self.tr("&Delete %n document(s)…", "", len(selected))
            if len(selected) > 1
            else self.tr("&Delete document…")
        )

    def _status(self, text: str, ms: int = 15_000) -> None:
        self.window.statusBar().showMessage(text, ms)

    # -- Save original… ---------------------------------------------------------------------
    def save_original(self) -> None:
        selected = self._selected()
        if len(selected) != 1:
            return
        hit = selected[0]
        suggested = file_dialogs.last_folder(file_dialogs.EXPORT) / hit.filename
        chosen = file_dialogs.save_file(
            self.window,
            self.tr("Save the original of “{title}”").format(title=hit.title),
            file_dialogs.EXPORT,
            suggested,
        )
        if chosen is None:
            return
        target = chosen / hit.filename if chosen.is_dir() else chosen
        replace = False
        if target.exists():
            answer = QMessageBox.question(
                self.window,
                self.tr("Replace the file?"),
                self.tr("{name} already exists in {folder}. Replace it with the original?").format(
                    name=target.name, folder=target.parent
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self._status(
                    self.tr("Nothing was saved; {name} was left as it was.").format(
                        name=target.name
                    )
                )
                return
            replace = True

        def save(archive: Archive) -> tuple[Path, str]:
            written = archive.documents.save_original(hit.id, target, force=replace)
            return written, archive.documents.get(hit.id).sha256

        def saved(result: tuple[Path, str]) -> None:
            written, sha256 = result
            self._status(
                self.tr(
                    "Saved the original of “{title}” as {path}. Its SHA-256 matches the one"
                    " recorded at import ({hash}…)."
                ).format(title=hit.title, path=written, hash=sha256[:16])
            )

        def failed(error: BaseException) -> None:
            show_error(self.window, error, self.tr("The original was not saved"))

        self.session.run(save, saved, failed)

    # -- Delete document… -------------------------------------------------------------------
    def delete_selected(self) -> None:
        selected = self._selected()
        if not selected:
            return
        if len(selected) == 1:
            hit = selected[0]
            question = self.tr("Delete “{title}” (#{id}, {file}) from the archive?").format(
                title=hit.title, id=hit.id, file=hit.filename
            )
        else:
            titles = "\n".join(f"• {h.title} (#{h.id})" for h in selected[:LISTED])
            if len(selected) > LISTED:
                titles += "\n" + self.tr("… and %n more", "", len(selected) - LISTED)
            question = self.tr("Delete these %n documents from the archive?", "", len(selected))
            question += "\n\n" + titles
        question += "\n\n" + self.tr(
            "The file, its text, its tags, suggested tags and redactions go with it; this"
            " cannot be undone (a backup made earlier still holds it). The audit log keeps a"
            " record of the deletion."
        )
        answer = QMessageBox.question(
            self.window,
            self.tr("Delete document"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ids = [h.id for h in selected]
        named = {h.id: h.title for h in selected}

        def delete(archive: Archive) -> list[int]:
            for doc_id in ids:
                archive.documents.delete(doc_id)
            return ids

        def deleted(done: list[int]) -> None:
            self.view.refresh()
            if len(done) == 1:
                self._status(self.tr("Deleted “{title}”.").format(title=named[done[0]]))
            else:
                self._status(self.tr("Deleted %n document(s).", "", len(done)))

        def failed(error: BaseException) -> None:
            self.view.refresh()  # those deleted before the failure are gone
            show_error(self.window, error, self.tr("The document was not deleted"))

        self.session.run(delete, deleted, failed)
