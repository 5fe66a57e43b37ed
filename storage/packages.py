"""storage layer: case packages - identity, provenance, three-way bases, and opening a
package that came from elsewhere as the untrusted input it is.

A package is an archive file of its own (same schema, own passphrase) holding one case.
Before a single row of it is believed, ``open_untrusted`` opens it read-only with
``trusted_schema`` off and ``check_package`` proves: every page authenticates, the
structure is exactly the one this code writes for its schema version (no extra trigger,
view, table or index), the references hold, sizes are within limits, the audit chain is
intact, the seal recorded at export matches the content, and every document's bytes hash
to its SHA-256. Nothing of it is executed: no SQL text, and its search index (Whoosh
files hold pickles) is never read; a merge rebuilds index entries from page texts.

Package format 2 also carries the case's submission records - facts with their persons
and articles, domestic remedies, consent per mechanism, person details and places of
detention - and seals them with the rest; a format 1 package (written before) sealed
none of them, so its submission tables are not believed (``SealedPackage.format``).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from storage import audit
from storage.database import Database, connect_keyed
from storage.errors import ArchiveError, ArchiveNotFound, WrongPassphrase
from storage.filelock import ArchiveLock

PACKAGE_FORMAT = "2"
LEGACY_FORMAT = "1"  # sealed no submission records
SEAL_KEY = "package.seal"
SEAL_ACTION = "package.seal"
FIRST_PACKAGE_SCHEMA = 8  # packages need identity, lineage and provenance (schema 8)

# Content covered by the seal, in this order; index files are left out (never read).
SEALED_TABLES = (
    "archive_meta",
    "instruments",
    "legal_articles",
    "cases",
    "persons",
    "person_aliases",
    "documents",
    "document_chunks",
    "pages",
    "document_persons",
    "document_articles",
    "document_cases",
    "suggestions",
    "redactions",
    "attachment_links",
    "document_origins",
    "sync_bases",
    "ocr_pages",  # schema 9 on
    "ocr_queue",
    "audit_log",
)
# Sealed from format 2 on (schema 10 on): the case's submission records.
SUBMISSION_TABLES = (
    "facts",
    "fact_persons",
    "fact_articles",
    "remedies",
    "consents",
    "person_details",
    "detention_places",
)


def sealed_tables(db: Database, fmt: str = PACKAGE_FORMAT) -> list[str]:
    """The sealed tables this file has (a package of schema 8 has no OCR tables; one of
    format 1 sealed no submission records)."""
    present = {str(r[0]) for r in db.all("SELECT name FROM sqlite_master WHERE type = 'table'")}
    wanted = SEALED_TABLES if fmt == LEGACY_FORMAT else SEALED_TABLES + SUBMISSION_TABLES
    return [t for t in wanted if t in present]


class PackageRejected(ArchiveError):
    """A package that is damaged, altered, hostile or not a package; nothing was changed."""


@dataclass(frozen=True)
class PackageLimits:
    max_documents: int = 100_000
    max_document_bytes: int = 1024 * 1024 * 1024
    max_chunk_bytes: int = 1024 * 1024
    max_page_chars: int = 2_000_000
    max_pages: int = 100_000
    max_field_chars: int = 100_000
    max_registry_rows: int = 100_000
    max_rows_per_table: int = 5_000_000


# -- identity and metadata --------------------------------------------------------------
def meta(db: Database, key: str) -> str | None:
    value = db.scalar("SELECT value FROM archive_meta WHERE key = ?", (key,))
    return None if value is None else str(value)


def set_meta(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO archive_meta(key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def identity(db: Database) -> tuple[str, str]:
    """(uid, name) of this archive."""
    return meta(db, "uid") or "", meta(db, "name") or db.path.stem


# -- provenance -------------------------------------------------------------------------
@dataclass(frozen=True)
class Origin:
    archive_uid: str
    archive_name: str
    first_imported_at: str
    arrived_via: str
    arrived_at: str | None


def origin(db: Database, document_id: int) -> Origin | None:
    row = db.one("SELECT * FROM document_origins WHERE document_id = ?", (document_id,))
    if row is None:
        return None
    return Origin(
        row["archive_uid"],
        row["archive_name"],
        row["first_imported_at"],
        row["arrived_via"],
        row["arrived_at"],
    )


def set_origin(db: Database, document_id: int, value: Origin) -> None:
    db.execute(
        "INSERT INTO document_origins(document_id, archive_uid, archive_name, first_imported_at,"
        " arrived_via, arrived_at) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(document_id) DO UPDATE SET archive_uid = excluded.archive_uid,"
        " archive_name = excluded.archive_name, first_imported_at = excluded.first_imported_at,"
        " arrived_via = excluded.arrived_via, arrived_at = excluded.arrived_at",
        (
            document_id,
            value.archive_uid,
            value.archive_name,
            value.first_imported_at,
            value.arrived_via,
            value.arrived_at,
        ),
    )


# -- three-way bases ----------------------------------------------------------------------
def base(db: Database, kind: str, key: str) -> dict[str, Any] | None:
    raw = db.scalar("SELECT data FROM sync_bases WHERE kind = ? AND key = ?", (kind, key))
    if raw is None:
        return None
    value = json.loads(raw)
    return value if isinstance(value, dict) else None


def bases(db: Database) -> dict[tuple[str, str], dict[str, Any]]:
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for row in db.all("SELECT kind, key, data FROM sync_bases"):
        value = json.loads(row["data"])
        if isinstance(value, dict):
            found[(str(row["kind"]), str(row["key"]))] = value
    return found


def set_base(db: Database, kind: str, key: str, data: dict[str, Any]) -> None:
    db.execute(
        "INSERT INTO sync_bases(kind, key, data) VALUES (?, ?, ?)"
        " ON CONFLICT(kind, key) DO UPDATE SET data = excluded.data",
        (kind, key, json.dumps(data, ensure_ascii=False, sort_keys=True)),
    )


# -- opening a package --------------------------------------------------------------------
def open_untrusted(path: Path, passphrase: str) -> Database:
    """The package read-only, keyed, locked, with nothing of its schema trusted."""
    path = path.expanduser().absolute()
    if not path.is_file():
        raise ArchiveNotFound(str(path))
    if path.stat().st_size == 0:
        raise PackageRejected("wrong passphrase or damaged package")
    lock = ArchiveLock(path)
    lock.acquire()
    try:
        try:
            conn = connect_keyed(path, passphrase, mode="ro")
        except WrongPassphrase as exc:
            raise PackageRejected("wrong passphrase or damaged package") from exc
        try:
            conn.execute("PRAGMA trusted_schema = OFF")
            conn.execute("PRAGMA query_only = ON")
            conn.execute("PRAGMA cell_size_check = ON")
        except BaseException:
            conn.close()
            raise
        return Database(path, conn, lock)
    except BaseException:
        lock.release()
        raise


def _schema(db: Database) -> set[tuple[str, str, str, str]]:
    rows = db.all("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master")
    return {(str(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows}


def reference_schema(version: int) -> set[tuple[str, str, str, str]]:
    """The structure this code writes at ``version``, built in memory."""
    from storage.migrations import MIGRATIONS

    conn = sqlcipher.connect(":memory:", isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlcipher.Row
    ref = Database(Path("reference"), conn, ArchiveLock(Path("reference")))
    try:
        for number, apply in MIGRATIONS:
            if number > version:
                break
            with ref.atomic():
                apply(ref)
        return _schema(ref)
    finally:
        conn.close()


def _fail(message: str) -> PackageRejected:
    return PackageRejected(f"package refused: {message}; nothing was changed")


def check_structure(db: Database) -> int:
    """The schema version, once the structure is exactly one this code writes."""
    from storage.migrations import SCHEMA_VERSION

    try:
        rows = db.all("PRAGMA cipher_integrity_check")
    except sqlcipher.DatabaseError as exc:
        raise _fail("the file is damaged or truncated") from exc
    if rows:
        raise _fail(f"the file is damaged or truncated ({len(rows)} pages fail their check)")
    version = int(db.scalar("PRAGMA user_version"))
    if version > SCHEMA_VERSION:
        raise _fail(f"it was written by a newer version (schema {version})")
    if version < FIRST_PACKAGE_SCHEMA:
        raise _fail("it is not a case package (no package identity)")
    found, wanted = _schema(db), reference_schema(version)
    if found != wanted:
        extra = sorted(f"{t} {n!r}" for t, n, _tbl, _sql in found - wanted)
        missing = sorted(f"{t} {n!r}" for t, n, _tbl, _sql in wanted - found)
        detail = "; ".join(
            part
            for part in (
                f"unexpected or altered {', '.join(extra[:5])}" if extra else "",
                f"missing {', '.join(missing[:5])}" if missing else "",
            )
            if part
        )
        raise _fail(f"its structure is not one this app writes ({detail})")
    if [r[0] for r in db.all("PRAGMA integrity_check")] != ["ok"]:
        raise _fail("its database structure is damaged")
    if db.all("PRAGMA foreign_key_check"):
        raise _fail("it holds rows that point at nothing")
    return version


def check_limits(db: Database, limits: PackageLimits) -> None:
    def most(sql: str) -> int:
        return int(db.scalar(sql) or 0)

    if most("SELECT count(*) FROM documents") > limits.max_documents:
        raise _fail(f"it holds more than {limits.max_documents} documents")
    for table in sealed_tables(db):  # every table, submission records too
        if most(f"SELECT count(*) FROM {table}") > limits.max_rows_per_table:
            raise _fail(f"its table {table} is too large")
    if most("SELECT max(size) FROM documents") > limits.max_document_bytes:
        raise _fail("a document is larger than this archive accepts")
    if most("SELECT max(length(data)) FROM document_chunks") > limits.max_chunk_bytes:
        raise _fail("a document chunk is larger than this app writes")
    if most("SELECT max(length(CAST(text AS BLOB))) FROM pages") > 4 * limits.max_page_chars:
        raise _fail("a page text is too long")
    if most("SELECT max(page_count) FROM documents") > limits.max_pages:
        raise _fail("a document has too many pages")
    for table in ("persons", "person_aliases", "cases", "legal_articles", "redactions", "facts"):
        if most(f"SELECT count(*) FROM {table}") > limits.max_registry_rows:
            raise _fail(f"its {table} registry is too large")
    long_fields = (
        ("persons", ("name", "role", "status", "notes")),
        ("person_aliases", ("alias",)),
        ("cases", ("name", "reference", "description")),
        ("documents", ("title", "source", "filename", "media_type")),
        ("redactions", ("value",)),
        ("suggestions", ("evidence",)),
        ("sync_bases", ("data",)),
        ("audit_log", ("details",)),
        ("ocr_pages", ("text", "words", "languages")),
        ("ocr_queue", ("error",)),
        ("facts", ("statement", "quote", "bates", "notes", "created_by")),
        ("remedies", ("body", "notes", "filed_on", "decided_on", "created_by")),
        ("consents", ("notes", "submit_date", "recorded_by")),
        ("person_details", ("value",)),
        ("detention_places", ("place", "authority", "notes", "date_from", "date_to")),
    )
    present = set(sealed_tables(db))
    for table, columns in long_fields:
        if table not in present:
            continue
        for column in columns:
            sql = f"SELECT max(length(CAST({column} AS BLOB))) FROM {table}"
            if most(sql) > 4 * limits.max_field_chars:
                raise _fail(f"a value in {table}.{column} is too long")


def content_digest(
    db: Database, *, before_seq: int | None = None, fmt: str = PACKAGE_FORMAT
) -> str:
    """SHA-256 over every sealed row in a fixed order (the audit log up to ``before_seq``)."""
    digest = hashlib.sha256()
    for table in sealed_tables(db, fmt):
        columns = [str(r[1]) for r in db.all(f"PRAGMA table_info({table})")]
        order = ", ".join(str(i) for i in range(1, min(len(columns), 3) + 1))
        sql = f"SELECT * FROM {table}"
        params: tuple[Any, ...] = ()
        if table == "archive_meta":
            sql += " WHERE key != ?"
            params = (SEAL_KEY,)
        if table == "audit_log" and before_seq is not None:
            sql += " WHERE seq < ?"
            params = (before_seq,)
        digest.update(f"\x00{table}\x00{','.join(columns)}\x00".encode())
        for row in db.execute(f"{sql} ORDER BY {order}", params):
            values = [
                hashlib.sha256(v).hexdigest() if isinstance(v, bytes | memoryview) else v
                for v in (bytes(x) if isinstance(x, memoryview) else x for x in tuple(row))
            ]
            digest.update(json.dumps(values, ensure_ascii=False, default=str).encode())
            digest.update(b"\n")
    return digest.hexdigest()


@dataclass(frozen=True)
class Seal:
    digest: str
    seq: int
    details: dict[str, Any]

    @property
    def format(self) -> str:
        return str(self.details.get("format", LEGACY_FORMAT))


def write_seal(db: Database, actor: str, details: dict[str, Any]) -> Seal:
    """Seal the package: the content digest goes into archive_meta and, as the last entry,
    into its audit chain (inside the caller's transaction)."""
    with db.atomic():
        next_seq = int(db.scalar("SELECT coalesce(max(seq), 0) + 1 FROM audit_log"))
        digest = content_digest(db, before_seq=next_seq)
        set_meta(db, SEAL_KEY, digest)
        body = {**details, "format": PACKAGE_FORMAT, "digest": digest}
        seq = audit.append(db, actor, SEAL_ACTION, meta(db, "name") or "", body)
    return Seal(digest, seq, body)


def check_seal(db: Database) -> Seal:
    """The package's seal, once its audit chain is intact and its content matches it."""
    chain = audit.verify_chain(db)
    if not chain.ok:
        raise _fail(f"its audit log was altered (the chain breaks at entry {chain.first_bad_seq})")
    stored = meta(db, SEAL_KEY)
    if stored is None:
        raise _fail("it is not a sealed case package (an archive? share a case from it first)")
    row = db.one(
        "SELECT seq, details FROM audit_log WHERE action = ? ORDER BY seq DESC LIMIT 1",
        (SEAL_ACTION,),
    )
    if row is None:
        raise _fail("its seal is missing from its audit log")
    seq = int(row["seq"])
    try:
        details = json.loads(row["details"])
    except ValueError as exc:
        raise _fail("its seal cannot be read") from exc
    if not isinstance(details, dict) or details.get("digest") != stored:
        raise _fail("its seal does not match its audit log")
    fmt = str(details.get("format", LEGACY_FORMAT))
    if fmt not in (LEGACY_FORMAT, PACKAGE_FORMAT):
        raise _fail(f"it was written by a newer version (package format {fmt})")
    later = int(db.scalar("SELECT count(*) FROM audit_log WHERE seq > ?", (seq,)))
    if later:
        raise _fail(
            f"it was changed after it was sealed ({later} audit entries after the seal);"
            " if that was done in the app, share the case again from it"
        )
    if content_digest(db, before_seq=seq, fmt=fmt) != stored:
        raise _fail("its content was altered after it was sealed (a row does not match)")
    return Seal(stored, seq, details)


def check_documents(db: Database) -> int:
    """Every document's stored bytes hash to its SHA-256 and add up to its size."""
    rows = db.all("SELECT id, sha256, size FROM documents ORDER BY id")
    for row in rows:
        digest = hashlib.sha256()
        total = 0
        chunks = db.execute(
            "SELECT seq, data FROM document_chunks WHERE document_id = ? ORDER BY seq",
            (row["id"],),
        )
        for expected_seq, chunk in enumerate(chunks):
            if int(chunk["seq"]) != expected_seq:
                raise _fail(f"document #{row['id']} has a gap in its bytes")
            data = bytes(chunk["data"])
            digest.update(data)
            total += len(data)
        if total != int(row["size"]) or digest.hexdigest() != str(row["sha256"]).lower():
            raise _fail(f"document #{row['id']} does not match its SHA-256")
    return len(rows)
