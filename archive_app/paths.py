"""archive_app layer: where the application keeps its (non-sensitive) files.

platformdirs per OS, each overridable by an environment variable so tests and
portable installs can point them elsewhere. Nothing is created at import time.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "secure-case-archive"


def _dir(env: str, default: str) -> Path:
    override = os.environ.get(env)
    return Path(override).expanduser() if override else Path(default)


def config_dir() -> Path:
    return _dir("ARCHIVE_APP_CONFIG_DIR", platformdirs.user_config_dir(APP_NAME))


def cache_dir() -> Path:
    return _dir("ARCHIVE_APP_CACHE_DIR", platformdirs.user_cache_dir(APP_NAME))


def data_dir() -> Path:
    return _dir("ARCHIVE_APP_DATA_DIR", platformdirs.user_data_dir(APP_NAME))


def demo_archive_path() -> Path:
    return data_dir() / "demo" / "demo.archive"
