"""archive_app layer: user settings (limits and defaults). Never anything from an archive.

The one thing that names an archive is the list of recently opened archive files, kept
only while ``remember_recent`` is on (archive_app.recent); turning it off forgets the list.
"""

from __future__ import annotations

import getpass
import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from archive_app.hardening import WORKER_LAUNCHER
from archive_app.paths import config_dir
from indexing.extract import Limits


@dataclass
class Settings:
    max_import_mb: int = 1024
    pdf_timeout_s: int = 180
    idle_lock_minutes: int = 5
    actor: str = ""
    clipboard_clear_seconds: int = 30  # copied archive text is cleared after this; 0: on lock
    remember_recent: bool = True  # as KeePassXC does; the list is paths only
    recent_archives: list[str] = field(default_factory=list)
    language: str = ""  # interface language: "en", "ru", "kk"; "" follows the system
    ocr_languages: str = "kaz+rus+eng"  # Tesseract models scans are read with, in order
    theme: str = ""  # "light", "dark"; "" follows the system's colour scheme

    def limits(self) -> Limits:
        return Limits(
            max_file_bytes=self.max_import_mb * 1024 * 1024,
            pdf_timeout_s=float(self.pdf_timeout_s),
            worker_launcher=WORKER_LAUNCHER,  # the PDF sandbox is hardened like the app
        )

    def actor_name(self) -> str:
        if self.actor:
            return self.actor
        try:
            return getpass.getuser()
        except (KeyError, OSError):  # no login name (some containers)
            return "unknown"


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load_settings() -> Settings:
    path = settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    known = {f.name for f in fields(Settings)}
    values = {k: v for k, v in raw.items() if k in known}
    recent = values.get("recent_archives")
    values["recent_archives"] = (
        [p for p in recent if isinstance(p, str)] if isinstance(recent, list) else []
    )
    try:
        return Settings(**values)
    except TypeError:
        return Settings()


def save_settings(settings: Settings) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
    os.replace(tmp, path)
