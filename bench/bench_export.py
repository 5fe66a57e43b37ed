"""Benchmark (not part of the app): redacted pages per second and bundle bytes per page.

Generates a 200-page set (20 PDFs of 10 pages, each page a full page of case text that
names a non-consenting person and a phone number, so every page is rebuilt as a 200 dpi
image with boxes burned in), imports it into a fresh archive, exports one bundle with
verification, and reports pages/s and bytes per page. A second, unredacted export of
the same documents shows the cost of the text-keeping path.

Every page rebuilt as an image is read back by OCR before anything is written (the
export's check: what a reader of the bundle could read), so a redacted export runs at the
pace of Tesseract. The baseline measured in the same run is ``tesseract`` run by hand on
the bundle's pages rendered at the same resolution, with the same languages, as many at
once as the export's OCR children (one per core): the export's rate is reported as a
ratio of it, with the rendering alone (until the last page is rendered) beside it.

    python -m bench.bench_export [--pages 200] [--dpi 200] [--keep]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from archive_app.export import ExportOptions, ExportService, PatternRule, RedactionSet
from archive_app.session import Archive
from archive_app.settings import Settings
from archive_app.tasks import Progress
from indexing.ocr import DEFAULT_LANGUAGES
from tests.support.pdfgen import make_pdf

BENCH_DIR = Path(__file__).resolve().parent.parent / ".bench"
PASSPHRASE = "bench passphrase long enough"
PAGES_PER_DOC = 10
SENTENCE = (
    "the court held the defender in pre-trial detention under Article 174 of the Criminal"
    " Code although the gathering near the village was peaceful and the witnesses said"
    " nobody blocked the road or carried weapons during the meeting with the families"
)
WORDS = tuple(SENTENCE.split())


def _page(rng: random.Random, n: int) -> str:
    lines = [f"Case file page {n}. Statement about Nazigul Maksutkhan, phone +7 701 555 24 19."]
    for _ in range(44):
        lines.append(" ".join(rng.choice(WORDS) for _ in range(14)))
    lines.append("Signed in Taldykorgan; Nazigul Maksutkhan was not present.")
    return "\n".join(lines)


def generate(folder: Path, pages: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True)
    paths: list[Path] = []
    for doc in range(max(1, pages // PAGES_PER_DOC)):
        path = folder / f"ruling-{doc:03d}.pdf"
        texts = [_page(rng, doc * PAGES_PER_DOC + i + 1) for i in range(PAGES_PER_DOC)]
        path.write_bytes(make_pdf(texts, title=f"Ruling {doc}"))
        paths.append(path)
    return paths


class _Rendered:
    """Progress callback: when the last page was rendered (the check follows)."""

    def __init__(self) -> None:
        self.at: float | None = None

    def __call__(self, progress: Progress) -> None:
        if progress.total and progress.done >= progress.total and self.at is None:
            self.at = time.perf_counter()


def tesseract_by_hand(bundle: Path, folder: Path, dpi: int, jobs: int) -> dict[str, float]:
    """The bundle's document pages rendered at ``dpi`` (greyscale PNG, not timed), then
    ``tesseract page.png stdout`` on each, ``jobs`` at once (timed)."""
    import pypdfium2 as pdfium

    folder.mkdir()
    pngs: list[Path] = []
    for pdf in sorted(bundle.glob("*.pdf")):
        if pdf.name.startswith("00"):  # the cover and index
            continue
        doc = pdfium.PdfDocument(str(pdf))
        for index in range(len(doc)):
            page = doc[index]
            png = folder / f"{pdf.stem}-{index + 1:03}.png"
            page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L").save(png)
            pngs.append(png)
            page.close()
        doc.close()
    env = dict(os.environ, OMP_THREAD_LIMIT="1")

    def one(png: Path) -> None:
        command = ["tesseract", str(png), "stdout", "-l", DEFAULT_LANGUAGES, "--dpi", str(dpi)]
        subprocess.run(command, capture_output=True, check=True, env=env)

    started = time.perf_counter()
    with ThreadPoolExecutor(jobs) as pool:
        list(pool.map(one, pngs))
    seconds = time.perf_counter() - started
    return {"pages": len(pngs), "seconds": round(seconds, 2), "pages_per_s": len(pngs) / seconds}


def _bundle_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.iterdir())


def run(pages: int, dpi: int, *, keep: bool) -> dict[str, Any]:
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    BENCH_DIR.mkdir(exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="export-", dir=BENCH_DIR))
    try:
        files = generate(work / "corpus", pages)
        archive, _ = Archive.create(work / "bench.archive", PASSPHRASE, Settings(actor="bench"))
        with archive:
            archive.registry.add_person(
                "Nazigul Maksutkhan", aliases=["Назигуль Максутхан"], consent="no"
            )
            ids = archive.importer().import_paths(files).document_ids
            service = ExportService(archive)
            redacting = ExportOptions(
                out=work / "redacted",
                ids=ids,
                rules=RedactionSet(patterns=[PatternRule("phone", "PII-WITNESS")]),
                dpi=dpi,
            )
            rendered = _Rendered()
            start = time.perf_counter()
            result = service.export(redacting, progress=rendered)
            redacted_s = time.perf_counter() - start
            render_s = (rendered.at or time.perf_counter()) - start
            archive.registry.edit_person("Nazigul Maksutkhan", consent="yes")
            start = time.perf_counter()
            plain = service.export(ExportOptions(out=work / "plain", ids=ids, dpi=dpi))
            plain_s = time.perf_counter() - start
        jobs = os.cpu_count() or 1
        hand = (
            tesseract_by_hand(result.path, work / "pages", dpi, jobs)
            if shutil.which("tesseract")
            else None
        )
        results = {
            "pages": result.pages,
            "ocr_processes": jobs,
            "dpi": dpi,
            "redacted": {
                "seconds": round(redacted_s, 2),
                "pages_per_s": round(result.pages / redacted_s, 2),
                "render_pages_per_s": round(result.pages / render_s, 2),
                "redactions": result.redactions,
                "bundle_bytes": _bundle_bytes(result.path),
                "bytes_per_page": round(_bundle_bytes(result.path) / result.pages),
            },
            "tesseract_by_hand": hand,
            "kept_text": {
                "seconds": round(plain_s, 2),
                "pages_per_s": round(plain.pages / plain_s, 2),
                "bundle_bytes": _bundle_bytes(plain.path),
                "bytes_per_page": round(_bundle_bytes(plain.path) / plain.pages),
            },
        }
    finally:
        if keep:
            print(f"Kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return results


def render(results: dict[str, Any]) -> str:
    red, kept, hand = results["redacted"], results["kept_text"], results["tesseract_by_hand"]
    lines = [
        f"Export of {results['pages']} pages at {results['dpi']} dpi (verification included):",
        f"  redacted (every page rebuilt as an image, read back by OCR):"
        f" {red['pages_per_s']:.2f} pages/s, {red['bytes_per_page'] / 1000:.0f} kB/page,"
        f" {red['redactions']} redactions, {red['seconds']:.1f} s",
        f"    of which rendering (until the last page): {red['render_pages_per_s']:.1f} pages/s",
    ]
    if hand:
        lines.append(
            f"  tesseract by hand on the same pages ({results['ocr_processes']} at once):"
            f" {hand['pages_per_s']:.2f} pages/s; export / by hand ="
            f" {red['pages_per_s'] / hand['pages_per_s']:.2f}x"
        )
    else:
        lines.append("  tesseract is not installed: no OCR baseline (and no OCR check)")
    lines.append(
        f"  nothing to redact (text kept):             {kept['pages_per_s']:.1f} pages/s,"
        f" {kept['bytes_per_page'] / 1000:.1f} kB/page, {kept['seconds']:.1f} s"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Redacted export benchmark.")
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--dpi", type=int, default=200)
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--out", type=Path, default=BENCH_DIR / "export-results.json")
    args = parser.parse_args(argv)
    results = run(args.pages, args.dpi, keep=args.keep)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    print(render(results))
    print(f"Results written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
