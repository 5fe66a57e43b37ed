"""Benchmark (not part of the app): the cost of the mention engine's analysis, against the
analysis it replaced, measured in the same run on the same pages.

- Indexing analysis: the name field's analyzer (text repaired, every capitalised word
  under all its dictionary forms, initials) against the previous one (regex words,
  lower-cased, skeleton plus the skeleton of the Russian stem), in tokens per second
  and index keys per word; and the stemmed text analyzer with and without the repair.
- Person finding: the mention engine (indexing.mentions.persons.PersonMatcher) against
  the term matcher persons were redacted with before (every name, alias and name part
  as a term), in pages per second, with the 16 persons of the labelled set registered.

    python -m bench.bench_analysis [--docs 2000]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer

from archive_app.export.matching import TermMatcher, person_terms
from bench.corpus import DEFAULT_SEED, make_text_document
from indexing.mentions.persons import PersonMatcher
from indexing.search.analysis import (
    WORD_PATTERN,
    ScriptStemFilter,
    forget_cached_words,
    skeleton_analyzer,
    stem_word,
    text_analyzer,
)
from indexing.translit import skeleton
from tests.support.mention_eval import load_documents, load_persons

BENCH_DIR = Path(__file__).resolve().parent.parent / ".bench"


class _PreviousSkeletonFilter(Filter):  # type: ignore[misc]
    """The name analysis before the mention engine: the skeleton, and for a Cyrillic word
    the skeleton of its Russian stem too (index version 2)."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for token in tokens:
            word = token.text
            token.text = skeleton(word)
            yield token
            if any("\u0400" <= ch <= "\u04ff" for ch in word):
                stemmed = skeleton(stem_word(word))
                if stemmed != token.text and len(stemmed) >= 4:
                    token.text = stemmed
                    yield token


def _previous_skeleton() -> Any:
    return RegexTokenizer(expression=WORD_PATTERN) | LowercaseFilter() | _PreviousSkeletonFilter()


def _previous_text() -> Any:
    return RegexTokenizer(expression=WORD_PATTERN) | LowercaseFilter() | ScriptStemFilter()


def corpus_pages(docs: int, seed: int) -> list[str]:
    pages: list[str] = []
    for doc_no in range(docs):
        rng = random.Random(f"{seed}:{doc_no}")
        _, data, _ = make_text_document(rng, doc_no)
        text = data.decode("utf-8", "replace")
        pages += [p for p in text.split("\f") if p.strip()]
    pages += [p.text for d in load_documents() for p in d.pages]
    return pages


def _time(run: Callable[[], int], repeat: int = 3) -> tuple[float, int]:
    """Best of ``repeat`` runs, each from cold word caches (as an import of new pages)."""
    best, count = float("inf"), 0
    for _ in range(repeat):
        forget_cached_words()
        start = time.perf_counter()
        count = run()
        best = min(best, time.perf_counter() - start)
    return best, count


def _analyse(analyzer: Any, pages: list[str]) -> Callable[[], int]:
    def run() -> int:
        return sum(1 for page in pages for _ in analyzer(page))

    return run


def measure(docs: int, seed: int) -> dict[str, Any]:
    pages = corpus_pages(docs, seed)
    words = sum(1 for page in pages for _ in RegexTokenizer(expression=WORD_PATTERN)(page))
    results: dict[str, Any] = {"pages": len(pages), "words": words}
    for name, new, old in (
        ("name analysis", skeleton_analyzer(), _previous_skeleton()),
        ("text analysis", text_analyzer(), _previous_text()),
    ):
        new_s, new_keys = _time(_analyse(new, pages))
        old_s, old_keys = _time(_analyse(old, pages))
        results[name] = {
            "new_s": round(new_s, 3),
            "previous_s": round(old_s, 3),
            "slowdown": round(new_s / old_s, 3),
            "keys_per_word_new": round(new_keys / words, 3),
            "keys_per_word_previous": round(old_keys / words, 3),
        }
    name_new, text_new = skeleton_analyzer(), text_analyzer()
    name_old, text_old = _previous_skeleton(), _previous_text()

    def page_fields(name: Any, text: Any) -> Callable[[], int]:  # a page as the index sees it
        def run() -> int:
            return sum(1 for page in pages for a in (text, name) for _ in a(page))

        return run

    new_s, _ = _time(page_fields(name_new, text_new))
    old_s, _ = _time(page_fields(name_old, text_old))
    results["both fields"] = {
        "new_s": round(new_s, 3),
        "previous_s": round(old_s, 3),
        "slowdown": round(new_s / old_s, 3),
    }
    persons = load_persons()
    names = [(i, n) for i, p in enumerate(persons) for n in (p.name, *p.aliases)]
    engine = PersonMatcher(names)
    terms = TermMatcher(t for p in persons for t in person_terms([p.name, *p.aliases]))
    new_s, _ = _time(lambda: sum(len(engine.find(p)) for p in pages))
    old_s, _ = _time(lambda: sum(len(terms.find(p)) for p in pages))
    results["person finding"] = {
        "engine_pages_per_s": round(len(pages) / new_s, 1),
        "term_matcher_pages_per_s": round(len(pages) / old_s, 1),
        "slowdown": round(new_s / old_s, 3),
    }
    return results


def render(results: dict[str, Any]) -> str:
    lines = [f"Analysis on {results['pages']:,} pages ({results['words']:,} words), same run:"]
    for name in ("name analysis", "text analysis"):
        r = results[name]
        lines.append(
            f"  {name}: {r['new_s']:.2f} s vs previous {r['previous_s']:.2f} s"
            f" = {r['slowdown']:.2f}x; index keys per word {r['keys_per_word_new']:.2f}"
            f" (previous {r['keys_per_word_previous']:.2f})"
        )
    r = results["both fields"]
    lines.append(
        f"  a page indexed (text + name fields): {r['new_s']:.2f} s vs previous"
        f" {r['previous_s']:.2f} s = {r['slowdown']:.2f}x"
    )
    r = results["person finding"]
    lines.append(
        f"  person finding: mention engine {r['engine_pages_per_s']:,.0f} pages/s, term matcher"
        f" {r['term_matcher_pages_per_s']:,.0f} pages/s = {r['slowdown']:.2f}x the time"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Mention-engine analysis cost.")
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, default=BENCH_DIR / "analysis-results.json")
    args = parser.parse_args(argv)
    results = measure(args.docs, args.seed)
    print(render(results))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1), encoding="utf-8")
    print(f"Results written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
