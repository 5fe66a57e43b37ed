"""storage layer: the SQLCipher connection, its pragmas, create/open and transactions.

One archive is one SQLCipher 4 file. The key is passed with the driver's key
API (never formatted into SQL); the file is opened in ``mode=rw`` so an open
never creates or recreates anything; a wrong key and a damaged file give the
same single error.
"""

from __future__ import annotations

import errno
import os
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlcipher3.dbapi2 as sqlcipher

from storage.errors import (
    ArchiveClosed,
    ArchiveDamaged,
    ArchiveError,
    ArchiveExists,
    ArchiveNotFound,
    StorageFull,
    TransactionLost,
    WeakPassphrase,
    WrongPassphrase,
)
from storage.filelock import ArchiveLock
from storage.migrations import migrate

DatabaseError = sqlcipher.DatabaseError
Row = sqlcipher.Row
BUSY_TIMEOUT_MS = 5000
MIN_PASSPHRASE_LENGTH = 12


def check_new_passphrase(passphrase: str) -> list[str]:
    """Refuse an empty passphrase; return warnings (e.g. too short) for the caller to show."""
    if not passphrase or not passphrase.strip():
        raise WeakPassphrase("an empty passphrase is not allowed")
    warnings: list[str] = []
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        warnings.append(
            f"passphrase is short ({len(passphrase)} characters); "
            f"{MIN_PASSPHRASE_LENGTH} or more, e.g. several words, is much harder to guess"
        )
    return warnings


def _uri(path: Path, mode: str) -> str:
    return f"file:{quote(str(path))}?mode={mode}"


def _apply_pragmas(conn: Any) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")


def connect_keyed(path: Path, passphrase: str, *, mode: str) -> Any:
    """A keyed SQLCipher connection, verified readable; raises WrongPassphrase otherwise."""
    conn = sqlcipher.connect(
        _uri(path, mode), uri=True, isolation_level=None, check_same_thread=False
    )
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.set_key(passphrase)
        conn.set_busy_timeout(BUSY_TIMEOUT_MS)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as exc:
            raise WrongPassphrase() from exc
        _apply_pragmas(conn)
    except BaseException:
        conn.close()
        raise
    conn.row_factory = sqlcipher.Row
    return conn


def translate_error(exc: BaseException) -> ArchiveError:
    """Turn a driver error into an ArchiveError a user can read."""
    text = str(exc).lower()
    if text == "interrupted":  # sqlite3_interrupt: the archive is being locked
        return ArchiveClosed()
    if "full" in text or getattr(exc, "errno", None) == errno.ENOSPC:
        return StorageFull()
    if "not a database" in text or "malformed" in text or "encrypted" in text:
        return ArchiveDamaged()
    return ArchiveError(f"database error: {exc}")


