"""Import: the shared corpus end to end, duplicates, per-file errors, metadata, cancel."""

from __future__ import annotations

import hashlib
import io
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pytest

from archive_app.errors import InvalidValue, NotFound
from archive_app.importer import DUPLICATE, FAILED, IMPORTED, ImportOptions
from archive_app.session import Archive
from archive_app.tasks import CancelToken, Progress
from storage import blobs
from tests.support.pdfgen import make_bomb_pdf, make_pdf


def by_name(report, name: str):  # type: ignore[no-untyped-def]
    return next(o for o in report.outcomes if o.name.endswith(name))


def test_shared_corpus_imports_end_to_end(archive: Archive, corpus: Path) -> None:
    shared = [corpus / "pdf", corpus / "text"]  # corpus/formats has tests of its own
    report = archive.importer().import_paths(shared)
    files = [p for folder in shared for p in folder.rglob("*") if p.is_file()]
    assert len(report.outcomes) == len(files)
    assert report.failed == 0, [o for o in report.outcomes if o.status == FAILED]
    docs = {d.filename: d for d in archive.documents.all()}
    assert docs["libreoffice-writer-password.pdf"].status == "encrypted-pdf"
    assert "password" in by_name(report, "libreoffice-writer-password.pdf").message
    assert docs["imagemagick-images.pdf"].status == "no-text-layer"
    assert docs["imagemagick-images.pdf"].page_count == 6
    assert docs["pdflatex-4-pages.pdf"].page_count == 4
    ruling = docs["court-ruling-taldykorgan-ru.txt"]
    assert ruling.language == "ru" and ruling.doc_type == "court-material"
    assert docs["lawyer-letter-kk.txt"].language == "kk"
    assert docs["medical-certificate-en.txt"].doc_type == "medical-record"
    assert "Сейткали" in archive.documents.pages(ruling.id)[0]
    # every stored original is byte-identical to its file
    for path in files:
        doc = docs[path.name]
        assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
        assert blobs.stored_digest(archive.db, doc.id) == (path.stat().st_size, doc.sha256)
    assert archive.maintenance.check(deep=True).ok


def test_duplicates_are_reported_not_stored(archive: Archive, corpus: Path, tmp_path: Path) -> None:
    first = archive.importer().import_paths([corpus / "text" / "witness-statement-en.txt"])
    copy = tmp_path / "renamed-copy.txt"
    copy.write_bytes((corpus / "text" / "witness-statement-en.txt").read_bytes())
    second = archive.importer().import_paths([copy])
    (outcome,) = second.outcomes
    assert outcome.status == DUPLICATE
    assert outcome.message == f"already in the archive as #{first.document_ids[0]}"
    assert archive.documents.count() == 1


def test_bad_files_fail_alone_and_leave_nothing_half_written(
    archive: Archive, tmp_path: Path
) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a-good.txt").write_text("Ordinary statement about the hearing.", encoding="utf-8")
    (folder / "b-empty.txt").write_bytes(b"")
    (folder / "c-corrupt.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <</Type /Catalog>> garbage")
    (folder / "d-unknown.bin").write_bytes(bytes(range(256)) * 4)
    (folder / "e-bomb.pdf").write_bytes(make_bomb_pdf(3 * 1024**3))
    (folder / "f-good.pdf").write_bytes(make_pdf(["Page one text", "Page two text"]))
    archive.settings.pdf_timeout_s = 60
    report = archive.importer().import_paths([folder])
    status = {Path(o.name).name: o for o in report.outcomes}
    assert status["a-good.txt"].status == IMPORTED
    assert status["f-good.pdf"].status == IMPORTED
    assert status["b-empty.txt"].message == "the file is empty (0 bytes)"
    assert "damaged or invalid PDF" in status["c-corrupt.pdf"].message
    assert "unsupported file type" in status["d-unknown.bin"].message
    assert status["e-bomb.pdf"].status in (IMPORTED, FAILED)  # bounded either way, never a crash
    for name in ("b-empty.txt", "c-corrupt.pdf", "d-unknown.bin"):
        assert status[name].status == FAILED
    stored = {d.filename for d in archive.documents.all()}
    assert {"a-good.txt", "f-good.pdf"} <= stored
    assert not stored & {"b-empty.txt", "c-corrupt.pdf", "d-unknown.bin"}
    assert archive.maintenance.check(deep=True).ok


def test_file_over_the_size_limit_is_refused(archive: Archive, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * (2 * 1024 * 1024 + 1))
    archive.settings.max_import_mb = 2
    (outcome,) = archive.importer().import_paths([big]).outcomes
    assert outcome.status == FAILED
    assert "over the import limit of 2.0 MB" in outcome.message
    assert archive.documents.count() == 0


