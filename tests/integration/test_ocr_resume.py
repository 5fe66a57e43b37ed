"""Background OCR through the real CLI: killed with SIGKILL mid-run it resumes where it
stopped with no page half-written, and nothing it read reaches the disk in plaintext
(the canary scan of test_no_plaintext, over the archive, TMPDIR, the app directories
and new files under /tmp, where Tesseract or Leptonica would put temporary files)."""

from __future__ import annotations

import os
import pty
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archive_app.session import Archive
from indexing.ocr import ocr_problem
from tests.conftest import PASSPHRASE
from tests.integration.cli_helpers import REPO, cli_env, run_cli
from tests.integration.test_no_plaintext import _leaks
from tests.support.scans import scan_page, scanned_pdf

pytestmark = pytest.mark.skipif(bool(ocr_problem()), reason="Tesseract (kaz+rus+eng) missing")

LATIN = "CANARY7f3a9cQalzhatWitness"
PAGES = 8
LINES = [
    "Statement of {name} taken on 9 December 2025 in Taldykorgan.",
    "The witness {name} saw the police arrive at the edge of the village.",
]


def _pages(count: int, name: str = "Bolat Nurlanuly") -> list[str]:
    return [
        "\n".join(line.format(name=name) for line in LINES) + f"\nPage {n}." for n in range(count)
    ]


def _wait_for_progress(fd: int, marker: str) -> None:
    """Read the terminal until ``marker`` shows (blocking: no clock; the process ending
    first ends the read and fails the test with what it printed last)."""
    seen = b""
    while marker.encode() not in seen:
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the process ended (EIO on a pseudo-terminal)
            break
        if not chunk:
            break
        seen += chunk
    assert marker.encode() in seen, seen[-200:]


def _env(tmp: Path) -> dict[str, str]:
    for sub in ("tmp", "app"):
        (tmp / sub).mkdir(exist_ok=True)
    return {
        "TMPDIR": str(tmp / "tmp"),
        "ARCHIVE_PASSPHRASE": PASSPHRASE,
        "ARCHIVE_APP_CONFIG_DIR": str(tmp / "app" / "config"),
        "ARCHIVE_APP_CACHE_DIR": str(tmp / "app" / "cache"),
        "ARCHIVE_APP_DATA_DIR": str(tmp / "app" / "data"),
    }


def test_a_killed_ocr_run_resumes_and_leaves_no_half_written_page(tmp_path: Path) -> None:
    env = _env(tmp_path)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(scanned_pdf([scan_page(t, stamp=False, noise=0) for t in _pages(PAGES)]))
    arc = str(tmp_path / "case.archive")
    assert run_cli("init", arc, env=env).returncode == 0
    assert run_cli("import", arc, str(scan), env=env).returncode == 0
    # On a terminal the CLI shows "[###---] 2/8": once 2 pages are stored, kill it.
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "archive_app.cli.main", "ocr", arc, "--jobs", "1"],
        env=cli_env(env),
        cwd=REPO,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=follower,
        start_new_session=True,
    )
    os.close(follower)
    _wait_for_progress(leader, f"] 2/{PAGES}")
    os.killpg(proc.pid, signal.SIGKILL)
    os.close(leader)
    proc.wait(timeout=10)
    with Archive.open(Path(arc), PASSPHRASE) as archive:
        queued, failed = archive.ocr.counts()
        read = archive.ocr.pages(1)
        texts = archive.documents.pages(1)
        assert queued + len(read) == PAGES and 0 < len(read) < PAGES and failed == 0
        for number, page in read.items():  # stored whole: text, page text and index agree
            assert "Nurlanuly" in page.text and texts[number - 1] == page.text
        assert all(texts[n - 1] == "" for n in range(1, PAGES + 1) if n not in read)
        assert archive.index.documents_whose_entries_differ() == []
    print(f"\nkilled after {len(read)} of {PAGES} pages were stored")
    done = run_cli("ocr", arc, env=env)
    assert done.returncode == 0, done.stderr
    pages = "page" if queued == 1 else "pages"
    assert f"OCR: {queued} of {queued} {pages} read" in done.stdout
    with Archive.open(Path(arc), PASSPHRASE) as archive:
        assert archive.ocr.counts() == (0, 0)
        assert len(archive.ocr.pages(1)) == PAGES
        hit = archive.search.search("Nurlanuly").hits[0]
        assert [p.page for p in hit.pages] == list(range(1, PAGES + 1))


def test_no_ocr_text_reaches_disk(tmp_path: Path) -> None:
    env = _env(tmp_path)
    started = time.time() - 1
    scan = tmp_path / "inputs" / "canary-scan.pdf"
    scan.parent.mkdir()
    scan.write_bytes(scanned_pdf([scan_page(_pages(1, LATIN)[0], stamp=False, noise=0)]))
    arc = tmp_path / "work" / "case.archive"
    arc.parent.mkdir()
    for step in (("init", str(arc)), ("import", str(arc), str(scan), "--ocr")):
        result = run_cli(*step, env=env)
        assert result.returncode == 0, (step, result.stderr)
    shown = run_cli("show", str(arc), "1", "--text", env=env).stdout
    assert LATIN in shown  # OCR really read the canary...
    scan.unlink()  # (the input scan is an image; it holds no text, but leave no doubt)
    roots = [tmp_path / "work", tmp_path / "tmp", tmp_path / "app"]
    files = [p for root in roots for p in root.rglob("*") if p.is_file()]
    for path in Path("/tmp").glob("*"):  # new files Tesseract or Leptonica might have made
        try:
            if path.is_file() and path.stat().st_mtime >= started and path.stat().st_size < 5e7:
                files.append(path)
        except OSError:
            continue
    assert any(p.name == "case.archive" for p in files)
    leaks = [leak for p in files for leak in _leaks(p)]
    assert leaks == []  # ...and it is nowhere on disk in a readable form
