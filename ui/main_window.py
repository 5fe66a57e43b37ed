"""ui layer: the main window: unlock screen or archive view, menus, toolbar, status bar,
locking (Ctrl+L, idle time) and the dialogs for registries, import and maintenance;
redact mode (Ctrl+Shift+R) and the export wizard (File > Export bundle…, Ctrl+E).
The persons dialog stays open beside the window; a name it changes refreshes every
document's suggested tags in the background (progress and Cancel in the status bar).
Nothing about the archive is left outside it: file choosers keep no history
(ui.file_dialogs), copied text is marked and taken back (ui.clipboard), the recent list
is kept only while the user wants it (File > Preferences, the start screen)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QToolButton,
)

from archive_app import secrets
from archive_app.demo import DEMO_PASSPHRASE, ensure_demo
from archive_app.errors import WrongPassphrase
from archive_app.recent import (
    forget_recent,
    note_opened,
    recent_archives,
    set_remember_recent,
)
from archive_app.session import Archive
from archive_app.settings import save_settings
from archive_app.tasks import CancelToken, ProgressCallback
from ui import file_dialogs
from ui.archive_view import ArchiveView
from ui.clipboard import ClipboardGuard
from ui.document_actions import DocumentActions
from ui.error_texts import error_text, line_text
from ui.errors import show_error
from ui.export.reasons import redact_icon
from ui.look import IconLabel, icon
from ui.ocr_runner import OcrRunner
from ui.operation import ArchiveOperation
from ui.session import UiSession
from ui.start_screen import StartScreen
from ui.status_operation import StatusOperation
from ui.suggestion_refresh import SuggestionRefresher

if TYPE_CHECKING:
    from ui.dialogs.persons import PersonsDialog

APP_TITLE = "Secure case archive"
FRAME_RESERVE = (16, 48)  # a title bar and borders, before the window manager framed it
TOOLBAR_CHANGES = {QEvent.Type.ActionAdded, QEvent.Type.ActionChanged, QEvent.Type.ActionRemoved}
ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class MainWindow(QMainWindow):
    def __init__(self, session: UiSession | None = None, *, demo: bool = False) -> None:
        super().__init__()
        self.session = session or UiSession(parent=self)
        self.settings = QSettings("secure-case-archive", "desktop")
        self.setWindowTitle(self.tr("Secure case archive"))
        self.setWindowIcon(icon("archive"))
        self.start = StartScreen()
        self.view = ArchiveView(self.session)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start)
        self.stack.addWidget(self.view)
        self.setCentralWidget(self.stack)
        self.documents = DocumentActions(self, self.session, self.view)  # Save original, Delete
        self._build_actions()
        self._build_status_bar()
        self.operations = ArchiveOperation(self.session, self.operation, self)  # with Cancel
        self.suggestion_refresh = SuggestionRefresher(self.session, self.operation, self)
        self.suggestion_refresh.message.connect(self.statusBar().showMessage)
        self.ocr = OcrRunner(self.session, self)  # background OCR of queued scans
        self.ocr.message.connect(self.statusBar().showMessage)
        self.statusBar().insertPermanentWidget(0, self.ocr.status)
        self._persons_dialog: PersonsDialog | None = None
        self.clipboard_guard = ClipboardGuard(self.session.settings.clipboard_clear_seconds, self)

        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self._idle)
        self.set_idle_minutes(self.session.settings.idle_lock_minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

        self.session.error.connect(lambda error: show_error(self, error))
        self.session.opened.connect(self._opened)
        self.session.closed.connect(self._closed)
        self.start.unlock_requested.connect(self.unlock)
        self.start.create_requested.connect(self.create_archive)
        self.start.remember_recent_changed.connect(self._set_remember_recent)
        self.start.forget_recent_requested.connect(self._forget_recent)
        self.view.import_requested.connect(self.import_paths)
        self.view.details.register_requested.connect(self.register_name)
        self.view.counted.connect(
            lambda n: self.count_label.setText(self.tr("%n document(s)", "", n))
        )
        self.view.redactions.mode_changed.connect(self.redact_action.setChecked)
        self.view.viewer.fact_requested.connect(self._add_fact)
        self._drop_legacy_recent()
        self._show_recent()
        self._restore_geometry()
        self._update_state()
        if demo:
            self._prepare_demo()

    # -- building ---------------------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: object,
        shortcut: str | QKeySequence.StandardKey = "",
        icon_name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.open_action = self._action(
            self.tr("&Open archive…"), self._show_start, "Ctrl+O", "archive"
        )
        self.new_action = self._action(
            self.tr("&New archive…"), self.create_archive, "Ctrl+N", "key"
        )
        self.import_action = self._action(
            self.tr("&Import files…"), self.import_files, "Ctrl+I", "import"
        )
        self.import_folder_action = self._action(
            self.tr("Import &folder…"), self.import_folder, "Ctrl+Shift+I"
        )
        self.export_action = self._action(
            self.tr("&Export bundle…"), self.export_bundle, "Ctrl+E", "export"
        )
        self.export_action.setToolTip(
            self.tr("Export the selected documents as a redacted, Bates-numbered, verified bundle")
        )
        self.share_action = self._action(self.tr("S&hare case…"), self._share_case)
        self.share_action.setToolTip(
            self.tr("Write one case into a separate, encrypted package for a colleague")
        )
        self.merge_package_action = self._action(self.tr("&Merge package…"), self._merge_package)
        self.merge_package_action.setToolTip(
            self.tr("Check a package from a colleague and merge it into this archive")
        )
        self.redact_action = self._action(self.tr("&Redact"), self.set_redact_mode, "Ctrl+Shift+R")
        self.redact_action.setIcon(redact_icon())
        self.redact_action.setCheckable(True)
        self.redact_action.setToolTip(
            self.tr("Mark redactions on the document shown: boxes, words, terms (Ctrl+Shift+R)")
        )
        self.lock_action = self._action(self.tr("&Lock"), self.lock, "Ctrl+L", "lock")
        self.lock_action.setToolTip(self.tr("Lock the archive now (Ctrl+L)"))
        quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.preferences_action = self._action(self.tr("&Preferences…"), self._preferences)
        self.preferences_action.setShortcuts(  # the platform's, else Ctrl+, (X11 has none)
            QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
            or [QKeySequence("Ctrl+,")]
        )
        self.check_action = self._action(self.tr("Check &integrity…"), self._check, "", "check")
        self.passwd_action = self._action(self.tr("Change &passphrase…"), self._passwd, "", "key")
        self.backup_action = self._action(self.tr("&Back up…"), self._backup, "", "backup")
        self.reindex_action = self._action(self.tr("&Rebuild search index"), self._reindex)
        self.suggest_action = self._action(self.tr("Refresh suggested &tags"), self._suggest)
        self.suggest_action.setToolTip(
            self.tr(
                "Read every document again for the persons and articles in the registry"
                " (done by itself when a person's name or aliases change)"
            )
        )
        self.log_action = self._action(self.tr("&Audit log…"), self._audit_log, "", "log")
        self.persons_action = self._action(self.tr("&Persons…"), self._persons, "Ctrl+P", "person")
        self.articles_action = self._action(
            self.tr("Legal &articles…"), self._articles, "", "article"
        )
        self.cases_action = self._action(self.tr("&Cases…"), self._cases, "", "case")
        self.chronology_action = self._action(
            self.tr("C&hronology…"), self._chronology, "Ctrl+Shift+H"
        )
        self.chronology_action.setToolTip(self.tr("The facts of a case in date order"))
        self.draft_action = self._action(self.tr("Draft UN &communication…"), self._draft)
        self.remedies_action = self._action(self.tr("Domestic &remedies…"), self._remedies)
        self.consent_action = self._action(self.tr("C&onsent per mechanism…"), self._consent)
        self.search_action = self._action(
            self.tr("&Find"), self._focus_search, QKeySequence.StandardKey.Find, "search"
        )
        self.syntax_action = self._action(
            self.tr("Search &syntax"), self._syntax_help, "F1", "help"
        )
        about = self._action(self.tr("&About"), self._about)

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        for action in (
            self.open_action,
            self.new_action,
            None,
            self.import_action,
            self.import_folder_action,
            None,
            self.export_action,
            self.share_action,
            self.merge_package_action,
            None,
            self.preferences_action,
            None,
            self.lock_action,
            quit_action,
        ):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        archive_menu = menu.addMenu(self.tr("&Archive"))
        for action in (
            self.check_action,
            self.passwd_action,
            self.backup_action,
            self.reindex_action,
            self.suggest_action,
            None,
            self.log_action,
        ):
            archive_menu.addSeparator() if action is None else archive_menu.addAction(action)
        document_menu = menu.addMenu(self.tr("&Document"))
        document_menu.addAction(self.redact_action)
        document_menu.addSeparator()
        document_menu.addAction(self.documents.save_action)
        document_menu.addAction(self.documents.delete_action)
        registry_menu = menu.addMenu(self.tr("&Registries"))
        for action in (self.persons_action, self.articles_action, self.cases_action):
            registry_menu.addAction(action)
        submission_menu = menu.addMenu(self.tr("&Submission"))
        submission_menu.addAction(self.chronology_action)
        submission_menu.addAction(self.remedies_action)
        submission_menu.addAction(self.consent_action)
        submission_menu.addSeparator()
        submission_menu.addAction(self.draft_action)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.search_action)
        help_menu.addAction(self.syntax_action)
        help_menu.addAction(about)

        toolbar = QToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (
            self.import_action,
            self.export_action,
            self.redact_action,
            self.persons_action,
            self.articles_action,
            self.cases_action,
            self.log_action,
            self.lock_action,
        ):
            toolbar.addAction(action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        self._toolbar_text_width = 0  # the width the labelled toolbar needs (0: measure)
        toolbar.installEventFilter(self)  # an action added or renamed: measure again
        more = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        if more is not None:  # Qt's overflow button: drawn (the stylesheet's padding hid it)
            more.setStyleSheet("QToolButton { padding: 0px; }")
            more.setIcon(icon("more"))
            more.setToolTip(self.tr("More actions"))
        self._archive_actions = [
            self.import_action,
            self.export_action,
            self.share_action,
            self.merge_package_action,
            self.redact_action,
            self.import_folder_action,
            self.lock_action,
            self.check_action,
            self.passwd_action,
            self.backup_action,
            self.reindex_action,
            self.suggest_action,
            self.log_action,
            self.persons_action,
            self.articles_action,
            self.cases_action,
            self.chronology_action,
            self.draft_action,
            self.remedies_action,
            self.consent_action,
            self.search_action,
        ]
        self.workspace_action = self._action(self.tr("Submission &workspace…"), self._workspace)
        submission_menu.insertAction(self.chronology_action, self.workspace_action)
        self._archive_actions.append(self.workspace_action)

    def _build_status_bar(self) -> None:
        self.archive_label = QLabel()
        self.count_label = QLabel()
        self.lock_icon = IconLabel()  # drawn again when the theme changes
        self.lock_label = QLabel()
        self.operation = StatusOperation()  # a background job: what, how far, Cancel
        bar = self.statusBar()
        bar.addPermanentWidget(self.operation)
        bar.addPermanentWidget(self.lock_icon)
        bar.addWidget(self.archive_label)
        bar.addWidget(self.count_label)
        bar.addPermanentWidget(self.lock_label)

    # -- state ------------------------------------------------------------------------------
    def _update_state(self) -> None:
        unlocked = self.session.is_open
        for action in self._archive_actions:
            action.setEnabled(unlocked)
        self.documents.update()  # enabled while unlocked and documents are selected
        self.toolbar.setVisible(unlocked)
        name = self.session.path.name if self.session.path else ""
        self.setWindowTitle(
            self.tr("Secure case archive — {name}").format(name=name)
            if unlocked
            else self.tr("Secure case archive")
        )
        self.archive_label.setText(self.tr("Archive: {name}").format(name=name) if unlocked else "")
        if not unlocked:
            self.count_label.setText("")
        self.lock_label.setText(self.tr("Unlocked") if unlocked else self.tr("Locked"))
        self.lock_icon.set_icon("unlock" if unlocked else "lock", 16)

    def set_idle_minutes(self, minutes: float) -> None:
        self.idle_timer.setInterval(int(minutes * 60_000))
        if self.session.is_open:
            self.idle_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.session.is_open:
            self.idle_timer.start()
        elif watched is self.toolbar and event.type() in TOOLBAR_CHANGES:
            self.set_toolbar_text_width(0)
        return False

    # -- the toolbar in a narrow window: icons only, then Qt's overflow ------------------------
    def toolbar_text_width(self) -> int:
        """The width the toolbar needs with labels beside its icons."""
        if not self._toolbar_text_width:
            toolbar = self.toolbar
            style = toolbar.toolButtonStyle()
            toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self._toolbar_text_width = toolbar.sizeHint().width()
            toolbar.setToolButtonStyle(style)
        return self._toolbar_text_width

    def set_toolbar_text_width(self, width: int) -> None:
        """Forget (0) or set the labelled toolbar's width, and fit the toolbar again."""
        self._toolbar_text_width = width
        QTimer.singleShot(0, self._fit_toolbar)

    def _fit_toolbar(self) -> None:
        """Labels beside the icons while they fit (1024 px at 1.5x scale, long Russian labels
        do not); icons only, with the labels as tooltips, below that; what still does not
        fit goes behind the overflow button at the end."""
        fits = self.toolbar_text_width() <= self.width()
        style = (
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            if fits
            else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        if self.toolbar.toolButtonStyle() != style:
            self.toolbar.setToolButtonStyle(style)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_toolbar()

    # -- unlocking --------------------------------------------------------------------------
    def unlock(self, path: str, passphrase: str, remember: bool) -> None:
        target = Path(path)

        def done(_: Archive) -> None:
            self.start.unlock_succeeded()
            self._remember_recent(target)
            if remember:
                try:
                    secrets.remember(target, passphrase)
                except Exception as exc:  # keyring refused: say so, keep going
                    show_error(self, exc, self.tr("Could not remember the passphrase"))
            elif self.start.remember.isEnabled():
                secrets.forget(target)  # "Remember on this computer" unticked: forget it

        def failed(error: BaseException) -> None:
            message = error_text(error).rstrip(".")  # the start screen ends the sentence
            self.start.unlock_failed(message)
            if not isinstance(error, WrongPassphrase) and not str(error):
                show_error(self, error)  # nothing to say on the start screen

        self.session.open(target, passphrase, done, failed)

    def _opened(self, path: str) -> None:
        self.stack.setCurrentWidget(self.view)
        self._update_state()
        self.idle_timer.start()
        self.view.refresh()
        self.view.search_bar.field.setFocus()

        def check(archive: Archive) -> str:
            status = archive.search.status(full=False)  # the full comparison is `check`
            return "" if status.ok else status.message

        self.session.run(check, self._index_checked)

    def _index_checked(self, problem: str) -> None:
        if not problem:
            return
        problem = line_text(problem)  # the index's status, in the interface language
        answer = QMessageBox.question(
            self,
            self.tr("Search index"),
            f"{problem[:1].upper()}{problem[1:]}. " + self.tr("Rebuild it now?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._reindex()

    def create_archive(self) -> None:
        from ui.dialogs.create_archive import CreateArchiveDialog

        dialog = CreateArchiveDialog(self)
        if not dialog.exec():
            return
        path, passphrase = dialog.values()

        def done(warnings: list[str]) -> None:
            self._remember_recent(path)
            self.start.choose(path)

        self.session.create(path, passphrase, done)

    def lock(self) -> None:
        if not self.session.is_open:
            return
        path = self.session.path
        self.clipboard_guard.clear_ours()
        file_dialogs.close_open_dialog()
        file_dialogs.forget_folders()
        self.session.lock()
        if path is not None:
            self.start.choose(path)

    def _closed(self) -> None:
        self.idle_timer.stop()
        self.view.clear()
        self.start.reset()
        self.stack.setCurrentWidget(self.start)
        self._update_state()

    def _idle(self) -> None:
        if self.session.is_open:
            self.lock()

    def _show_start(self) -> None:
        if self.session.is_open:
            self.lock()
        self.stack.setCurrentWidget(self.start)

    def _prepare_demo(self) -> None:
        def ready(path: Path) -> None:
            self.start.choose(path)
            self.start.show_demo(DEMO_PASSPHRASE)
            self.start.passphrase.setText(DEMO_PASSPHRASE)

        self.start.path_label.setText(self.tr("Preparing the demo archive…"))
        self.session.tasks.watch(
            self.session.worker.call(ensure_demo), ready, self.session.error.emit
        )

    # -- importing ---------------------------------------------------------------------------
    def import_files(self) -> None:
        paths = file_dialogs.open_files(self, self.tr("Import files"), file_dialogs.IMPORT)
        if paths:
            self.import_paths(paths)

    def import_folder(self) -> None:
        folder = file_dialogs.existing_folder(self, self.tr("Import a folder"), file_dialogs.IMPORT)
        if folder:
            self.import_paths([folder])

    def import_paths(self, paths: list[Path]) -> None:
        if not self.session.is_open:
            return
        from ui.dialogs.import_progress import ImportDialog

        dialog = ImportDialog(self.session, paths, parent=self, ask=True)
        dialog.finished_import.connect(lambda _: self.view.refresh(keep_selection=True))
        dialog.show()  # asks for the case, type and confidentiality, then imports

    # -- redaction and export -----------------------------------------------------------------
    def set_redact_mode(self, on: bool) -> None:
        if not self.session.is_open:
            return
        self.view.show_redactions()
        self.view.redactions.set_redact_mode(on)
        self.redact_action.setChecked(self.view.redactions.mode)

    def export_bundle(self) -> None:
        if not self.session.is_open:
            return
        from ui.export.wizard import ExportWizard

        selected = [hit.id for hit in self.view.results.selected_hits()]
        found = [hit.id for hit in self.view.last_result.hits] if self.view.last_result else []
        wizard = ExportWizard(self.session, selected, search_ids=found, parent=self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.show()

    # -- dialogs ------------------------------------------------------------------------------
    def _persons(self) -> None:
        """One persons dialog, beside the window (not modal: Cancel in the status bar works)."""
        from ui.dialogs.persons import PersonsDialog

        dialog = self._persons_dialog
        if dialog is None:
            dialog = self._persons_dialog = PersonsDialog(self.session, self)
            dialog.names_changed.connect(self.suggestion_refresh.start)
        elif not dialog.isVisible():
            dialog.reload()  # it forgot everything when the archive was locked
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _articles(self) -> None:
        self._open_articles("")

    def _open_articles(self, citation: str) -> None:
        from ui.dialogs.articles import ArticlesDialog

        dialog = ArticlesDialog(self.session, self)
        dialog.citation_edit.setText(citation)
        dialog.exec()

    def _cases(self) -> None:
        self._open_cases("")

    def _open_cases(self, name: str) -> None:
        from ui.dialogs.cases import CasesDialog

        dialog = CasesDialog(self.session, self)
        dialog.name_edit.setText(name)
        dialog.exec()

    def register_name(self, kind: str, name: str) -> None:
        """The details panel's offer for a name the registry does not know: the registry
        opened with the name filled in."""
        if kind == "persons":
            self._persons()
            dialog = self._persons_dialog
            if dialog is not None:
                dialog.new_person()
                dialog.name_edit.setText(name)
                dialog.name_edit.setFocus()
        elif kind == "articles":
            self._open_articles(name)
        else:
            self._open_cases(name)

    def _workspace(self) -> None:
        from ui.submission.workspace import open_workspace

        open_workspace(self.session, self)

    def _chronology(self) -> None:
        from ui.chronology.view import ChronologyDialog

        ChronologyDialog(self.session, self).exec()

    def _draft(self) -> None:
        from ui.dialogs.draft_wizard import DraftDialog

        DraftDialog(self.session, self).exec()

    def _remedies(self) -> None:
        from ui.dialogs.remedies import RemediesDialog

        RemediesDialog(self.session, self).exec()

    def _consent(self) -> None:
        from ui.dialogs.consent import ConsentDialog

        ConsentDialog(self.session, self).exec()

    def _add_fact(self, text: str, page: int) -> None:
        from ui.dialogs.fact_editor import FactDialog, Passage

        doc = self.view.viewer.document
        if doc is None or not text.strip():
            return
        year = doc.doc_date[:4] if doc.doc_date else ""
        passage = Passage(
            text,
            doc.id,
            doc.title,
            page or None,
            int(year) if year.isdigit() else None,
            doc.cases[0] if len(doc.cases) == 1 else None,
        )
        FactDialog(self.session, self, passage=passage).exec()

    def _audit_log(self) -> None:
        from ui.dialogs.audit_log import AuditLogDialog

        AuditLogDialog(self.session, self).exec()

    def _check(self) -> None:
        from ui.dialogs.maintenance import run_integrity_check

        run_integrity_check(self.session, self)

    def _passwd(self) -> None:
        from ui.dialogs.maintenance import ChangePassphraseDialog

        ChangePassphraseDialog(self.session, self).exec()

    def _share_case(self) -> None:
        from ui.dialogs.package_share import ShareCaseDialog

        ShareCaseDialog(self.session, self).exec()

    def _merge_package(self) -> None:
        from ui.dialogs.package_merge import MergePackageDialog

        MergePackageDialog(self.session, self).exec()

    def _backup(self) -> None:
        from ui.dialogs.maintenance import BackupDialog

        BackupDialog(self.session, self).exec()

    def _reindex(self) -> None:
        def rebuild(archive: Archive, progress: ProgressCallback, cancel: CancelToken) -> bool:
            return archive.search.reindex(progress=progress, cancel=cancel)

        def done(finished: bool) -> None:
            if finished:
                self.statusBar().showMessage(self.tr("Search index rebuilt."), 5000)
            else:
                self.statusBar().showMessage(
                    self.tr("Rebuild of the search index cancelled; the previous index is kept."),
                    8000,
                )

        started = self.operations.run(
            self.tr("Rebuilding the search index…"),
            rebuild,
            done,
            label=lambda p: self.tr(
                "Rebuilding the search index — documents: {done} of {total}"
            ).format(done=p.done, total=p.total),
            tooltip=self.tr(
                "Searches use the previous index until the new one is complete; cancelling"
                " keeps it."
            ),
            changes=("index",),
        )
        if not started:
            self.statusBar().showMessage(self.tr("Another operation is still running."), 5000)

    def _suggest(self) -> None:
        self.suggestion_refresh.start()

    def _focus_search(self) -> None:
        self.view.search_bar.field.setFocus()
        self.view.search_bar.field.selectAll()

    def _syntax_help(self) -> None:
        if self.session.is_open:
            self.view.search_bar.show_help()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About"),
            self.tr(
                "<b>Secure case archive</b><br>An offline, encrypted archive for human-rights"
                " legal teams. Documents, their text, tags and the audit log live in one"
                " SQLCipher file; nothing readable is written to disk."
            ),
        )

    # -- preferences and the recent list (settings.json) ------------------------------------
    def _preferences(self) -> None:
        from ui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.session.settings, self)
        dialog.recent_forgotten.connect(self._show_recent)
        if dialog.exec():
            self.clipboard_guard.set_seconds(self.session.settings.clipboard_clear_seconds)
            self.set_idle_minutes(self.session.settings.idle_lock_minutes)
        self._show_recent()

    def _show_recent(self) -> None:
        settings = self.session.settings
        self.start.set_recent(recent_archives(settings), settings.remember_recent)

    def _remember_recent(self, path: Path) -> None:
        self._saving_settings(lambda: note_opened(self.session.settings, path))

    def _set_remember_recent(self, on: bool) -> None:
        self._saving_settings(lambda: set_remember_recent(self.session.settings, on))

    def _forget_recent(self) -> None:
        self._saving_settings(lambda: forget_recent(self.session.settings))

    def _saving_settings(self, change: Callable[[], object]) -> None:
        try:
            change()
        except OSError as exc:
            show_error(self, exc, self.tr("Could not save the settings"))
        self._show_recent()

    def _drop_legacy_recent(self) -> None:
        """Earlier versions kept the recent list in the window's Qt settings, always."""
        legacy = self.settings.value("recent")
        if legacy is None:
            return
        self.settings.remove("recent")
        self.settings.sync()
        paths = [legacy] if isinstance(legacy, str) else legacy if isinstance(legacy, list) else []
        settings = self.session.settings
        if settings.remember_recent and not settings.recent_archives:
            for path in reversed([Path(str(p)) for p in paths]):
                note_opened(settings, path, save=False)
            with contextlib.suppress(OSError):
                save_settings(settings)

    # -- window geometry (nothing from an archive) -------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
        self._fit_screen()

    def _fit_screen(self) -> None:
        """Never larger than the screen's free area (a small or scaled screen: 1400x860
        at 150 % is bigger than a 1366x768 laptop's screen), nor placed off it."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        # title bar and borders: known once the window manager framed the window
        frame = self.frameGeometry().size() - self.geometry().size()
        width = min(self.width(), free.width() - max(frame.width(), FRAME_RESERVE[0]))
        height = min(self.height(), free.height() - max(frame.height(), FRAME_RESERVE[1]))
        if (width, height) != (self.width(), self.height()):
            self.resize(max(width, self.minimumSizeHint().width()), height)
        frame_box = self.frameGeometry()
        if not free.contains(frame_box):  # moved back inside, the title bar first
            x = min(max(frame_box.x(), free.x()), free.right() - frame_box.width() + 1)
            y = min(max(frame_box.y(), free.y()), free.bottom() - frame_box.height() + 1)
            self.move(max(x, free.x()), max(y, free.y()))

        for name, splitter in (
            ("split/main", self.view.splitter),
            ("split/right", self.view.right),
        ):
            state = self.settings.value(name)
            if state is not None:
                splitter.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.clipboard_guard.clear_ours()  # before Qt hands it to a clipboard manager
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("split/main", self.view.splitter.saveState())
        self.settings.setValue("split/right", self.view.right.saveState())
        self.view.clear()
        self.suggestion_refresh.stop()
        self.ocr.stop()
        self.session.shutdown()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        super().closeEvent(event)
