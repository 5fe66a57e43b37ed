"""OCR benchmark (not part of the app): a scanned PDF of N pages (shared-corpus texts in
Russian, Kazakh and English at 200 dpi with noise, rotation and a stamp) is imported
and read by the archive's background OCR, next to ``tesseract`` run by hand on the same
pages (rendered at 300 dpi, as the archive reads them): one process, and one process per
core (``OMP_THREAD_LIMIT=1``, as the archive runs it).

    python -m bench.bench_ocr [--pages 100] [--jobs N] [--keep]

Results go to ``.bench/ocr-results.json``. The temporary folder lives under ``.bench/``
(the scans hold only the public corpus texts) and is removed unless ``--keep``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium

from archive_app.session import Archive
from archive_app.settings import Settings
from indexing.ocr import DEFAULT_LANGUAGES, ocr_problem
from tests.support.scans import corpus_text, scan_page, scanned_pdf

BENCH_DIR = Path(__file__).resolve().parent.parent / ".bench"
TEXTS = (
    "court-ruling-taldykorgan-ru.txt",
    "lawyer-letter-kk.txt",
    "witness-statement-en.txt",
    "urgent-appeal-atajurt-2026.txt",
)
PASSPHRASE = "bench passphrase for ocr 42"


def make_scan(folder: Path, pages: int) -> Path:
    texts = [corpus_text(name, 2200) for name in TEXTS]
    images = [scan_page(texts[n % len(texts)], seed=n, angle=0.6) for n in range(pages)]
    path = folder / "scan.pdf"
    path.write_bytes(scanned_pdf(images))
    return path


def by_hand(scan: Path, folder: Path, jobs: int) -> dict[str, float]:
    """``tesseract page.png stdout`` on each page rendered at 300 dpi: one process at a
    time, then ``jobs`` at once."""
    pngs: list[Path] = []
    doc = pdfium.PdfDocument(str(scan))
    for index in range(len(doc)):
        page = doc[index]
        image = page.render(scale=300 / 72, grayscale=True).to_pil().convert("L")
        png = folder / f"page-{index + 1:04}.png"
        image.save(png)
        pngs.append(png)
        page.close()
    doc.close()
    env = dict(os.environ, OMP_THREAD_LIMIT="1")

    def one(png: Path) -> None:
        subprocess.run(
            [
                "tesseract",
                str(png),
                "stdout",
                "-l",
                DEFAULT_LANGUAGES,
                "--psm",
                "1",
                "--dpi",
                "300",
            ],
            capture_output=True,
            check=True,
            env=env,
        )

    started = time.perf_counter()
    for png in pngs[: max(1, len(pngs) // 4)]:  # a quarter is enough for the per-core rate
        one(png)
    single = (time.perf_counter() - started) / max(1, len(pngs) // 4)
    started = time.perf_counter()
    with ThreadPoolExecutor(jobs) as pool:
        list(pool.map(one, pngs))
    parallel = time.perf_counter() - started
    return {
        "seconds_per_page_one_process": single,
        "pages_per_second_per_core": 1 / single,
        "seconds_all_pages": parallel,
        "pages_per_second": len(pngs) / parallel,
    }


def archive_run(scan: Path, folder: Path, jobs: int) -> dict[str, float]:
    settings = Settings(actor="bench")
    started = time.perf_counter()
    archive, _ = Archive.create(folder / "bench.archive", PASSPHRASE, settings)
    with archive:
        imported = time.perf_counter()
        archive.importer().import_paths([scan])
        queued = time.perf_counter()
        report = archive.ocr.run(processes=jobs)
        done = time.perf_counter()
    assert report.read == report.total and not report.failed, report
    return {
        "pages": float(report.total),
        "import_seconds": queued - imported,
        "ocr_seconds": done - queued,
        "pages_per_second": report.total / (done - queued),
        "pages_per_second_per_core": report.total / (done - queued) / jobs,
        "end_to_end_seconds": done - started,
        "low_confidence_pages": float(report.low_confidence),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="OCR benchmark.")
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args(argv)
    problem = ocr_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    BENCH_DIR.mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="ocr-", dir=BENCH_DIR))
    os.environ["ARCHIVE_APP_CONFIG_DIR"] = str(folder / "config")
    try:
        scan = make_scan(folder, args.pages)
        results: dict[str, Any] = {
            "pages": args.pages,
            "jobs": args.jobs,
            "languages": DEFAULT_LANGUAGES,
            "archive": archive_run(scan, folder, args.jobs),
            "tesseract_by_hand": by_hand(scan, folder, args.jobs),
        }
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    arc, hand = results["archive"], results["tesseract_by_hand"]
    print(f"OCR of a {args.pages}-page scanned PDF, {args.jobs} process(es), {DEFAULT_LANGUAGES}")
    print(
        f"  archive (import + background OCR): {arc['pages_per_second']:.2f} pages/s"
        f" ({arc['pages_per_second_per_core']:.2f} per core), OCR {arc['ocr_seconds']:.1f} s,"
        f" end to end {arc['end_to_end_seconds']:.1f} s"
    )
    print(
        f"  tesseract by hand:                  {hand['pages_per_second']:.2f} pages/s"
        f" ({hand['pages_per_second_per_core']:.2f} per core, one process),"
        f" {hand['seconds_all_pages']:.1f} s"
    )
    (BENCH_DIR / "ocr-results.json").write_text(json.dumps(results, indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
