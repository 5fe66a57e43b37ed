"""Benchmark (not part of the app): raw text extraction vs. the full import into an archive.

``measure_extraction`` runs ``indexing.extract.Extractor`` over every file (the
floor cost of reading text); ``measure_import`` creates a fresh archive and
imports the same folder through ``ImportService`` (extraction plus hashing,
encryption, chunked storage, page texts, audit log and whatever indexing the
import does). Both report documents, pages and bytes per second.
"""

from __future__ import annotations

import resource
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from archive_app.session import Archive
from archive_app.settings import Settings
from archive_app.tasks import Progress
from indexing.extract import Extractor, Source

PASSPHRASE = "bench passphrase long enough"
MB = 1_000_000


@dataclass
class PhaseResult:
    """One timed pass over the corpus."""

    name: str
    seconds: float
    docs: int
    pages: int
    bytes: int
    failed: int = 0
    failures: dict[str, int] = field(default_factory=dict)
    peak_rss_mb: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0

    @property
    def mb_per_s(self) -> float:
        return self.bytes / MB / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(
            docs_per_s=round(self.docs_per_s, 2),
            pages_per_s=round(self.pages_per_s, 2),
            mb_per_s=round(self.mb_per_s, 3),
            seconds=round(self.seconds, 3),
        )
        return data


def peak_rss_mb() -> tuple[float, float]:
    """(this process, largest waited-for child) peak resident set size in MB (Linux: KiB)."""
    scale = 1 if sys.platform == "darwin" else 1024  # macOS reports bytes, Linux KiB
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / MB
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale / MB
    return own, children


def cpu_seconds() -> tuple[float, float]:
    """(this process, its finished child processes) CPU time so far, user + system."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def _cpu_since(before: tuple[float, float]) -> dict[str, float]:
    """CPU seconds used since ``before``: on a machine shared with other work the wall
    times (and their ratio) move with the load, the CPU each side used much less."""
    own, children = cpu_seconds()
    return {
        "this_process": round(own - before[0], 2),
        "workers": round(children - before[1], 2),
    }


def measure_extraction(files: list[Path]) -> PhaseResult:
    """Extract every file with one Extractor (one PDF sandbox child), as the importer does."""
    pages = size = docs = 0
    failures: Counter[str] = Counter()
    cpu = cpu_seconds()
    start = time.perf_counter()
    with Extractor() as extractor:
        for path in files:
            source = Source.from_path(path)
            try:
                extraction = extractor.extract(source)
            except Exception as exc:  # a benchmark counts a failure and goes on
                failures[type(exc).__name__] += 1
                continue
            docs += 1
            pages += extraction.page_count
            size += source.size
    seconds = time.perf_counter() - start
    return PhaseResult(
        name="extract",
        seconds=seconds,
        docs=docs,
        pages=pages,
        bytes=size,
        failed=sum(failures.values()),
        failures=dict(failures),
        peak_rss_mb=round(peak_rss_mb()[0], 1),
        extra={"cpu_seconds": _cpu_since(cpu)},
    )


def measure_import(
    corpus_dir: Path, archive_path: Path, *, show_progress: bool = True
) -> tuple[PhaseResult, int]:
    """Import ``corpus_dir`` into a new archive at ``archive_path``; (result, archive bytes).

    The archive is closed before its size is read; the caller deletes it.
    """
    reporter = _ProgressLine() if show_progress else None
    archive, _warnings = Archive.create(archive_path, PASSPHRASE, Settings())
    try:
        cpu = cpu_seconds()
        start = time.perf_counter()
        report = archive.importer().import_paths([corpus_dir], progress=reporter)
        seconds = time.perf_counter() - start
        used = _cpu_since(cpu)  # the import's workers have ended (and been waited for)
        row = archive.db.one(
            "SELECT count(*), coalesce(sum(page_count), 0), coalesce(sum(size), 0) FROM documents"
        )
        stored_pages = int(archive.db.scalar("SELECT count(*) FROM pages"))
        breakdown = _breakdown(archive)
    finally:
        archive.close()
        if reporter is not None:
            reporter.done()
    failures: Counter[str] = Counter(
        o.message.split(" (")[0][:60] for o in report.outcomes if o.status == "failed"
    )
    result = PhaseResult(
        name="import",
        seconds=seconds,
        docs=report.imported,
        pages=int(row[1]),
        bytes=int(row[2]),
        failed=report.failed,
        failures=dict(failures),
        peak_rss_mb=round(peak_rss_mb()[0], 1),
        extra={
            "duplicates": report.duplicates,
            "documents_in_archive": int(row[0]),
            "page_rows": stored_pages,
            "cancelled": report.cancelled,
            "stopped": report.stopped,
            "archive_breakdown": breakdown,
            "cpu_seconds": used,
        },
    )
    return result, archive_size(archive_path)


def _breakdown(archive: Archive) -> dict[str, int]:
    """Where the archive's bytes go: originals, page texts, audit log, SQLite pages."""
    db = archive.db

    def num(sql: str) -> int:
        return int(db.scalar(sql) or 0)

    return {
        "original_bytes": num("SELECT sum(length(data)) FROM document_chunks"),
        "chunk_rows": num("SELECT count(*) FROM document_chunks"),
        "page_text_chars": num("SELECT sum(length(text)) FROM pages"),
        "audit_rows": num("SELECT count(*) FROM audit_log"),
        "audit_bytes": num("SELECT sum(length(details) + length(hash) * 2) FROM audit_log"),
        "db_page_size": num("PRAGMA page_size"),
        "db_pages": num("PRAGMA page_count"),
        "db_free_pages": num("PRAGMA freelist_count"),
    }


def archive_size(path: Path) -> int:
    """The archive file plus any journal / WAL files left beside it."""
    total = 0
    for candidate in (path, *path.parent.glob(path.name + "-*")):
        if candidate.is_file():
            total += candidate.stat().st_size
    return total


class _ProgressLine:
    """Rewrites one status line on stderr (only when it is a terminal)."""

    def __init__(self) -> None:
        self._tty = sys.stderr.isatty()
        self._last = 0.0

    def __call__(self, progress: Progress) -> None:
        now = time.monotonic()
        if not self._tty or (now - self._last < 0.5 and progress.done < progress.total):
            return
        self._last = now
        sys.stderr.write(
            f"\r  import {progress.done}/{progress.total} (failed {progress.failed})          "
        )
        sys.stderr.flush()

    def done(self) -> None:
        if self._tty:
            sys.stderr.write("\r" + " " * 60 + "\r")
            sys.stderr.flush()
