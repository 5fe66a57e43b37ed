"""Benchmark (not part of the app): what the export's OCR check of rebuilt pages costs and
what it still sees, at each resolution and page-segmentation mode.

Pages like the ones an export rebuilds (rendered text at 200 dpi, and scans with a
slight rotation, speckles and a stamp) in Russian, Kazakh and English, each naming a
person; every page is read by Tesseract (kaz+rus+eng, ``OMP_THREAD_LIMIT=1``, one page
at a time) at each setting. Reported per setting: seconds per page, the character error
rate per language, and whether the mention engine still finds the person on every page
(the check's job: a leak it cannot read is a leak it cannot stop).

    python -m bench.bench_verify_ocr [--settings 300:1,200:1,200:3,150:3]
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
from pathlib import Path
from typing import Any

from PIL import Image

from archive_app.export.detect import Detector
from archive_app.export.model import PersonRule, RedactionSet
from indexing.ocr.engine import find_tesseract
from indexing.ocr.page import parse_tsv
from tests.support.scans import char_error_rate, corpus_text, scan_page, wrap

BENCH_DIR = Path(__file__).resolve().parent.parent / ".bench"
PERSON = ("Ерлан Сейткали", "Yerlan Seitkali", "Сейткали Ерлан Маратович")
TEXTS = {
    "ru": "Сейткали Ерлан Маратович был задержан.\n"
    + corpus_text("court-ruling-taldykorgan-ru.txt", 1400),
    "kk": "Ерлан Сейткалиге қатысты іс.\n" + corpus_text("lawyer-letter-kk.txt", 1400),
    "en": "Statement of Yerlan Seitkali.\n" + corpus_text("witness-statement-en.txt", 1400),
}
SOURCE_DPI = 200  # what the export renders a rebuilt page at (MIN_DPI)


def pages() -> list[tuple[str, str, Image.Image]]:
    """(language, kind, image at SOURCE_DPI) for a clean render and a scan per language."""
    out = []
    for lang, text in TEXTS.items():
        out.append((lang, "render", scan_page(text, dpi=SOURCE_DPI, angle=0, noise=0, stamp=False)))
        out.append((lang, "scan", scan_page(text, dpi=SOURCE_DPI, seed=len(lang))))
    return out


def read(image: Image.Image, dpi: int, psm: str, tesseract: str) -> tuple[str, float]:
    import os
    import subprocess

    if dpi != SOURCE_DPI:  # the export renders the output page again at this resolution
        scale = dpi / SOURCE_DPI
        image = image.resize((round(image.width * scale), round(image.height * scale)))
    png = io.BytesIO()
    image.save(png, format="PNG", compress_level=1)
    env = {"OMP_THREAD_LIMIT": "1", "PATH": os.environ.get("PATH", "/usr/bin"), "LC_ALL": "C"}
    start = time.perf_counter()
    done = subprocess.run(
        [tesseract, "stdin", "stdout", "-l", "kaz+rus+eng", "--psm", psm, "--dpi", str(dpi), "tsv"],
        input=png.getvalue(),
        capture_output=True,
        env=env,
        check=True,
    )
    seconds = time.perf_counter() - start
    page = parse_tsv(done.stdout.decode("utf-8", "replace"), *image.size, languages="x")
    return page.text, seconds


def run(settings: list[tuple[int, str]]) -> dict[str, Any]:
    tesseract = find_tesseract()
    if tesseract is None:
        raise SystemExit("tesseract is not installed")
    detector = Detector(RedactionSet(persons=[PersonRule(PERSON, "PII-VICTIM")]))
    samples = pages()
    results: dict[str, Any] = {}
    for dpi, psm in settings:
        seconds = 0.0
        cer: dict[str, list[float]] = {}
        found = 0
        for lang, _kind, image in samples:
            text, took = read(image, dpi, psm, tesseract)
            seconds += took
            cer.setdefault(lang, []).append(char_error_rate("\n".join(wrap(TEXTS[lang])), text))
            found += bool(detector.hits(text))
        results[f"{dpi} dpi, psm {psm}"] = {
            "s_per_page": round(seconds / len(samples), 2),
            "cer": {lang: round(max(v), 4) for lang, v in cer.items()},
            "person_found": f"{found}/{len(samples)}",
        }
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Cost and soundness of the export's OCR check.")
    parser.add_argument("--settings", default="300:1,200:1,200:3,150:3")
    parser.add_argument("--out", type=Path, default=BENCH_DIR / "verify-ocr-results.json")
    args = parser.parse_args(argv)
    settings = [(int(d), p) for d, p in (s.split(":") for s in args.settings.split(","))]
    results = run(settings)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print("OCR check of rebuilt pages (kaz+rus+eng, one process, worst page per language):")
    for name, row in results.items():
        cer = ", ".join(f"{k} {v:.2%}" for k, v in row["cer"].items())
        print(
            f"  {name:>16}: {row['s_per_page']:5.2f} s/page, CER {cer},"
            f" person {row['person_found']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
