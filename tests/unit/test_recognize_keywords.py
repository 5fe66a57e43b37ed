"""The instrument finder tries only the patterns whose words a text holds: what it finds
must be exactly what the one large expression finds, mention for mention."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from indexing.recognize import keywords
from indexing.recognize.instruments import InstrumentFinder, InstrumentMention

TESTS = Path(__file__).resolve().parent.parent
REGISTRY = (
    ("ECHR-P1", "Protocol No. 1 to the European Convention"),
    ("KZ-LM", "Law on Mass Media"),
)


def _unfiltered(finder: InstrumentFinder, text: str) -> list[InstrumentMention]:
    """Every mention, found by the full expression (as before the words were checked)."""
    regex, meta = finder._regex, finder._meta
    return finder._find(text, 0, len(text), regex, meta)


def _texts() -> list[str]:
    files = [*(TESTS / "corpus/text").glob("*.txt"), *(TESTS / "eval").glob("mentions*/**/*.txt")]
    texts = [p.read_text(encoding="utf-8") for p in sorted(files)]
    data = json.loads((TESTS / "eval/recognition_set.json").read_text(encoding="utf-8"))
    texts += [str(document["text"]) for document in data["documents"] if "text" in document]
    return texts


def test_unsure_letters_are_the_ones_the_engine_folds_onto_latin_and_cyrillic() -> None:
    others = "".join(
        chr(c) for c in range(0x80, 0x110000) if not (0x400 <= c < 0x500 or 0xD800 <= c < 0xE000)
    )
    folded = set(re.findall("[a-z\u0400-\u04ff]", others, re.IGNORECASE))
    assert folded == set(keywords.UNSURE)


def test_every_pattern_is_checked_by_its_words() -> None:
    finder = InstrumentFinder(REGISTRY)
    assert all(needs for needs in finder._keywords.needs)


def test_same_mentions_as_the_full_expression_on_the_corpus_and_evaluation_set() -> None:
    finder = InstrumentFinder(REGISTRY)
    texts = _texts()
    assert len(texts) > 50
    for text in texts:
        assert finder.find(text) == _unfiltered(finder, text)
        spans = [(m.start(), m.end()) for m in re.finditer(r"\d+", text)]
        expected = []
        for lo, hi in _windows(spans, len(text), 120):
            expected += finder._find(text, lo, hi, finder._regex, finder._meta)
        assert finder.find_near(text, spans, 120) == expected


def _windows(spans: list[tuple[int, int]], size: int, margin: int) -> list[tuple[int, int]]:
    windows: list[list[int]] = []
    for start, end in sorted(spans):
        lo, hi = max(0, start - margin), min(size, end + margin)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    return [(lo, hi) for lo, hi in windows]


@pytest.mark.parametrize(
    "text",
    [
        "Article 9 of the ICCPR and Art. 5 of the \u212aZ-CC",  # Kelvin sign
        "under the CONST\u0130TUT\u0130ON and the Covenant",  # dotted capital I
        "the Con\u017ftitution; the Declaration on Human Rights Defenders",  # long s
        "Уголовного \u1c84одекса РК и Пакта",  # old Cyrillic te
        "ч. 2 ст. 174 УК РК, Қылмыстық кодекстің 174-бабы, Азаптауға қарсы конвенция",
        "Criminal Code of the Russian Federation; УК РФ; Kazakhstan's Penal Code",
        "Protocol No. 1 to the European Convention, ECHR-P1 art. 1, law on mass media",
        "",
        "no instrument here at all, only words",
    ],
)
def test_same_mentions_on_letters_the_check_cannot_read(text: str) -> None:
    finder = InstrumentFinder(REGISTRY)
    assert finder.find(text) == _unfiltered(finder, text)


def test_a_pattern_without_a_word_it_always_needs_is_always_tried() -> None:
    assert keywords.pattern_needs((r"\d+\s*(?:foo)?",)) is None
    assert keywords.pattern_needs((r"(?i:Criminal|Penal)\s+Code",)) == frozenset(
        {"criminal", "penal"}
    )
    assert keywords.pattern_needs((r"\bICCPR\b", r"(?i:пакт\w*)")) == frozenset({"iccpr", "пакт"})
