"""storage.maintenance: the integrity check and verified, encrypted backups.

A backup is only worth something if it opens with the passphrase the user
chose and holds everything; a failed backup must not leave half a file (or a
plaintext one) beside the real ones.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage import audit, blobs, documents, maintenance
from storage.database import Database
from storage.errors import (
    ArchiveError,
    ArchiveExists,
    IntegrityFailure,
    WeakPassphrase,
    WrongPassphrase,
)

PASSPHRASE = "correct horse battery staple"
BACKUP_PASSPHRASE = "a separate passphrase for the backup"
CANARY = "CANARY-b4c1-Ерлан-Сейткали"


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_document(db: Database, data: bytes, *, title: str, pages: list[str]) -> int:
    with db.atomic():
        doc_id = documents.insert(
            db,
            documents.NewDocument(
                title=title,
                doc_type="witness-statement",
                language="en",
                doc_date="2025-11-13",
                source="field interview",
                confidentiality="strictly-confidential",
                filename=f"{title}.pdf",
                media_type="application/pdf",
                page_count=len(pages),
                status="ok",
            ),
            sha256=hashlib.sha256(data).hexdigest(),
            size=len(data),
        )
        blobs.write_chunks(db, doc_id, io.BytesIO(data))
        documents.insert_pages(db, doc_id, pages)
        audit.append(db, "tester", "document.import", f"#{doc_id}", {"title": title})
    return doc_id


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """An open archive with two documents (one spanning several chunks) and their audit trail."""
    folder = tmp_path / "live"
    folder.mkdir()
    database = Database.create(folder / "case.archive", PASSPHRASE)
    try:
        add_document(
            database,
            os.urandom(blobs.CHUNK_SIZE * 2 + 12345),
            title="statement",
            pages=[f"{CANARY} page one", "page two"],
        )
        add_document(database, CANARY.encode() * 100, title="note", pages=[CANARY])
        yield database
    finally:
        database.close()


@pytest.fixture
def dest_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "backups"
    folder.mkdir()
    return folder


def snapshot(db: Database) -> dict[str, object]:
    """Everything a user would compare between an archive and its backup."""
    docs = documents.list_all(db)
    return {
        "documents": [(d.id, d.title, d.sha256, d.size, d.page_count) for d in docs],
        "bytes": {d.id: blobs.stored_digest(db, d.id)[1] for d in docs},
        "pages": {d.id: documents.page_texts(db, d.id) for d in docs},
        "audit": [(e.seq, e.action, e.target, e.hash) for e in audit.entries(db)],
        "articles": db.scalar("SELECT count(*) FROM legal_articles"),
        "version": db.scalar("PRAGMA user_version"),
    }


# -- integrity check -----------------------------------------------------------------------------
def test_a_fresh_archive_passes_the_check(tmp_path: Path) -> None:
    database = Database.create(tmp_path / "fresh.archive", PASSPHRASE)
    try:
        for deep in (False, True):
            report = maintenance.check_integrity(database, deep=deep)
            assert report.ok, report.problems
            assert report.problems == []
            text = " ".join(report.passed)
            assert "cipher" in text
            assert "database structure" in text
            assert "audit chain intact" in text
    finally:
        database.close()


def test_an_archive_with_documents_passes_the_deep_check(db: Database) -> None:
    report = maintenance.check_integrity(db, deep=True)
    assert report.ok, report.problems
    assert any("2 documents complete" in p for p in report.passed)


def test_deep_check_flags_a_document_whose_bytes_were_altered(db: Database) -> None:
    doc_id = documents.list_all(db)[0].id
    original = bytes(
        db.scalar("SELECT data FROM document_chunks WHERE document_id = ? AND seq = 1", (doc_id,))
    )
    altered = original[:100] + bytes([original[100] ^ 0x01]) + original[101:]  # one bit, same size
    db.execute(
        "UPDATE document_chunks SET data = ? WHERE document_id = ? AND seq = 1", (altered, doc_id)
    )
    report = maintenance.check_integrity(db, deep=True)
    assert not report.ok
    assert any(f"document #{doc_id}" in p and "SHA-256" in p for p in report.problems)
    assert not any("#2" in p for p in report.problems), "the intact document is not blamed"


def test_the_quick_check_flags_missing_bytes(db: Database) -> None:
    doc_id = documents.list_all(db)[0].id
    db.execute("DELETE FROM document_chunks WHERE document_id = ? AND seq = 2", (doc_id,))
    report = maintenance.check_integrity(db)
    assert not report.ok
    assert any(f"document #{doc_id}" in p and "bytes stored" in p for p in report.problems)


def test_the_check_flags_a_missing_page(db: Database) -> None:
    doc_id = documents.list_all(db)[0].id
    db.execute("DELETE FROM pages WHERE document_id = ? AND page_no = 2", (doc_id,))
    report = maintenance.check_integrity(db)
    assert not report.ok
    assert any(f"document #{doc_id}" in p and "pages" in p for p in report.problems)


def test_the_check_flags_a_broken_audit_chain(db: Database) -> None:
    db.execute("DROP TRIGGER audit_log_no_update")
    db.execute("UPDATE audit_log SET target = '#99' WHERE seq = 1")
    report = maintenance.check_integrity(db)
    assert not report.ok
    assert "audit chain broken at entry 1" in report.problems


def test_the_check_reports_a_damaged_page_instead_of_crashing(db: Database) -> None:
    path = db.path
    db.close()
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(b ^ 0xFF for b in data[middle : middle + 64])
    path.write_bytes(bytes(data))
    try:
        damaged = Database.open(path, PASSPHRASE)
    except WrongPassphrase:
        return  # refusing it on open is also a clear answer
    try:
        report = maintenance.check_integrity(damaged, deep=True)
    finally:
        damaged.close()
    assert not report.ok
    assert any(p.startswith("cipher:") for p in report.problems)


# -- backup --------------------------------------------------------------------------------------
def test_backup_opens_with_the_passphrase_and_holds_everything(
    db: Database, dest_dir: Path
) -> None:
    dest = dest_dir / "case-backup.archive"
    expected = snapshot(db)
    report = maintenance.backup(db, dest, PASSPHRASE)
    assert report.ok, report.problems
    copy = Database.open(dest, PASSPHRASE)
    try:
        assert snapshot(copy) == expected
        assert audit.verify_chain(copy).ok
        assert copy.scalar("PRAGMA auto_vacuum") == 2
        assert maintenance.check_integrity(copy, deep=True).ok
    finally:
        copy.close()
    assert snapshot(db) == expected, "the source is unchanged"


def test_backup_with_its_own_passphrase(db: Database, dest_dir: Path) -> None:
    dest = dest_dir / "offsite.archive"
    maintenance.backup(db, dest, BACKUP_PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        Database.open(dest, PASSPHRASE)
    copy = Database.open(dest, BACKUP_PASSPHRASE)
    try:
        assert len(documents.list_all(copy)) == 2
    finally:
        copy.close()


def test_the_backup_file_is_encrypted(db: Database, dest_dir: Path) -> None:
    dest = dest_dir / "enc.archive"
    maintenance.backup(db, dest, BACKUP_PASSPHRASE)
    raw = dest.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert CANARY.encode("utf-8") not in raw
    assert b"CANARY-b4c1" not in raw


def test_no_partial_files_are_left_after_a_backup(db: Database, dest_dir: Path) -> None:
    maintenance.backup(db, dest_dir / "one.archive", PASSPHRASE)
    assert sorted(os.listdir(dest_dir)) == ["one.archive"]
    assert sorted(os.listdir(db.path.parent)) == ["case.archive"]


def test_backup_refuses_an_existing_destination(db: Database, dest_dir: Path) -> None:
    dest = dest_dir / "existing.archive"
    dest.write_bytes(b"last week's backup")
    with pytest.raises(ArchiveExists):
        maintenance.backup(db, dest, PASSPHRASE)
    assert dest.read_bytes() == b"last week's backup"
    assert sorted(os.listdir(dest_dir)) == ["existing.archive"]


def test_backup_can_replace_an_existing_destination_when_asked(
    db: Database, dest_dir: Path
) -> None:
    dest = dest_dir / "weekly.archive"
    dest.write_bytes(b"last week's backup")
    maintenance.backup(db, dest, PASSPHRASE, overwrite=True)
    assert sorted(os.listdir(dest_dir)) == ["weekly.archive"]
    copy = Database.open(dest, PASSPHRASE)
    try:
        assert len(documents.list_all(copy)) == 2
    finally:
        copy.close()


def test_backup_refuses_to_overwrite_the_archive_itself(db: Database) -> None:
    with pytest.raises(ArchiveExists):
        maintenance.backup(db, db.path, PASSPHRASE, overwrite=True)
    assert maintenance.check_integrity(db, deep=True).ok
    assert sorted(os.listdir(db.path.parent)) == ["case.archive"]


def test_backup_into_a_missing_folder_fails_cleanly(db: Database, tmp_path: Path) -> None:
    dest = tmp_path / "no-such-folder" / "b.archive"
    with pytest.raises(ArchiveError):
        maintenance.backup(db, dest, PASSPHRASE)
    assert not dest.parent.exists()
    assert maintenance.check_integrity(db).ok  # the source is still attached-free and fine
    assert db.scalar("SELECT count(*) FROM pragma_database_list WHERE name = 'backup'") == 0


def test_a_backup_that_fails_its_check_leaves_nothing(db: Database, dest_dir: Path) -> None:
    doc_id = documents.list_all(db)[1].id
    db.execute(
        "UPDATE document_chunks SET data = ? WHERE document_id = ? AND seq = 0",
        (b"tampered bytes", doc_id),
    )
    dest = dest_dir / "bad.archive"
    with pytest.raises(IntegrityFailure, match=f"document #{doc_id}"):
        maintenance.backup(db, dest, PASSPHRASE)
    assert os.listdir(dest_dir) == [], "no backup and no partial file"
    # the archive stays usable: a later backup after repair works
    db.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
    maintenance.backup(db, dest, PASSPHRASE)
    assert os.listdir(dest_dir) == ["bad.archive"]


@pytest.mark.parametrize("passphrase", ["", "   "], ids=["empty", "blank"])
def test_backup_refuses_a_blank_passphrase(db: Database, dest_dir: Path, passphrase: str) -> None:
    with pytest.raises(WeakPassphrase):
        maintenance.backup(db, dest_dir / "weak.archive", passphrase)
    assert os.listdir(dest_dir) == []


def test_backup_never_writes_a_plaintext_copy(
    db: Database, dest_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bytes] = []
    real_open = Database.open.__func__  # type: ignore[attr-defined]

    def spying_open(cls: type[Database], path: Path, passphrase: str) -> Database:
        seen.append(Path(path).read_bytes())  # the partial copy, just before it is verified
        return real_open(cls, path, passphrase)  # type: ignore[no-any-return]

    monkeypatch.setattr(Database, "open", classmethod(spying_open))
    with contextlib.suppress(Exception):  # refusing is fine; what reached the disk matters
        maintenance.backup(db, dest_dir / "plain.archive", "")
    for raw in seen:
        assert not raw.startswith(b"SQLite format 3")
        assert CANARY.encode("utf-8") not in raw
    assert os.listdir(dest_dir) == []
