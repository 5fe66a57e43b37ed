"""What the issue-14 screenshots of the registry, import, tagging and export screens
showed, kept from coming back: the menu bar's accelerators in each language, and texts
that were cut or left in English."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMenuBar, QStyleOptionViewItem, QWidget
from pytestqt.qtbot import QtBot

from archive_app.demo import DEMO_PERSONS
from archive_app.importer import DUPLICATE, FAILED, IMPORTED, ImportReport, Outcome
from archive_app.session import Archive
from archive_app.settings import Settings
from tests.ui.test_translations import english_words
from ui import i18n
from ui.dialogs.import_progress import ImportDialog
from ui.dialogs.persons import PersonsDialog
from ui.export.wizard_bundle import BundlePage
from ui.export.wizard_pages import ProfilePage
from ui.export.wizard_run import report_lines
from ui.main_window import MainWindow
from ui.session import UiSession


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def accelerator(text: str) -> str:
    """The letter after the one '&' of a menu title ('&&' is a literal ampersand)."""
    marks: list[str] = re.findall(r"&([^&])", text.replace("&&", ""))
    assert len(marks) == 1, f"{text!r} has {len(marks)} accelerators"
    return marks[0].casefold()


@pytest.mark.parametrize("language", ["en", "ru", "kk"], indirect=True)
def test_each_menu_of_the_menu_bar_has_its_own_accelerator(qtbot: QtBot, language: str) -> None:
    window = MainWindow(UiSession(Settings(actor="tester")))
    qtbot.addWidget(window)
    bar = window.findChild(QMenuBar)
    assert bar is not None
    titles = [action.text() for action in bar.actions() if action.menu() is not None]
    assert len(titles) >= 6
    letters = [accelerator(title) for title in titles]
    assert len(set(letters)) == len(letters), titles


@pytest.mark.parametrize("language", ["en", "ru", "kk"], indirect=True)
def test_the_items_of_each_menu_have_distinct_accelerators(qtbot: QtBot, language: str) -> None:
    window = MainWindow(UiSession(Settings(actor="tester")))
    qtbot.addWidget(window)
    bar = window.findChild(QMenuBar)
    assert bar is not None
    for title in bar.actions():
        menu = title.menu()
        if menu is None:
            continue
        texts = [a.text() for a in menu.actions() if "&" in a.text().replace("&&", "")]  # type: ignore[attr-defined]
        letters = [accelerator(text) for text in texts]
        assert len(set(letters)) == len(letters), (title.text(), texts)


# -- texts the Russian and Kazakh screenshots showed in English ------------------------------
@pytest.mark.parametrize("language", ["ru", "kk"], indirect=True)
def test_the_bundle_page_speaks_the_language(qtbot: QtBot, language: str, tmp_path: Path) -> None:
    page = BundlePage()
    qtbot.addWidget(page)
    page.folder.setText(str(tmp_path))
    page.protect.setChecked(True)  # the password note and "type the password twice"
    problems = [page.problem.text(), page.password_note.text()]
    page.password_field.setText("a")
    problems.append(page.problem.text())  # the two passwords differ
    page.protect.setChecked(False)
    page.name.setText("a/b")
    problems.append(page.problem.text())
    (tmp_path / "x").mkdir()
    page.name.setText("x")
    problems.append(page.problem.text())  # already exists
    page.name.setText("y")
    page.prefix.setText("бад префикс")
    problems.append(page.problem.text())
    page.prefix.setText("DOC-")
    page.folder.setText(str(tmp_path / "missing"))
    problems.append(page.problem.text())
    assert all(problems) and len(set(problems)) == len(problems)
    assert english_words(problems) == []


@pytest.mark.parametrize("language", ["ru", "kk"], indirect=True)
def test_the_verification_report_speaks_the_language(language: str) -> None:
    outcome = SimpleNamespace(
        report=SimpleNamespace(problems=[], files=10, pdfs=7, pages=7),
        result=SimpleNamespace(first="DOC-000001", last="DOC-000006", pages=6),
        terms=8,
    )
    lines = report_lines(outcome)  # type: ignore[arg-type]
    assert len(lines) == 4
    for line in lines:
        # names of formats and tools stay as written; every sentence is translated
        words = set(re.findall(r"[A-Za-z]{3,}", line)) - {"MANIFEST", "json", "pypdf", "PDFium"}
        assert words <= {"SHA", "SUMS", "PDF", "XMP", "JavaScript", "Bates", "DOC"}, line
    assert "DOC-000001" in lines[2] and "DOC-000006" in lines[2]


@pytest.mark.parametrize("language", ["ru"], indirect=True)
def test_import_reasons_speak_the_language(
    qtbot: QtBot, language: str, ui_session: UiSession, dialog_parent: QWidget
) -> None:
    dialog = ImportDialog(ui_session, [], parent=dialog_parent, ask=True)
    assert dialog.reason_text("already in the archive as #3") == "уже в архиве как №3"
    assert dialog.reason_text("already in the archive as #3; linked").startswith("уже в архиве")
    assert dialog.reason_text("2 pages") == "2 страницы"
    assert dialog.reason_text("5 pages; OCR: 2 pages") == "5 страниц; OCR: 2 pages"
    assert dialog.reason_text("cannot read") == "cannot read"  # others as written


@pytest.mark.parametrize("language", ["ru"], indirect=True)
def test_the_redactions_tab_says_redaction_not_editing(qtbot: QtBot, language: str) -> None:
    """'Редактирование' reads as 'editing'; the tab is named as the Redact action is."""
    window = MainWindow(UiSession(Settings(actor="tester")))
    qtbot.addWidget(window)
    side = window.view.side
    tabs = [side.tabText(i) for i in range(side.count())]
    assert "Редактирование" not in tabs
    assert any(tab.startswith("Скрыт") for tab in tabs)


# -- what was cut ------------------------------------------------------------------------------
def test_the_import_summary_gives_the_reason_room(
    qtbot: QtBot, ui_session: UiSession, dialog_parent: QWidget
) -> None:
    """A long file name no longer pushes the reason (what to do) out of the table; the
    options chosen before the import make way for the summary."""
    dialog = ImportDialog(ui_session, [], parent=dialog_parent, ask=True)
    qtbot.addWidget(dialog)
    dialog.resize(680, 440)
    dialog.show()
    long_name = "hearing-record-2026-02-03-long-file-name-as-sent-by-the-court-of-appeal.txt"
    reason = "already in the archive as #1"
    report = ImportReport(
        outcomes=[
            Outcome("/in/scan-broken.pdf", FAILED, "damaged or unreadable PDF"),
            Outcome(f"/in/{long_name}", DUPLICATE, reason, 1),
            Outcome("/in/note.txt", IMPORTED, "1 page", 2),
        ]
    )
    dialog._summarise(report)
    qtbot.waitUntil(lambda: dialog.summary.isVisible())
    table = dialog.summary
    assert table.columnWidth(0) <= dialog.width() // 2
    assert table.columnWidth(2) >= table.fontMetrics().horizontalAdvance(reason)
    assert dialog.options_box is not None and not dialog.options_box.isVisible()


@pytest.mark.parametrize("language", ["en", "ru", "kk"], indirect=True)
def test_no_persons_heading_is_cut(
    qtbot: QtBot, language: str, ui_session: UiSession, dialog_parent: QWidget
) -> None:
    def add(archive: Archive) -> None:  # the demo's registry
        for name, aliases, role, status, consent in DEMO_PERSONS:
            archive.registry.add_person(
                name, aliases=list(aliases), role=role, status=status, consent=consent
            )

    ui_session.worker.submit(add).result(timeout=30)
    dialog = PersonsDialog(ui_session, dialog_parent)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == len(DEMO_PERSONS))
    header = dialog.table.horizontalHeader()
    for column in range(dialog.table.columnCount()):
        item = dialog.table.horizontalHeaderItem(column)
        assert item is not None
        text_width = header.fontMetrics().horizontalAdvance(item.text())
        assert header.sectionSize(column) >= text_width, item.text()
    assert not dialog.table.horizontalScrollBar().isVisible()


@pytest.mark.parametrize("language", ["ru", "kk"], indirect=True)
def test_the_redaction_page_speaks_the_language(
    qtbot: QtBot, language: str, ui_session: UiSession, dialog_parent: QWidget
) -> None:
    """The persons' roles and the hint under them were English in the Russian wizard."""
    ui_session.worker.submit(
        lambda a: a.registry.add_person("Yerlan Seitkali", role="defender", consent="yes")
    ).result(timeout=30)
    page = ProfilePage(ui_session)
    page.setParent(dialog_parent)
    page.initializePage()
    qtbot.waitUntil(lambda: page.others.count() == 1)
    entry = page.others.item(0).text()
    assert entry.startswith("Yerlan Seitkali · ") and "defender" not in entry
    hints = [label.text() for label in page.findChildren(QLabel) if label.objectName() == "hint"]
    assert hints and english_words(hints) == []


