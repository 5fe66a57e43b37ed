"""A write the core does not audit still reaches an open window (issue 13): suggestions
recomputed on the database thread are announced as ``changed("suggestions")`` after the
job, with no notify from the caller; a recomputation that changes nothing is silent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from archive_app.session import Archive
from ui.session import UiSession

OnDb = Callable[[Callable[[Archive], Any]], Any]


def test_recomputed_suggestions_are_announced_only_when_they_change(
    qtbot: QtBot, ui_session: UiSession, on_db: OnDb, tmp_path: Path
) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Yerlan Seitkali was detained in Almaty.", encoding="utf-8")

    def fill(archive: Archive) -> int:
        archive.registry.add_person("Yerlan Seitkali")
        return archive.importer().import_paths([note]).document_ids[0]

    doc_id = on_db(fill)
    heard: list[str] = []
    ui_session.changed.connect(heard.append)
    done: list[int] = []
    ui_session.run(lambda _a: -1, done.append)  # what the fill announced arrives before it
    qtbot.waitUntil(lambda: done == [-1], timeout=20_000)
    assert "documents" in heard
    heard.clear()
    done.clear()
    ui_session.run(lambda a: a.suggestions.refresh(doc_id), done.append)  # nothing new
    qtbot.waitUntil(lambda: len(done) == 1, timeout=20_000)
    assert heard == []  # announced before the result is delivered, so none will come
    on_db(lambda a: a.registry.edit_person("Yerlan Seitkali", name="Aigul Nurova"))
    ui_session.run(lambda _a: -1, lambda _r: heard.append("flushed"))
    qtbot.waitUntil(lambda: "flushed" in heard, timeout=20_000)
    assert heard == ["registry", "flushed"]
    heard.clear()
    ui_session.run(lambda a: a.suggestions.refresh(doc_id), done.append)  # drops the name
    qtbot.waitUntil(lambda: len(done) == 2, timeout=20_000)
    assert heard == ["suggestions"] and done == [1, 0]
