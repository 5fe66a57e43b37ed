"""indexing layer: a Whoosh ``Storage`` that keeps every index file inside the archive.

Whoosh's stock FileStorage writes plaintext segment files, and RamStorage's
``temp_storage()`` is a FileStorage under /tmp. Here:

- every index file is a row of ``index_files`` in the SQLCipher database (through
  ``storage.index_files``),
  written in the caller's transaction (so documents and index commit together);
- files are stored in chunks (``storage.index_files``) and read through SQLite
  incremental blob I/O with a small buffer, never loaded whole, so a large index opens
  and searches in little memory, and a read at the end of a large file walks only its
  last chunk's pages;
- temporary storage (posting pools, per-document columns) is kept in memory.
"""

from __future__ import annotations

import bisect
import io
import threading
from collections.abc import Callable
from io import BytesIO
from typing import TYPE_CHECKING, Any

from whoosh.filedb.filestore import RamStorage, Storage
from whoosh.filedb.structfile import BufferFile, StructFile

from storage import index_files

if TYPE_CHECKING:
    from storage.database import Database

READ_BUFFER = 16 * 1024  # a query read 7 MB with this, 23 MB with 64 KB (3,000 documents)


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


class _ViewRaw(io.RawIOBase):
    """A read-only raw stream over a memoryview (no copy of what it reads from)."""

    def __init__(self, view: memoryview) -> None:
        self._view = view
        self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._view[self._pos : self._pos + len(buffer)]
        n = len(data)
        buffer[:n] = data
        self._pos += n
        return n

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_END:
            offset = len(self._view) + offset
        elif whence == io.SEEK_CUR:
            offset = self._pos + offset
        self._pos = max(0, min(offset, len(self._view)))
        return self._pos

    def tell(self) -> int:
        return self._pos


class _ViewFile(BufferFile):  # type: ignore[misc]
    """Whoosh's BufferFile without its copies: the stock one reads through a BytesIO of
    the whole file (a copy) and copies each part it opens (``subset``; a compound
    segment's files). A merge in a builder process held its sources two more times so."""

    def __init__(self, view: memoryview, name: str | None = None) -> None:
        self._buf = view
        self._name = name
        self.file = io.BufferedReader(_ViewRaw(view), buffer_size=READ_BUFFER)
        self.onclose = None
        self.is_real = False
        self.is_closed = False

    def subset(self, position: int, length: int, name: str | None = None) -> _ViewFile:
        return _ViewFile(self._buf[position : position + length], name=name or self._name)


class MemoryStorage(RamStorage):  # type: ignore[misc]
    """RamStorage whose own temporary storage stays in memory too (stock: a /tmp folder),
    read without copies (``_ViewFile``)."""

    def open_file(self, name: str, **kwargs: Any) -> StructFile:
        if name not in self.files:
            raise NameError(name)
        return _ViewFile(memoryview(self.files[name]), name=name)

    def create_file(self, name: str, **kwargs: Any) -> StructFile:
        def save(data: bytes) -> None:
            self.files[name] = data

        return StructFile(_SavingBuffer(save), name=name)

    def temp_storage(self, name: str | None = None) -> MemoryStorage:
        return MemoryStorage()


class _Parts:
    """Random access to one stored file over the blobs of its parts (``index_files.parts``),
    shared by every stream on the file. A blob handle is kept open per part read: SQLite
    reaches an offset inside a blob by walking its pages once per handle."""

    def __init__(self, db: Database, parts: list[index_files.Part]) -> None:
        self._db = db
        self._parts = parts
        self._starts: list[int] = []
        total = 0
        for _table, _row, size in parts:
            self._starts.append(total)
            total += size
        self.length = total
        self._blobs: dict[int, Any] = {}

    def read_into(self, position: int, buffer: Any) -> int:
        """Bytes from ``position`` into ``buffer``, from one part at most; how many."""
        if position >= self.length or not len(buffer):
            return 0
        n = bisect.bisect_right(self._starts, position) - 1
        offset = position - self._starts[n]
        wanted = min(len(buffer), self._parts[n][2] - offset)
        blob = self._blobs.get(n)
        if blob is None:
            blob = self._blobs[n] = index_files.open_part(self._db, self._parts[n])
        blob.seek(offset)
        data = blob.read(wanted)
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        blobs, self._blobs = self._blobs, {}
        for blob in blobs.values():
            blob.close()


class _PartsRaw(io.RawIOBase):
    """A read-only raw stream over ``length`` bytes of a stored file from ``start``."""

    def __init__(self, parts: _Parts, start: int, length: int, owner: bool) -> None:
        self._parts = parts
        self._start = start
        self._length = length
        self._owner = owner  # the stream on the whole file closes the blobs
        self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        wanted = min(len(buffer), self._length - self._pos)
        if wanted <= 0:
            return 0
        n = self._parts.read_into(self._start + self._pos, memoryview(buffer)[:wanted])
        self._pos += n
        return n

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_END:
            offset = self._length + offset
        elif whence == io.SEEK_CUR:
            offset = self._pos + offset
        self._pos = max(0, min(offset, self._length))
        return self._pos

    def tell(self) -> int:
        return self._pos

    def close(self) -> None:
        if not self.closed:
            try:
                if self._owner:
                    self._parts.close()
            finally:
                super().close()


class _StoredFile(StructFile):  # type: ignore[misc]
    """An index file read from the archive. A stretch of it (``subset``: Whoosh opens each
    file inside a compound segment file so) gets a read buffer of its own over the same
    blobs: reading a term's postings, then the page lengths column, then the postings
    again would otherwise refill one shared buffer at every turn."""

    def __init__(self, parts: _Parts, start: int, length: int, name: str, owner: bool) -> None:
        raw = _PartsRaw(parts, start, length, owner)
        super().__init__(io.BufferedReader(raw, buffer_size=READ_BUFFER), name=name)
        self._parts = parts
        self._start = start
        self._length = length

    def subset(self, position: int, length: int, name: str | None = None) -> _StoredFile:
        position = max(0, min(position, self._length))
        length = max(0, min(length, self._length - position))
        return _StoredFile(
            self._parts, self._start + position, length, name or self._name, owner=False
        )


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
        found = index_files.parts(self._db, name)
        if found is None:
            raise FileNotFoundError(name)  # Whoosh retries and reports only on IOError
        parts = _Parts(self._db, found)
        return _StoredFile(parts, 0, parts.length, name, owner=True)

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
