"""The index's own encoding (indexing.search.codec) and index-time analysis: the same
postings as Whoosh's stock formats and analyzer chains, in fewer bytes; an index of
the previous schema version is reported stale and rebuilt."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from whoosh.fields import TEXT
from whoosh.formats import Frequency, Positions
from whoosh.index import FileIndex

from archive_app.session import Archive
from indexing.search.codec import CompactPositions, index_codec
from indexing.search.schema import build_schema
from indexing.search.storage import MemoryStorage
from indexing.search.termpool import use_term_pool

TRICKY = [
    "",
    "Ж. Курмангалиевой и Zh. Kurmangaliyeva; KURMANGALIYEVA ZH. и Д.Б. Есенов, Д.Д. Д.Д",
    "мақ-\nсұтхан со\u00adлдат Taldy-\nkorgan Есеновтың Құрманғалиеваға Äbılqasymovqa",
    "Article 174(2) of the Criminal Code, ч. 2 ст. 174 УК РК, 174-бабының 2-бөлігі 3.141",
    "a.b.c Ә.Ғ. x Сейтқали Seitkali Сейткали o'clock O’Brien detained detaining",
    "Cyrillic look-alikes: Тaldykorgan (Latin a), Almaty Аlmaty, 00042 42 " * 3,
]


def _texts(corpus: Path) -> list[str]:
    texts = list(TRICKY)
    for path in sorted((corpus / "text").glob("*.txt")):
        texts.append(path.read_text(encoding="utf-8"))
    return texts


def _stock_values(fmt: Any, value: str, analyzer: Any) -> list[tuple[Any, ...]]:
    """What Whoosh's own format makes of ``value`` through the analyzer's token chain."""
    rows = []
    for word, freq, weight, encoded in fmt.word_values(value, analyzer, mode="index"):
        positions = fmt.decode_positions(encoded) if isinstance(fmt, Positions) else None
        rows.append((word, freq, weight, positions))
    return sorted(rows)


def test_index_analysis_gives_the_words_and_positions_of_the_analyzer_chains(
    corpus: Path,
) -> None:
    schema = build_schema()
    for value in _texts(corpus):
        for name in ("text", "translit", "title", "plain"):
            field = schema[name]
            stock = Frequency() if name == "plain" else Positions()
            ours = []
            for word, freq, weight, encoded in field.index(value):
                positions = None if name == "plain" else field.format.decode_positions(encoded)
                ours.append((word.decode(), freq, weight, positions))
            assert sorted(ours) == _stock_values(stock, value, field.analyzer), (name, value[:40])


@pytest.mark.parametrize(
    "positions", [[0], [7], [255], [256], [3, 3, 9], [1, 300, 70_000], list(range(0, 5000, 7))]
)
def test_compact_positions_decode_to_what_was_encoded(positions: list[int]) -> None:
    fmt = CompactPositions()
    encoded = fmt.encode(positions)
    assert fmt.decode_positions(encoded) == positions
    assert fmt.decode_frequency(encoded) == len(positions)


def _postings(index: Any) -> dict[tuple[str, bytes], list[tuple[Any, ...]]]:
    found: dict[tuple[str, bytes], list[tuple[Any, ...]]] = {}
    with index.reader() as reader:
        for fieldname, btext in reader.all_terms():
            matcher = reader.postings(fieldname, btext)
            fmt = reader.schema[fieldname].format
            rows = []
            while matcher.is_active():
                positions = matcher.value_as("positions") if fmt.supports("positions") else None
                rows.append((matcher.id(), matcher.weight(), positions))
                matcher.next()
            found[(fieldname, btext)] = rows
        lengths = [
            reader.doc_field_length(n, name)
            for n in range(reader.doc_count_all())
            for name in ("text", "translit", "plain")
        ]
    found[("", b"lengths")] = [tuple(lengths)]
    return found


def _stock_schema() -> Any:
    """The schema with Whoosh's stock formats (as indexes of version 4 were written)."""
    schema = build_schema()
    for name in schema.names():
        field = schema[name]
        if isinstance(field, TEXT):
            phrase = isinstance(field.format, Positions)
            field.format = Positions() if phrase else Frequency()
    return schema


def test_the_index_codec_writes_the_postings_whoosh_writes_in_fewer_bytes(corpus: Path) -> None:
    docs = [
        {"pid": f"1:{n}", "doc": "1", "page": n, "text": t, "translit": t, "plain": t}
        for n, t in enumerate(_texts(corpus) * 3, start=1)
    ]
    built = []
    for schema, codec in ((_stock_schema(), None), (build_schema(), index_codec())):
        storage = MemoryStorage()
        index = FileIndex.create(storage, schema, "MAIN")
        writer = use_term_pool(index.writer(**({"codec": codec} if codec else {})))
        for fields in docs:
            writer.add_document(**fields)
        writer.commit()
        built.append((_postings(FileIndex(storage, indexname="MAIN")), storage.total_size()))
    (stock, stock_size), (ours, our_size) = built
    assert ours == stock
    assert our_size < stock_size * 0.8


def test_an_index_of_the_previous_version_is_stale_and_rebuilt(
    archive: Archive, corpus: Path
) -> None:
    archive.importer().import_paths([corpus / "text"])
    before = archive.search.search("Qalzhat").total
    archive.index.invalidate()
    with archive.db.atomic():
        archive.db.execute("UPDATE index_meta SET value = '4' WHERE key = 'version'")
    assert archive.search.status(full=False).state == "stale"
    assert archive.search.reindex()
    assert archive.search.status().ok
    assert archive.search.search("Qalzhat").total == before > 0
    reader = archive.index.searcher().reader()
    assert isinstance(reader.schema["text"].format, CompactPositions)
