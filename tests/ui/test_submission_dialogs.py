"""Chronology, fact and draft dialogs (issue 20), as a lawyer uses them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from archive_app.facts.dates import FactDate
from archive_app.facts.service import FactInput, FactService
from archive_app.session import Archive
from tests.ui.conftest import MessageBoxes
from ui import file_dialogs
from ui.chronology.view import ChronologyDialog
from ui.dialogs.draft_wizard import DraftDialog
from ui.dialogs.fact_editor import FactDialog, Passage
from ui.session import UiSession

OnDb = Callable[[Callable[[Archive], Any]], Any]


def _seed(archive: Archive, tmp_path: Path) -> int:
    text = tmp_path / "ruling.txt"
    text.write_text("Суд рассмотрел жалобу 14 января 2026 года.", encoding="utf-8")
    doc_id = archive.importer().import_paths([text]).document_ids[0]
    archive.registry.add_case("Seitkali")
    archive.registry.add_person(
        "Yerlan Seitkali", aliases=["Сейткали Ерлан Маратович"], role="defender"
    )
    service = FactService(archive)
    service.add(FactInput("Detained in Taldykorgan", FactDate.parse("2025-11-14"), case="Seitkali"))
    service.add(FactInput("Appeal dismissed", FactDate.parse("2026-02-10"), case="Seitkali"))
    charged = FactInput(
        "Charged under art. 174", FactDate.parse("2025-11"), case="Seitkali", status="disputed"
    )
    service.add(charged)
    service.set_consent(
        "Yerlan Seitkali", "wgad", submit="yes", public_naming="initials", anonymised="yes"
    )
    return doc_id


@pytest.fixture
def chronology(
    qtbot: QtBot, ui_session: UiSession, dialog_parent: QWidget, on_db: OnDb, tmp_path: Path
) -> ChronologyDialog:
    on_db(lambda a: _seed(a, tmp_path))
    dialog = ChronologyDialog(ui_session, dialog_parent)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
    return dialog


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def _column(dialog: ChronologyDialog, column: int) -> list[str]:
    proxy = dialog.proxy
    return [str(proxy.index(r, column).data()) for r in range(proxy.rowCount())]


def test_chronology_sorts_by_date_and_filters(chronology: ChronologyDialog) -> None:
    assert _column(chronology, 0) == ["Nov 2025", "14 Nov 2025", "10 Feb 2026"]
    chronology.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _column(chronology, 0)[0] == "10 Feb 2026"
    chronology.filter_edit.setText("appeal")
    assert _column(chronology, 1) == ["Appeal dismissed"]
    chronology.filter_edit.clear()
    chronology.status_box.setCurrentIndex(chronology.status_box.findData("disputed"))
    assert _column(chronology, 1) == ["Charged under art. 174"]
    assert chronology.count.text() == "1 of 3 facts"


def test_edit_a_fact_from_the_chronology(
    qtbot: QtBot, chronology: ChronologyDialog, ui_session: UiSession, on_db: OnDb
) -> None:
    chronology.table.selectRow(0)
    row = chronology.selected()
    assert row is not None
    dialog = FactDialog(ui_session, chronology, row=row)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.persons.count() == 1)
    dialog.date_edit.setText("2025-11-12")
    dialog.persons.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
    qtbot.waitUntil(lambda: "12 Nov 2025" in _column(chronology, 0))
    assert _column(chronology, 2)[0] == "Yerlan Seitkali"
    facts = on_db(lambda a: FactService(a).chronology(case="Seitkali"))
    assert (facts[0].date_start, len(facts[0].person_ids)) == ("2025-11-12", 1)


def test_bad_date_is_refused_in_the_dialog(qtbot: QtBot, chronology: ChronologyDialog) -> None:
    dialog = FactDialog(chronology.session, chronology)
    qtbot.addWidget(dialog)
    dialog.statement.setPlainText("Something happened")
    dialog.date_edit.setText("13.11.2025")
    assert dialog.date_hint.text() == "Not a date yet."
    dialog.save()
    assert "not a date" in dialog.message.text()


def test_add_as_fact_proposes_date_and_persons(
    qtbot: QtBot, ui_session: UiSession, dialog_parent: QWidget, on_db: OnDb, tmp_path: Path
) -> None:
    doc_id = on_db(lambda a: _seed(a, tmp_path))
    passage = Passage(
        "Сейткали Ерлан Маратович задержан 13 ноября 2025 года", doc_id, "Ruling", 1, 2025
    )
    dialog = FactDialog(ui_session, dialog_parent, passage=passage)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.persons.count() == 1)
    assert dialog.date_edit.text() == "2025-11-13"
    assert dialog.date_hint.text().startswith("Proposed from the passage: 13 Nov 2025")
    assert dialog.persons.item(0).checkState() == Qt.CheckState.Checked  # the mention engine
    assert "p" in dialog.source.text() and f"#{doc_id}" in dialog.source.text()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
    assert dialog.saved is not None
    fact = dialog.saved
    assert (fact.document_id, fact.page_no, fact.date_start) == (doc_id, 1, "2025-11-13")
    assert fact.quote == passage.text


def test_draft_dialog_checks_then_writes(
    qtbot: QtBot,
    chronology: ChronologyDialog,
    ui_session: UiSession,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: MessageBoxes,
) -> None:
    dialog = DraftDialog(ui_session, chronology, case_id=None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.case_box.count() == 1 and dialog.write_button.isEnabled())
    # checked live on opening: nobody has consent yet for the case's facts' persons
    qtbot.waitUntil(lambda: dialog.open_points is not None, timeout=10_000)
    first = dialog.checklist.item(0)
    assert first is not None and "--person" in first.text()
    dialog.persons.item(0).setCheckState(Qt.CheckState.Checked)  # checks again by itself

    def lines() -> list[str]:
        items = (dialog.checklist.item(i) for i in range(dialog.checklist.count()))
        return [item.text() for item in items if item is not None]

    qtbot.waitUntil(lambda: any(line.startswith("Missing:") for line in lines()), timeout=10_000)
    assert any("Y. S." in line for line in lines())  # about him now, by initials
    assert dialog.message.text() == "Nothing written yet."
    out = tmp_path / "draft-wgad.docx"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: out)
    dialog.write_button.click()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20_000)
    assert dialog.message.text() == f"Written to {out}."
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Y. S." in text and "Seitkali" not in text


def test_remedies_dialog_adds_and_orders_steps(
    qtbot: QtBot, ui_session: UiSession, dialog_parent: QWidget, on_db: OnDb, tmp_path: Path
) -> None:
    from ui.dialogs.remedies import RemediesDialog

    on_db(lambda a: _seed(a, tmp_path))
    dialog = RemediesDialog(ui_session, dialog_parent)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.case_box.count() == 1)
    for kind, filed in (("appeal", "2026-01-20"), ("prosecutor-complaint", "2026-01-05")):
        dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(kind))
        dialog.filed_edit.setText(filed)
        dialog.add_button.click()
        qtbot.waitUntil(lambda f=filed: f in [r.filed_on for r in dialog.remedies])  # type: ignore[misc]
    dialog.table.selectRow(1)
    dialog.up_button.click()
    qtbot.waitUntil(lambda: dialog.remedies[0].kind == "prosecutor-complaint")
    assert _cell(dialog.table, 0, 1) == "prosecutor complaint"
    dialog.filed_edit.setText("last week")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: "not a date" in dialog.message.text())
    assert len(on_db(lambda a: FactService(a).remedies("Seitkali"))) == 2


def test_consent_dialog_records_per_mechanism(
    qtbot: QtBot, ui_session: UiSession, dialog_parent: QWidget, on_db: OnDb, tmp_path: Path
) -> None:
    from ui.dialogs.consent import ConsentDialog

    on_db(lambda a: _seed(a, tmp_path))
    dialog = ConsentDialog(ui_session, dialog_parent)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    dialog.person_box.setCurrentIndex(dialog.person_box.findText("Yerlan Seitkali"))
    qtbot.waitUntil(
        lambda: dialog.rows["wgad"]["public_naming"].currentData() == "initials"  # as seeded
    )
    hrc = dialog.rows["hrc"]
    hrc["submit"].setCurrentIndex(hrc["submit"].findData("yes"))
    hrc["public_naming"].setCurrentIndex(hrc["public_naming"].findData("none"))
    hrc["submit_date"].setText("2026-02-01")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.message.text() == "Saved.")
    record = on_db(lambda a: FactService(a).consent("Yerlan Seitkali", "hrc"))
    assert (record.submit, record.public_naming, record.submit_date) == (
        "yes",
        "none",
        "2026-02-01",
    )
    assert on_db(lambda a: FactService(a).consent("Yerlan Seitkali", "sp")) is None


def test_codes_and_dates_are_shown_in_the_interface_language(
    qtbot: QtBot, ui_session: UiSession, dialog_parent: QWidget, on_db: OnDb, tmp_path: Path
) -> None:
    from ui import i18n
    from ui.dialogs.consent import ConsentDialog
    from ui.dialogs.remedies import RemediesDialog

    def add(archive: Archive) -> None:
        doc = _seed(archive, tmp_path)
        FactService(archive).add(FactInput("Transferred", case="Seitkali"))  # no date yet
        when = FactDate.parse("2026-01-14")
        FactService(archive).add(
            FactInput("Ruling", when, document_id=doc, page_no=1, case="Seitkali")
        )
        FactService(archive).add_remedy("Seitkali", "prosecutor-complaint", outcome="no-response")

    on_db(add)
    i18n.install("ru")
    try:
        remedies = RemediesDialog(ui_session, dialog_parent)
        qtbot.addWidget(remedies)
        qtbot.waitUntil(lambda: remedies.table.rowCount() == 1)
        assert (_cell(remedies.table, 0, 1), _cell(remedies.table, 0, 4)) == (
            "жалоба прокурору",
            "нет ответа",
        )
        assert remedies.kind_box.itemText(0) == "апелляция"
        assert remedies.filed_edit.placeholderText() == "ГГГГ-ММ-ДД"
        consent = ConsentDialog(ui_session, dialog_parent)
        qtbot.addWidget(consent)
        labels = [w.text() for w in consent.findChildren(QLabel)]
        assert "Комитет по правам человека" in labels and "HRC" not in labels
        chronology = ChronologyDialog(ui_session, dialog_parent)
        qtbot.addWidget(chronology)
        qtbot.waitUntil(lambda: chronology.model.rowCount() == 5)
        dates = _column(chronology, 0)
        assert dates[-1] == "уточняется" and "14 нояб. 2025" in dates
        assert "#1 Суд рассмотрел жалобу 14 января 2026 года., стр. 1" in _column(chronology, 4)
    finally:
        i18n.install("en")
