"""Benchmark (not part of the app): sharing and merging a case package, documents/second.

Generates a corpus (bench.corpus), imports it into an archive, tags every document with
one case and a few persons, then shares the case as a package (written, sealed, checked
as a recipient would) and merges it into an empty second archive (opened untrusted,
checked, planned, applied with its index). Reports documents/s for each step and the
package size per document; ``--again`` also times a second merge (nothing new).

    python -m bench.bench_packages [--docs 1000] [--keep]
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path

from archive_app.packages import PackageService, ShareRequest
from archive_app.session import Archive
from archive_app.settings import Settings
from bench.corpus import generate_corpus

BENCH_DIR = Path(__file__).resolve().parent.parent / ".bench"
PASSPHRASE = "bench passphrase long enough"
PACKAGE_PASSPHRASE = "bench package passphrase"


def run(docs: int, work: Path) -> dict[str, float]:
    generate_corpus(work / "corpus", docs)
    source, _ = Archive.create(work / "source.archive", PASSPHRASE, Settings(actor="bench"))
    target, _ = Archive.create(work / "target.archive", PASSPHRASE, Settings(actor="bench"))
    try:
        report = source.importer().import_paths([work / "corpus"])
        ids = report.document_ids
        source.registry.add_case("Bench case")
        for name in ("Serikzhan Bilash", "Aigul Saparova", "Nazigul Maksutkhan"):
            source.registry.add_person(name, consent="no" if "Aigul" in name else "yes")
        source.tags.tag(ids, cases=["Bench case"], persons=["Serikzhan Bilash"])
        out = work / "case.package"
        started = time.monotonic()
        shared = PackageService(source).share(
            out, PACKAGE_PASSPHRASE, ShareRequest(case="Bench case")
        )
        share_s = time.monotonic() - started
        service = PackageService(target)
        started = time.monotonic()
        with service.open(out, PACKAGE_PASSPHRASE) as reader:
            open_s = time.monotonic() - started
            plan = service.plan(reader)
            merged = service.merge(reader, plan)
        merge_s = time.monotonic() - started
        started = time.monotonic()
        with service.open(out, PACKAGE_PASSPHRASE) as reader:
            again = service.plan(reader)
        again_s = time.monotonic() - started
        assert merged.documents_new == shared.documents and again.empty
        n = shared.documents
        return {
            "documents": n,
            "share_docs_per_s": round(n / share_s, 1),
            "merge_docs_per_s": round(n / merge_s, 1),
            "open_and_check_s": round(open_s, 2),
            "second_merge_plan_s": round(again_s, 2),
            "package_bytes_per_doc": round(out.stat().st_size / n),
        }
    finally:
        source.close()
        target.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args(argv)
    BENCH_DIR.mkdir(exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="packages-", dir=BENCH_DIR))
    try:
        print(json.dumps(run(args.docs, work), indent=2))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
