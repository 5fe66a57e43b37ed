"""Benchmark (not part of the app): how long closing the archive takes while each long
job runs - the lock must win within a second (issue 13). Timings live here, not in the
tests: tests/unit/test_lock_wins.py checks that every job is stopped and leaves a
consistent archive; this measures the close, on the same 400-document archive.

    python -m bench.bench_lock [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from archive_app.export import ExportOptions
from archive_app.export.pipeline import export_through
from archive_app.session import Archive
from archive_app.settings import Settings
from archive_app.suggestion_refresh import SuggestionRefresh
from archive_app.tasks import CancelToken
from archive_app.worker import ArchiveWorker
from tests.conftest import PASSPHRASE
from tests.unit.test_lock_wins import DOCUMENTS, Started, fill

BENCH_DIR = Path(__file__).resolve().parent.parent / ".bench"
TARGET_S = 1.0
ENDLESS = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
Job = Callable[[Any, CancelToken], Any]  # (archive, token), or (gate, token) for work beside


def lock_during(
    w: ArchiveWorker,
    job: Callable[[Archive, CancelToken], Any],
    *,
    started: threading.Event | None = None,
    after: float = 0.4,
    aside: bool = False,
) -> tuple[float, Future[Any]]:
    """Start ``job``, wait until it runs, lock; return (seconds the close took, job).
    The tests check that each close stops its job; here it is timed. ``aside``: the job
    runs beside the database thread (``job(gate, token)``, as the window's export)."""
    token = CancelToken()
    if aside:
        future = w.submit_aside(lambda gate: job(gate, token), cancel=token)
    else:
        future = w.submit(lambda archive: job(archive, token), cancel=token)
    if started is not None:
        assert started.wait(60), "the job never reported progress"
    time.sleep(after)
    assert not future.done(), "the job ended before the lock: make the archive bigger"
    began = time.monotonic()
    w.close().result(timeout=30)
    took = time.monotonic() - began
    if not aside:  # work beside is not waited for: it stops at its next page
        assert future.done()
    return took, future


ASIDE = "export (window: beside"


def _jobs(folder: Path) -> dict[str, tuple[Job, Started | None, float]]:
    started = {name: Started(calls=1) for name in ("reindex", "export", "beside", "refresh")}
    options = ExportOptions(out=folder / "bundle", ids=list(range(1, DOCUMENTS + 1)))
    options2 = ExportOptions(out=folder / "bundle2", ids=list(range(1, DOCUMENTS + 1)))
    return {
        "one long statement": (lambda a, _t: a.db.scalar(ENDLESS), None, 0.4),
        "reindex": (
            lambda a, t: a.search.reindex(progress=started["reindex"], cancel=t),
            started["reindex"],
            0.2,
        ),
        "deep check": (lambda a, _t: a.maintenance.check(deep=True), None, 0.4),
        "backup (copy step)": (
            lambda a, _t: a.maintenance.backup(folder / "b1.archive", PASSPHRASE),
            None,
            0.05,
        ),
        "backup (checking the copy)": (
            lambda a, _t: a.maintenance.backup(folder / "b2.archive", PASSPHRASE),
            None,
            1.5,
        ),
        "export (CLI: on the thread)": (
            lambda a, t: a.exports.export(options, progress=started["export"], cancel=t),
            started["export"],
            0.2,
        ),
        f"{ASIDE} the database thread)": (
            lambda g, t: export_through(g, options2, progress=started["beside"], cancel=t),
            started["beside"],
            0.2,
        ),
        "suggestion refresh": (
            lambda a, t: SuggestionRefresh.plan(a).run(a, progress=started["refresh"], cancel=t),
            started["refresh"],
            0.2,
        ),
    }


def measure(repeat: int) -> dict[str, list[float]]:
    results: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(dir=BENCH_DIR) as tmp:
        template = Path(tmp) / "template.archive"
        archive, _ = Archive.create(template, PASSPHRASE, Settings(actor="bench"))
        with archive:
            fill(archive)
        for run in range(repeat):
            folder = Path(tmp) / f"run{run}"
            folder.mkdir()
            for name, (job, started, after) in _jobs(folder).items():
                path = folder / f"{len(results.get(name, []))}-{name[:6]}.archive"
                shutil.copy(template, path)
                worker = ArchiveWorker(Settings(actor="bench"))
                worker.open(path, PASSPHRASE).result(timeout=60)
                try:
                    took, _future = lock_during(
                        worker,
                        job,
                        started=started.event if started else None,
                        after=after,
                        aside=name.startswith(ASIDE),
                    )
                finally:
                    worker.shutdown()
                results.setdefault(name, []).append(took)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Close-while-running times.")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, default=BENCH_DIR / "lock-results.json")
    args = parser.parse_args(argv)
    BENCH_DIR.mkdir(exist_ok=True)
    results = measure(args.repeat)
    print(f"Closing the archive while a job runs ({DOCUMENTS} documents), target < {TARGET_S} s:")
    for name, times in results.items():
        worst = max(times)
        mark = "ok" if worst < TARGET_S else "MISSED"
        print(f"  {name:44} {min(times):.3f}-{worst:.3f} s  {mark}")
    args.out.write_text(json.dumps(results, indent=1), encoding="utf-8")
    print(f"Results written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
