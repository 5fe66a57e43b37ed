"""``storage`` owns every SQL statement and the connection (DESIGN §5): no SQL string and
no ``.conn`` outside ``storage/``. Modules that still hold SQL are listed in ``NOT_YET``
(issue 13); the list may only shrink: a new module with SQL fails, and a listed module
that no longer has any must leave the list. It is empty now.

The window goes further: it never reaches the archive's database at all (no ``.db``, no
connection, no transaction, no statement), only the core's services, on the database
thread through ``UiSession.run``."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ("archive_app", "indexing", "ui")
SQL = re.compile(
    r"""["'](?:SELECT\s+[\w*(]|INSERT\s+(?:OR\s+\w+\s+)?INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s"""
    r"""|CREATE\s+(?:TEMP\s+)?(?:TABLE|INDEX)\s|DROP\s+TABLE\s|PRAGMA\s+\w)"""
)
CONN = re.compile(r"\.conn\b|\._conn\b")
NOT_YET: set[str] = set()  # modules still to move into storage/: none left


def _offenders(pattern: re.Pattern[str]) -> set[str]:
    found = set()
    for package in PACKAGES:
        for path in (REPO / package).rglob("*.py"):
            if pattern.search(path.read_text(encoding="utf-8")):
                found.add(str(path.relative_to(REPO)))
    return found


def test_no_sql_outside_storage_beyond_the_known_list() -> None:
    found = _offenders(SQL)
    assert found - NOT_YET == set(), "SQL belongs in storage/"
    assert NOT_YET - found == set(), "moved: take it off NOT_YET"


def test_nothing_outside_storage_touches_the_connection() -> None:
    assert _offenders(CONN) == set()


# ui/: an archive's database object, its connection, a transaction or a statement
UI_DATABASE = re.compile(
    r"\.(?:_?db|_?conn)\b|\.atomic\(|\.execute(?:many)?\(|\.scalar\(|\.read_blob\(|\.rekey\("
)


def test_the_pattern_catches_what_the_window_must_not_do() -> None:
    for line in (
        "with archive.db.atomic():",
        "self._db.execute(sql)",
        "archive.db.conn.executemany(sql, rows)",
        "db.scalar(query)",
        "session.worker.submit(lambda a: a.db).result()",
    ):
        assert UI_DATABASE.search(line), line
    for line in (
        "archive.documents.all()",
        "dialog.exec()",
        "self.session.run(lambda archive: archive.facts.set_consents(case, rows))",
        "path.with_suffix('.dbx')",
    ):
        assert not UI_DATABASE.search(line), line


def test_the_window_never_touches_the_database_a_connection_or_a_transaction() -> None:
    found = set()
    for path in (REPO / "ui").rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if UI_DATABASE.search(line):
                found.add(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
    assert found == set()  # the last one, ui/dialogs/consent.py, left with set_consents
