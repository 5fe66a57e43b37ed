"""The language an imported document is given: English, Russian, Kazakh in Cyrillic and
Kazakh in Latin letters (the 2021 alphabet, and the 2018 one with acute accents)."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive_app.session import Archive
from indexing.language import guess_language

KAZAKH_LATIN = [
    "Äbılqasymov qamauğa alyndy, sot şeşımı boiynşa ol ekı aiğa qamaldy.",
    "Qazaqstan Respublikasy Qylmystyq kodeksınıñ 174-babynyñ 2-bölıgı boiynşa ıs qozğaldy.",
    "Sot otyrysy Taldyqorğan qalasynda öttı. Qorğauşy sot şeşımıne şağym berdı.",
    "ÄBILQASYMOV QAMAUĞA ALYNDY, SOT ŞEŞIMI BOIYNŞA OL EKI AIĞA QAMALDY.",
    "Qazaqstan Respýblıkasynyń Qylmystyq kodeksiniń 174-babynyń 2-bóligi boıynsha is qozǵaldy.",
]


@pytest.mark.parametrize("text", KAZAKH_LATIN)
def test_kazakh_in_latin_letters_is_kazakh(text: str) -> None:
    assert guess_language(text) == "kk"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The defenders were arrested after the assemblies in the city.", "en"),
        (
            "The court in Almaty detained Äbılqasymov on Monday, and the lawyer of Şärıpov"
            " was not allowed to see him for three days.",
            "en",
        ),
        ("Suspect Qalzhat Seitkali was held in Qonayev; the court did not hear the defence.", "en"),
        ("Суд продлил срок задержания подозреваемых на два месяца.", "ru"),
        ("Қорғаушы сотқа шағым берді, сот шешімі заңсыз деп танылды.", "kk"),
        ("Äbılqasymov", None),  # too little to go on
        ("Der Richter hat über die Verhaftung entschieden, und die Anwältin schwieg.", None),
        ("Mahkeme kararını açıkladı ve sanık tutuklandı; avukatı itiraz etti.", None),
    ],
)
def test_other_texts_keep_their_guess(text: str, expected: str | None) -> None:
    assert guess_language(text) == expected


def test_an_imported_kazakh_latin_document_is_found_by_lang_kk(
    archive: Archive, tmp_path: Path
) -> None:
    path = tmp_path / "sot-seshimi.txt"
    path.write_text(" ".join(KAZAKH_LATIN[:3]), encoding="utf-8")
    (doc,) = archive.importer().import_paths([path]).document_ids
    assert archive.documents.get(doc).language == "kk"
    assert [h.id for h in archive.search.search("lang:kk").hits] == [doc]
