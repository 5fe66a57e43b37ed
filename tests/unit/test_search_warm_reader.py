"""What a search remembers about an index reader (for as long as it lives): whether the
lexicon holds a name key, and, once enough hits were located one by one, the page
table. The answers stay the same, and a new commit (a new reader) is asked afresh."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive_app.session import Archive
from indexing.search import SearchRequest
from indexing.search import names as names_module
from indexing.search import searching as searching_module


def _import(archive: Archive, folder: Path, texts: dict[str, str]) -> None:
    folder.mkdir(exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    archive.importer().import_paths([folder / name for name in texts])


def _found(archive: Archive, text: str) -> list[tuple[int, list[int]]]:
    result = archive.search.search(SearchRequest(text, limit=100))
    return [(hit.id, sorted(p.page for p in hit.pages)) for hit in result.hits]


def test_a_name_added_after_a_search_is_found_by_the_next_one(
    archive: Archive, tmp_path: Path
) -> None:
    _import(archive, tmp_path / "a", {"a.txt": "Dana Abdrakhmanova filed the appeal."})
    assert _found(archive, "Nurgali") == []  # the lexicon said no, and it is remembered
    reader = archive.index.searcher().reader()
    assert any(not held for held in names_module._lexicon_answers(reader).values())
    _import(archive, tmp_path / "b", {"b.txt": "Serikzhan Nurgali was questioned."})
    assert len(_found(archive, "Nurgali")) == 1
    assert len(_found(archive, "Нургали")) == 1  # the Cyrillic spelling, through the keys


def test_a_repeated_search_asks_the_lexicon_once(archive: Archive, tmp_path: Path) -> None:
    _import(archive, tmp_path / "a", {"a.txt": "Yerlan Seitkali was detained in Almaty."})
    first = _found(archive, "Сейткали")
    reader = archive.index.searcher().reader()
    remembered = dict(names_module._lexicon_answers(reader))
    assert remembered and first
    asked: list[object] = []
    original = type(reader).__contains__

    def counting(self: object, term: object) -> bool:
        asked.append(term)
        return bool(original(self, term))  # type: ignore[arg-type]

    type(reader).__contains__ = counting  # type: ignore[method-assign]
    try:
        assert _found(archive, "Сейткали") == first
    finally:
        type(reader).__contains__ = original  # type: ignore[method-assign]
    assert not [t for t in asked if t in remembered]


def test_hits_located_one_by_one_add_up_to_the_page_table(
    archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = {f"s{n}.txt": f"Statement {n}: the hearing was adjourned." for n in range(30)}
    _import(archive, tmp_path / "a", texts)
    monkeypatch.setattr(searching_module, "TABLE_AFTER_HITS", 50)
    reader = archive.index.searcher().reader()
    answers = [_found(archive, "hearing") for _ in range(3)]
    assert reader in searching_module._TABLES  # 30 + 30 hits one by one: past 50
    assert answers[0] == answers[1] == answers[2] and len(answers[0]) == 30
