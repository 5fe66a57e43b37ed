"""The lock always wins: closing the archive while long work runs interrupts it, whatever
runs, and leaves a consistent archive with no partial output.

The archive is filled straight through ``storage`` (no extraction) so that every job runs
for many seconds unlocked. Each test holds the job at a known point on the database
thread (its second progress report, or the statement that starts a backup's copy), locks
while it is held, releases it, and checks that the job was stopped, not run to its end
(its progress stops short of the last document), and what is left: a consistent archive,
no partial output. No sleeping, no race: the lock always comes while the job is under
way. A single statement that would never end by itself is interrupted (the first test).
How long each close takes is measured by ``bench/bench_lock.py``,
not here.
"""

from __future__ import annotations

import hashlib
import io
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest

from archive_app.errors import ArchiveClosed
from archive_app.export import ExportOptions, TermRule, pdfium_pages
from archive_app.export import review as review_module
from archive_app.export.pipeline import export_through
from archive_app.gate import ArchiveGate
from archive_app.session import Archive
from archive_app.settings import Settings
from archive_app.suggestion_refresh import SuggestionRefresh
from archive_app.tasks import CancelToken, Progress
from archive_app.worker import ArchiveWorker
from indexing.search import SearchRequest
from storage import blobs
from storage import documents as doc_repo
from storage.database import Database
from tests.conftest import CORPUS, PASSPHRASE

DOCUMENTS = 400
PAGES = 6
FILLER_BYTES = 192 * 1024  # stored bytes per document: the deep check and backup read them


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "text").glob("*.txt"))]


def fill(archive: Archive, count: int = DOCUMENTS) -> None:
    """``count`` plain-text documents of ``PAGES`` pages each, straight into storage."""
    texts = _texts()
    db = archive.db
    with db.atomic():
        for n in range(count):
            pages = [
                texts[(n + p) % len(texts)][:2500] + f"\nPage {p} of {n}." for p in range(PAGES)
            ]
            data = "\f".join(pages).encode() + bytes(n % 251 for _ in range(8)) * (
                FILLER_BYTES // 8
            )
            digest = hashlib.sha256(data).hexdigest()
            doc_id = doc_repo.insert(
                db,
                doc_repo.NewDocument(
                    title=f"Statement {n}",
                    doc_type="witness-statement",
                    language="en",
                    doc_date="2025-12-09",
                    source="",
                    confidentiality="confidential",
                    filename=f"statement-{n}.txt",
                    media_type="text/plain",
                    page_count=PAGES,
                    status="ok",
                ),
                sha256=digest,
                size=len(data),
            )
            blobs.write_chunks(db, doc_id, io.BytesIO(data))
            doc_repo.insert_pages(db, doc_id, pages)
    archive.search.reindex()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "big.archive"
    archive, _ = Archive.create(path, PASSPHRASE, Settings(actor="tester"))
    try:
        fill(archive)
    finally:
        archive.close()
    return path


@pytest.fixture
def worker(template: Path, tmp_path: Path) -> Iterator[tuple[ArchiveWorker, Path]]:
    path = tmp_path / "case.archive"
    shutil.copy(template, path)
    w = ArchiveWorker(Settings(actor="tester"))
    w.open(path, PASSPHRASE).result(timeout=30)
    try:
        yield w, path
    finally:
        w.shutdown()


class Started:
    """A progress callback that says when the job is under way (for the bench)."""

    def __init__(self, calls: int = 2) -> None:
        self.event = threading.Event()
        self.calls = 0
        self.wanted = calls

    def __call__(self, _progress: Progress) -> None:
        self.calls += 1
        if self.calls >= self.wanted:
            self.event.set()


def lock_while_running(w: ArchiveWorker, job: Callable[[Archive, CancelToken], Any]) -> Future[Any]:
    """Start ``job`` (one that never ends by itself), lock while it runs; return the job."""
    token = CancelToken()
    future = w.submit(lambda archive: job(archive, token), cancel=token)
    time.sleep(0.4)  # let it start; it never ends, so no speed makes this race
    assert not future.done()
    w.close().result(timeout=30)
    assert future.done()
    return future


