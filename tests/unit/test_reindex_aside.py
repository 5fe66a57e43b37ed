"""A reindex builds the new index aside and swaps it in one transaction at the end
(DESIGN §2): a rebuild that is cancelled, or a process killed with SIGKILL in the middle
of one, leaves the previous index as it was, complete and searchable."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from archive_app.session import Archive
from archive_app.settings import Settings
from archive_app.tasks import CancelToken, Progress
from storage import index_files
from tests.conftest import PASSPHRASE, REPO

DOCUMENTS = 12


def _fill(archive: Archive, tmp_path: Path) -> list[int]:
    folder = tmp_path / "files"
    folder.mkdir()
    for n in range(DOCUMENTS):
        (folder / f"d{n:02d}.txt").write_text(
            f"Witness statement {n} about Qalzhat detention, page text {n} " * 20,
            encoding="utf-8",
        )
    return list(archive.importer().import_paths([folder]).document_ids)


def _index_names(archive: Archive) -> set[str]:
    return {name.lstrip("_").split("_", 1)[0] for name in index_files.names(archive.db)}


def test_a_finished_reindex_swaps_the_name_and_drops_the_old_files(
    archive: Archive, tmp_path: Path
) -> None:
    _fill(archive, tmp_path)
    before = archive.index.name
    assert archive.search.reindex()
    assert archive.index.name != before
    assert _index_names(archive) == {archive.index.name}
    assert archive.search.status().ok
    assert archive.search.search("Qalzhat").total == DOCUMENTS
    assert archive.search.reindex()  # and back again
    assert archive.index.name == before and _index_names(archive) == {before}


def test_a_cancelled_reindex_keeps_the_previous_index(
    archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import archive_app.search as search_module

    _fill(archive, tmp_path)
    name = archive.index.name
    monkeypatch.setattr(search_module, "REINDEX_PAGES", 1)  # one document per batch
    token = CancelToken()

    def cancel_after_some(p: Progress) -> None:
        if p.done >= DOCUMENTS // 2:
            token.cancel()

    assert not archive.search.reindex(progress=cancel_after_some, cancel=token)
    assert archive.index.name == name
    assert _index_names(archive) == {name}  # the half-built index was dropped
    assert archive.search.status().ok
    assert archive.search.search("Qalzhat").total == DOCUMENTS


KILLED_CHILD = """
import sys, time
from pathlib import Path
import archive_app.search as search_module
from archive_app.session import Archive
from archive_app.settings import Settings

search_module.REINDEX_PAGES = 1  # one document per committed batch
path = Path(sys.argv[1])
archive = Archive.open(path, sys.argv[2], Settings(actor="tester"))

def progress(p):
    if p.done >= 4:  # several batches of the new index are committed aside
        print("building", flush=True)  # the parent reads this line, then kills
        time.sleep(120)  # killed here

archive.search.reindex(progress=progress)
"""


def test_a_reindex_killed_with_sigkill_leaves_the_previous_index(tmp_path: Path) -> None:
    path = tmp_path / "case.archive"
    archive, _ = Archive.create(path, PASSPHRASE, Settings(actor="tester"))
    try:
        _fill(archive, tmp_path)
        name = archive.index.name
    finally:
        archive.close()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(KILLED_CHILD), str(path), PASSPHRASE],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert child.stdout is not None
        # blocks until the child is in the middle of the build (or ends: then its error)
        reached = child.stdout.readline()
        assert reached == b"building\n", child.stderr.read() if child.stderr else ""
        os.kill(child.pid, signal.SIGKILL)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(10)
        for stream in (child.stdout, child.stderr):
            if stream:
                stream.close()
    assert child.returncode == -signal.SIGKILL

    with Archive.open(path, PASSPHRASE, Settings(actor="tester")) as reopened:
        assert reopened.index.name == name
        assert reopened.index.aside_name in _index_names(reopened), "nothing was built aside"
        status = reopened.search.status(full=True)
        assert status.ok, status.message
        assert reopened.search.search("Qalzhat").total == DOCUMENTS
        assert reopened.search.reindex()  # the next rebuild drops the leftovers and swaps
        assert _index_names(reopened) == {reopened.index.name}
        assert reopened.search.search("Qalzhat").total == DOCUMENTS
