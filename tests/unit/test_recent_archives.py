"""The recent-archives list: kept only while the switch is on, forgotten on request."""

from __future__ import annotations

import json
from pathlib import Path

from archive_app.recent import (
    MAX_RECENT,
    forget_recent,
    note_opened,
    recent_archives,
    set_remember_recent,
)
from archive_app.settings import Settings, load_settings, settings_path


def archive_file(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_bytes(b"x")
    return path


def stored() -> dict[str, object]:
    return dict(json.loads(settings_path().read_text(encoding="utf-8")))


def test_on_by_default_most_recent_first_and_saved(tmp_path: Path) -> None:
    settings = Settings()
    assert settings.remember_recent
    first = archive_file(tmp_path, "atajurt-medical.archive")
    second = archive_file(tmp_path, "other.archive")
    note_opened(settings, first)
    assert note_opened(settings, second) == [second, first]
    assert note_opened(settings, first) == [first, second]  # once, moved to the top
    assert stored()["recent_archives"] == [str(first), str(second)]
    assert recent_archives(load_settings()) == [first, second]


def test_list_is_bounded_and_skips_files_that_are_gone(tmp_path: Path) -> None:
    settings = Settings()
    paths = [archive_file(tmp_path, f"a{n}.archive") for n in range(MAX_RECENT + 3)]
    for path in paths:
        note_opened(settings, path)
    assert recent_archives(settings) == paths[::-1][:MAX_RECENT]
    paths[-1].unlink()
    assert paths[-1] not in recent_archives(settings)


def test_forget_and_switching_off_leave_no_path_in_the_settings_file(tmp_path: Path) -> None:
    settings = Settings()
    path = archive_file(tmp_path, "atajurt-maksutkhan.archive")
    note_opened(settings, path)
    forget_recent(settings)
    assert "atajurt" not in settings_path().read_text(encoding="utf-8")
    assert recent_archives(settings) == []

    note_opened(settings, path)
    set_remember_recent(settings, False)
    assert "atajurt" not in settings_path().read_text(encoding="utf-8")
    assert stored()["remember_recent"] is False
    note_opened(settings, path)  # opened again while off: not noted
    assert "atajurt" not in settings_path().read_text(encoding="utf-8")
    assert recent_archives(load_settings()) == []
    set_remember_recent(settings, True)
    assert recent_archives(settings) == []  # nothing comes back


def test_damaged_settings_file_gives_defaults() -> None:
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    for text in ("[1, 2]", "{", '{"recent_archives": "x", "clipboard_clear_seconds": 5}'):
        settings_path().write_text(text, encoding="utf-8")
        loaded = load_settings()
        assert loaded.recent_archives == []
    assert loaded.clipboard_clear_seconds == 5
