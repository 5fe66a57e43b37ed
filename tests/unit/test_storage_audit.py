"""storage.audit: the append-only, hash-chained audit log.

The log is the team's proof that nobody edited the record. These tests check
that entries chain, that the database itself refuses edits, and that an edit
made behind its back (triggers dropped) is caught by ``verify_chain``.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage import audit
from storage.audit import GENESIS
from storage.database import Database, DatabaseError
from storage.errors import ArchiveError

PASSPHRASE = "correct horse battery staple"

# Each edit of the table is refused by the database, whichever way it reaches it.
REFUSED = (ArchiveError, DatabaseError)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.create(tmp_path / "audit.archive", PASSPHRASE)
    try:
        yield database
    finally:
        database.close()


def fill(db: Database, n: int = 4) -> list[int]:
    return [
        audit.append(db, "Dana A.", "document.import", f"#{i}", {"file": f"doc-{i}.pdf", "n": i})
        for i in range(1, n + 1)
    ]


def drop_protection(db: Database) -> None:
    """What someone with the passphrase and a SQLCipher shell could do."""
    db.execute("DROP TRIGGER audit_log_no_update")
    db.execute("DROP TRIGGER audit_log_no_delete")
    db.execute("DROP TRIGGER audit_log_append_only")


def raw_rows(db: Database) -> list[tuple[object, ...]]:
    return [tuple(r) for r in db.all("SELECT * FROM audit_log ORDER BY seq")]


# -- the chain ------------------------------------------------------------------------------
def test_a_new_archive_has_an_intact_empty_chain(db: Database) -> None:
    report = audit.verify_chain(db)
    assert report.ok
    assert report.entries == 0
    assert report.first_bad_seq is None


def test_entries_are_numbered_and_chained(db: Database) -> None:
    seqs = fill(db, 5)
    assert seqs == [1, 2, 3, 4, 5]
    log = audit.entries(db)
    assert [e.seq for e in log] == seqs
    assert log[0].prev_hash == GENESIS
    for previous, entry in itertools.pairwise(log):
        assert entry.prev_hash == previous.hash
    assert len({e.hash for e in log}) == 5
    assert all(re.fullmatch(r"[0-9a-f]{64}", e.hash) for e in log)
    report = audit.verify_chain(db)
    assert report.ok and report.entries == 5
    assert report.message == "audit chain intact (5 entries)"


def test_an_entry_keeps_what_was_recorded(db: Database) -> None:
    audit.append(
        db,
        "Дана Абдрахманова",
        "person.add",
        "Мақсұтхан Назигүл",
        {"aliases": ["Nazigul Maksutkhan", "Назигуль Максутхан"], "consent": "no"},
    )
    [entry] = audit.entries(db)
    assert entry.actor == "Дана Абдрахманова"
    assert entry.action == "person.add"
    assert entry.target == "Мақсұтхан Назигүл"
    assert entry.details == {
        "aliases": ["Nazigul Maksutkhan", "Назигуль Максутхан"],
        "consent": "no",
    }
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", entry.at)


def test_entries_can_be_filtered_and_limited_in_time_order(db: Database) -> None:
    fill(db, 3)
    audit.append(db, "Dana A.", "export", "packet-1")
    fill(db, 2)
    assert [e.seq for e in audit.entries(db, limit=2)] == [5, 6]
    [export] = audit.entries(db, action="export")
    assert export.target == "packet-1"


def test_the_chain_continues_across_reopening(tmp_path: Path) -> None:
    path = tmp_path / "reopen.archive"
    db = Database.create(path, PASSPHRASE)
    try:
        fill(db, 2)
    finally:
        db.close()
    db = Database.open(path, PASSPHRASE)
    try:
        assert audit.append(db, "Dana A.", "archive.open") == 3
        log = audit.entries(db)
        assert log[2].prev_hash == log[1].hash
        assert audit.verify_chain(db).ok
    finally:
        db.close()


def test_an_entry_in_a_rolled_back_change_leaves_no_gap(db: Database) -> None:
    fill(db, 2)
    with pytest.raises(RuntimeError), db.atomic():
        audit.append(db, "Dana A.", "document.delete", "#1")
        raise RuntimeError("delete failed")
    assert [e.seq for e in audit.entries(db)] == [1, 2]
    assert audit.append(db, "Dana A.", "document.delete", "#1") == 3
    assert audit.verify_chain(db).ok


# -- the database refuses edits ----------------------------------------------------------------
def test_update_is_refused_by_the_database(db: Database) -> None:
    fill(db, 3)
    before = raw_rows(db)
    with pytest.raises(REFUSED, match="append-only"):
        db.execute("UPDATE audit_log SET actor = 'someone else' WHERE seq = 2")
    with pytest.raises(REFUSED, match="append-only"):
        db.execute("UPDATE audit_log SET details = '{}'")
    assert raw_rows(db) == before
    assert audit.verify_chain(db).ok


def test_delete_is_refused_by_the_database(db: Database) -> None:
    fill(db, 3)
    before = raw_rows(db)
    with pytest.raises(REFUSED, match="append-only"):
        db.execute("DELETE FROM audit_log WHERE seq = 2")
    with pytest.raises(REFUSED, match="append-only"):
        db.execute("DELETE FROM audit_log")
    assert raw_rows(db) == before


def test_a_refused_edit_inside_a_transaction_rolls_it_all_back(db: Database) -> None:
    fill(db, 2)
    with pytest.raises(REFUSED), db.atomic():
        audit.append(db, "Dana A.", "cover-up")
        db.execute("DELETE FROM audit_log WHERE seq = 1")
    assert [e.action for e in audit.entries(db)] == ["document.import", "document.import"]
    assert audit.verify_chain(db).ok


def test_replace_cannot_overwrite_an_entry(db: Database) -> None:
    fill(db, 2)
    before = raw_rows(db)
    # INSERT OR REPLACE deletes the old row first; with recursive triggers off that delete
    # does not fire the trigger, so it must fail on its own merits or be caught by the chain.
    try:
        db.execute(
            "INSERT OR REPLACE INTO audit_log(seq, at, actor, action, target, details,"
            " prev_hash, hash) SELECT seq, at, 'forger', action, target, details, prev_hash,"
            " hash FROM audit_log WHERE seq = 1"
        )
    except REFUSED:
        assert raw_rows(db) == before
        return
    report = audit.verify_chain(db)
    assert not report.ok
    assert report.first_bad_seq == 1


# -- tampering behind the database's back ------------------------------------------------------
def test_an_edited_entry_breaks_the_chain_there(db: Database) -> None:
    fill(db, 4)
    drop_protection(db)
    db.execute(
        "UPDATE audit_log SET details = ? WHERE seq = 2",
        (json.dumps({"file": "something-else.pdf", "n": 2}, sort_keys=True),),
    )
    report = audit.verify_chain(db)
    assert not report.ok
    assert report.first_bad_seq == 2
    assert report.message == "audit chain broken at entry 2"


@pytest.mark.parametrize("column", ["at", "actor", "action", "target"])
def test_every_field_is_covered_by_the_hash(db: Database, column: str) -> None:
    fill(db, 3)
    drop_protection(db)
    db.execute(f"UPDATE audit_log SET {column} = {column} || 'x' WHERE seq = 3")
    report = audit.verify_chain(db)
    assert not report.ok
    assert report.first_bad_seq == 3


def test_an_edit_with_a_recomputed_hash_breaks_the_next_link(db: Database) -> None:
    fill(db, 4)
    drop_protection(db)
    row = db.one("SELECT * FROM audit_log WHERE seq = 2")
    forged_details = json.dumps({"file": "forged.pdf", "n": 2}, sort_keys=True)
    forged_hash = audit._digest(
        2, row["at"], row["actor"], row["action"], row["target"], forged_details, row["prev_hash"]
    )
    db.execute(
        "UPDATE audit_log SET details = ?, hash = ? WHERE seq = 2", (forged_details, forged_hash)
    )
    report = audit.verify_chain(db)
    assert not report.ok
    assert report.first_bad_seq == 3


def test_a_deleted_entry_in_the_middle_is_detected(db: Database) -> None:
    fill(db, 4)
    drop_protection(db)
    db.execute("DELETE FROM audit_log WHERE seq = 2")
    report = audit.verify_chain(db)
    assert not report.ok
    assert report.first_bad_seq == 3
    assert report.entries == 1


def test_a_deleted_first_entry_is_detected(db: Database) -> None:
    fill(db, 3)
    drop_protection(db)
    db.execute("DELETE FROM audit_log WHERE seq = 1")
    report = audit.verify_chain(db)
    assert not report.ok
    assert report.first_bad_seq == 2


def test_an_inserted_entry_is_detected(db: Database) -> None:
    fill(db, 2)
    drop_protection(db)
    db.execute("UPDATE audit_log SET seq = seq + 10 WHERE seq = 2")
    db.execute(
        "INSERT INTO audit_log(seq, at, actor, action, target, details, prev_hash, hash)"
        " VALUES (2, '2026-01-01T00:00:00Z', 'forger', 'document.import', '#99', '{}', ?, ?)",
        (audit.entries(db)[0].hash, "0" * 64),
    )
    report = audit.verify_chain(db)
    assert not report.ok
    assert report.first_bad_seq == 2


def test_insert_or_replace_cannot_rewrite_history(tmp_path: Path) -> None:
    """REPLACE deletes without firing DELETE triggers; the INSERT guard still refuses it."""
    import sqlcipher3.dbapi2 as sqlcipher

    db = Database.create(tmp_path / "a.archive", "audit replace passphrase")
    try:
        audit.append(db, "alice", "document.import", "#1")
        audit.append(db, "alice", "document.delete", "#1")
        with pytest.raises(sqlcipher.IntegrityError, match="append-only"):
            db.execute(
                "INSERT OR REPLACE INTO audit_log(seq, at, actor, action, target, details,"
                " prev_hash, hash) VALUES (2, 'x', 'mallory', 'nothing', '', '{}', '', '')"
            )
        assert [e.action for e in audit.entries(db)] == ["document.import", "document.delete"]
        assert audit.verify_chain(db).ok
    finally:
        db.close()


def test_create_in_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    from storage.errors import ArchiveError

    with pytest.raises(ArchiveError, match="cannot create"):
        Database.create(tmp_path / "no" / "such" / "a.archive", "long enough passphrase")
