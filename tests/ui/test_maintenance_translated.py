"""The integrity check, backup and passphrase dialogs in Russian and Kazakh: their own
sentences and the lines of the core's reports (integrity check, backup, search index
status) come out in the interface language; a line the core's list does not know is
shown as the core wrote it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from archive_app.maintenance import IntegrityReport
from archive_app.session import Archive
from archive_app.settings import Settings
from tests.conftest import PASSPHRASE
from tests.ui.conftest import MessageBoxes
from tests.ui.test_translations import english_words
from ui import i18n
from ui.dialogs.maintenance import BackupDialog, ChangePassphraseDialog, IntegrityCheckDialog
from ui.main_window import MainWindow
from ui.session import UiSession

OnDb = Callable[[Callable[[Archive], Any]], Any]
WAIT = 30_000


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def items(view: Any) -> list[str]:
    return [view.item(i).text() for i in range(view.count())]


def add_document(on_db: OnDb, tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("The hearing was adjourned until March.\n", "utf-8")
    on_db(lambda a: a.importer().import_paths([note]))


def checked(qtbot: QtBot, ui_session: UiSession, parent: Any) -> IntegrityCheckDialog:
    dialog = IntegrityCheckDialog(ui_session, parent)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.run()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT)
    return dialog


def test_the_window_lists_every_report_template_of_the_core_for_translation() -> None:
    from archive_app.error_messages import report_templates
    from ui.error_texts import REPORT_TEMPLATES

    assert sorted(REPORT_TEMPLATES) == sorted(report_templates())


@pytest.mark.parametrize("language", ["ru"], indirect=True)
def test_a_healthy_check_in_russian(
    qtbot: QtBot, language: str, ui_session: UiSession, dialog_parent: Any, on_db: OnDb,
    tmp_path: Path,
) -> None:  # fmt: skip
    add_document(on_db, tmp_path)
    dialog = checked(qtbot, ui_session, dialog_parent)
    shown = items(dialog.results)
    assert dialog.report is not None and dialog.report.ok
    assert len(dialog.report.passed) == 6
    assert dialog.summary.text() == "Архив в порядке: все 6 проверок пройдены."
    assert "структура базы данных" in shown
    assert "документы целы: 1 (проверены размеры и страницы)" in shown
    assert "поисковый индекс совпадает со всеми документами (1)" in shown
    assert any(line.startswith("цепочка журнала цела (записей: ") for line in shown)
    assert english_words([*shown, dialog.summary.text()]) == []


@pytest.mark.parametrize("language", ["ru", "kk"], indirect=True)
def test_problems_found_in_russian_and_kazakh(
    qtbot: QtBot, language: str, ui_session: UiSession, dialog_parent: Any, on_db: OnDb,
    tmp_path: Path,
) -> None:  # fmt: skip
    add_document(on_db, tmp_path)
    on_db(lambda a: a.db.execute("DELETE FROM pages"))  # damage behind the app's back
    dialog = checked(qtbot, ui_session, dialog_parent)
    expected = {
        "ru": ("Найдена 1 проблема; см. список ниже.", "документ #1: страниц 0 из 1"),
        "kk": ("1 ақау табылды; төмендегі тізімді қараңыз.", "#1 құжаты: 1 бет ішінен 0 бет бар"),
    }[language]
    assert (dialog.summary.text(), items(dialog.results)[0]) == expected
    assert english_words([*items(dialog.results), dialog.summary.text()]) == []


@pytest.mark.parametrize("language", ["ru"], indirect=True)
def test_russian_plural_forms_of_the_summary(
    qtbot: QtBot, language: str, ui_session: UiSession, dialog_parent: Any
) -> None:
    dialog = IntegrityCheckDialog(ui_session, dialog_parent)
    qtbot.addWidget(dialog)
    texts = []
    for n in (1, 3, 5, 21):
        dialog._done(IntegrityReport(problems=[f"document #{i}: 0 of 1 pages" for i in range(n)]))
        texts.append(dialog.summary.text())
    assert texts == [
        "Найдена 1 проблема; см. список ниже.",
        "Найдены 3 проблемы; см. список ниже.",
        "Найдено 5 проблем; см. список ниже.",
        "Найдена 21 проблема; см. список ниже.",
    ]


@pytest.mark.parametrize("language", ["ru"], indirect=True)
def test_a_line_the_table_does_not_know_is_shown_as_written(
    qtbot: QtBot, language: str, ui_session: UiSession, dialog_parent: Any
) -> None:
    dialog = IntegrityCheckDialog(ui_session, dialog_parent)
    qtbot.addWidget(dialog)
    dialog._done(IntegrityReport(passed=["database structure", "a line from a newer core"]))
    assert items(dialog.results) == ["структура базы данных", "a line from a newer core"]


@pytest.mark.parametrize("language", ["kk"], indirect=True)
def test_a_backup_in_kazakh(
    qtbot: QtBot, language: str, ui_session: UiSession, dialog_parent: Any, on_db: OnDb,
    tmp_path: Path,
) -> None:  # fmt: skip
    add_document(on_db, tmp_path)
    dialog = BackupDialog(ui_session, dialog_parent)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.back_up()
    assert dialog.message.text() == "Сақтық көшірмені қайда жазу керектігін таңдаңыз."
    dest = tmp_path / "copy.archive"
    dialog.dest_edit.setText(str(dest))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.back_up()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT)
    assert dialog.message.text() == (
        f"Сақтық көшірме {dest} файлына жазылып, тексерілді. Ол қазіргі құпия фразамен ашылады."
    )
    shown = items(dialog.results)
    assert "бүтін құжаттар: 1 (байттары қайта хештелді)" in shown
    assert english_words([line.replace("SHA", "") for line in shown]) == []


@pytest.mark.parametrize("language", ["ru"], indirect=True)
def test_a_wrong_passphrase_in_russian(
    qtbot: QtBot, language: str, ui_session: UiSession, dialog_parent: Any
) -> None:
    dialog = ChangePassphraseDialog(ui_session, dialog_parent)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.change()
    assert dialog.message.text() == "Сначала введите текущую парольную фразу."
    dialog.current.setText("a typo in the passphrase")
    dialog.fields.first.setText("a brand new passphrase for the team")
    dialog.fields.repeat.setText("a brand new passphrase for the team")
    dialog.change()
    qtbot.waitUntil(lambda: "Ничего не изменено" in dialog.message.text(), timeout=WAIT)
    assert dialog.message.text() == "Это не текущая парольная фраза. Ничего не изменено."


@pytest.mark.parametrize("language", ["ru"], indirect=True)
def test_the_question_to_rebuild_the_index_in_russian(
    qtbot: QtBot, language: str, message_boxes: MessageBoxes
) -> None:
    window = MainWindow(UiSession(Settings(actor="tester")))
    qtbot.addWidget(window)
    window._index_checked("the archive has no search index yet")
    assert message_boxes.calls == [
        (
            "question",
            "Поисковый индекс",
            "У архива ещё нет поискового индекса. Перестроить его сейчас?",
        )
    ]


@pytest.mark.parametrize("language", ["ru", "kk"], indirect=True)
def test_the_new_passphrase_fields_and_their_strength_are_translated(
    qtbot: QtBot, language: str, ui_session: UiSession, dialog_parent: Any
) -> None:
    """Seen under Xvfb: the change-passphrase dialog said 'New passphrase' and 'strong.
    Long and varied…' in English, and the new-archive dialog 'Passphrase:'."""
    from PySide6.QtWidgets import QFormLayout, QLabel

    from ui.dialogs.create_archive import CreateArchiveDialog

    dialog = ChangePassphraseDialog(ui_session, dialog_parent)
    qtbot.addWidget(dialog)
    shown: list[str] = []
    for text in ("short", "four plain words typed here"):
        dialog.fields.first.setText(text)
        dialog.fields.repeat.setText(text + "x")
        shown += [dialog.fields.meter.text.text(), dialog.fields.problem() or ""]
    create = CreateArchiveDialog(dialog_parent)
    qtbot.addWidget(create)
    for form in (*dialog.findChildren(QFormLayout), *create.findChildren(QFormLayout)):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if label is not None and isinstance(label.widget(), QLabel):
                shown.append(label.widget().text().replace("&", ""))
    assert english_words([t for t in shown if t]) == []