def test_an_import_reason_is_cut_at_its_end(
    qtbot: QtBot, ui_session: UiSession, dialog_parent: QWidget
) -> None:
    """A reason is read from its start ("damaged or inva…DF (Failed to …" was cut in its
    middle); file names keep their middle cut (the extension stays)."""
    dialog = ImportDialog(ui_session, [], parent=dialog_parent, ask=True)
    qtbot.addWidget(dialog)
    dialog._summarise(ImportReport(outcomes=[Outcome("/in/a.pdf", FAILED, "damaged PDF")]))
    table = dialog.summary

    def elide(column: int) -> Qt.TextElideMode:
        option = QStyleOptionViewItem()
        table.itemDelegateForIndex(table.model().index(0, column)).initStyleOption(  # type: ignore[attr-defined]
            option, table.model().index(0, column)
        )
        return option.textElideMode

    assert elide(2) == Qt.TextElideMode.ElideRight
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle


@pytest.mark.parametrize("language", ["ru", "kk"], indirect=True)
def test_why_real_bad_files_were_not_imported_is_said_in_the_language(
    qtbot: QtBot,
    language: str,
    ui_session: UiSession,
    on_db: Callable[[Callable[[Archive], Any]], Any],
    dialog_parent: QWidget,
    tmp_path: Path,
) -> None:
    """The reasons the importer gives for real bad files, not strings written for the
    test: a damaged PDF, a file of no known kind, an empty file, a mailbox without 'From '.
    What the file's own parser said (in brackets) stays as it said it."""
    files = {
        "broken.pdf": b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without xref",
        "unknown.bin": bytes(range(256)) * 8,
        "empty.txt": b"",
        "box.mbox": b"Subject: no From line\n\nbody\n",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    report = on_db(lambda a: a.importer().import_paths([tmp_path / n for n in files]))
    failed = [o for o in report.outcomes if o.status == FAILED]
    assert len(failed) == len(files), [(o.name, o.status, o.message) for o in report.outcomes]
    dialog = ImportDialog(ui_session, [], parent=dialog_parent, ask=True)
    for outcome in failed:
        shown = dialog.reason_text(outcome.message)
        sentence = re.sub(r"\(.*\)|'From '|\.mbox|\.eml|PDF", "", shown)
        assert shown != outcome.message and not english_words([sentence]), shown
