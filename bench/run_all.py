"""Benchmark runner (not part of the app; ``make bench``): corpus -> extract -> import
-> search -> report.

Generates a corpus in a temporary folder under ``.bench/``, measures raw text
extraction and the full import on the same files in one run, then search on
the imported archive next to SQLite FTS5 (``bench.bench_search``), prints the
tables and adds them to ``.bench/results.json`` (other keys, such as a
``search_large`` from an earlier ``--large`` run, are kept). The temporary
folder (archive included) is deleted afterwards unless ``--keep`` is given.
Needs no network.

    python -m bench.run_all [--docs N] [--seed S] [--keep] [--no-search] [--large N]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import bench_search, targets
from bench.bench_import import PhaseResult, measure_extraction, measure_import, peak_rss_mb
from bench.corpus import DEFAULT_DOCS, DEFAULT_SEED, generate_corpus

BENCH_DIR = Path(__file__).resolve().parent.parent / ".bench"  # gitignored
MB = 1_000_000


def _ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def _table(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)
        ]
        lines.append("  ".join(cells))
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def render(results: dict[str, Any], extract: PhaseResult, imp: PhaseResult) -> str:
    corpus = results["corpus"]
    rows = [
        ["phase", "docs", "pages", "MB", "seconds", "docs/s", "pages/s", "MB/s", "failed"],
    ]
    for phase in (extract, imp):
        rows.append(
            [
                "raw extraction" if phase is extract else "archive import",
                f"{phase.docs:,}",
                f"{phase.pages:,}",
                f"{phase.bytes / MB:.1f}",
                f"{phase.seconds:.2f}",
                f"{phase.docs_per_s:.1f}",
                f"{phase.pages_per_s:.1f}",
                f"{phase.mb_per_s:.2f}",
                str(phase.failed),
            ]
        )
    ratios = results["ratios"]
    out = [
        f"Corpus: {corpus['files']:,} files ({corpus['text_files']:,} text,"
        f" {corpus['pdf_files']:,} PDF), {corpus['pages']:,} pages,"
        f" {corpus['bytes'] / MB:.1f} MB, seed {corpus['seed']}"
        f" (generated in {corpus['seconds']:.1f} s)",
        "",
        _table(rows),
        "",
        f"Import vs. raw extraction: {ratios['import_vs_extract_docs']:.2f}x docs/s,"
        f" {ratios['import_vs_extract_pages']:.2f}x pages/s,"
        f" {ratios['import_vs_extract_mb']:.2f}x MB/s"
        f" (import takes {_ratio(imp.seconds, extract.seconds):.2f}x the extraction time)",
        f"Archive size: {results['archive']['bytes'] / MB:.1f} MB for"
        f" {corpus['bytes'] / MB:.1f} MB of input"
        f" = {ratios['archive_vs_corpus_size']:.2f}x",
        f"Peak RSS: {results['rss_mb']['after_extract']:.0f} MB after extraction,"
        f" {results['rss_mb']['process_peak']:.0f} MB for the whole run;"
        f" largest child process (index builder or PDF sandbox; at least the size this"
        f" process had when it started it) {results['rss_mb']['children_peak']:.0f} MB",
    ]
    for phase in (extract, imp):
        if phase.failures:
            out.append(f"{phase.name} failures: {phase.failures}")
    return "\n".join(out)


def run(
    docs: int, seed: int, *, keep: bool, results_path: Path, search: bool = True, large: int = 0
) -> dict[str, Any]:
    BENCH_DIR.mkdir(exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="run-", dir=BENCH_DIR))
    searched: dict[str, Any] = {}
    try:
        corpus_dir = work / "corpus"
        print(f"Generating {docs:,} documents in {corpus_dir} ...", flush=True)
        t0 = time.perf_counter()
        stats = generate_corpus(corpus_dir, docs, seed=seed)
        gen_seconds = time.perf_counter() - t0

        print("Measuring raw text extraction ...", flush=True)
        extract = measure_extraction(stats.files)
        rss_after_extract = peak_rss_mb()[0]

        print("Measuring the full import into a new archive ...", flush=True)
        archive_path = work / "bench.archive"
        imp, archive_bytes = measure_import(corpus_dir, archive_path)
        own_peak, child_peak = peak_rss_mb()

        if search:
            print("Measuring search next to SQLite FTS5 on the same archive ...", flush=True)
            searched["search"] = bench_search.measure_archive(archive_path, repeat=15)
    finally:
        if keep:
            print(f"Kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)

    results: dict[str, Any] = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
        },
        "corpus": {
            "files": len(stats.files),
            "text_files": stats.count["text"],
            "pdf_files": stats.count["pdf"],
            "bytes": stats.total_bytes,
            "text_bytes": stats.bytes["text"],
            "pdf_bytes": stats.bytes["pdf"],
            "pages": stats.total_pages,
            "seed": seed,
            "seconds": round(gen_seconds, 3),
        },
        "extract": extract.as_dict(),
        "import": imp.as_dict(),
        "archive": {"bytes": archive_bytes},
        "ratios": {
            "import_vs_extract_docs": round(_ratio(imp.docs_per_s, extract.docs_per_s), 4),
            "import_vs_extract_pages": round(_ratio(imp.pages_per_s, extract.pages_per_s), 4),
            "import_vs_extract_mb": round(_ratio(imp.mb_per_s, extract.mb_per_s), 4),
            "archive_vs_corpus_size": round(_ratio(archive_bytes, stats.total_bytes), 4),
        },
        "rss_mb": {
            "after_extract": round(rss_after_extract, 1),
            "process_peak": round(own_peak, 1),
            "children_peak": round(child_peak, 1),
        },
    }
    if large > 0:
        print(f"Large search benchmark: {large:,} text-only documents ...", flush=True)
        searched["search_large"] = bench_search.run_one(
            "large", large, seed, text_only=True, repeat=7, reindex=False, keep=keep
        )
    results.update(searched)
    bench_search.merge_results(results_path, results)
    print()
    print(render(results, extract, imp))
    if "search" in searched:
        print()
        print(bench_search.render(searched["search"], "Search on the imported archive"))
    if "search_large" in searched:
        print()
        print(bench_search.render(searched["search_large"], f"Search, {large:,} text-only docs"))
    print(f"\nResults added to {results_path}")
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Extraction and import benchmark.")
    parser.add_argument("--docs", type=int, default=DEFAULT_DOCS, help="corpus size (files)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--keep", action="store_true", help="keep the corpus and archive")
    parser.add_argument("--out", type=Path, default=BENCH_DIR / "results.json")
    parser.add_argument("--no-search", action="store_true", help="skip the search benchmark")
    parser.add_argument("--large", type=int, default=0, help="also search N text-only docs")
    parser.add_argument("--no-extras", action="store_true", help="skip export and window benches")
    parser.add_argument("--gui-docs", type=int, default=10_000, help="archive size for the window")
    args = parser.parse_args(argv)
    if args.docs < 1:
        parser.error("--docs must be at least 1")
    results = run(
        args.docs,
        args.seed,
        keep=args.keep,
        results_path=args.out,
        search=not args.no_search,
        large=args.large,
    )
    export: dict[str, Any] | None = None
    if not args.no_extras:
        from bench import bench_analysis, bench_export, bench_gui, bench_lock

        bench_analysis.main(["--docs", str(min(args.docs, 2000))])
        bench_lock.main(["--repeat", "1"])
        # every redacted page is read back by OCR: a smaller set for the quick run
        export_out = args.out.parent / "export-results.json"
        pages = "200" if args.docs >= 10_000 else "30"
        bench_export.main(["--pages", pages, "--out", str(export_out)])
        export = json.loads(export_out.read_text("utf-8"))
        bench_gui.main(["--docs", str(args.gui_docs)])
    print()
    print(targets.table(results, export))
    return 0


if __name__ == "__main__":
    sys.exit(main())
