"""A plain word (one or two terms) is scored block by block (indexing.search.scoring)
instead of through Whoosh's matchers and collector: the same pages, the same scores to
the last bit, in the same order, with deleted pages left out and the time limit kept;
snippets read a page's words only up to the end of the part shown, and show the same."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from archive_app.session import Archive
from indexing.mentions.text import read
from indexing.search import SearchRequest, scoring
from indexing.search import searching as searching_module
from indexing.search import snippets as snippets_module
from indexing.search.query import plan_query
from indexing.search.snippets import _snippet_from, any_match, make_snippet, matches

WORDS = [
    *("tribunal", "appeal", "Almaty", "witness", "hearing", "detained", "the", "of", "a"),
    *("заседание", "заседания", "суд", "суда", "судебное", "Сейткали", "Seitkali"),
    *("Есенов", "Yessenov", "Тохтаровой", "консульство", "ұсталды"),
]
WORD_QUERIES = (
    "tribunal",
    "заседание",
    "Seitkali",
    "Сейткали",
    "Yessenov",
    "ұсталды",
    "00042",
    "zanzibar",
    "суда",
    "Тохтарова",
)
OTHER_QUERIES = ("tribunal appeal", '"судебное заседание"', "hearing OR суд", "appe*", "tribnal~")


def _import(archive: Archive, folder: Path, first: int, count: int) -> None:
    folder.mkdir()
    rng = random.Random(first)
    for n in range(first, first + count):
        pages = [
            " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 60)))
            for _ in range(rng.randint(1, 3))
        ]
        text = f"Document {n:05d}. " + "\f".join(pages)
        (folder / f"d{n:03d}.txt").write_text(text, encoding="utf-8")
    archive.importer().import_paths([folder])


@pytest.fixture
def filled(archive: Archive, tmp_path: Path) -> Archive:
    """Three commits (three segments), one document deleted from the first."""
    _import(archive, tmp_path / "a", 0, 25)
    _import(archive, tmp_path / "b", 100, 25)
    victim = archive.search.search(SearchRequest("tribunal", limit=1)).hits[0].id
    archive.documents.delete(victim)
    _import(archive, tmp_path / "c", 200, 10)
    return archive


def _answers(archive: Archive, queries: tuple[str, ...]) -> list[Any]:
    out: list[Any] = []
    for text in queries:
        result = archive.search.search(SearchRequest(text, limit=100, pages_per_hit=2))
        hits = [
            (h.id, h.score, [(p.page, p.snippet) for p in h.pages], h.more_pages)
            for h in result.hits
        ]
        out.append((text, result.total, hits, result.hints))
    return out


def _pages(archive: Archive, text: str) -> list[Any]:
    """Every page of every document found, with its score, in the order found."""
    plan = plan_query(text, archive.index.searcher().reader())
    found = searching_module._Runner(archive.index, 30.0, []).pages(plan.query)
    return [(doc, match.score, list(match.pages.items())) for doc, match in found.items()]


def test_plain_words_score_as_whoosh_does(filled: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    reader = filled.index.searcher().reader()
    assert len(list(reader.leaf_readers())) > 1 and reader.has_deletions()
    fast = [t for t in WORD_QUERIES if scoring.word_terms(plan_query(t, reader).query)]
    assert {"tribunal", "заседание", "Seitkali", "zanzibar"} <= set(fast)  # block by block
    ours = _answers(filled, WORD_QUERIES + OTHER_QUERIES)
    pages = [_pages(filled, text) for text in WORD_QUERIES]
    assert sum(1 for _text, total, _hits, _hints in ours if total) >= 8
    monkeypatch.setattr(scoring, "ENABLED", False)  # Whoosh's matchers and collector
    assert _answers(filled, WORD_QUERIES + OTHER_QUERIES) == ours
    assert [_pages(filled, text) for text in WORD_QUERIES] == pages


def test_scores_without_lengths_in_memory_are_the_same(
    filled: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    ours = _answers(filled, WORD_QUERIES)
    monkeypatch.setattr(searching_module, "keep_lengths_in_memory", lambda reader: None)
    filled.index.invalidate()  # lengths asked of the scorer page by page
    assert _answers(filled, WORD_QUERIES) == ours
    monkeypatch.setattr(scoring, "ENABLED", False)
    assert _answers(filled, WORD_QUERIES) == ours


def test_a_word_search_keeps_the_time_limit(filled: Archive) -> None:
    searcher = filled.index.searcher()
    query = plan_query("tribunal", searcher.reader()).query
    with pytest.raises(scoring.OutOfTime) as spent:
        scoring.score_pages(searcher, query, None, 5.0, clock=lambda: 10.0)
    assert spent.value.found == []
    everything = scoring.score_pages(searcher, query, None, 5.0, clock=lambda: 0.0)
    assert everything  # in time: every page


def test_a_word_search_out_of_time_says_so(
    filled: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Clock:  # 0 while the search starts, then far past its budget
        calls = 0

        def monotonic(self) -> float:
            self.calls += 1
            return 0.0 if self.calls <= 2 else 100.0

    monkeypatch.setattr(searching_module, "time", Clock())
    result = filled.search.search(SearchRequest("tribunal", time_limit=3.0))
    assert result.partial and "stopped after 3 s" in result.hints[0]


PIECES = [
    *WORDS,
    *("Сейдах-\nметовой", "Kassym-\nJomart", "Col\ufffelaboration", "Yes\u00adsenov"),
    *("Уessenov", "Еcенов", "Yessenοv", "заседа\u200bние", "x\u00ad\n", "a-", "-\n", "- \n "),
    *("\n\n", "  ", "\t", "\r\n", "\u2028", ".", "3", "Ж.", "\ufffe\n", "\u200b"),
]


@pytest.mark.parametrize("first_read", [1, 5, 23, 80, 1024])
def test_snippets_show_what_the_whole_page_highlights_would(
    first_read: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each page read only as far as needed (in pieces from ``first_read`` characters on)
    gives the snippet and the 'any match' of reading and highlighting the whole page."""
    monkeypatch.setattr(snippets_module, "FIRST_READ", first_read)
    rng = random.Random(first_read)
    cases = [({"tribun"}, set()), ({"заседан"}, {"zasedanie"}), (set(), {"seitkali", "esenov"})]
    for _ in range(400):
        glue = rng.choice(["", " ", " ", "\n"])
        text = glue.join(rng.choice(PIECES) for _ in range(rng.randint(0, 200)))
        stems, skeletons = rng.choice(cases)
        flat = " ".join(read(text).text.split())
        highlighted = matches(flat, stems, skeletons, set(), repaired=True)
        for width in (40, 220):
            whole = _snippet_from(flat, highlighted, width)
            assert make_snippet(text, stems, skeletons, set(), width) == whole, text
        assert any_match(text, stems, skeletons, set()) == bool(highlighted), text


@pytest.mark.parametrize("sort", ["relevance", "date", "title"])
def test_a_document_gone_behind_the_index_is_not_found(filled: Archive, sort: str) -> None:
    before = filled.search.search(SearchRequest("tribunal", limit=100, sort=sort))
    gone = before.hits[1].id
    filled.db.execute("DELETE FROM documents WHERE id = ?", (gone,))  # the index still has it
    after = filled.search.search(SearchRequest("tribunal", limit=100, sort=sort))
    assert after.total == before.total - 1
    assert [h.id for h in after.hits] == [h.id for h in before.hits if h.id != gone]


def test_a_hit_shows_the_documents_own_title_file_type_and_date(filled: Archive) -> None:
    for hit in filled.search.search(SearchRequest("заседание OR tribunal", limit=100)).hits:
        doc = filled.documents.get(hit.id)
        assert (hit.title, hit.filename, hit.doc_type, hit.date) == (
            doc.title,
            doc.filename,
            doc.doc_type,
            doc.doc_date,
        )
