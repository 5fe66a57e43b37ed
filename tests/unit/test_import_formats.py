"""Import of real-world files: searchable, every lost part reported, shared attachments
linked, and a failed attachment leaving nothing behind in the index."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from archive_app.errors import ImportFailed
from archive_app.importer import FAILED, IMPORTED
from archive_app.session import Archive
from indexing.search import SearchRequest
from tests.support.pdfgen import make_pdf

FORMATS = Path(__file__).resolve().parents[1] / "corpus" / "formats"


def hits(archive: Archive, query: str) -> list[int]:
    return [h.id for h in archive.search.search(SearchRequest(query)).hits]


def test_format_corpus_imports_searchable_with_every_loss_reported(archive: Archive) -> None:
    folders = [FORMATS / name for name in ("mail", "docx", "pdf", "msg", "html")]
    report = archive.importer().import_paths(folders)
    top = [o for o in report.outcomes if " › " not in o.name]
    files = [p for folder in folders for p in folder.rglob("*") if p.is_file()]
    assert len(top) == len(files)
    # Every file imports; only parts inside e-mails may fail (a damaged PDF, an mp3) ...
    assert all(o.status != FAILED for o in top), [o for o in top if o.status == FAILED]
    failed = [o for o in report.outcomes if o.status == FAILED]
    assert failed, "the corpus holds unreadable attachments"
    for outcome in failed:
        assert "kept inside the stored e-mail" in outcome.message
        parent_name = outcome.name.rsplit(" › ", 1)[0]
        parent = next(o for o in report.outcomes if o.name == parent_name)
        # ... and then the e-mail's own line says so.
        assert "could not be read" in parent.message, parent
    docs = {d.filename: d for d in archive.documents.all()}
    assert docs["gen-type3-no-unicode.pdf"].status == "no-text-layer"
    assert docs["gen-outlook-renamed.eml"].media_type == "application/vnd.ms-outlook"
    for query, filename in [
        ("Скарга", "gen-koi8u-undeclared.eml"),
        ("Müller", "gen-raw-latin1-headers.eml"),
        ("Талдықорған", "gen-kazakh-undeclared.eml"),
        ("incommunicado", "gen-soft-hyphens.pdf"),
        ("Alice", "libreoffice-form.pdf"),
        ("tachyon", "mammoth-footnotes.docx"),
        ("Конфиденциально", "gen-tracked-changes-ru.docx"),
        ("Абзац", "gen-html-cp1251-empty-plain.eml"),
        ("Purpose", "gen-outlook-renamed.eml"),  # the .msg is the same bytes: a duplicate
    ]:
        found = {archive.documents.get(i).filename for i in hits(archive, query)}
        assert filename in found, (query, found)
    # nested messages are documents with their own headers, under their parent
    fwd = docs["gen-forwarded-with-pdf.eml"]
    (inner_id,) = archive.documents.attachments(fwd.id)
    inner = archive.documents.get(inner_id)
    assert inner.title == "Справка из больницы" and inner.doc_date == "2026-01-23"
    assert inner.parent_id == fwd.id
    assert archive.maintenance.check(deep=True).ok


def test_an_attachment_in_two_emails_is_linked_from_both(archive: Archive) -> None:
    first = archive.importer().import_paths([FORMATS / "mail" / "gen-forwarded-with-pdf.eml"])
    second = archive.importer().import_paths([FORMATS / "mail" / "gen-same-pdf-again.eml"])
    pdf = next(o for o in first.outcomes if o.name.endswith("certificate.pdf"))
    assert pdf.status == IMPORTED and pdf.document_id is not None
    again = next(o for o in second.outcomes if o.name.endswith("certificate-copy.pdf"))
    assert "linked" in again.message
    email_id = second.document_ids[0]
    assert pdf.document_id in archive.documents.attachments(email_id)
    assert archive.documents.count() == 4  # forward, inner message, PDF, second e-mail


def _mail_with_attachment(tmp_path: Path) -> Path:
    msg = EmailMessage()
    msg["From"] = "dana@example.org"
    msg["Subject"] = "Zhezkazgan transfer"
    msg.set_content("Only this message says quokkaword.")
    msg.add_attachment(
        make_pdf(["an attached page"]),
        maintype="application",
        subtype="pdf",
        filename="transfer.pdf",
    )
    path = tmp_path / "failing.eml"
    path.write_bytes(msg.as_bytes())
    return path


def test_failed_attachment_leaves_no_index_entries_behind(
    archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import archive_app.importer as importer

    real = importer.repo.insert_pages
    calls = {"n": 0}

    def fail_on_the_attachment(db, document_id, texts):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 2:  # the e-mail's rows are written; the attachment's fail
            raise ImportFailed("injected: the attachment could not be written")
        real(db, document_id, texts)

    monkeypatch.setattr(importer.repo, "insert_pages", fail_on_the_attachment)
    other = tmp_path / "other.txt"
    other.write_text("An unrelated note about a visit.", encoding="utf-8")
    report = archive.importer().import_paths([_mail_with_attachment(tmp_path), other])
    statuses = {Path(o.name).name: o.status for o in report.outcomes}
    assert statuses["failing.eml"] == FAILED and statuses["other.txt"] == IMPORTED
    assert archive.documents.count() == 1
    assert hits(archive, "quokkaword") == []  # before the fix: the unrelated note
    assert archive.maintenance.check().ok


def test_check_finds_index_entries_of_a_document_that_does_not_exist(
    archive: Archive, tmp_path: Path
) -> None:
    note = tmp_path / "note.txt"
    note.write_text("An ordinary note about the hearing.", encoding="utf-8")
    report = archive.importer().import_paths([note])
    doc_id = report.document_ids[0]
    assert archive.maintenance.check().ok
    # Entries of a rolled-back document under the same id (what the old bug left behind)
    with archive.db.atomic(), archive.index.writing() as batch:
        batch.add(doc_id, ["Only this text says quokkaword, and it belongs to no document."])
    result = archive.maintenance.check()
    assert not result.ok
    assert any("other text than 1 document" in p for p in result.problems), result.problems