class HeldAt:
    """A progress callback that holds the job at its ``at``-th report until released."""

    def __init__(self, at: int = 1) -> None:
        self.at = at
        self.seen: list[Progress] = []
        self.reached, self.release = threading.Event(), threading.Event()

    def __call__(self, progress: Progress) -> None:
        self.seen.append(progress)
        if len(self.seen) == self.at:
            self.hold()

    def hold(self) -> None:
        self.reached.set()
        assert self.release.wait(60), "the test never released the job"

    @property
    def stopped_short(self) -> bool:
        """No report of the last item: the job did not run to its end."""
        return bool(self.seen) and all(p.done < p.total for p in self.seen)


def lock_while_held(
    w: ArchiveWorker, job: Callable[[Archive, CancelToken], Any], held: HeldAt
) -> Future[Any]:
    """Start ``job``; once it is held, lock, then release it; return the job's future."""
    token = CancelToken()
    future = w.submit(lambda archive: job(archive, token), cancel=token)
    assert held.reached.wait(60), "the job never got under way"
    assert not future.done()
    close = w.close()
    assert token.cancelled  # at once, before the job is given the thread back
    held.release.set()
    close.result(timeout=60)
    assert future.done() and not w.is_open
    return future


def _reopened_is_consistent(path: Path) -> None:
    with Archive.open(path, PASSPHRASE, Settings(actor="tester")) as archive:
        report = archive.maintenance.check()
        assert not [p for p in report.problems if "search index" not in p], report.problems
        assert len(archive.documents.all()) == DOCUMENTS
    leftovers = [p.name for p in path.parent.iterdir() if "partial" in p.name]
    assert leftovers == []


def test_close_during_a_single_long_statement_interrupts_it(
    worker: tuple[ArchiveWorker, Path],
) -> None:
    w, path = worker
    endless = (
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
    )
    future = lock_while_running(w, lambda archive, _t: archive.db.scalar(endless))
    with pytest.raises(ArchiveClosed):
        future.result()
    _reopened_is_consistent(path)


def test_close_during_reindex(worker: tuple[ArchiveWorker, Path]) -> None:
    w, path = worker
    held = HeldAt()
    future = lock_while_held(
        w, lambda archive, token: archive.search.reindex(progress=held, cancel=token), held
    )
    with pytest.raises(ArchiveClosed):
        future.result()
    assert held.stopped_short  # stopped, not run to its end
    _reopened_is_consistent(path)


def test_close_during_deep_check(worker: tuple[ArchiveWorker, Path]) -> None:
    w, path = worker
    held = HeldAt()
    future = lock_while_held(
        w,
        lambda archive, token: archive.maintenance.check(deep=True, progress=held, cancel=token),
        held,
    )
    with pytest.raises(ArchiveClosed):
        future.result()
    assert held.stopped_short
    _reopened_is_consistent(path)


def _no_partial_backup(dest: Path) -> None:
    assert not dest.exists()
    assert [p.name for p in dest.parent.iterdir() if p.name.startswith(".backup")] == []


