"""Shared fixtures. Qt runs headless; every test gets its own config/cache/data dirs."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from collections.abc import Iterator
from pathlib import Path

import pytest

from archive_app.session import Archive
from archive_app.settings import Settings

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "corpus"  # a copy of ../shared/corpus, so a clean clone has it
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    base = tmp_path_factory.mktemp("appdirs")
    for name in ("CONFIG", "CACHE", "DATA"):
        monkeypatch.setenv(f"ARCHIVE_APP_{name}_DIR", str(base / name.lower()))
    monkeypatch.delenv("ARCHIVE_PASSPHRASE", raising=False)
    monkeypatch.delenv("ARCHIVE_NEW_PASSPHRASE", raising=False)
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):  # the CLI speaks English in tests
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    return base


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    arc, _ = Archive.create(tmp_path / "case.archive", PASSPHRASE, Settings(actor="tester"))
    try:
        yield arc
    finally:
        arc.close()


@pytest.fixture
def corpus() -> Path:
    return CORPUS
