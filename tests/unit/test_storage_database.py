"""storage.database: creating, opening, locking, re-keying and migrating an archive file.

Every test works on a real SQLCipher file under ``tmp_path`` and checks what a
user would notice: which error they get, whether their file survived, whether
the data is still there after a reopen.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage import audit, blobs, documents
from storage.database import MIN_PASSPHRASE_LENGTH, Database, check_new_passphrase
from storage.errors import (
    ArchiveClosed,
    ArchiveError,
    ArchiveExists,
    ArchiveInUse,
    ArchiveNotFound,
    SchemaTooNew,
    WeakPassphrase,
    WrongPassphrase,
)
from storage.migrations import SCHEMA_VERSION

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery staple"
OTHER_PASSPHRASE = "a completely different passphrase"
CANARY = "CANARY-7f3a-Сейткали-Мақсұтхан"


# -- helpers ---------------------------------------------------------------------------
def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_document(db: Database, data: bytes, *, title: str = "ruling", pages: int = 1) -> int:
    """A complete document (row, chunks, page texts) in one transaction."""
    with db.atomic():
        doc_id = documents.insert(
            db,
            documents.NewDocument(
                title=title,
                doc_type="court-material",
                language="ru",
                doc_date="2026-01-23",
                source="court",
                confidentiality="confidential",
                filename=f"{title}.bin",
                media_type="application/octet-stream",
                page_count=pages,
                status="ok",
            ),
            sha256=hashlib.sha256(data).hexdigest(),
            size=len(data),
        )
        blobs.write_chunks(db, doc_id, io.BytesIO(data))
        documents.insert_pages(db, doc_id, [f"page {n} of {title}" for n in range(1, pages + 1)])
    return doc_id


def person_names(db: Database) -> list[str]:
    return [r[0] for r in db.all("SELECT name FROM persons ORDER BY name")]


def add_person(db: Database, name: str) -> None:
    db.execute(
        "INSERT INTO persons(name, created_at) VALUES (?, ?)", (name, "2026-01-01T00:00:00Z")
    )


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    """A closed archive holding one person, one audit entry and one document."""
    path = tmp_path / "case.archive"
    db = Database.create(path, PASSPHRASE)
    try:
        add_person(db, "Yerlan Seitkali")
        audit.append(db, "tester", "person.add", "Yerlan Seitkali")
        add_document(db, os.urandom(200_000), title="verdict", pages=2)
    finally:
        db.close()
    return path


@pytest.fixture
def open_db(tmp_path: Path) -> Iterator[Database]:
    db = Database.create(tmp_path / "open.archive", PASSPHRASE)
    try:
        yield db
    finally:
        db.close()


def damage(path: Path, offset: int, length: int = 64) -> None:
    data = bytearray(path.read_bytes())
    data[offset : offset + length] = bytes(b ^ 0xA5 for b in data[offset : offset + length])
    path.write_bytes(bytes(data))


# -- create and open --------------------------------------------------------------------
def test_create_then_open_with_the_right_passphrase_shows_the_data(archive_path: Path) -> None:
    db = Database.open(archive_path, PASSPHRASE)
    try:
        assert db.is_open
        assert person_names(db) == ["Yerlan Seitkali"]
        assert [e.target for e in audit.entries(db)] == ["Yerlan Seitkali"]
        [doc] = documents.list_all(db)
        assert doc.title == "verdict"
        assert documents.page_texts(db, doc.id) == ["page 1 of verdict", "page 2 of verdict"]
    finally:
        db.close()


def test_create_makes_a_private_file(tmp_path: Path) -> None:
    path = tmp_path / "new.archive"
    Database.create(path, PASSPHRASE).close()
    assert path.is_file()
    if sys.platform != "win32":
        assert path.stat().st_mode & 0o077 == 0, "archive must not be readable by others"


def test_closed_archive_refuses_work_and_can_be_closed_twice(archive_path: Path) -> None:
    db = Database.open(archive_path, PASSPHRASE)
    db.close()
    db.close()
    assert not db.is_open
    with pytest.raises(ArchiveClosed):
        db.scalar("SELECT count(*) FROM persons")


def test_wrong_passphrase_is_refused_and_the_file_is_untouched(archive_path: Path) -> None:
    before = sha256_of(archive_path)
    listing = sorted(os.listdir(archive_path.parent))
    with pytest.raises(WrongPassphrase) as info:
        Database.open(archive_path, "not the right passphrase")
    assert str(info.value) == "wrong passphrase or damaged archive"
    assert isinstance(info.value, ArchiveError)
    assert sha256_of(archive_path) == before
    assert sorted(os.listdir(archive_path.parent)) == listing, "no journal or side file left"


def test_after_a_wrong_passphrase_the_right_one_still_opens(archive_path: Path) -> None:
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            Database.open(archive_path, "not the right passphrase")
    db = Database.open(archive_path, PASSPHRASE)  # not ArchiveInUse: the lock was released
    try:
        assert person_names(db) == ["Yerlan Seitkali"]
    finally:
        db.close()


def test_passphrase_is_case_and_whitespace_exact(archive_path: Path) -> None:
    for near_miss in (PASSPHRASE.upper(), PASSPHRASE + " ", " " + PASSPHRASE):
        with pytest.raises(WrongPassphrase):
            Database.open(archive_path, near_miss)


def test_a_file_of_random_bytes_is_a_damaged_archive_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "random.archive"
    path.write_bytes(os.urandom(64 * 1024))
    before = sha256_of(path)
    with pytest.raises(WrongPassphrase, match=r"^wrong passphrase or damaged archive$"):
        Database.open(path, PASSPHRASE)
    assert sha256_of(path) == before


def test_a_plain_text_file_is_not_taken_for_an_archive(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("my private notes\n" * 1000, encoding="utf-8")
    before = sha256_of(path)
    with pytest.raises(WrongPassphrase):
        Database.open(path, PASSPHRASE)
    assert sha256_of(path) == before


def test_an_empty_file_is_a_damaged_archive_and_stays_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.archive"
    path.touch()
    with pytest.raises(WrongPassphrase):
        Database.open(path, PASSPHRASE)
    assert path.stat().st_size == 0


@pytest.mark.parametrize("offset", [0, 40, 100, 3000], ids=["salt", "header", "page1", "page1-end"])
def test_damage_on_the_first_page_gives_the_same_error(archive_path: Path, offset: int) -> None:
    damage(archive_path, offset, 16)
    before = sha256_of(archive_path)
    with pytest.raises(WrongPassphrase, match=r"^wrong passphrase or damaged archive$"):
        Database.open(archive_path, PASSPHRASE)
    assert sha256_of(archive_path) == before


def test_a_truncated_archive_is_reported_and_not_repaired(archive_path: Path) -> None:
    data = archive_path.read_bytes()
    archive_path.write_bytes(data[:1000])
    with pytest.raises(WrongPassphrase):
        Database.open(archive_path, PASSPHRASE)
    assert archive_path.read_bytes() == data[:1000]


def test_damage_in_the_middle_surfaces_as_a_clear_error(archive_path: Path) -> None:
    """Refused on open, or a one-line "damaged" ArchiveError on first touch; no driver error."""
    damage(archive_path, archive_path.stat().st_size // 2)
    before = sha256_of(archive_path)
    with pytest.raises(ArchiveError, match="damaged") as info:
        db = Database.open(archive_path, PASSPHRASE)
        try:
            # Read everything a user can reach: the damaged page is somewhere in here.
            for doc in documents.list_all(db):
                b"".join(blobs.iter_chunks(db, doc.id))
            for (table,) in db.all("SELECT name FROM sqlite_master WHERE type = 'table'"):
                db.all(f'SELECT * FROM "{table}"')
            # index pages too: queries reach them (e.g. the remedies of a case)
            for index, table in db.all(
                "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index'"
            ):
                db.all(f'SELECT count(*) FROM "{table}" INDEXED BY "{index}"')
        finally:
            db.close()
    assert "\n" not in str(info.value)
    assert sha256_of(archive_path) == before
    # nothing was left locked: the archive can be opened again (to be checked or backed up)
    with contextlib.suppress(WrongPassphrase):
        Database.open(archive_path, PASSPHRASE).close()
    assert sha256_of(archive_path) == before


def test_opening_a_missing_path_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.archive"
    with pytest.raises(ArchiveNotFound, match="no archive at"):
        Database.open(path, PASSPHRASE)
    assert not path.exists()
    assert os.listdir(tmp_path) == []


def test_opening_a_path_in_a_missing_folder_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "missing-folder" / "case.archive"
    with pytest.raises(ArchiveNotFound):
        Database.open(path, PASSPHRASE)
    assert os.listdir(tmp_path) == []


def test_opening_a_folder_is_not_an_archive(tmp_path: Path) -> None:
    with pytest.raises(ArchiveNotFound):
        Database.open(tmp_path, PASSPHRASE)


def test_create_refuses_an_existing_archive_and_leaves_it_intact(archive_path: Path) -> None:
    before = sha256_of(archive_path)
    with pytest.raises(ArchiveExists, match="already exists"):
        Database.create(archive_path, OTHER_PASSPHRASE)
    assert sha256_of(archive_path) == before
    db = Database.open(archive_path, PASSPHRASE)
    try:
        assert person_names(db) == ["Yerlan Seitkali"]
    finally:
        db.close()


def test_create_refuses_to_overwrite_any_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "statement.docx"
    path.write_bytes(b"a user's own document")
    with pytest.raises(ArchiveExists):
        Database.create(path, PASSPHRASE)
    assert path.read_bytes() == b"a user's own document"


@pytest.mark.parametrize("passphrase", ["", " ", "   \t\n  "], ids=["empty", "space", "blank"])
def test_create_refuses_an_empty_or_blank_passphrase(tmp_path: Path, passphrase: str) -> None:
    path = tmp_path / "weak.archive"
    with pytest.raises(WeakPassphrase):
        Database.create(path, passphrase)
    assert not path.exists()
    assert os.listdir(tmp_path) == []


def test_a_short_passphrase_is_allowed_with_a_warning(tmp_path: Path) -> None:
    short = "k" * (MIN_PASSPHRASE_LENGTH - 1)
    warnings = check_new_passphrase(short)
    assert len(warnings) == 1
    assert "short" in warnings[0]
    assert check_new_passphrase("k" * MIN_PASSPHRASE_LENGTH) == []
    Database.create(tmp_path / "short.archive", short).close()
    Database.open(tmp_path / "short.archive", short).close()


# -- what is on disk ---------------------------------------------------------------------
def _check_pragmas(db: Database) -> None:
    assert db.scalar("PRAGMA auto_vacuum") == 2  # INCREMENTAL
    assert db.scalar("PRAGMA secure_delete") == 1
    assert db.scalar("PRAGMA temp_store") == 2  # MEMORY
    assert db.scalar("PRAGMA foreign_keys") == 1
    assert str(db.scalar("PRAGMA cipher_log_level")).upper() == "NONE"
    assert db.scalar("PRAGMA cipher_kdf_algorithm") == "PBKDF2_HMAC_SHA512"
    assert int(db.scalar("PRAGMA kdf_iter")) >= 256_000


def test_pragmas_on_a_new_archive(open_db: Database) -> None:
    _check_pragmas(open_db)


def test_pragmas_after_reopening(archive_path: Path) -> None:
    db = Database.open(archive_path, PASSPHRASE)
    try:
        _check_pragmas(db)
    finally:
        db.close()


def test_the_file_is_encrypted_throughout(tmp_path: Path) -> None:
    path = tmp_path / "canary.archive"
    db = Database.create(path, PASSPHRASE)
    try:
        add_person(db, CANARY)
        audit.append(db, "tester", "canary", CANARY, {"note": CANARY})
        add_document(db, (CANARY * 2000).encode("utf-8"), title=CANARY)
    finally:
        db.close()
    raw = path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
        assert CANARY.encode(encoding) not in raw
        assert b"CANARY-7f3a".decode().encode(encoding) not in raw
    assert b"CREATE TABLE" not in raw
    assert sorted(os.listdir(tmp_path)) == ["canary.archive"], "no journal/WAL left behind"


def test_wrong_passphrase_writes_nothing_to_stderr(archive_path: Path) -> None:
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from storage.database import Database\n"
        "from storage.errors import WrongPassphrase\n"
        "try:\n"
        "    Database.open(Path(sys.argv[1]), os.environ['TEST_ARCHIVE_PASSPHRASE'])\n"
        "except WrongPassphrase as exc:\n"
        "    print(exc)\n"
    )
    env = {**os.environ, "TEST_ARCHIVE_PASSPHRASE": "not the right passphrase"}
    result = subprocess.run(
        [sys.executable, "-c", code, str(archive_path)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
        env=env,
    )
    assert result.stdout.strip() == "wrong passphrase or damaged archive"
    assert result.stderr == "", "SQLCipher must not log to stderr"


def test_deleted_data_is_given_back_to_the_file_system(tmp_path: Path) -> None:
    path = tmp_path / "vacuum.archive"
    db = Database.create(path, PASSPHRASE)
    try:
        doc_id = add_document(db, os.urandom(3 * 1024 * 1024))
        big = path.stat().st_size
        with db.atomic():
            documents.delete(db, doc_id)
        db.reclaim_free_pages()
    finally:
        db.close()
    assert path.stat().st_size < big - 2 * 1024 * 1024


# -- one process at a time ----------------------------------------------------------------
LOCK_PROBE = (
    "import os, sys\n"
    "from pathlib import Path\n"
    "from storage.database import Database\n"
    "from storage.errors import ArchiveError\n"
    "try:\n"
    "    db = Database.open(Path(sys.argv[1]), os.environ['TEST_ARCHIVE_PASSPHRASE'])\n"
    "except ArchiveError as exc:\n"
    "    print(type(exc).__name__, exc)\n"
    "    sys.exit(3)\n"
    "print('opened', db.scalar('SELECT count(*) FROM persons'))\n"
    "db.close()\n"
)


def run_lock_probe(path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TEST_ARCHIVE_PASSPHRASE": PASSPHRASE}
    return subprocess.run(
        [sys.executable, "-c", LOCK_PROBE, str(path)],
        capture_output=True,
        text=True,
        timeout=10,  # "within a second": a hang or a busy-wait would blow this
        cwd=REPO,
        env=env,
    )


def test_a_second_process_gets_archive_in_use_quickly(archive_path: Path) -> None:
    db = Database.open(archive_path, PASSPHRASE)
    try:
        result = run_lock_probe(archive_path)
        assert result.returncode == 3, result
        assert "ArchiveInUse" in result.stdout
        assert "archive is open elsewhere" in result.stdout
        # the holder is not disturbed by the refused attempt
        add_person(db, "Nazigul Maksutkhan")
        assert person_names(db) == ["Nazigul Maksutkhan", "Yerlan Seitkali"]
    finally:
        db.close()
    result = run_lock_probe(archive_path)
    assert result.returncode == 0, result
    assert result.stdout.strip() == "opened 2"


def test_a_second_open_in_the_same_process_is_refused(archive_path: Path) -> None:
    db = Database.open(archive_path, PASSPHRASE)
    try:
        with pytest.raises(ArchiveInUse, match="archive is open elsewhere"):
            Database.open(archive_path, PASSPHRASE)
        with pytest.raises(ArchiveInUse):
            Database.open(archive_path, "not the right passphrase")
        assert person_names(db) == ["Yerlan Seitkali"]
    finally:
        db.close()
    Database.open(archive_path, PASSPHRASE).close()


def test_a_newly_created_archive_is_locked_while_open(tmp_path: Path) -> None:
    path = tmp_path / "fresh.archive"
    db = Database.create(path, PASSPHRASE)
    try:
        result = run_lock_probe(path)
        assert result.returncode == 3
        assert "archive is open elsewhere" in result.stdout
    finally:
        db.close()
    assert run_lock_probe(path).returncode == 0


# -- passphrase change ------------------------------------------------------------------------
def test_rekey_new_passphrase_opens_and_old_one_fails(archive_path: Path) -> None:
    db = Database.open(archive_path, PASSPHRASE)
    try:
        db.rekey(OTHER_PASSPHRASE)
        assert person_names(db) == ["Yerlan Seitkali"]  # still usable in this session
    finally:
        db.close()
    with pytest.raises(WrongPassphrase):
        Database.open(archive_path, PASSPHRASE)
    db = Database.open(archive_path, OTHER_PASSPHRASE)
    try:
        assert person_names(db) == ["Yerlan Seitkali"]
        [doc] = documents.list_all(db)
        assert blobs.stored_digest(db, doc.id) == (doc.size, doc.sha256)
    finally:
        db.close()


@pytest.mark.parametrize("passphrase", ["", "    "], ids=["empty", "blank"])
def test_rekey_refuses_a_blank_passphrase_and_keeps_the_old_one(
    archive_path: Path, passphrase: str
) -> None:
    db = Database.open(archive_path, PASSPHRASE)
    try:
        with pytest.raises(WeakPassphrase):
            db.rekey(passphrase)
    finally:
        db.close()
    Database.open(archive_path, PASSPHRASE).close()


# -- schema and migrations ---------------------------------------------------------------------
def test_schema_version_is_current(open_db: Database) -> None:
    assert open_db.scalar("PRAGMA user_version") == SCHEMA_VERSION


def test_registry_is_seeded_with_the_articles_used_in_this_work(open_db: Database) -> None:
    citations = {r[0] for r in open_db.all("SELECT citation FROM legal_articles")}
    for wanted in (
        "ICCPR 14(7)",
        "ICCPR 9",
        "ICCPR 19",
        "KZ-CC 174",
        "KZ-CC 174(2)",
        "KZ-CC 405",
        "KZ-AOC 488",
        "CAT 1",
        "CAT 15",
    ):
        assert wanted in citations
    row = open_db.one(
        "SELECT instrument, article, part FROM legal_articles WHERE citation = 'KZ-CC 174(2)'"
    )
    assert tuple(row) == ("KZ-CC", "174", "2")


def test_reopening_does_not_duplicate_the_seed(archive_path: Path) -> None:
    counts = []
    for _ in range(2):
        db = Database.open(archive_path, PASSPHRASE)
        try:
            counts.append(db.scalar("SELECT count(*) FROM legal_articles"))
            assert db.scalar("PRAGMA user_version") == SCHEMA_VERSION
        finally:
            db.close()
    assert counts[0] == counts[1] > 0


def test_an_archive_from_a_newer_version_is_refused_and_untouched(archive_path: Path) -> None:
    db = Database.open(archive_path, PASSPHRASE)
    try:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    finally:
        db.close()
    before = sha256_of(archive_path)
    with pytest.raises(SchemaTooNew, match="newer version"):
        Database.open(archive_path, PASSPHRASE)
    # the lock was released: a second try gives the same answer, not "open elsewhere"
    with pytest.raises(SchemaTooNew):
        Database.open(archive_path, PASSPHRASE)
    assert sha256_of(archive_path) == before


# -- transactions --------------------------------------------------------------------------------
def test_a_failed_transaction_leaves_nothing(open_db: Database) -> None:
    with pytest.raises(RuntimeError), open_db.atomic():
        add_person(open_db, "Half Written")
        audit.append(open_db, "tester", "person.add", "Half Written")
        raise RuntimeError("import failed half-way")
    assert person_names(open_db) == []
    assert audit.entries(open_db) == []
    assert not open_db.conn.in_transaction


def test_a_failed_document_import_leaves_no_chunks_or_pages(open_db: Database) -> None:
    with pytest.raises(RuntimeError), open_db.atomic():
        add_document(open_db, os.urandom(2 * 1024 * 1024 + 10), pages=3)
        raise RuntimeError("extraction failed after the bytes were stored")
    for table in ("documents", "document_chunks", "pages"):
        assert open_db.scalar(f"SELECT count(*) FROM {table}") == 0


def test_an_error_inside_a_nested_transaction_rolls_back_the_whole(open_db: Database) -> None:
    with pytest.raises(ValueError), open_db.atomic():
        add_person(open_db, "Outer")
        with open_db.atomic():
            add_person(open_db, "Inner")
            raise ValueError("boom")
    assert person_names(open_db) == []
    # and the connection is usable for the next transaction
    with open_db.atomic():
        add_person(open_db, "Next")
    assert person_names(open_db) == ["Next"]


def test_a_failed_nested_unit_is_undone_alone(open_db: Database) -> None:
    with open_db.atomic():
        add_person(open_db, "Kept")
        with pytest.raises(ValueError), open_db.atomic():
            add_person(open_db, "Undone")
            raise ValueError("one file of the batch failed")
        add_person(open_db, "After")
    assert sorted(person_names(open_db)) == ["After", "Kept"]


def test_a_committed_transaction_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "commit.archive"
    db = Database.create(path, PASSPHRASE)
    try:
        with db.atomic():
            add_person(db, "Committed Person")
    finally:
        db.close()
    db = Database.open(path, PASSPHRASE)
    try:
        assert person_names(db) == ["Committed Person"]
    finally:
        db.close()