def test_close_while_a_backup_copies_removes_the_partial_copy(
    worker: tuple[ArchiveWorker, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Held at the statement that writes the copy (``sqlcipher_export``): the lock aborts
    the connection under it."""
    w, path = worker
    held = HeldAt()
    original = Database.execute

    def execute(self: Database, sql: str, *args: Any, **kwargs: Any) -> Any:
        if "sqlcipher_export" in sql:
            held.hold()
        return original(self, sql, *args, **kwargs)

    monkeypatch.setattr(Database, "execute", execute)
    dest = tmp_path / "backup.archive"
    future = lock_while_held(
        w, lambda archive, _t: archive.maintenance.backup(dest, PASSPHRASE), held
    )
    with pytest.raises(ArchiveClosed):
        future.result()
    _no_partial_backup(dest)
    _reopened_is_consistent(path)


def test_close_while_a_backup_checks_its_copy_removes_it(
    worker: tuple[ArchiveWorker, Path], tmp_path: Path
) -> None:
    w, path = worker
    held = HeldAt()
    dest = tmp_path / "backup.archive"
    future = lock_while_held(
        w,
        lambda archive, token: archive.maintenance.backup(
            dest, PASSPHRASE, progress=held, cancel=token
        ),
        held,
    )
    with pytest.raises(ArchiveClosed):
        future.result()
    assert held.stopped_short
    _no_partial_backup(dest)
    _reopened_is_consistent(path)


def test_close_during_export_removes_the_partial_output(
    worker: tuple[ArchiveWorker, Path], tmp_path: Path
) -> None:
    w, path = worker
    out = tmp_path / "bundle"
    held = HeldAt()
    options = ExportOptions(out=out, ids=list(range(1, DOCUMENTS + 1)))
    future = lock_while_held(
        w,
        lambda archive, token: archive.exports.export(options, progress=held, cancel=token),
        held,
    )
    with pytest.raises(ArchiveClosed):
        future.result()
    assert held.stopped_short
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("bundle")] == []
    _reopened_is_consistent(path)


def test_close_during_suggestion_refresh(worker: tuple[ArchiveWorker, Path]) -> None:
    w, path = worker
    held = HeldAt()

    def refresh(archive: Archive, token: CancelToken) -> Any:
        return SuggestionRefresh.plan(archive).run(archive, progress=held, cancel=token)

    future = lock_while_held(w, refresh, held)
    with pytest.raises(ArchiveClosed):
        future.result()
    assert held.stopped_short
    _reopened_is_consistent(path)


def test_nothing_submitted_before_a_lock_runs_or_is_delivered_after_it(
    worker: tuple[ArchiveWorker, Path],
) -> None:
    """Deterministic: the first job is held on an event while the lock comes; the jobs
    queued behind it never run; the held job's result is replaced by ArchiveClosed."""
    w, _path = worker
    release, running = threading.Event(), threading.Event()
    ran: list[str] = []

    def held(_archive: Archive) -> str:
        running.set()
        release.wait(10)
        ran.append("held")
        return "result"

    first = w.submit(held)
    queued = [w.submit(lambda _a, n=n: ran.append(f"queued {n}")) for n in range(3)]
    assert running.wait(10)
    close = w.close()
    release.set()
    close.result(timeout=10)
    assert ran == ["held"]
    with pytest.raises(ArchiveClosed):
        first.result()
    for future in queued:
        with pytest.raises(ArchiveClosed):
            future.result()
    assert not w.is_open


# -- work beside the database thread (the window's export) -------------------------------
def test_close_during_an_export_beside_the_database_thread(
    worker: tuple[ArchiveWorker, Path], tmp_path: Path
) -> None:
    """The window's export renders beside the database thread: the lock closes the
    connection without waiting for it (the database thread is free), cancels its token,
    and once it hears the token at its next page it ends in ArchiveClosed with no output."""
    w, path = worker
    out = tmp_path / "bundle"
    held = HeldAt()
    token = CancelToken()
    options = ExportOptions(out=out, ids=list(range(1, DOCUMENTS + 1)))
    future = w.submit_aside(
        lambda gate: export_through(gate, options, progress=held, cancel=token), cancel=token
    )
    assert held.reached.wait(60), "the export never got under way"
    w.close().result(timeout=60)  # while the export is still held: nothing waits for it
    assert token.cancelled and not w.is_open and not future.done()
    held.release.set()
    with pytest.raises(ArchiveClosed):
        future.result(timeout=60)
    assert held.stopped_short
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("bundle")] == []
    _reopened_is_consistent(path)


def test_a_search_goes_through_while_an_export_renders_beside(
    worker: tuple[ArchiveWorker, Path], tmp_path: Path
) -> None:
    w, _path = worker
    held = HeldAt()
    options = ExportOptions(out=tmp_path / "bundle", ids=[1, 2])
    future = w.submit_aside(lambda gate: export_through(gate, options, progress=held))
    assert held.reached.wait(60)
    try:
        hits = w.submit(lambda a: a.search.search(SearchRequest(text="statement"))).result(60)
        assert hits.total >= 2 and not future.done()  # answered while the export is held
    finally:
        held.release.set()
    assert future.result(timeout=120).documents == 2
    assert (tmp_path / "bundle").is_dir()


def test_a_gate_of_an_earlier_unlock_never_reaches_the_archive_opened_again(
    worker: tuple[ArchiveWorker, Path],
) -> None:
    """Locked and opened again while work beside waits: its next call through the gate
    ends in ArchiveClosed instead of reaching the new session's archive, and so does the
    work itself."""
    w, path = worker
    waiting, go_on = threading.Event(), threading.Event()
    reached: list[str] = []

    def beside(gate: ArchiveGate) -> str:
        gate(lambda a: reached.append("first"))
        waiting.set()
        assert go_on.wait(30)
        gate(lambda a: reached.append("after the lock"))
        return "done"

    future = w.submit_aside(beside)
    assert waiting.wait(30)
    w.close().result(timeout=30)
    w.open(path, PASSPHRASE).result(timeout=30)
    go_on.set()
    with pytest.raises(ArchiveClosed):
        future.result(timeout=30)
    assert reached == ["first"]
    assert w.is_open


def test_one_thread_at_a_time_in_pdfium_while_an_export_and_a_preview_run(
    worker: tuple[ArchiveWorker, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PDFium is not thread-safe: the export beside the database thread and a redaction
    preview on it take turns (``indexing.extract.pdfium_guard``). Every PDFium document
    opened in this process is counted, by thread, while both run together; the export is
    held with its PDF open until the preview has reached PDFium (no timing)."""
    import pypdfium2 as pdfium

    from tests.support.pdfgen import make_pdf

    w, _path = worker
    pdf = tmp_path / "ruling.pdf"
    pdf.write_bytes(make_pdf([f"Page {n} about Nazigul Maksutkhan." for n in range(12)]))
    ids = w.submit(lambda a: a.importer().import_paths([pdf]).document_ids).result(60)
    open_in: dict[int, int] = {}  # thread -> PDFium documents it has open
    most = [0]  # threads with a document open at once, at most
    guard = threading.Lock()
    exporter: list[int] = []  # the export's thread
    preview_reached = threading.Event()  # PDFium's lock, or PDFium itself, from the preview
    opened, closed = pdfium.PdfDocument.__init__, pdfium.PdfDocument.close

    def counting_open(self: Any, *args: Any, **kwargs: Any) -> None:
        with guard:
            me = threading.get_ident()
            open_in[me] = open_in.get(me, 0) + 1
            most[0] = max(most[0], sum(1 for n in open_in.values() if n))
        if exporter and threading.get_ident() != exporter[0]:
            preview_reached.set()
        opened(self, *args, **kwargs)

    def counting_close(self: Any) -> Any:
        with guard:
            open_in[threading.get_ident()] -= 1
        return closed(self)

    class WatchedLock:
        """PDFium's lock, saying when a thread other than the export's asks for it."""

        def __init__(self, lock: Any) -> None:
            self._lock = lock

        def acquire(self) -> bool:
            if exporter and threading.get_ident() != exporter[0]:
                preview_reached.set()
            return bool(self._lock.acquire())

        def release(self) -> None:
            self._lock.release()

        def __enter__(self) -> None:
            self.acquire()

        def __exit__(self, *exc: object) -> None:
            self.release()

    monkeypatch.setattr(pdfium.PdfDocument, "__init__", counting_open)
    monkeypatch.setattr(pdfium.PdfDocument, "close", counting_close)
    for module in (pdfium_pages, review_module):
        monkeypatch.setattr(module, "PDFIUM_LOCK", WatchedLock(module.PDFIUM_LOCK))
    options = ExportOptions(out=tmp_path / "bundle", ids=ids)
    options.rules.terms.append(TermRule("Nazigul Maksutkhan", "PII-VICTIM"))
    previews: list[Future[list[bytes]]] = []

    def at_first_page(progress: Progress) -> None:
        """Beside, with the export's PDF open: a preview is asked for on the database
        thread, and the export goes on once the preview has reached PDFium's lock (with
        the lock it waits there; without it, it would open its PDF now)."""
        if progress.done == 1:
            exporter.append(threading.get_ident())
            previews.append(w.submit(lambda a: a.redactions.preview(ids[0], pages=[1])))
            assert preview_reached.wait(120), "the preview never got to PDFium"

    exporting = w.submit_aside(lambda gate: export_through(gate, options, progress=at_first_page))
    assert exporting.result(timeout=300).pages == 12
    assert len(previews[0].result(timeout=300)) == 1
    assert most[0] == 1
