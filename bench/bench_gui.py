"""Benchmark (not part of the app): how fast the desktop window comes up.

1. Launch to unlock screen: a fresh process creates the QApplication and the
   main window and waits until the unlock screen has been painted; the baseline
   is the same process showing an empty QMainWindow.
2. Unlock to first result list on an N-document archive (default 10,000): a
   fresh process shows the window, presses Unlock and waits until the result
   list has rows; the baseline is the same work without Qt (open the archive
   and list the first results through the service).

Qt runs offscreen. Each measure runs in its own process so nothing is warm.

    python -m bench.bench_gui [--docs N] [--keep]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
BENCH_DIR = REPO / ".bench"
PASSPHRASE = "bench passphrase long enough"
WORDS = [
    "court",
    "ruling",
    "detention",
    "appeal",
    "witness",
    "defender",
    "assembly",
    "covenant",
    "article",
    "hearing",
    "Seitkali",
    "Maksutkhan",
    "Qalzhat",
    "Taldykorgan",
    "суд",
    "задержание",
    "свидетель",
    "Сейткали",
    "Калжат",
    "сот",
    "қорғаушы",
    "шағым",
    "Талдықорған",
]


def _child(code: str, *args: str) -> dict[str, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=900,
        check=True,
    )
    line = [x for x in out.stdout.splitlines() if x.startswith("{")][-1]
    result: dict[str, Any] = json.loads(line)
    return result


LAUNCH = """
import json, sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
if sys.argv[1] == "baseline":
    w = QMainWindow()
else:
    from ui.main_window import MainWindow
    from ui.look import stylesheet
    app.setStyleSheet(stylesheet())
    w = MainWindow()
w.show()
def done():
    print(json.dumps({"seconds": time.perf_counter() - t0}))
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""

UNLOCK = """
import json, sys, time
from pathlib import Path
path, passphrase, mode = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
if mode == "baseline":
    t0 = time.perf_counter()
    from archive_app.session import Archive
    from indexing.search import SearchRequest
    with Archive.open(path, passphrase) as archive:
        result = archive.search.search(SearchRequest("", limit=200, facets=True))
    print(json.dumps({"seconds": time.perf_counter() - t0, "rows": len(result.hits)}))
    raise SystemExit
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui.main_window import MainWindow
w = MainWindow()
w.show()
w.start.choose(path)
w.start.passphrase.setText(passphrase)
t0 = time.perf_counter()
w.start._unlock()
def poll():
    rows = w.view.results.results.rowCount()
    if rows:
        print(json.dumps({"seconds": time.perf_counter() - t0, "rows": rows}))
        w.close()
        app.quit()
    else:
        QTimer.singleShot(5, poll)
QTimer.singleShot(5, poll)
app.exec()
"""


def build_archive(folder: Path, docs: int) -> Path:
    from archive_app.session import Archive
    from archive_app.settings import Settings

    corpus = folder / "corpus"
    rng = random.Random(10_000)
    for n in range(docs):
        sub = corpus / f"{n // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(80, 400)))
        (sub / f"doc{n:05d}.txt").write_text(f"Document {n}\n{words}\n", encoding="utf-8")
    path = folder / "gui-bench.archive"
    archive, _ = Archive.create(path, PASSPHRASE, Settings())
    with archive:
        archive.importer().import_paths([corpus])
    shutil.rmtree(corpus)
    return path


def run(docs: int, keep: bool = False) -> dict[str, Any]:
    BENCH_DIR.mkdir(exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="gui-", dir=BENCH_DIR))
    env_dirs = {f"ARCHIVE_APP_{n}_DIR": str(work / n.lower()) for n in ("CONFIG", "CACHE", "DATA")}
    os.environ.update(env_dirs)
    os.environ["XDG_CONFIG_HOME"] = str(work / "xdg")
    try:
        launch = _child(LAUNCH, "window")["seconds"]
        launch_base = _child(LAUNCH, "baseline")["seconds"]
        started = time.perf_counter()
        path = build_archive(work, docs)
        built = time.perf_counter() - started
        unlock = _child(UNLOCK, str(path), PASSPHRASE, "window")
        unlock_base = _child(UNLOCK, str(path), PASSPHRASE, "baseline")
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
    return {
        "docs": docs,
        "archive_build_s": round(built, 1),
        "launch_to_unlock_screen_s": round(launch, 3),
        "launch_baseline_empty_window_s": round(launch_base, 3),
        "launch_ratio": round(launch / launch_base, 2) if launch_base else None,
        "unlock_to_first_results_s": round(unlock["seconds"], 3),
        "unlock_baseline_service_s": round(unlock_base["seconds"], 3),
        "unlock_ratio": round(unlock["seconds"] / unlock_base["seconds"], 2),
        "rows_shown": unlock["rows"],
    }


def render(r: dict[str, Any]) -> str:
    return "\n".join(
        [
            f"Desktop window ({r['docs']:,}-document archive, built in {r['archive_build_s']} s)",
            f"  launch -> unlock screen      {r['launch_to_unlock_screen_s']:.3f} s"
            f"  (empty QMainWindow {r['launch_baseline_empty_window_s']:.3f} s,"
            f" ratio {r['launch_ratio']}x)",
            f"  unlock -> first result list  {r['unlock_to_first_results_s']:.3f} s"
            f"  (open + list without Qt {r['unlock_baseline_service_s']:.3f} s,"
            f" ratio {r['unlock_ratio']}x; {r['rows_shown']} rows shown)",
        ]
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="desktop window start-up benchmark")
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args(argv)
    result = run(args.docs, args.keep)
    print(render(result))
    results_file = BENCH_DIR / "results.json"
    data = json.loads(results_file.read_text()) if results_file.exists() else {}
    data["gui"] = result
    results_file.write_text(json.dumps(data, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
