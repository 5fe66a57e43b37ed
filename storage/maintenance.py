"""storage layer: integrity checks and verified backups of an open archive."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from storage import audit, blobs
from storage.errors import ArchiveClosed, ArchiveDamaged, ArchiveExists, IntegrityFailure

if TYPE_CHECKING:
    from storage.database import Database


@dataclass
class IntegrityReport:
    passed: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


Step = Callable[[int, int, int], None]  # (done, total, document id); may raise Cancelled


def check_integrity(
    db: Database, *, deep: bool = False, step: Step | None = None
) -> IntegrityReport:
    """Cipher (page HMACs), SQLite structure, foreign keys, audit chain, document bytes.

    Locking the archive (``Database.abort``) stops the check with ``ArchiveClosed``;
    ``step`` is told of each document before it is checked (and may raise ``Cancelled``)."""
    report = IntegrityReport()
    try:
        _check_integrity(db, report, deep=deep, step=step)
    except ArchiveDamaged:
        report.problems.append("database: damaged pages stop the check here; restore a backup")
    return report


def _check_integrity(
    db: Database, report: IntegrityReport, *, deep: bool, step: Step | None
) -> None:
    cipher_rows = db.all("PRAGMA cipher_integrity_check")
    if cipher_rows:
        report.problems += [f"cipher: {r[0]}" for r in cipher_rows]
    else:
        report.passed.append("cipher integrity (every page authenticates)")
    sqlite_rows = [r[0] for r in db.all("PRAGMA integrity_check")]
    if sqlite_rows == ["ok"]:
        report.passed.append("database structure")
    else:
        report.problems += [f"database: {r}" for r in sqlite_rows]
    fk_rows = db.all("PRAGMA foreign_key_check")
    if fk_rows:
        report.problems += [f"dangling reference in {r[0]} row {r[1]}" for r in fk_rows]
    else:
        report.passed.append("references between tables")
    chain = audit.verify_chain(db)
    (report.passed if chain.ok else report.problems).append(chain.message)
    bad_docs = 0
    docs = db.all("SELECT id, size, sha256, page_count FROM documents ORDER BY id")
    for done, row in enumerate(docs):
        doc_id = int(row["id"])
        if step is not None:
            step(done, len(docs), doc_id)
        if deep:
            size, digest = blobs.stored_digest(db, doc_id)
            if digest != row["sha256"]:
                report.problems.append(f"document #{doc_id}: stored bytes do not match its SHA-256")
                bad_docs += 1
                continue
        else:
            size = blobs.stored_size(db, doc_id)
        if size != int(row["size"]):
            report.problems.append(f"document #{doc_id}: {size} of {row['size']} bytes stored")
            bad_docs += 1
            continue
        pages = int(db.scalar("SELECT count(*) FROM pages WHERE document_id = ?", (doc_id,)))
        if pages != int(row["page_count"]):
            report.problems.append(f"document #{doc_id}: {pages} of {row['page_count']} pages")
            bad_docs += 1
    if not bad_docs:
        what = "bytes re-hashed" if deep else "sizes and pages"
        report.passed.append(f"{len(docs)} documents complete ({what})")


def backup(
    db: Database,
    dest: Path,
    passphrase: str,
    *,
    overwrite: bool = False,
    step: Step | None = None,
) -> IntegrityReport:
    """Copy the archive to ``dest``, encrypted with ``passphrase``; reopen and check it first
    (``step`` is told of each document of the copy checked, and may raise ``Cancelled``).

    The copy is written beside ``dest`` under a temporary name and renamed into
    place only after it opened with the passphrase and passed every check.
    """
    from storage.database import Database as _Database
    from storage.database import check_new_passphrase

    check_new_passphrase(passphrase)  # an empty key would make SQLCipher write plaintext
    dest = dest.expanduser().absolute()
    if dest == db.path:
        raise ArchiveExists(str(dest))
    if dest.exists() and not overwrite:
        raise ArchiveExists(str(dest))
    partial = dest.with_name(f".{dest.name}.partial-{secrets.token_hex(4)}")
    try:
        version = int(db.scalar("PRAGMA user_version"))
        db.execute("ATTACH DATABASE ? AS backup KEY ?", (str(partial), passphrase))
        try:
            db.execute("PRAGMA backup.cipher_log_level = NONE")
            db.execute("PRAGMA backup.auto_vacuum = INCREMENTAL")
            db.execute("SELECT sqlcipher_export('backup')")
            db.execute(f"PRAGMA backup.user_version = {version}")
        finally:
            db.execute("DETACH DATABASE backup")
        source_docs = int(db.scalar("SELECT count(*) FROM documents"))  # stops if aborted
        copy = _Database.open(partial, passphrase)
        try:
            with db.linked(copy):  # locking the archive stops the check of the copy too
                report = check_integrity(copy, deep=True, step=step)
                copy_docs = int(copy.scalar("SELECT count(*) FROM documents"))
            if source_docs != copy_docs:
                report.problems.append(f"backup holds {copy_docs} of {source_docs} documents")
            if db.aborted:
                raise ArchiveClosed()
        finally:
            copy.close()
        if not report.ok:
            raise IntegrityFailure("backup failed its check: " + "; ".join(report.problems))
        _fsync(partial)
        os.replace(partial, dest)
        _fsync_dir(dest.parent)
        return report
    finally:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            if leftover.exists():
                leftover.unlink()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):  # directories cannot be fsynced on some platforms
        _fsync(path)
