"""indexing layer: a Whoosh ``Storage`` that keeps every index file inside the archive.

Whoosh's stock FileStorage writes plaintext segment files, and RamStorage's
``temp_storage()`` is a FileStorage under /tmp. Here:

- every index file is a row of ``index_files`` in the SQLCipher database (through
  ``storage.index_files``),
  written in the caller's transaction (so documents and index commit together);
- files are read through SQLite incremental blob I/O with a small buffer, never
  loaded whole, so a large index opens and searches in little memory;
- temporary storage (posting pools, per-document columns) is kept in memory.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from io import BytesIO
from typing import TYPE_CHECKING, Any

from whoosh.filedb.filestore import RamStorage, Storage
from whoosh.filedb.structfile import StructFile

from storage import index_files

if TYPE_CHECKING:
    from storage.database import Database

READ_BUFFER = 64 * 1024


class _SavingBuffer(BytesIO):
    """A write buffer that hands its content over when closed, however it is closed.

    Whoosh's posting pool closes the *raw* file of a StructFile, which skips the
    StructFile's ``onclose``; saving on the buffer's own close catches both paths.
    """

    def __init__(self, save: Callable[[bytes], None]) -> None:
        super().__init__()
        self._save = save

    def close(self) -> None:
        if not self.closed:
            self._save(self.getvalue())
        super().close()


class MemoryStorage(RamStorage):  # type: ignore[misc]
    """RamStorage whose own temporary storage stays in memory too (stock: a /tmp folder)."""

    def create_file(self, name: str, **kwargs: Any) -> StructFile:
        def save(data: bytes) -> None:
            self.files[name] = data

        return StructFile(_SavingBuffer(save), name=name)

    def temp_storage(self, name: str | None = None) -> MemoryStorage:
        return MemoryStorage()


class _BlobRaw(io.RawIOBase):
    """A read-only raw stream over one SQLite blob (incremental I/O)."""

    def __init__(self, blob: Any, length: int) -> None:
        self._blob = blob
        self._length = length

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._blob.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_END:
            offset = self._length + offset
        elif whence == io.SEEK_CUR:
            offset = self._blob.tell() + offset
        self._blob.seek(max(0, min(offset, self._length)))
        return int(self._blob.tell())

    def tell(self) -> int:
        return int(self._blob.tell())

    def close(self) -> None:
        if not self.closed:
            try:
                self._blob.close()
            finally:
                super().close()


class ArchiveStorage(Storage):  # type: ignore[misc]
    supports_mmap = False
    readonly = False

    def __init__(self, db: Database) -> None:
        self._db = db
        self._locks: dict[str, threading.Lock] = {}
        self.folder = ""

    # -- lifecycle ----------------------------------------------------------------------
    def create(self) -> ArchiveStorage:
        return self

    def destroy(self, *args: Any, **kwargs: Any) -> None:
        index_files.delete_all(self._db)

    def destroy_index(self, index_name: str) -> None:
        """Remove the files of one index; the other index's files stay."""
        index_files.delete_index(self._db, index_name)

    def close(self) -> None:
        pass

    def optimize(self) -> None:
        pass

    def temp_storage(self, name: str | None = None) -> MemoryStorage:
        return MemoryStorage()

    def lock(self, name: str) -> threading.Lock:
        return self._locks.setdefault(name, threading.Lock())

    # -- files --------------------------------------------------------------------------
    def create_file(self, name: str, **kwargs: Any) -> StructFile:
        def store(data: bytes) -> None:
            index_files.write(self._db, name, data)

        return StructFile(_SavingBuffer(store), name=name)

    def open_file(self, name: str, *args: Any, **kwargs: Any) -> StructFile:
        found = index_files.open_blob(self._db, name)
        if found is None:
            raise FileNotFoundError(name)  # Whoosh retries and reports only on IOError
        blob, length = found
        stream = io.BufferedReader(_BlobRaw(blob, length), buffer_size=READ_BUFFER)
        return StructFile(stream, name=name)

    def list(self) -> list[str]:
        return index_files.names(self._db)

    def file_exists(self, name: str) -> bool:
        return index_files.exists(self._db, name)

    def file_modified(self, name: str) -> float:
        value = index_files.modified(self._db, name)
        if value is None:
            raise FileNotFoundError(name)
        return value

    def file_length(self, name: str) -> int:
        value = index_files.length(self._db, name)
        if value is None:
            raise FileNotFoundError(name)
        return value

    def delete_file(self, name: str) -> None:
        """Like FileStorage (os.remove): a missing file is an error, not a silent no-op."""
        if not index_files.delete(self._db, name):
            raise FileNotFoundError(name)

    def rename_file(self, frm: str, to: str, safe: bool = False) -> None:
        """Like FileStorage: a missing source raises and leaves the target alone."""
        if frm == to:
            if not self.file_exists(frm):
                raise FileNotFoundError(frm)
            return
        if not self.file_exists(frm):
            raise FileNotFoundError(frm)
        if safe and self.file_exists(to):
            raise NameError(f"File {to!r} exists")
        index_files.rename(self._db, frm, to)

    def total_size(self) -> int:
        return index_files.total_size(self._db)
