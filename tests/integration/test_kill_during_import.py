"""SIGKILL in the middle of a large import leaves a consistent archive: the integrity check
is clean, every listed document is complete, and importing again picks up the rest."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from archive_app.session import Archive
from storage import blobs
from tests.integration.cli_helpers import REPO, cli_env
from tests.support.pdfgen import make_pdf

PASSPHRASE = "kill test passphrase long"
# The CLI with batches of 40 files: the import's own batches (500 files, 64 MB, 15 s) would
# hold this whole corpus in one or two, and a kill must land with earlier batches kept.
SMALL_BATCHES = (
    "import sys; from archive_app import importer; importer.BATCH_FILES = 40;"
    " from archive_app.cli.main import main; sys.exit(main(sys.argv[1:]))"
)


def _corpus(folder: Path) -> int:
    folder.mkdir()
    rng = random.Random(7)
    words = [
        "court",
        "witness",
        "detention",
        "appeal",
        "ruling",
        "defender",
        "assembly",
        "article",
        "covenant",
    ]
    count = 0
    for i in range(240):
        text = " ".join(rng.choice(words) for _ in range(3000))
        (folder / f"t{i:04d}.txt").write_text(f"Document {i}. {text}", encoding="utf-8")
        count += 1
        if i % 20 == 0:  # large originals make long transactions worth interrupting
            (folder / f"scan{i:04d}.png").write_bytes(
                b"\x89PNG\r\n\x1a\n" + rng.randbytes(6_000_000)
            )
            (folder / f"p{i:04d}.pdf").write_bytes(make_pdf([f"page {n} of {i}" for n in range(8)]))
            count += 2
    return count


def _import_and_kill(arc: Path, inputs: Path, delay: float) -> bool:
    """Start an import, SIGKILL it ``delay`` s after the first large scan was committed
    (the next file is another 6 MB scan, so the kill lands inside its transaction).
    Returns whether a hot journal was left behind, i.e. a transaction was cut."""
    proc = subprocess.Popen(
        [sys.executable, "-c", SMALL_BATCHES, "import", str(arc), str(inputs)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=cli_env({"ARCHIVE_PASSPHRASE": PASSPHRASE}),
        cwd=REPO,
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith(("imported:", "duplicate:")) and "scan0000.png" in line:
            break
    time.sleep(delay)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    return arc.with_name(arc.name + "-journal").exists()


def _assert_consistent(arc: Path) -> int:
    with Archive.open(arc, PASSPHRASE) as archive:
        report = archive.maintenance.check(deep=True)
        assert report.ok, report.problems
        status = archive.search.status()  # documents and index agree: both or neither
        assert status.ok, status.message
        docs = archive.documents.all()
        for doc in docs:
            assert blobs.stored_digest(archive.db, doc.id) == (doc.size, doc.sha256)
            assert len(archive.documents.pages(doc.id)) == doc.page_count
        return len(docs)


def test_sigkill_mid_import_leaves_a_consistent_archive(tmp_path: Path) -> None:
    inputs = tmp_path / "inputs"
    total = _corpus(inputs)
    arc = tmp_path / "case.archive"
    Archive.create(arc, PASSPHRASE)[0].close()
    cut = []
    for delay in (0.0, 0.02, 0.05, 0.1, 0.2, 0.4):
        cut.append(_import_and_kill(arc, inputs, delay))
        kept = _assert_consistent(arc)
        assert 0 < kept < total
        if cut[-1]:
            break
    print(f"kills: {len(cut)}, transaction cut by a kill: {any(cut)}")
    assert any(cut), "no kill landed inside a transaction; the test proved nothing"

    with Archive.open(arc, PASSPHRASE) as archive:
        before = archive.documents.count()
        again = archive.importer().import_paths([inputs])
        assert again.failed == 0
        assert again.duplicates == before
        assert archive.documents.count() == total
        assert archive.maintenance.verify_log().ok
        assert archive.search.search("Document").total == 240
        assert archive.search.status().ok