def stale_index_export_error(archive: Archive, tmp_path: Path) -> BaseException:
    """What exporting by a query says when the search index is from an older version."""
    from archive_app.export import ExportError, ExportOptions

    add_document(lambda fn: fn(archive), tmp_path)
    archive.index.invalidate()
    with archive.db.atomic():
        archive.db.execute("UPDATE index_meta SET value = '0' WHERE key = 'version'")
    with pytest.raises(ExportError) as raised:
        archive.exports.documents(ExportOptions(out=tmp_path / "bundle", query="hearing"))
    return raised.value


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            "the search index is from an older version or incomplete"
            " (rebuild it: Archive > Rebuild search index)",
        ),
        (
            "ru",
            "поисковый индекс создан прежней версией программы или не достроен"
            " (перестройте его: «Архив > Перестроить поисковый индекс»)",
        ),
    ],
    indirect=["language"],
)
def test_exporting_by_a_query_on_a_stale_index_names_the_menu_that_rebuilds_it(
    language: str, expected: str, archive: Archive, tmp_path: Path
) -> None:
    from ui.error_texts import error_text

    assert error_text(stale_index_export_error(archive, tmp_path)) == expected


@pytest.mark.parametrize("language", ["ru", "kk"], indirect=True)
def test_a_backup_that_failed_its_check_is_told_in_the_interface_language(language: str) -> None:
    from storage.errors import IntegrityFailure
    from ui.error_texts import error_text

    error = IntegrityFailure(  # as storage.maintenance raises it
        "backup failed its check: backup holds 2 of 3 documents; audit chain broken at entry 7"
    )
    shown = error_text(error)
    assert english_words([shown]) == []
    assert shown.count("2") == 1 and shown.count("3") == 1 and shown.count("7") == 1
