"""ui layer: File > Merge package… - check a received package, show what merging it would
do (new and updated documents and persons, similar names, safety, conflicts), let the user
decide each conflict and each similar name, then merge in one transaction with progress
and Cancel (a cancelled merge changes nothing).

The check and the merge run through the window's operation helper (``ui.operation``); the
bar, the message and the buttons are ``PackageDialog``'s. The opened package (a read-only
connection) lives on the database thread's side: it is opened, planned, merged and closed
only there, and closed there too when the dialog closes or the archive is locked, even
if a lock kept the check's result from this dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from archive_app.errors import Cancelled
from archive_app.packages import MergePlan, MergeReport, PackageReader, PackageService
from archive_app.packages.plan import SIMILAR
from archive_app.session import Archive
from archive_app.tasks import CancelToken, ProgressCallback
from ui import file_dialogs
from ui.dialogs.package_dialog import PACKAGE_FILTER, PackageDialog
from ui.session import UiSession


class _Opened:
    """The package this dialog opened last; touched only on the database thread."""

    def __init__(self) -> None:
        self.reader: PackageReader | None = None

    def close(self) -> None:
        reader, self.reader = self.reader, None
        if reader is not None:
            reader.close()


class MergePackageDialog(PackageDialog):
    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("Merge a package"))
        self.resize(760, 560)
        self.opened = _Opened()
        self._holding = False  # whether ``opened`` may hold a package (a check was started)
        self.reader: PackageReader | None = None
        self.plan: MergePlan | None = None
        self.report: MergeReport | None = None
        self.path = QLineEdit(self)
        self.path.setObjectName("package")
        browse = QPushButton(self.tr("C&hoose…"), self)
        browse.setAutoDefault(False)
        browse.clicked.connect(self.choose_package)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.passphrase = self.secret_field("passphrase")
        form = QFormLayout()
        file_label = QLabel(self.tr("&Package file:"), self)
        file_label.setBuddy(self.path)  # a row of widgets has no buddy of its own
        form.addRow(file_label, row)
        form.addRow(self.tr("Package &passphrase:"), self.passphrase)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.similar = QListWidget(self)
        self.similar.setObjectName("similar")
        self.similar.setMaximumHeight(90)
        self.similar.hide()
        self.safety = QListWidget(self)
        self.safety.setObjectName("safety")
        self.safety.setMaximumHeight(90)
        self.safety.hide()
        self.conflicts = QTableWidget(0, 5, self)
        self.conflicts.setObjectName("conflicts")
        self.conflicts.setHorizontalHeaderLabels(
            [
                self.tr("Item"),
                self.tr("Field"),
                self.tr("This archive"),
                self.tr("Package"),
                self.tr("Keep"),
            ]
        )
        self.conflicts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflicts.verticalHeader().hide()
        header = self.conflicts.horizontalHeader()
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        for column, mode in enumerate((fit, fit, stretch, stretch, fit)):
            header.setSectionResizeMode(column, mode)
        self.conflicts.hide()
        self.check_button = QPushButton(self.tr("Chec&k package"), self)
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        self.merge_button = QPushButton(self.tr("&Merge"), self)
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge)
        self.held = [self.check_button, self.merge_button, browse, self.path, self.passphrase]
        self.held += [self.similar, self.conflicts]
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.similar)
        layout.addWidget(self.safety)
        layout.addWidget(self.conflicts, 1)
        self.add_rows(layout, [self.check_button, self.merge_button])

    def choose_package(self) -> None:
        chosen = file_dialogs.open_file(
            self, self.tr("Merge which package?"), file_dialogs.IMPORT, PACKAGE_FILTER
        )
        if chosen:
            self.path.setText(str(chosen))
            self.passphrase.setFocus()

    # -- step 1: check and plan --------------------------------------------------------
    def check(self) -> None:
        if self.running:
            return
        text = self.path.text().strip()
        if not text:
            self.say(self.tr("Choose the package to merge."), "error")
            return
        path, secret, opened = Path(text).expanduser(), self.passphrase.text(), self.opened
        self._close_reader()
        self.plan = None
        self.merge_button.setEnabled(False)
        self._holding = True

        def work(
            archive: Archive, _progress: ProgressCallback, cancel: CancelToken
        ) -> tuple[PackageReader, MergePlan]:
            service = PackageService(archive)
            opened.reader = reader = service.open(path, secret)
            try:
                if cancel.cancelled:
                    raise Cancelled()
                plan = service.plan(reader)
                if cancel.cancelled:  # Cancel, or a lock: the package is closed here
                    raise Cancelled()
            except BaseException:
                opened.close()
                raise
            return reader, plan

        self.operation.run(
            self.tr("Checking the package (structure, audit chain, seal, documents)…"),
            work,
            self._planned,
            self._check_failed,
            cancelled=self._check_cancelled,
        )

    def _planned(self, result: tuple[PackageReader, MergePlan]) -> None:
        self.reader, self.plan = result
        self.passphrase.clear()
        self._show_plan(self.plan)
        if self.plan.empty and not self.plan.conflicts:
            self.say(self.tr("Nothing new in this package; merging it would change nothing."))
            return
        self.merge_button.setEnabled(True)
        self.merge_button.setDefault(True)
        self.say(self.tr("The package is sound. Decide the conflicts, then merge."), "ok")

    def _check_failed(self, error: BaseException) -> None:
        self.say(str(error), "error")

    def _check_cancelled(self) -> None:
        self.say(self.tr("Cancelled; nothing was changed."))

    def _show_plan(self, plan: MergePlan) -> None:
        info = plan.info
        lines = [
            self.tr("From {source}, case {case}, sealed {when}: {docs} documents.").format(
                source=info.source_name,
                case=info.case or "-",
                when=info.created_at,
                docs=info.documents,
            ),
            self.tr(
                "Adds {docs} documents, {persons} persons, {cases} cases; updates {udocs}"
                " documents and {upersons} persons; {tags} new tags."
            ).format(
                docs=len(plan.new_documents),
                persons=len(plan.new_persons),
                cases=len(plan.cases_new),
                udocs=len(plan.updated_documents),
                upersons=len(plan.updated_persons),
                tags=plan.new_tags,
            ),
        ]
        record = plan.submission
        if record.changes:
            counted = [
                (self.tr("%n new fact(s)", "", record.facts_new), record.facts_new),
                (self.tr("%n fact(s) completed", "", record.facts_updated), record.facts_updated),
                (self.tr("%n new remedy step(s)", "", record.remedies_new), record.remedies_new),
                (
                    self.tr("%n remedy step(s) completed", "", record.remedies_updated),
                    record.remedies_updated,
                ),
                (
                    self.tr(
                        "%n consent answer(s), new or stricter",
                        "",
                        record.consents_new + record.consents_changed,
                    ),
                    record.consents_new + record.consents_changed,
                ),
                (self.tr("%n person detail(s)", "", record.details_new), record.details_new),
                (
                    self.tr("%n place(s) of detention", "", record.detentions_new),
                    record.detentions_new,
                ),
            ]
            lines.append(
                self.tr("Case record: {parts}.").format(
                    parts=", ".join(text for text, count in counted if count)
                )
            )
        if plan.merged_before:
            lines.append(self.tr("This package was merged here before."))
        self.summary.setText("\n".join(lines))
        self.similar.clear()
        for person in plan.persons:
            if person.match != SIMILAR:
                continue
            item = QListWidgetItem(
                self.tr("Same person: {theirs} = {ours}").format(
                    theirs=person.name, ours=person.local_name
                )
            )
            item.setCheckState(Qt.CheckState.Checked if person.merge else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, person.package_id)
            self.similar.addItem(item)
        self.similar.setVisible(self.similar.count() > 0)
        self.safety.clear()
        for note in plan.safety:
            self.safety.addItem(
                self.tr("{label}: {field} here {ours}, package {theirs}; keeps {result}").format(
                    label=note.label,
                    field=note.field,
                    ours=note.ours,
                    theirs=note.theirs,
                    result=note.result,
                )
            )
        self.safety.setVisible(self.safety.count() > 0)
        self.conflicts.setRowCount(len(plan.conflicts))
        for row, conflict in enumerate(plan.conflicts):
            for column, value in enumerate(
                (conflict.label, conflict.field, conflict.ours, conflict.theirs)
            ):
                self.conflicts.setItem(row, column, QTableWidgetItem(str(value or "")))
            choice = QComboBox(self.conflicts)
            choice.addItems([self.tr("This archive's"), self.tr("The package's")])
            choice.setCurrentIndex(1 if conflict.take_theirs else 0)
            self.conflicts.setCellWidget(row, 4, choice)
        self.conflicts.setVisible(bool(plan.conflicts))

    # -- step 2: merge ------------------------------------------------------------------
    def _decisions(self, plan: MergePlan) -> None:
        for row, conflict in enumerate(plan.conflicts):
            widget = self.conflicts.cellWidget(row, 4)
            conflict.take_theirs = isinstance(widget, QComboBox) and widget.currentIndex() == 1
        keep_apart = {
            self.similar.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.similar.count())
            if self.similar.item(i).checkState() != Qt.CheckState.Checked
        }
        for person in plan.persons:
            if person.match == SIMILAR:
                person.merge = person.package_id not in keep_apart

    def merge(self) -> None:
        if self.running or self.reader is None or self.plan is None:
            return
        reader, plan = self.reader, self.plan
        self._decisions(plan)

        def work(archive: Archive, progress: ProgressCallback, cancel: CancelToken) -> MergeReport:
            return PackageService(archive).merge(reader, plan, progress=progress, cancel=cancel)

        self.operation.run(
            self.tr("Merging… Cancel undoes the whole merge."),
            work,
            self._merged,
            self._merge_failed,
            cancelled=self._merge_cancelled,
            stopping=self.tr("Stopping; the merge is being undone…"),
        )

    def _merged(self, report: MergeReport) -> None:
        self.report = report
        self.merge_button.setEnabled(False)
        self._close_reader()
        if report.cancelled:
            self._merge_cancelled()
            return
        for what in ("documents", "tags", "registry", "index"):
            self.session.notify(what)
        self.say(
            self.tr(
                "Merged: {new} new and {updated} updated documents, {persons} new persons,"
                " {marks} redaction marks; {open} conflicts kept this archive's value."
            ).format(
                new=report.documents_new,
                updated=report.documents_updated,
                persons=report.persons_new,
                marks=report.redactions_new,
                open=report.conflicts_open,
            ),
            "ok",
        )

    def _merge_cancelled(self) -> None:
        self.merge_button.setEnabled(False)
        self._close_reader()
        self.say(self.tr("Cancelled; nothing was changed."))

    def _merge_failed(self, error: BaseException) -> None:
        self.say(str(error), "error")

    def _close_reader(self) -> None:
        """Close the package on the database thread, after the work queued there."""
        self.reader = None
        if self._holding:
            self._holding = False
            self.session.worker.call(self.opened.close)

    def closing(self) -> None:
        self._close_reader()
