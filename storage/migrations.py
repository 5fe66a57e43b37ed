"""storage layer: numbered schema migrations, tracked in ``PRAGMA user_version``.

Each migration runs in one transaction with the version bump, so an archive is
always at a whole version. A newer archive than this code knows is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from storage.errors import SchemaTooNew
from storage.schema import (
    SCHEMA_V1,
    SCHEMA_V4_INDEX,
    SCHEMA_V5_SUGGESTIONS,
    SCHEMA_V6_REDACTIONS,
    SCHEMA_V7_ATTACHMENT_LINKS,
    SCHEMA_V8_PACKAGES,
    SCHEMA_V9_OCR,
    SCHEMA_V11_OCR_CORRECTIONS,
    SCHEMA_V12_NOTES,
    SCHEMA_V13_INDEX_PENDING,
    SCHEMA_V14_INDEX_CHUNKS,
)
from storage.seed import seed_registry
from storage.submission_schema import SCHEMA_V10_SUBMISSIONS

if TYPE_CHECKING:
    from storage.database import Database


def _run_script(sql: str) -> Callable[[Database], None]:
    def apply(db: Database) -> None:
        for statement in _split_statements(sql):
            db.execute(statement)

    return apply


def _split_statements(sql: str) -> list[str]:
    """Split on ';' at line ends; triggers (BEGIN ... END;) are kept whole."""
    statements: list[str] = []
    current: list[str] = []
    in_trigger = False
    for line in sql.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("--"):
            continue
        current.append(line)
        upper = stripped.upper()
        if upper.startswith("CREATE TRIGGER"):
            in_trigger = True
        if in_trigger:
            if upper == "END;":
                statements.append("\n".join(current))
                current, in_trigger = [], False
        elif stripped.endswith(";"):
            statements.append("\n".join(current))
            current = []
    if current:
        statements.append("\n".join(current))
    return statements


# INSERT OR REPLACE deletes a conflicting row without firing DELETE triggers, so the
# append-only rule needs its own INSERT guard: new entries only ever go at the end.
AUDIT_APPEND_ONLY = """
CREATE TRIGGER audit_log_append_only BEFORE INSERT ON audit_log
WHEN NEW.seq <= (SELECT coalesce(max(seq), 0) FROM audit_log)
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
"""


def _packages(db: Database) -> None:
    """Version 8: identity, lineage and provenance for case packages; the archive is named
    after its file when it gets its identity."""
    _run_script(SCHEMA_V8_PACKAGES)(db)
    db.execute("INSERT INTO archive_meta(key, value) VALUES ('name', ?)", (db.path.stem,))
    db.execute("UPDATE document_origins SET archive_name = ?", (db.path.stem,))


MIGRATIONS: list[tuple[int, Callable[[Database], None]]] = [
    (1, _run_script(SCHEMA_V1)),
    (2, seed_registry),
    (3, _run_script(AUDIT_APPEND_ONLY)),
    (4, _run_script(SCHEMA_V4_INDEX)),
    (5, _run_script(SCHEMA_V5_SUGGESTIONS)),
    (6, _run_script(SCHEMA_V6_REDACTIONS)),
    (7, _run_script(SCHEMA_V7_ATTACHMENT_LINKS)),
    (8, _packages),
    (9, _run_script(SCHEMA_V9_OCR)),
    (10, _run_script(SCHEMA_V10_SUBMISSIONS)),
    (11, _run_script(SCHEMA_V11_OCR_CORRECTIONS)),
    (12, _run_script(SCHEMA_V12_NOTES)),
    (13, _run_script(SCHEMA_V13_INDEX_PENDING)),
    (14, _run_script(SCHEMA_V14_INDEX_CHUNKS)),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


def migrate(db: Database) -> int:
    """Bring the archive to SCHEMA_VERSION; return the version it was at."""
    found = int(db.scalar("PRAGMA user_version"))
    if found > SCHEMA_VERSION:
        raise SchemaTooNew(found, SCHEMA_VERSION)
    for version, apply in MIGRATIONS:
        if version <= found:
            continue
        with db.atomic():
            apply(db)
            db.execute(f"PRAGMA user_version = {int(version)}")
    return found