def test_metadata_given_at_import_and_edited_later(archive: Archive, corpus: Path) -> None:
    archive.registry.add_case("Atajurt 19")
    options = ImportOptions(
        doc_type="court-material",
        language="ru",
        doc_date="2026-01-23",
        confidentiality="strictly-confidential",
        source="defence lawyer",
        cases=("Atajurt 19",),
    )
    report = archive.importer().import_paths(
        [corpus / "text" / "medical-certificate-en.txt"], options
    )
    doc = archive.documents.get(report.document_ids[0])
    assert (doc.doc_type, doc.language, doc.doc_date) == ("court-material", "ru", "2026-01-23")
    assert doc.confidentiality == "strictly-confidential" and doc.source == "defence lawyer"
    assert doc.cases == ["Atajurt 19"]
    edited = archive.documents.edit(doc.id, doc_type="medical-record", doc_date="2026-01-05")
    assert (edited.doc_type, edited.doc_date) == ("medical-record", "2026-01-05")
    (entry,) = archive.maintenance.log(action="document.edit")
    assert entry.details["changes"]["doc_type"] == ["court-material", "medical-record"]
    with pytest.raises(InvalidValue, match="not a date"):
        archive.documents.edit(doc.id, doc_date="23.01.2026")
    with pytest.raises(InvalidValue, match="unknown document type"):
        archive.importer().import_paths([], ImportOptions(doc_type="memo"))


def test_unknown_case_at_import_is_an_error_before_anything_is_written(
    archive: Archive, corpus: Path
) -> None:
    with pytest.raises(NotFound, match="no case"):
        archive.importer().import_paths([corpus / "text"], ImportOptions(cases=("Nope",)))
    assert archive.documents.count() == 0


def _docx(paragraphs: list[str]) -> bytes:
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w='
        '"http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", xml)
    return buf.getvalue()


def test_email_attachments_become_linked_documents(archive: Archive, tmp_path: Path) -> None:
    msg = EmailMessage()
    msg["From"] = "lawyer@example.org"
    msg["To"] = "team@example.org"
    msg["Subject"] = "Appeal filed for Yerlan Seitkali"
    msg["Date"] = "Tue, 20 Jan 2026 10:00:00 +0500"
    msg.set_content("The appeal was filed today. Ruling attached.")
    msg.add_attachment(
        make_pdf(["Ruling of the court, page 1"]),
        maintype="application",
        subtype="pdf",
        filename="ruling.pdf",
    )
    msg.add_attachment(
        _docx(["Draft letter", "to the court"]),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="letter.docx",
    )
    msg.add_attachment(
        b"\x00\x01binary", maintype="application", subtype="octet-stream", filename="tool.exe"
    )
    eml = tmp_path / "appeal.eml"
    eml.write_bytes(msg.as_bytes())
    report = archive.importer().import_paths([eml])
    assert report.imported == 3
    failed = next(o for o in report.outcomes if o.status == FAILED)
    assert failed.name.endswith("tool.exe") and "kept inside the stored e-mail" in failed.message
    email_doc = archive.documents.get(report.document_ids[0])
    assert email_doc.title == "Appeal filed for Yerlan Seitkali"
    assert email_doc.doc_type == "correspondence" and email_doc.doc_date == "2026-01-20"
    children = [archive.documents.get(i) for i in archive.documents.attachments(email_doc.id)]
    assert sorted(c.filename for c in children) == ["letter.docx", "ruling.pdf"]
    assert all(c.parent_id == email_doc.id for c in children)
    assert (
        "Ruling of the court"
        in archive.documents.pages(next(c.id for c in children if c.filename == "ruling.pdf"))[0]
    )


def test_cancel_stops_between_files_and_keeps_what_was_committed(
    archive: Archive, tmp_path: Path
) -> None:
    for i in range(6):
        (tmp_path / f"doc{i}.txt").write_text(f"document number {i}", encoding="utf-8")
    token = CancelToken()
    seen: list[Progress] = []
    assert archive.path.parent == tmp_path  # the archive itself is never imported

    def progress(p: Progress) -> None:
        seen.append(p)
        if p.done == 3:
            token.cancel()

    report = archive.importer().import_paths([tmp_path], progress=progress, cancel=token)
    assert report.cancelled
    assert report.imported == 3
    assert archive.documents.count() == 3
    assert seen[0].total == 6 and seen[0].current == "doc0.txt"
    assert archive.maintenance.check().ok


