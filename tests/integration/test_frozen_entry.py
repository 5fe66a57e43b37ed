"""The frozen build's entry points, checked from source (``make dist`` itself is not run here).

A frozen app has no ``python -m``: its PDF and OCR sandboxes start as ``archive-app
--worker MODULE ARGS`` (indexing.extract.launch, ui.app.main). These tests run the very
entry script PyInstaller freezes (release/entry.py) as if it were that executable.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from archive_app.hardening import WORKER_LAUNCHER
from indexing.extract import Extractor, Limits, Source
from indexing.extract.launch import WORKER_FLAG, worker_command

REPO = Path(__file__).resolve().parents[2]
ENTRY = REPO / "release" / "entry.py"
SPEC = REPO / "release" / "archive-app.spec"
PDF = REPO / "tests" / "corpus" / "pdf" / "pdflatex-4-pages.pdf"


def test_from_source_a_worker_is_a_fresh_interpreter_through_the_launcher() -> None:
    argv = worker_command("indexing.extract.pdf_worker", ["1", "2"], WORKER_LAUNCHER)
    assert argv == [
        sys.executable,
        "-s",
        "-m",
        WORKER_LAUNCHER,
        "indexing.extract.pdf_worker",
        "1",
        "2",
    ]
    assert worker_command("m", [], "") == [sys.executable, "-s", "-m", "m"]


def test_frozen_a_worker_is_the_application_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/archive-app/archive-app")
    argv = worker_command("indexing.extract.pdf_worker", ["1", "2"], WORKER_LAUNCHER)
    assert argv == [
        "/opt/archive-app/archive-app",
        WORKER_FLAG,
        "indexing.extract.pdf_worker",
        "1",
        "2",
    ]


@pytest.fixture
def frozen_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An executable that behaves like the frozen app: it runs release/entry.py."""
    app = tmp_path / "archive-app"
    app.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{ENTRY}" "$@"\n', encoding="utf-8")
    app.chmod(app.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app))
    return app


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_pdf_sandbox_starts_from_the_frozen_entry_hardened(
    frozen_app: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # from another folder and by a relative path, as `archive-app import x.archive docs/`
    monkeypatch.chdir(PDF.parent)
    with Extractor(Limits(worker_launcher=WORKER_LAUNCHER)) as extractor:
        result = extractor.extract(Source.from_path(Path(PDF.name)))
        proc = extractor._pdf._proc
        assert proc is not None and proc.poll() is None
        cmdline = Path(f"/proc/{proc.pid}/cmdline").read_bytes().decode().split("\0")
        limits = Path(f"/proc/{proc.pid}/limits").read_text()
    assert len(result.pages) == 4 and any(page.strip() for page in result.pages)
    assert cmdline[1:4] == [str(ENTRY), WORKER_FLAG, "indexing.extract.pdf_worker"]
    core = next(line for line in limits.splitlines() if line.startswith("Max core file size"))
    assert core.split()[4:6] == ["0", "0"]  # hardened before it read the PDF


def test_the_worker_entry_runs_indexing_modules_only(frozen_app: Path) -> None:
    done = subprocess.run(
        [str(frozen_app), WORKER_FLAG, "os"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode != 0
    assert "indexing.MODULE" in done.stderr


def test_the_spec_freezes_the_entry_script_with_every_worker_module() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    assert '"entry.py"' in spec and "collect_submodules(package)" in spec
    assert '"indexing"' in spec and 'collect_data_files("resources"' in spec
    assert "from ui.app import main" in ENTRY.read_text(encoding="utf-8")
    assert os.access(REPO / "release" / "build-dist", os.X_OK)
    assert os.access(REPO / "release" / "dist-check", os.X_OK)
