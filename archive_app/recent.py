"""archive_app layer: the list of recently opened archives, and the switch that keeps it.

Archive file names often name the case, so the list is kept only while
``Settings.remember_recent`` is on (the default, as in KeePassXC); turning the switch off,
or "Forget this list", empties it in settings.json at once. Paths only: never a
passphrase, never anything read from an archive.
"""

from __future__ import annotations

from pathlib import Path

from archive_app.settings import Settings, save_settings

MAX_RECENT = 8


def recent_archives(settings: Settings) -> list[Path]:
    """The remembered archives that still exist, most recent first."""
    if not settings.remember_recent:
        return []
    return [Path(p) for p in settings.recent_archives if Path(p).is_file()]


def note_opened(settings: Settings, path: Path, *, save: bool = True) -> list[Path]:
    """Put ``path`` first in the list (if the list is kept) and return the list."""
    if settings.remember_recent:
        entry = str(path.expanduser().absolute())
        kept = [p for p in settings.recent_archives if p != entry]
        settings.recent_archives = [entry, *kept][:MAX_RECENT]
        if save:
            save_settings(settings)
    return recent_archives(settings)


def forget_recent(settings: Settings, *, save: bool = True) -> None:
    settings.recent_archives = []
    if save:
        save_settings(settings)


def set_remember_recent(settings: Settings, on: bool, *, save: bool = True) -> None:
    """Turn the list on or off; off forgets what it held."""
    settings.remember_recent = on
    if not on:
        settings.recent_archives = []
    if save:
        save_settings(settings)
