"""Driver errors reach the user as archive errors: a full disk while page texts are
written (``executemany`` through ``storage``) fails that one file with "the disk is
full" and keeps the files committed before it."""

from __future__ import annotations

from pathlib import Path

import docx

from archive_app.importer import FAILED, IMPORTED
from archive_app.session import Archive


def _compressible_docx(path: Path, megabytes: int) -> None:
    """A small file whose extracted text is large: the page texts, not the bytes, fill
    the disk."""
    document = docx.Document()
    line = "The witness saw the police arrive at the edge of the village. " * 20
    for _ in range(megabytes * 1024 * 1024 // len(line)):
        document.add_paragraph(line)
    document.save(str(path))


def test_full_disk_while_page_texts_are_written_fails_that_file_only(
    archive: Archive, corpus: Path, tmp_path: Path
) -> None:
    kept = archive.importer().import_paths([corpus / "text"]).document_ids
    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "a-small.txt").write_text("fits easily", encoding="utf-8")
    big = folder / "b-long-text.docx"
    _compressible_docx(big, 3)
    assert big.stat().st_size < 200 * 1024  # its bytes fit; its 3 MB of text do not
    pages = int(archive.db.scalar("PRAGMA page_count"))
    archive.db.all(f"PRAGMA max_page_count = {pages + 96}")  # ~384 KB of room left
    report = archive.importer().import_paths([folder])
    status = {Path(o.name).name: o for o in report.outcomes}
    assert status["b-long-text.docx"].status == FAILED
    assert "the disk is full" in status["b-long-text.docx"].message
    assert status["a-small.txt"].status == IMPORTED, report.outcomes
    names = {d.filename for d in archive.documents.all()}
    assert "a-small.txt" in names and "b-long-text.docx" not in names
    assert set(kept) <= {d.id for d in archive.documents.all()}
    assert archive.maintenance.check().ok
