"""The import's reader thread: files read, hashed and extracted ahead of the writer, in
order, from the very bytes that were hashed; what it cannot read is left to the writer."""

from __future__ import annotations

import hashlib
from pathlib import Path

from archive_app.importer import DUPLICATE, FAILED, IMPORTED
from archive_app.prefetch import Prefetcher
from archive_app.session import Archive
from indexing.extract import Limits
from tests.support.pdfgen import make_pdf


def test_results_come_in_order_with_the_hash_of_the_bytes_read(tmp_path: Path) -> None:
    files = []
    for n in range(5):
        path = tmp_path / f"note-{n}.txt"
        path.write_text(f"Statement number {n} about the detention.", "utf-8")
        files.append(path)
    pdf = tmp_path / "ruling.pdf"
    pdf.write_bytes(make_pdf(["First page of the ruling", "Second page"]))
    files.append(pdf)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    files.append(empty)
    ahead = Prefetcher(Limits(), files)
    try:
        for n, path in enumerate(files[:5]):
            got = ahead.take(path)
            assert got is not None and got.extraction is not None
            assert got.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
            assert f"number {n}" in got.extraction.text
        ruling = ahead.take(pdf)
        assert ruling is not None and ruling.extraction is not None
        assert ruling.extraction.page_count == 2
        assert ahead.take(empty) is None  # the writer reads (and refuses) it itself
        assert ahead.take(files[0]) is None  # past the end: nothing
    finally:
        ahead.close()


def test_files_the_writer_skips_are_dropped(tmp_path: Path) -> None:
    """The writer stops at some files before asking (a folder given as a file, say): the
    reader's results for them are dropped and the next ones still come."""
    paths = [tmp_path / f"{n}.txt" for n in range(4)]
    for n, path in enumerate(paths):
        path.write_text(f"text {n}", "utf-8")
    ahead = Prefetcher(Limits(), paths)
    try:
        got = ahead.take(paths[2])
        assert got is not None and got.extraction is not None
        assert "text 2" in got.extraction.text
        assert ahead.take(paths[0]) is None  # gone by: the writer reads it itself
        last = ahead.take(paths[3])
        assert last is not None and last.extraction is not None
    finally:
        ahead.close()


def test_import_through_the_reader_keeps_outcomes(archive: Archive, tmp_path: Path) -> None:
    """Duplicates, bad files and good ones get the outcomes they got without the reader."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Witness statement about Almaty.", "utf-8")
    (folder / "b.txt").write_text("Witness statement about Almaty.", "utf-8")  # same bytes
    (folder / "c.pdf").write_bytes(b"%PDF-1.7 this is not a PDF at all")
    (folder / "d.pdf").write_bytes(make_pdf(["A ruling of the court"]))
    report = archive.importer().import_paths([folder])
    status = {Path(o.name).name: o.status for o in report.outcomes}
    assert status == {"a.txt": IMPORTED, "b.txt": DUPLICATE, "c.pdf": FAILED, "d.pdf": IMPORTED}
    assert [h.filename for h in archive.search.search("ruling").hits] == ["d.pdf"]
