"""The import dialog: progress, counts, Cancel that keeps what was committed, summary; it
runs through the window's one operation helper (``ui.operation``), so its progress
arrives record by record and a lock drops it (issue 13)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

import archive_app.importer as importer_module
from archive_app.importer import ImportOptions, ImportReport, ImportService
from archive_app.session import Archive
from tests.conftest import PASSPHRASE
from tests.ui.conftest import MessageBoxes
from ui.dialogs.import_progress import ImportDialog
from ui.session import UiSession

OnDb = Callable[[Callable[[Archive], Any]], Any]


def write_notes(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"note-{n:03d}.txt"
        path.write_text(f"Witness note number {n}: the hearing was adjourned.\n", "utf-8")
        paths.append(path)
    return paths


OpenDialog = Callable[..., ImportDialog]


@pytest.fixture
def open_dialog(qtbot: QtBot, ui_session: UiSession, dialog_parent: QWidget) -> OpenDialog:
    def make(paths: list[Path], options: ImportOptions | None = None) -> ImportDialog:
        dialog = ImportDialog(ui_session, paths, options, dialog_parent)
        qtbot.addWidget(dialog)
        return dialog

    return make


def test_import_shows_counts_and_a_summary_with_reasons(
    qtbot: QtBot,
    open_dialog: OpenDialog,
    ui_session: UiSession,
    on_db: OnDb,
    tmp_path: Path,
    corpus: Path,
) -> None:
    folder = tmp_path / "incoming"
    notes = write_notes(folder, 3)
    (folder / "zz-copy-of-note.txt").write_bytes(
        notes[0].read_bytes()
    )  # read after note-000: duplicate
    (folder / "empty.txt").write_bytes(b"")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\nthis is not really a pdf")
    statement = corpus / "text" / "witness-statement-en.txt"

    dialog = open_dialog([folder, statement])
    changed: list[str] = []
    ui_session.changed.connect(changed.append)
    with qtbot.waitSignal(dialog.finished_import, timeout=30_000) as signal:
        dialog.show()  # showing starts it
    report = signal.args[0]
    assert isinstance(report, ImportReport)
    assert (report.imported, report.duplicates, report.failed) == (4, 1, 2)
    assert dialog.counts.text() == "Imported: 4    Duplicates: 1    Failed: 2"
    assert dialog.heading.text() == "Import finished."
    assert dialog.bar.value() == dialog.bar.maximum() == 7

    rows = {
        dialog.summary.item(r, 0).text(): (
            dialog.summary.item(r, 1).text(),
            dialog.summary.item(r, 2).text(),
        )
        for r in range(dialog.summary.rowCount())
    }
    assert {"zz-copy-of-note.txt", "empty.txt", "broken.pdf"} < set(rows)
    assert dialog.summary.rowCount() == 7  # what was imported is listed too (issue 14)
    assert dialog.summary.item(0, 1).text() == "Failed"  # what needs attention first
    assert rows["witness-statement-en.txt"][0] == "Imported"
    assert rows["witness-statement-en.txt"][1].startswith("#")
    assert rows["zz-copy-of-note.txt"][0] == "Duplicate"
    assert "already in the archive" in rows["zz-copy-of-note.txt"][1]
    assert rows["empty.txt"][0] == rows["broken.pdf"][0] == "Failed"
    assert rows["empty.txt"][1] and rows["broken.pdf"][1]  # each failure says why
    assert dialog.button.text() == "Close"
    assert "documents" in changed
    assert on_db(lambda a: a.documents.count()) == 4


def test_explicit_start_after_show_imports_once(
    qtbot: QtBot, open_dialog: OpenDialog, ui_session: UiSession, on_db: OnDb, tmp_path: Path
) -> None:
    notes = write_notes(tmp_path / "in", 2)
    dialog = open_dialog(notes)
    with qtbot.waitSignal(dialog.finished_import, timeout=30_000):
        dialog.show()
        dialog.start()  # how the main dialog_parent calls it
    qtbot.wait(50)  # a second import would have been queued by now
    assert on_db(lambda a: a.documents.count()) == 2
    assert dialog.summary.rowCount() == 2  # the imported files, each with its number


def test_cancel_stops_after_the_current_file_and_keeps_what_was_committed(
    qtbot: QtBot,
    open_dialog: OpenDialog,
    ui_session: UiSession,
    on_db: OnDb,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    notes = write_notes(tmp_path / "many", 60)
    gate, reached = threading.Event(), threading.Event()
    original = ImportService._import_one
    calls = {"n": 0}

    def slow_sixth(self: ImportService, *args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 6:  # hold the sixth file until the user has pressed Cancel
            reached.set()
            assert gate.wait(20), "the test never released the import"
        return original(self, *args, **kwargs)

    monkeypatch.setattr(ImportService, "_import_one", slow_sixth)
    dialog = open_dialog([tmp_path / "many"])
    dialog.show()
    qtbot.waitUntil(lambda: "note-005.txt" in dialog.current.text(), timeout=20_000)
    assert reached.wait(5)
    assert dialog.bar.maximum() == 60

    with qtbot.waitSignal(dialog.finished_import, timeout=30_000) as signal:
        qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)
        assert "Stopping after the current file" in dialog.note.text()
        assert not dialog.button.isEnabled()
        assert dialog.isVisible()  # Cancel does not walk away from a running import
        gate.set()
    report = signal.args[0]
    assert report.cancelled and report.imported == 6
    assert "54 files not imported" in dialog.heading.text()
    assert dialog.counts.text().startswith("Imported: 6 ")
    stored = on_db(lambda a: sorted(d.filename for d in a.documents.all()))
    assert stored == [p.name for p in notes[:6]]
    hits = on_db(lambda a: a.search.search("adjourned").total)
    assert hits == 6  # committed together with their index entries
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)  # now it closes


def test_escape_while_running_cancels_instead_of_hiding(
    qtbot: QtBot,
    open_dialog: OpenDialog,
    ui_session: UiSession,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gate, entered = threading.Event(), threading.Event()
    original = ImportService._import_one

    def held(self: ImportService, *args: Any, **kwargs: Any) -> Any:
        entered.set()
        gate.wait(20)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(ImportService, "_import_one", held)
    dialog = open_dialog(write_notes(tmp_path / "in", 5))
    dialog.show()
    qtbot.waitUntil(lambda: "Reading" in dialog.current.text(), timeout=20_000)
    # Escape once the first file is being imported (the progress line can come first,
    # and a Cancel before the first file imports none: the race seen on clean clones)
    qtbot.waitUntil(entered.is_set, timeout=20_000)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.token.cancelled
    with qtbot.waitSignal(dialog.finished_import, timeout=30_000) as signal:
        gate.set()
    assert signal.args[0].imported == 1
    assert "Cancelled" in dialog.note.text()


def test_an_empty_folder_says_so(open_dialog: OpenDialog, qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    dialog = open_dialog([tmp_path / "empty"])
    with qtbot.waitSignal(dialog.finished_import, timeout=30_000):
        dialog.show()
    assert dialog.heading.text() == "Nothing to import: no files were found."
    assert dialog.bar.text() == "no files"


def test_import_error_before_any_file_is_shown(
    qtbot: QtBot, open_dialog: OpenDialog, ui_session: UiSession, on_db: OnDb, tmp_path: Path
) -> None:
    options = ImportOptions(cases=("No such case",))
    dialog = open_dialog(write_notes(tmp_path / "in", 2), options)
    with qtbot.waitSignal(dialog.finished_import, timeout=30_000):
        dialog.show()
    assert "error" in dialog.heading.text()
    assert "No such case" in dialog.note.text()
    assert dialog.button.text() == "Close"
    assert on_db(lambda a: a.documents.count()) == 0


def test_import_with_options_files_into_a_case(
    qtbot: QtBot, open_dialog: OpenDialog, ui_session: UiSession, on_db: OnDb, tmp_path: Path
) -> None:
    on_db(lambda a: a.registry.add_case("Atajurt 19"))
    options = ImportOptions(cases=("Atajurt 19",), doc_type="witness-statement")
    dialog = open_dialog(write_notes(tmp_path / "in", 1), options)
    with qtbot.waitSignal(dialog.finished_import, timeout=30_000) as signal:
        dialog.show()
    doc = on_db(lambda a: a.documents.get(signal.args[0].document_ids[0]))
    assert doc.doc_type == "witness-statement"


def _recorded(label: Any) -> list[str]:
    """Every text ``label`` is given from now on (a fast import changes it between two
    paints; what counts is that each state was shown)."""
    texts: list[str] = []
    set_text = label.setText

    def record(text: str) -> None:
        texts.append(text)
        set_text(text)

    label.setText = record
    return texts


def test_counts_are_shown_live_as_each_file_finishes(
    qtbot: QtBot, open_dialog: OpenDialog, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-empty.txt").write_bytes(b"")  # fails
    (folder / "b-note.txt").write_text("The hearing was adjourned in Almaty.", "utf-8")
    (folder / "c-note.txt").write_text("The appeal was heard in Astana.", "utf-8")
    (folder / "d-copy.txt").write_bytes((folder / "b-note.txt").read_bytes())  # duplicate
    dialog = open_dialog([folder])
    counts, current = _recorded(dialog.counts), _recorded(dialog.current)
    with qtbot.waitSignal(dialog.finished_import, timeout=30_000):
        dialog.show()
    shown = [t for n, t in enumerate(counts) if n == 0 or counts[n - 1] != t]
    assert shown == [
        "Imported: 0    Duplicates: 0    Failed: 0",  # before the first file
        "Imported: 0    Duplicates: 0    Failed: 1",  # a-empty.txt failed
        "Imported: 1    Duplicates: 0    Failed: 1",  # b-note.txt
        "Imported: 2    Duplicates: 0    Failed: 1",  # c-note.txt
        "Imported: 2    Duplicates: 1    Failed: 1",  # d-copy.txt, and the summary
    ]
    assert [t for t in current if t.startswith("Reading")] == [
        f"Reading {name}" for name in ("a-empty.txt", "b-note.txt", "c-note.txt", "d-copy.txt")
    ]
    assert dialog.bar.value() == dialog.bar.maximum() == 4


def test_a_lock_during_an_import_closes_the_dialog_and_nothing_of_it_arrives_after(
    qtbot: QtBot,
    open_dialog: OpenDialog,
    ui_session: UiSession,
    on_db: OnDb,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(importer_module, "BATCH_FILES", 1)  # each file commits on its own
    notes = write_notes(tmp_path / "in", 5)
    reached, gate = threading.Event(), threading.Event()
    original = ImportService._import_one
    calls = {"n": 0}

    def held_third(self: ImportService, *args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 3:
            reached.set()
            assert gate.wait(20), "the test never released the import"
        return original(self, *args, **kwargs)

    monkeypatch.setattr(ImportService, "_import_one", held_third)
    dialog = open_dialog(notes)
    finished: list[Any] = []
    dialog.finished_import.connect(finished.append)
    dialog.show()
    qtbot.waitUntil(lambda: "note-002.txt" in dialog.current.text(), timeout=20_000)
    assert reached.wait(5)
    counts_before = dialog.counts.text()
    assert counts_before.startswith("Imported: 2 ")
    locked: list[bool] = []
    ui_session.lock(lambda: locked.append(True))
    assert not dialog.isVisible() and dialog.token.cancelled and not dialog.running
    assert dialog.summary.rowCount() == 0
    gate.set()  # the held file goes on; the connection is gone under it
    qtbot.waitUntil(lambda: bool(locked), timeout=20_000)  # after the import's own end
    qtbot.wait(0)
    assert finished == [] and dialog.report is None  # neither result nor error delivered
    assert dialog.counts.text() == counts_before  # no progress of the locked import shown

    with qtbot.waitSignal(ui_session.opened, timeout=20_000):
        ui_session.open(tmp_path / "case.archive", PASSPHRASE)
    stored = on_db(lambda a: sorted(d.filename for d in a.documents.all()))
    assert stored == [p.name for p in notes[:2]]  # what was committed before the lock
    assert on_db(lambda a: a.search.search("adjourned").total) == 2


def test_a_full_disk_while_page_texts_are_written_fails_that_file_and_keeps_the_earlier_ones(
    qtbot: QtBot,
    open_dialog: OpenDialog,
    on_db: OnDb,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: MessageBoxes,
) -> None:
    from storage import documents as doc_repo
    from tests.unit.test_storage_errors import _compressible_docx

    full_at: list[str] = []
    insert_pages = doc_repo.insert_pages

    def page_texts(db: Any, document_id: int, texts: list[str]) -> None:
        try:
            insert_pages(db, document_id, texts)
        except Exception as error:
            full_at.append(type(error).__name__)
            raise

    monkeypatch.setattr(doc_repo, "insert_pages", page_texts)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-small.txt").write_text("fits easily", encoding="utf-8")
    _compressible_docx(folder / "b-long-text.docx", 3)  # small bytes, 3 MB of page text
    pages = on_db(lambda a: int(a.db.scalar("PRAGMA page_count")))
    on_db(lambda a: a.db.all(f"PRAGMA max_page_count = {pages + 96}"))  # ~384 KB left
    dialog = open_dialog([folder])
    with qtbot.waitSignal(dialog.finished_import, timeout=60_000) as signal:
        dialog.show()
    assert full_at == ["StorageFull"]  # the page texts' write found the disk full
    rows = {
        dialog.summary.item(r, 0).text(): (
            dialog.summary.item(r, 1).text(),
            dialog.summary.item(r, 2).text(),
        )
        for r in range(dialog.summary.rowCount())
    }
    assert rows["b-long-text.docx"][0] == "Failed"
    assert "the disk is full" in rows["b-long-text.docx"][1]
    assert rows["a-small.txt"][0] == "Imported"  # earlier in the same batch: kept
    assert "unexpected" not in dialog.heading.text() + dialog.note.text()
    assert message_boxes.calls == []
    assert signal.args[0].stopped
    on_db(lambda a: a.db.all("PRAGMA max_page_count = 1073741823"))
    assert on_db(lambda a: [d.filename for d in a.documents.all()]) == ["a-small.txt"]