class Database:
    """An open, locked, keyed archive file."""

    def __init__(self, path: Path, conn: Any, lock: ArchiveLock) -> None:
        self.path = path
        self._conn: Any = conn
        self._lock = lock
        self._depth = 0
        self._lost = False  # SQLite rolled back the open transaction on its own
        self._aborted = False  # being locked: every statement from now on fails
        self._guard = threading.Lock()  # interrupt() from another thread against close()
        self._linked: list[Database] = []  # other connections a job works on (a backup)

    # -- lifecycle -----------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, passphrase: str) -> Database:
        check_new_passphrase(passphrase)
        path = path.expanduser().absolute()
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError as exc:
            raise ArchiveExists(str(path)) from exc
        except OSError as exc:
            raise ArchiveError(f"cannot create {path}: {exc.strerror or exc}") from exc
        os.close(fd)
        lock = ArchiveLock(path)
        try:
            lock.acquire()
            conn = connect_keyed(path, passphrase, mode="rw")
            db = cls(path, conn, lock)
            try:
                conn.execute("PRAGMA auto_vacuum = INCREMENTAL")  # before the first table
                migrate(db)
            except BaseException:
                conn.close()
                raise
            return db
        except BaseException:
            lock.release()
            _unlink_quietly(path)
            raise

    @classmethod
    def open(cls, path: Path, passphrase: str) -> Database:
        path = path.expanduser().absolute()
        if not path.is_file():
            raise ArchiveNotFound(str(path))
        if path.stat().st_size == 0:
            raise WrongPassphrase()
        lock = ArchiveLock(path)
        lock.acquire()
        try:
            conn = connect_keyed(path, passphrase, mode="rw")
            db = cls(path, conn, lock)
            try:
                migrate(db)
            except (sqlcipher.DatabaseError, ArchiveDamaged) as exc:
                conn.close()
                raise WrongPassphrase() from exc
            except BaseException:
                conn.close()
                raise
            return db
        except BaseException:
            lock.release()
            raise

    def close(self) -> None:
        with self._guard:
            conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            finally:
                self._lock.release()

    # -- stopping from another thread (the lock always wins) ------------------------
    def abort(self) -> None:
        """Any thread: stop the work on this connection now. The statement under way is
        interrupted (``sqlite3_interrupt``; SQLite rolls back its transaction) and every
        later statement raises ``ArchiveClosed``, so the job ends and the connection can
        be closed on its own thread. Connections linked with ``linked`` stop too."""
        self._aborted = True
        self.interrupt()
        for other in list(self._linked):
            other.abort()

    def interrupt(self) -> None:
        """Any thread: interrupt the statement running now (none running: nothing)."""
        with self._guard:
            if self._conn is not None:
                self._conn.interrupt()
        for other in list(self._linked):
            other.interrupt()

    @property
    def aborted(self) -> bool:
        return self._aborted

    @contextmanager
    def linked(self, other: Database) -> Iterator[Database]:
        """While the block runs, ``abort``/``interrupt`` of this connection reach ``other``."""
        self._linked.append(other)
        try:
            if self._aborted:
                other.abort()
            yield other
        finally:
            self._linked.remove(other)

    def _check_not_aborted(self) -> None:
        if self._aborted:
            raise ArchiveClosed()

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def conn(self) -> Any:
        if self._conn is None:
            raise ArchiveClosed()
        return self._conn

    # -- statements ------------------------------------------------------------------
    def execute(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Any:
        self._check_not_aborted()
        try:
            return self.conn.execute(sql, params)
        except sqlcipher.IntegrityError:
            raise
        except sqlcipher.DatabaseError as exc:
            raise translate_error(exc) from exc

    def executemany(self, sql: str, rows: Iterable[tuple[Any, ...]]) -> int:
        """One statement for many rows; returns the rows changed. Errors are translated
        (a full disk is ``StorageFull``), like ``execute``."""
        self._check_not_aborted()
        conn = self.conn
        before = conn.total_changes
        try:
            conn.executemany(sql, rows)
        except sqlcipher.IntegrityError:
            raise
        except sqlcipher.DatabaseError as exc:
            raise translate_error(exc) from exc
        return int(conn.total_changes - before)

    def read_blob(self, table: str, column: str, rowid: int) -> Any:
        """A read-only handle on one stored value (``read``, ``seek``, ``close``, ``len``);
        errors are translated."""
        self._check_not_aborted()
        try:
            return self.conn.open_blob(table, column, rowid, readonly=True)
        except sqlcipher.DatabaseError as exc:
            raise translate_error(exc) from exc

    @property
    def in_transaction(self) -> bool:
        return self._conn is not None and bool(self._conn.in_transaction)

    def changes(self) -> int:
        """Rows changed by statements on this connection since it was opened."""
        return int(self.conn.total_changes)

    def one(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Any:
        cursor = self.execute(sql, params)
        try:
            return cursor.fetchone()
        except sqlcipher.DatabaseError as exc:
            raise translate_error(exc) from exc

    def all(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[Any]:
        cursor = self.execute(sql, params)
        try:
            return list(cursor.fetchall())
        except sqlcipher.DatabaseError as exc:
            raise translate_error(exc) from exc

    def scalar(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Any:
        row = self.one(sql, params)
        return None if row is None else row[0]

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """One unit of writing: BEGIN IMMEDIATE ... COMMIT when none is open, else a
        SAVEPOINT inside the open one, undone alone if its block fails (the outer unit
        goes on). The only transaction API: every write in the archive runs in one."""
        if self._depth:
            yield from self._savepoint()
            return
        self.execute("BEGIN IMMEDIATE")
        self._depth = 1
        self._lost = False
        try:
            yield self
        except BaseException:
            self._depth = 0
            if self._conn is not None and self._conn.in_transaction:
                self._conn.rollback()
            raise
        self._depth = 0
        if not self.transaction_alive():
            self._lost = False
            raise TransactionLost()
        try:
            self.conn.commit()
        except sqlcipher.DatabaseError as exc:
            if self._conn is not None and self._conn.in_transaction:
                self._conn.rollback()
            raise translate_error(exc) from exc

    def _savepoint(self) -> Iterator[Database]:
        name = f"sp{self._depth}"
        self.execute(f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield self
        except BaseException:
            if self._conn is not None and self._conn.in_transaction:
                self._conn.execute(f"ROLLBACK TO {name}")
                self._conn.execute(f"RELEASE {name}")
            else:  # SQLite already rolled back everything (SQLITE_FULL, SQLITE_IOERR)
                self._lost = True
            raise
        else:
            self.execute(f"RELEASE {name}")
        finally:
            self._depth -= 1

    def transaction_alive(self) -> bool:
        """False once SQLite has rolled back the open transaction by itself; writing on
        would then autocommit statement by statement."""
        return not self._lost and self._conn is not None and bool(self._conn.in_transaction)

    def passphrase_opens(self, passphrase: str) -> bool:
        """True if ``passphrase`` is this archive's current one (proved with a second,
        read-only connection that is closed at once)."""
        self._check_not_aborted()
        try:
            connect_keyed(self.path, passphrase, mode="ro").close()
        except WrongPassphrase:
            return False
        return True

    def rekey(self, new_passphrase: str) -> None:
        check_new_passphrase(new_passphrase)
        try:
            self.conn.reset_key(new_passphrase)
        except sqlcipher.DatabaseError as exc:
            raise translate_error(exc) from exc

    def free_pages(self) -> int:
        """Pages of the file that hold nothing (freed by deletes, not yet given back)."""
        return int(self.scalar("PRAGMA freelist_count"))

    def reclaim_free_pages(self) -> None:
        """Give freed pages back to the file system (auto_vacuum=INCREMENTAL)."""
        self.all("PRAGMA incremental_vacuum")  # each step frees one page: run it to the end


def _unlink_quietly(path: Path) -> None:
    with suppress(FileNotFoundError):
        os.unlink(path)