def test_every_import_is_in_the_audit_log(archive: Archive, corpus: Path) -> None:
    report = archive.importer().import_paths([corpus / "text"])
    entries = archive.maintenance.log(action="document.import")
    assert [e.target for e in entries] == [f"#{i}" for i in report.document_ids]
    assert all(e.actor == "tester" for e in entries)
    assert archive.maintenance.verify_log().ok


def test_progress_never_passes_the_file_count(archive: Archive, tmp_path: Path) -> None:
    msg = EmailMessage()
    msg["Subject"] = "two attachments"
    msg.set_content("see attached")
    for n in (1, 2):
        msg.add_attachment(
            make_pdf([f"attachment {n}"]),
            maintype="application",
            subtype="pdf",
            filename=f"a{n}.pdf",
        )
    (tmp_path / "m.eml").write_bytes(msg.as_bytes())
    seen: list[Progress] = []
    report = archive.importer().import_paths([tmp_path / "m.eml"], progress=seen.append)
    assert report.imported == 3
    assert (seen[-1].done, seen[-1].total) == (1, 1)
    assert all(p.done <= p.total for p in seen)


def test_same_archive_twice_in_one_process_is_refused_and_harmless(archive: Archive) -> None:
    from archive_app.errors import ArchiveInUse
    from tests.conftest import PASSPHRASE

    with pytest.raises(ArchiveInUse, match="archive is open elsewhere"):
        Archive.open(archive.path, PASSPHRASE)
    archive.registry.add_case("still writable")  # the first holder kept its locks
    assert archive.maintenance.check().ok


def test_large_originals_are_streamed_not_held_in_memory(archive: Archive, tmp_path: Path) -> None:
    import os
    import tracemalloc

    big = tmp_path / "scan.png"
    with big.open("wb") as fh:
        fh.write(b"\x89PNG\r\n\x1a\n")
        for _ in range(64):
            fh.write(os.urandom(1024 * 1024))
    tracemalloc.start()
    try:
        report = archive.importer().import_paths([big])
        _, peak_in = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        out = archive.documents.save_original(report.document_ids[0], tmp_path / "out.png")
        _, peak_out = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert out.stat().st_size == big.stat().st_size
    assert peak_in < 16 * 1024 * 1024, f"import held {peak_in / 1e6:.0f} MB of a 64 MB file"
    assert peak_out < 16 * 1024 * 1024, f"get held {peak_out / 1e6:.0f} MB of a 64 MB file"


def test_full_disk_stops_the_batch_cleanly_and_loses_nothing(
    archive: Archive, corpus: Path, tmp_path: Path
) -> None:
    """SQLITE_FULL (simulated with max_page_count) is the error a full disk gives."""
    import os

    kept = archive.importer().import_paths([corpus / "text"]).document_ids
    pages = int(archive.db.scalar("PRAGMA page_count"))
    archive.db.all(f"PRAGMA max_page_count = {pages + 64}")  # ~256 KB of room left
    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "a-small.txt").write_text("fits easily", encoding="utf-8")
    (folder / "b-large.png").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2 * 1024 * 1024))
    (folder / "c-after.txt").write_text("never reached", encoding="utf-8")
    report = archive.importer().import_paths([folder])
    status = {Path(o.name).name: o for o in report.outcomes}
    assert status["b-large.png"].status == FAILED
    assert "the disk is full" in status["b-large.png"].message
    assert "c-after.txt" not in status and report.stopped
    names = {d.filename for d in archive.documents.all()}
    for name, outcome in status.items():  # what is reported is what is stored
        assert (outcome.status == IMPORTED) == (name in names), outcome
    assert all(i in {d.id for d in archive.documents.all()} for i in kept)
    assert archive.search.status().ok
    assert archive.maintenance.check(deep=True).ok


def test_suggestions_are_computed_at_import_unless_turned_off(
    archive: Archive, corpus: Path
) -> None:
    archive.registry.add_person("Yerlan Seitkali")
    ruling = corpus / "text" / "court-ruling-taldykorgan-ru.txt"
    doc = archive.importer().import_paths([ruling]).document_ids[0]
    pending = {s.label for s in archive.suggestions.pending(doc)}
    assert {"Yerlan Seitkali", "KZ-CC 174(2)", "ICCPR 14(7)", "ICCPR 19", "ICCPR 21"} <= pending
    letter = corpus / "text" / "lawyer-letter-kk.txt"
    quiet = archive.importer().import_paths([letter], ImportOptions(suggest=False))
    assert not archive.suggestions.computed(quiet.document_ids[0])
