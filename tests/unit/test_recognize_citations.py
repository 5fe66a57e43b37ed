"""Legal citations in English, Russian and Kazakh, as the case officer would tag them."""

from __future__ import annotations

import pytest

from indexing.recognize.citations import find_citations, nearest_registered
from indexing.recognize.instruments import InstrumentFinder
from storage.seed import ARTICLES, citation_for

SEEDED = frozenset(citation_for(i, a, p) for i, a, p, _ in ARTICLES)


def cited(*pages: str) -> set[str]:
    """Citations as written (instrument, article, part), before mapping to the registry."""
    return {hit.citation for hit in find_citations(list(pages))}


def suggested(*pages: str) -> set[str]:
    """What the registry would be asked to tag."""
    found = set()
    for hit in find_citations(list(pages)):
        citation = nearest_registered(hit.instrument, hit.article, hit.part, SEEDED)
        if citation:
            found.add(citation)
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("under Article 174(2) of the Criminal Code.", {"KZ-CC 174(2)"}),
        (
            "Part 2 of Article 174 of the Criminal Code of the Republic of Kazakhstan applies.",
            {"KZ-CC 174(2)"},
        ),
        ("charged under Art. 174 para. 2 of the Criminal Code", {"KZ-CC 174(2)"}),
        (
            "under Articles 9, 14 (7), 19 and 21 of the ICCPR.",
            {"ICCPR 9", "ICCPR 14(7)", "ICCPR 19", "ICCPR 21"},
        ),
        ("предусмотренного ч. 2 ст. 174 УК РК", {"KZ-CC 174(2)"}),
        ("по частью 2 статьи 174 Уголовного кодекса", {"KZ-CC 174(2)"}),
        ("наказан по ст. 488 КоАП РК", {"KZ-AOC 488"}),
        (
            "противоречит пункту 7 статьи 14 Международного пакта о гражданских и политических"
            " правах",
            {"ICCPR 14(7)"},
        ),
        ("Қылмыстық кодекстің 174-бабының 2-бөлігі бойынша", {"KZ-CC 174(2)"}),
        (
            "Азаматтық және саяси құқықтар туралы халықаралық пактінің 14-бабының 7-тармағына",
            {"ICCPR 14(7)"},
        ),
        ("Мера пресечения по статьям 146 и 147 УПК РК", {"KZ-CPC 146", "KZ-CPC 147"}),
        ("ҚР ӘҚБтК 488-бабы бойынша", {"KZ-AOC 488"}),
        ("article 16 of the Convention against Torture", {"CAT 16"}),
        ("ICCPR art. 21 protects assembly", {"ICCPR 21"}),
        ("в нарушение ст.ст. 9, 14 МПГПП", {"ICCPR 9", "ICCPR 14"}),
        ("по п. 1 ч. 2 ст. 174 УК", {"KZ-CC 174(2)"}),
    ],
)
def test_the_formats_of_real_material(text: str, expected: set[str]) -> None:
    assert suggested(text) == expected


def test_every_format_of_the_issue_in_one_ruling_gives_one_citation_each() -> None:
    pages = [
        "Article 174(2) of the Criminal Code; Part 2 of Article 174 of the Criminal Code of the"
        " Republic of Kazakhstan; Art. 174 para. 2 of the Criminal Code.",
        "ч. 2 ст. 174 УК РК; частью 2 статьи 174 Уголовного кодекса;"
        " Қылмыстық кодекстің 174-бабының 2-бөлігі.",
    ]
    hits = find_citations(pages)
    assert {h.citation for h in hits} == {"KZ-CC 174(2)"}
    assert [h.page for h in hits] == [1, 1, 1, 2, 2, 2]


def test_lists_and_ranges_expand_and_parts_stay_with_their_article() -> None:
    assert cited("Articles 9-12 of the ICCPR") == {"ICCPR 9", "ICCPR 10", "ICCPR 11", "ICCPR 12"}
    assert cited("Articles 19 to 21 of the ICCPR") == {"ICCPR 19", "ICCPR 20", "ICCPR 21"}
    assert cited("Article 174(1) and (2) of the Criminal Code") == {"KZ-CC 174(1)", "KZ-CC 174(2)"}
    assert cited("частями 1 и 2 статьи 174 УК РК") == {"KZ-CC 174(1)", "KZ-CC 174(2)"}
    assert cited("Пактінің 9, 14 және 19-баптары. Азаматтық және саяси құқықтар туралы"
                 " халықаралық пакт") == {"ICCPR 9", "ICCPR 14", "ICCPR 19"}  # fmt: skip
    assert cited("Article 405-1 of the Criminal Code") == {"KZ-CC 405-1"}  # a compound number
    assert cited("Articles 1-300 of the Criminal Code") == set()  # too wide to be a real range


def test_the_covenant_is_the_iccpr_only_once_the_document_has_named_it() -> None:
    named = "Kazakhstan ratified the International Covenant on Civil and Political Rights."
    assert cited("Article 9 of the Covenant.") == set()
    assert cited(named, "Article 9 of the Covenant.") == {"ICCPR 9"}
    assert cited("статьям 19 и 21 Пакта", named) == {"ICCPR 19", "ICCPR 21"}  # named later
    assert cited("Согласно статье 9 Пакта никто не может быть арестован.") == set()
    economic = "the International Covenant on Economic, Social and Cultural Rights"
    assert cited(f"{named} Under {economic}, article 7 of the Covenant") == set()
    assert cited(f"{economic}; {named}; article 9 of the Covenant") == {"ICCPR 9"}


