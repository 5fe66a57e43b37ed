"""Search as a lawyer uses it: cross-script names, stemming, phrases, fields, dates,
facets, pages, bounded expansions, friendly errors, and an index that stays in step."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive_app.importer import ImportOptions
from archive_app.session import Archive
from indexing.search import QuerySyntaxError, SearchRequest
from tests.support.pdfgen import make_pdf

CROSS_SCRIPT = [
    ["Seitkali", "Сейткали", "Сейтқали"],
    ["Qalzhat", "Kalzhat", "Калжат", "Қалжат"],
    ["Taldykorgan", "Талдыкорган", "Талдықорған"],
    ["Maksutkhan", "Maqsutqan", "Максутхан", "Мақсұтхан"],
    ["Yessenov", "Esenov", "Есенов"],
]


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def ids(archive: Archive, query: str, **kwargs: object) -> list[int]:
    return [h.id for h in archive.search.search(SearchRequest(query, **kwargs)).hits]  # type: ignore[arg-type]


@pytest.fixture
def spelled(archive: Archive, tmp_path: Path) -> dict[str, int]:
    """One document per spelling, each in a sentence of its own language."""
    folder = tmp_path / "spellings"
    folder.mkdir()
    for group in CROSS_SCRIPT:
        for n, word in enumerate(group):
            cyr = any("\u0400" <= ch <= "\u04ff" for ch in word)
            text = f"Суд рассмотрел дело {word} вчера." if cyr else f"The court heard {word} today."
            _write(folder, f"{group[0]}-{n}.txt", text)
    _write(folder, "unrelated.txt", "A note about the weather in Almaty.")
    report = archive.importer().import_paths([folder])
    return {Path(o.name).stem: o.document_id for o in report.outcomes if o.document_id}


@pytest.mark.parametrize("group", CROSS_SCRIPT, ids=[g[0] for g in CROSS_SCRIPT])
def test_every_spelling_finds_every_other(
    archive: Archive, spelled: dict[str, int], group: list[str]
) -> None:
    expected = {spelled[f"{group[0]}-{n}"] for n in range(len(group))}
    for n, word in enumerate(group):
        found = ids(archive, word)
        assert set(found) == expected, (word, found)
        assert found[0] == spelled[f"{group[0]}-{n}"]  # the exact spelling ranks first


def test_cross_script_phrase(archive: Archive, tmp_path: Path) -> None:
    _write(tmp_path, "ru.txt", "Подозреваемый Ерлан Сейткали был задержан.")
    _write(tmp_path, "other.txt", "Seitkali met Yerlan at the court.")
    report = archive.importer().import_paths([tmp_path / "ru.txt", tmp_path / "other.txt"])
    ru, other = report.document_ids
    assert ids(archive, '"Yerlan Seitkali"') == [ru]
    assert set(ids(archive, "Yerlan Seitkali")) == {ru, other}


def test_stemming_in_english_and_russian(archive: Archive, tmp_path: Path) -> None:
    en = _write(tmp_path, "en.txt", "The defenders were arrested after the assemblies.")
    ru = _write(tmp_path, "ru.txt", "Суд продлил срок задержания подозреваемых.")
    kk = _write(tmp_path, "kk.txt", "Қорғаушы сотқа шағым берді.")
    en_id, ru_id, kk_id = archive.importer().import_paths([en, ru, kk]).document_ids
    assert ids(archive, "arrest") == [en_id]
    assert ids(archive, "defender assembly") == [en_id]
    assert ids(archive, "задержание") == [ru_id]
    assert ids(archive, "подозреваемый") == [ru_id]
    assert ids(archive, "ҚОРҒАУШЫ") == [kk_id]  # Kazakh letters case-fold
    assert ids(archive, "шағым") == [kk_id]


def test_phrases_are_exact_about_order(archive: Archive, tmp_path: Path) -> None:
    a = _write(tmp_path, "a.txt", "They held a peaceful protest in the village.")
    b = _write(tmp_path, "b.txt", "The protest was peaceful, witnesses said.")
    a_id, b_id = archive.importer().import_paths([a, b]).document_ids
    assert ids(archive, '"peaceful protest"') == [a_id]
    assert set(ids(archive, "peaceful protest")) == {a_id, b_id}
    assert ids(archive, "protest NOT village") == [b_id]
    assert set(ids(archive, "village OR witnesses")) == {a_id, b_id}
    assert ids(archive, "(village OR witnesses) AND held") == [a_id]


def test_fields_dates_and_sorting(archive: Archive, corpus: Path) -> None:
    archive.registry.add_case("Atajurt 19")
    archive.registry.add_person("Yerlan Seitkali", aliases=["Ерлан Сейткали"])
    text = corpus / "text"
    ruling = (
        archive.importer()
        .import_paths(
            [text / "court-ruling-taldykorgan-ru.txt"],
            ImportOptions(
                doc_date="2026-01-23",
                cases=("Atajurt 19",),
                confidentiality="strictly-confidential",
            ),
        )
        .document_ids[0]
    )
    note = (
        archive.importer()
        .import_paths(
            [text / "diplomatic-note-consulate-en.txt"], ImportOptions(doc_date="2025-11-20")
        )
        .document_ids[0]
    )
    letter = archive.importer().import_paths([text / "lawyer-letter-kk.txt"]).document_ids[0]
    archive.tags.tag([ruling, letter], persons=["Yerlan Seitkali"], articles=["KZ-CC 174(2)"])
    assert ids(archive, "person:Сейткали", sort="date") == [ruling, letter]
    assert set(ids(archive, "person:seitkali")) == {ruling, letter}
    assert set(ids(archive, 'article:"KZ-CC 174(2)"')) == {ruling, letter}
    assert set(ids(archive, "article:174")) == {ruling, letter}
    assert ids(archive, "article:ICCPR-19") == []
    assert ids(archive, 'case:"Atajurt 19"') == [ruling]
    assert ids(archive, "type:diplomatic-note") == [note]
    assert ids(archive, '"type:court material"'.replace('"', "")) in ([], [ruling])
    assert ids(archive, "lang:kk") == [letter]
    assert ids(archive, "confidentiality:strictly-confidential") == [ruling]
    assert ids(archive, "file:ruling") == [ruling]
    assert ids(archive, "title:ПОСТАНОВЛЕНИЕ") == [ruling]
    assert ids(archive, "date:[2025-11-01 to 2026-01-31]", sort="date") == [ruling, note]
    assert ids(archive, "date:[2026-01-01 to 2026-12-31]") == [ruling]
    assert ids(archive, "Qalzhat", sort="date")[-1] == letter  # undated last
    archive.documents.edit(note, doc_type="correspondence")  # edits reach the index
    assert ids(archive, "type:correspondence") == sorted(ids(archive, "type:correspondence"))
    assert note in ids(archive, "type:correspondence")
    archive.tags.untag([letter], persons=["Yerlan Seitkali"])
    assert ids(archive, "person:seitkali") == [ruling]
    archive.registry.edit_person("Yerlan Seitkali", add_aliases=["Yerlan Seytqali"])
    assert ids(archive, "person:Seytqali") == [ruling]


def test_facets_count_the_matching_documents(archive: Archive, corpus: Path) -> None:
    archive.registry.add_person("Yerlan Seitkali")
    report = archive.importer().import_paths(
        [corpus / "text"], ImportOptions(doc_date="2026-01-20")
    )
    ruling = next(o.document_id for o in report.outcomes if "ruling" in o.name)
    archive.tags.tag([ruling], persons=["Yerlan Seitkali"], articles=["ICCPR 14(7)"])
    result = archive.search.search(SearchRequest("Qalzhat OR Калжат", facets=True))
    assert result.total == sum(c for _, c in result.facets["languages"])
    assert ("Yerlan Seitkali", 1) in result.facets["persons"]
    assert result.facets["articles"] == [("ICCPR 14(7)", 1)]
    assert result.facets["years"] == [("2026", result.total)]
    assert dict(result.facets["types"])["court-material"] == 1


def test_hits_list_their_pages_with_highlighted_snippets(archive: Archive, tmp_path: Path) -> None:
    pdf = tmp_path / "ruling.pdf"
    pdf.write_bytes(
        make_pdf(
            [
                "Cover page",
                "The detention was ordered.",
                "Nothing here",
                "Detention extended again.",
            ]
        )
    )
    doc = archive.importer().import_paths([pdf]).document_ids[0]
    result = archive.search.search(SearchRequest("detention"))
    (hit,) = result.hits
    assert hit.id == doc
    assert [p.page for p in hit.pages] == [2, 4]
    assert hit.pages[0].snippet.render() == "The **detention** was ordered."
    assert hit.pages[1].snippet.render("<b>", "</b>") == "<b>Detention</b> extended again."


def test_malformed_queries_get_friendly_messages(archive: Archive, corpus: Path) -> None:
    archive.importer().import_paths([corpus / "text"])
    cases = {
        '"peaceful protest': "quotation mark is not closed",
        "(Seitkali OR Qalzhat": "'(' is not closed",
        "Seitkali)": "')' has no matching '('",
        "date:[garbage to 2026]": "date could not be understood",
    }
    for query, message in cases.items():
        with pytest.raises(QuerySyntaxError, match=message.replace("(", r"\(").replace(")", r"\)")):
            archive.search.search(query)


def test_no_hits_offers_did_you_mean(archive: Archive, corpus: Path) -> None:
    archive.importer().import_paths([corpus / "text"])
    result = archive.search.search("detnetion")
    assert result.total == 0
    assert result.suggestion == "detention"
    assert archive.search.search("detention").total > 0


def test_expensive_expansions_are_bounded_and_marked_partial(
    archive: Archive, tmp_path: Path
) -> None:
    words = " ".join(f"ab{n:04d}" for n in range(400))
    _write(tmp_path, "many.txt", words + " seitkali")
    archive.importer().import_paths([tmp_path / "many.txt"])
    short = archive.search.search("a*")
    assert short.partial and "too short" in short.hints[0] and short.total == 0
    many = archive.search.search("ab*")
    assert many.partial and "more than 256 words" in many.hints[0]
    assert many.total == 1  # what it found is still shown
    fuzzy = archive.search.search("seitkaly~")
    assert fuzzy.total == 1 and not fuzzy.partial
    assert not archive.search.search("ab00*").partial


def test_documents_without_text_are_found_by_their_details(archive: Archive, corpus: Path) -> None:
    doc = (
        archive.importer()
        .import_paths(
            [corpus / "pdf" / "libreoffice-writer-password.pdf"], ImportOptions(doc_type="media")
        )
        .document_ids[0]
    )
    result = archive.search.search("type:media")
    assert [h.id for h in result.hits] == [doc] and result.hits[0].pages == []


def test_delete_removes_from_search_and_index_stays_in_step(archive: Archive, corpus: Path) -> None:
    report = archive.importer().import_paths([corpus / "text"])
    assert archive.search.status().ok
    first = report.document_ids[0]
    archive.documents.delete(first)
    assert first not in ids(archive, "Qalzhat OR Калжат OR Seitkali", limit=100)
    status = archive.search.status()
    assert status.ok, status.message


def test_stale_or_missing_index_is_reported_and_rebuilt(archive: Archive, corpus: Path) -> None:
    archive.importer().import_paths([corpus / "text"])
    archive.index.invalidate()
    with archive.db.atomic():
        archive.db.execute("UPDATE index_meta SET value = '0' WHERE key = 'version'")
    assert archive.search.status().state == "stale"
    with archive.db.atomic():
        archive.db.execute("DELETE FROM index_files")
    archive.index.invalidate()
    assert archive.search.status().state == "missing"
    seen: list[int] = []
    assert archive.search.reindex(progress=lambda p: seen.append(p.done))
    assert archive.search.status().ok and seen[-1] == 7
    assert archive.search.search("Qalzhat").total > 0
    assert archive.maintenance.log(action="index.rebuild")


def test_freed_index_space_is_given_back(archive: Archive, tmp_path: Path) -> None:
    for n in range(120):
        _write(tmp_path, f"d{n:03d}.txt", f"document {n} " + "filler words " * 400)
    report = archive.importer().import_paths([tmp_path])
    for doc_id in report.document_ids:
        archive.documents.delete(doc_id)
    archive.search.reindex()
    assert int(archive.db.scalar("PRAGMA freelist_count")) < 64


def test_empty_query_lists_every_document_with_facets(archive: Archive, corpus: Path) -> None:
    report = archive.importer().import_paths([corpus / "text"])
    result = archive.search.search(SearchRequest("  ", facets=True, limit=3))
    assert result.total == 7 and len(result.hits) == 3
    assert [h.id for h in result.hits] == sorted(report.document_ids, reverse=True)[:3]
    assert sum(c for _, c in result.facets["languages"]) == 7


def test_memory_storage_keeps_runs_closed_through_their_raw_file() -> None:
    """Whoosh's posting pool spills sorted runs when a batch is large, closing the raw
    file; those runs must stay readable (and in memory, never in /tmp)."""
    from indexing.search.storage import MemoryStorage

    store = MemoryStorage().temp_storage()
    raw = store.create_file("x.run").raw_file()
    raw.write(b"sorted postings")
    raw.close()
    assert store.open_file("x.run").read() == b"sorted postings"


def test_a_batch_larger_than_the_pool_limit_indexes(
    archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from indexing.search import index as index_module

    original = index_module.FileIndex.writer
    monkeypatch.setattr(
        index_module.FileIndex,
        "writer",
        lambda self, **kw: original(self, **{**kw, "limitmb": 0.05}),
    )
    for n in range(40):
        _write(
            tmp_path, f"d{n:02d}.txt", f"document {n} " + " ".join(f"w{n}x{k}" for k in range(300))
        )
    report = archive.importer().import_paths([tmp_path])
    assert report.imported == 40
    assert archive.search.search("w7x299").total == 1
    assert archive.search.status().ok


def test_latin_name_finds_russian_inflected_forms(archive: Archive, tmp_path: Path) -> None:
    _write(tmp_path, "ru.txt", "Заседание прошло в Талдыкоргане, суд отказал.")
    _write(tmp_path, "en.txt", "The hearing was in Taldykorgan.")
    ru, en = (
        archive.importer().import_paths([tmp_path / "ru.txt", tmp_path / "en.txt"]).document_ids
    )
    assert set(ids(archive, "Taldykorgan")) == {ru, en}
    assert set(ids(archive, "Талдыкорган")) == {ru, en}


def test_merges_never_rewrite_a_large_segment(
    archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from indexing.search import index as index_module

    monkeypatch.setattr(index_module, "MAX_MERGE_PAGES", 5)
    for n in range(12):  # twelve commits of one page each
        _write(tmp_path, f"d{n}.txt", f"document {n} text")
        archive.importer().import_paths([tmp_path / f"d{n}.txt"])
    reader = archive.index.searcher().reader()
    sizes = [r.doc_count_all() for r, _ in reader.leaf_readers()]
    assert sum(sizes) == 12
    assert max(sizes) <= 5 + 1 and len(sizes) < 12  # merged; never past the bound + 1 commit
    assert archive.search.search("document").total == 12
