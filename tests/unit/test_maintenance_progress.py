"""Deep check and backup report progress per document and stop on Cancel (issue 13):
a cancelled backup leaves nothing at its destination."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive_app.errors import Cancelled
from archive_app.session import Archive
from archive_app.tasks import CancelToken, Progress
from tests.conftest import PASSPHRASE


def _fill(archive: Archive, tmp_path: Path, count: int = 5) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    for n in range(count):
        (folder / f"d{n}.txt").write_text(f"statement {n} " * 50, encoding="utf-8")
    archive.importer().import_paths([folder])


def test_deep_check_reports_each_document(archive: Archive, tmp_path: Path) -> None:
    _fill(archive, tmp_path)
    seen: list[Progress] = []
    report = archive.maintenance.check(deep=True, progress=seen.append, cancel=CancelToken())
    assert report.ok
    assert [p.done for p in seen] == [0, 1, 2, 3, 4] and {p.total for p in seen} == {5}
    assert all(p.item_id for p in seen)


def test_a_cancelled_check_stops(archive: Archive, tmp_path: Path) -> None:
    _fill(archive, tmp_path)
    token = CancelToken()
    seen: list[Progress] = []

    def cancel_at_two(p: Progress) -> None:
        seen.append(p)
        if p.done == 2:
            token.cancel()

    with pytest.raises(Cancelled):
        archive.maintenance.check(deep=True, progress=cancel_at_two, cancel=token)
    assert [p.done for p in seen] == [0, 1, 2]


def test_a_cancelled_backup_leaves_nothing(archive: Archive, tmp_path: Path) -> None:
    _fill(archive, tmp_path)
    token = CancelToken()
    dest = tmp_path / "out" / "copy.archive"
    dest.parent.mkdir()

    def cancel_at_one(p: Progress) -> None:
        assert p.phase == "verify"
        if p.done == 1:
            token.cancel()

    with pytest.raises(Cancelled):
        archive.maintenance.backup(dest, PASSPHRASE, progress=cancel_at_one, cancel=token)
    assert list(dest.parent.iterdir()) == []
    assert archive.maintenance.check().ok


def test_a_backup_after_a_search_is_written(archive: Archive, tmp_path: Path) -> None:
    """A search leaves the index open (blob handles on its files); SQLite would not
    detach the copy ("database backup is locked") and Back up failed after any search.
    The search still answers afterwards, from readers opened again."""
    from indexing.search import SearchRequest

    _fill(archive, tmp_path)
    assert archive.search.search(SearchRequest("statement")).total == 5
    assert archive.search.status().ok  # a full status reads the index too
    dest = tmp_path / "copy.archive"
    report = archive.maintenance.backup(dest, PASSPHRASE)
    assert report.ok and dest.is_file()
    assert archive.search.search(SearchRequest("statement")).total == 5
    with Archive.open(dest, PASSPHRASE) as copy:
        assert copy.search.search(SearchRequest("statement")).total == 5