def test_an_article_without_an_instrument_is_not_guessed() -> None:
    assert cited("Under Article 5, a detainee must see a judge within 48 hours.") == set()
    assert cited("14-бабының 7-тармағына сәйкес шешім қабылданды.") == set()
    assert cited("Статья 5 закона о средствах массовой информации.") == set()
    assert cited("ARTICLE 19, the freedom of expression group, wrote to the court.") == set()
    assert cited("Sections 2 and 3 of the Law on Peaceful Assemblies") == set()


def test_an_unqualified_article_takes_the_instrument_the_document_gave_that_number() -> None:
    text = (
        "Article 174 of the Criminal Code has been criticised. The overly broad formulation"
        " of Article 174 restricts expression."
    )
    assert len([h for h in find_citations([text]) if h.citation == "KZ-CC 174"]) == 2
    both = (
        "Article 2 of the ICCPR and Article 2 of the Convention against Torture. Article 2 again."
    )
    assert len(find_citations([both])) == 2  # two instruments have an article 2: no guess


def test_foreign_codes_and_other_conventions_are_not_ours() -> None:
    assert cited("Article 174 of the Criminal Code of the Russian Federation") == set()
    assert cited("По статье 174 УК РФ возбуждено дело.") == set()
    assert cited("Ресей Федерациясының Қылмыстық кодексінің 174-бабы") == set()
    assert cited("the Chinese Criminal Code, article 249") == set()
    assert cited("Article 3 of the European Convention on Human Rights") == set()
    assert cited("Article 1 of the Declaration on Human Rights Defenders") == set()
    assert cited("Article 174 of the Criminal Code of Kazakhstan") == {"KZ-CC 174"}


def test_the_same_code_is_the_code_named_just_before() -> None:
    assert cited("ч. 2 ст. 174 УК РК и ст. 405 того же кодекса") == {"KZ-CC 174(2)", "KZ-CC 405"}
    text = "Article 174 of the Criminal Code of the Russian Federation and Article 405 of that Code"
    assert cited(text) == set()


def test_an_unregistered_part_is_suggested_as_its_registered_article() -> None:
    assert nearest_registered("KZ-CC", "174", "3", SEEDED) == "KZ-CC 174"
    assert nearest_registered("KZ-CC", "174", "2", SEEDED) == "KZ-CC 174(2)"
    assert nearest_registered("ICCPR", "9", "1", SEEDED) == "ICCPR 9"
    assert nearest_registered("KZ-CPC", "148", None, SEEDED) is None
    assert nearest_registered("ICCPR", "11", "1", SEEDED) is None


def test_instruments_added_to_the_registry_are_recognised_by_code_and_name() -> None:
    finder = InstrumentFinder((("ECHR", "European Convention on Human Rights"),))
    for text in ("Article 6 of the European Convention on Human Rights", "Article 6 ECHR"):
        assert {h.citation for h in find_citations([text], finder)} == {"ECHR 6"}


def test_wrapped_lines_and_spans_point_at_the_words() -> None:
    text = "They face ten years under Article 174(2) of the\nCriminal Code, the indictment says."
    (hit,) = find_citations([text])
    assert hit.citation == "KZ-CC 174(2)"
    assert text[hit.start : hit.end] == "Article 174(2)"


@pytest.mark.parametrize(
    ("spaced", "unspaced"),
    [
        ("по ст. 174 УК РК", "по ст.174 УК РК"),
        ("ст. 174 УК", "ст.174 УК"),
        ("ч. 2 ст. 174 УК РК", "ч.2 ст.174 УК РК"),
        ("ч. 2 ст. 174 УК РК", "ч.2ст.174 УК РК"),
        ("по п. 1 ч. 2 ст. 174 УК", "по п.1ч.2ст.174 УК"),
        ("ч. 2, ст. 174 УК", "ч.2,ст.174 УК"),
        ("ст. 174 ч. 2 УК РК", "ст.174ч.2 УК РК"),
        ("ст. 174 УК", "ст.  174 УК"),  # two spaces, as PDF text often has
        ("ст. 174 УК", "ст.\n174 УК"),  # broken at a line end
        ("ҚК 174 бап", "ҚК 174-бап"),
        ("174 - бап ҚК", "174-бап ҚК"),
        ("Art. 174 of the Criminal Code", "Art.174 of the Criminal Code"),
    ],
)
def test_a_citation_without_spaces_is_the_same_citation(spaced: str, unspaced: str) -> None:
    assert suggested(unspaced) == suggested(spaced) != set()


def test_an_unspaced_article_takes_the_code_the_document_named() -> None:
    pages = ["Обвинение по ч. 2 ст. 174 УК РК.", "Защита оспаривает квалификацию по ст.174."]
    hits = find_citations(pages)
    assert [(h.page, h.citation) for h in hits] == [(1, "KZ-CC 174(2)"), (2, "KZ-CC 174")]
