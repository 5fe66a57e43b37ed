"""Registered persons found in any script, word order and grammatical case - and only them."""

from __future__ import annotations

import pytest

from indexing.mentions.persons import PersonMatcher

SEITKALI, MAKSUTKHAN, DAULETOVA, YESENOV, ABDRAKHMANOVA, ZHUMABAEV, SEITKALIEV = range(1, 8)
REGISTRY = PersonMatcher(
    [
        (SEITKALI, "Yerlan Seitkali"),  # Latin letters only
        (MAKSUTKHAN, "Nazigul Maksutkhan"),
        (DAULETOVA, "Айгерим Даулетова"),  # Cyrillic only
        (YESENOV, "Нурлан Есенов"),
        (ABDRAKHMANOVA, "Dana Abdrakhmanova"),
        (ZHUMABAEV, "Мақсат Жұмабаев"),  # Kazakh letters
        (SEITKALIEV, "Askar Seitkaliev"),
    ]
)


def strong(text: str) -> set[int]:
    return {hit.person_id for hit in REGISTRY.find(text) if hit.strong}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("I have known Yerlan Seitkali since 2019.", SEITKALI),
        ("подозреваемого Сейткали Ерлана Маратовича", SEITKALI),  # Cyrillic, surname first
        ("Сейткали Ерлан Маратович, 1991 года рождения", SEITKALI),
        ("Ерлан Маратович Сейткали", SEITKALI),  # patronymic between
        ("Yerlan M. Seitkali", SEITKALI),  # initial between
        ("SEITKALI Yerlan, born 1991", SEITKALI),
        ("Erlan Seytkali was released", SEITKALI),  # another romanisation
        ("Менің қорғауымдағы Ерлан Сейткали", SEITKALI),
        ("Ерлан Сейткалидің адвокаты", SEITKALI),  # Kazakh genitive
        ("Сейткали Ерланға хат", SEITKALI),  # Kazakh dative
        ("Постановлением суда Сейткали Ерлану продлён срок", SEITKALI),  # Russian dative
        ("Ms Nazigul Maksutkhan is pregnant", MAKSUTKHAN),
        ("Нәзигүл Мақсұтханның денсаулығы", MAKSUTKHAN),  # Kazakh letters + suffix
        ("Назигуль Максутхан находится под арестом", MAKSUTKHAN),
        ("Nazigul Maqsutqan remains under house arrest", MAKSUTKHAN),
        ("Patient: Aigerim Dauletova", DAULETOVA),  # Latin mention, Cyrillic registration
        ("Показания Даулетовой Айгерим", DAULETOVA),  # feminine genitive
        ("Беседа с Айгерим Даулетовой", DAULETOVA),
        ("Counsel Nurlan Yessenov filed", YESENOV),
        ("допросил Есенова Нурлана", YESENOV),
        ("очная ставка с Нурланом Есеновым", YESENOV),
        ("Нұрлан Есеновке хат жіберілді", YESENOV),
        ("Мақсат Жұмабаевтың адвокаты", ZHUMABAEV),
        ("Maksat Zhumabayev", ZHUMABAEV),
    ],
)
def test_a_registered_person_is_found(text: str, person: int) -> None:
    assert strong(text) == {person}


@pytest.mark.parametrize(
    "text",
    [
        "Mr Yerlan Sarsembayev, Minister of Justice",  # same given name, another person
        "Bolat Seitkali, the brother of the detainee",  # same surname, another given name
        "Yerlan and Nurlan are common names",  # given names alone
        "Судья Жумабаева Г. К. отклонила ходатайство",  # another Zhumabaev: initials disagree
        "Сейткалиев Аскар and Seitkalin Yerlan",  # derived surnames are other families
        "The Dana river and the Yerlan café",  # a name word next to an ordinary capital
        "Seitkali Street, Yerlan district",
        "the Yerlan Hotel Seitkali branch",  # another capitalised word between
        "seitkali yerlan written in lowercase is not a name",
        "Даулетовка village, Yerlanovo street",
    ],
)
def test_unrelated_words_and_other_persons_are_not_matched(text: str) -> None:
    assert strong(text) - {SEITKALIEV} == set()
    if "Аскар" in text:
        assert strong(text) == {SEITKALIEV}


def test_initials_next_to_a_surname_must_agree_with_the_given_name() -> None:
    assert strong("за те же действия Сейткали Е. М. уже был подвергнут") == {SEITKALI}
    assert strong("Қорғаушы Д. Е. Абдрахманованың шағымы") == {ABDRAKHMANOVA}
    assert strong("Защитник Абдрахманова Д. Е. возражала") == {ABDRAKHMANOVA}
    assert strong("Y. Seitkali signed") == {SEITKALI}
    assert strong("Д. Seitkali signed") == set()


def test_a_title_marks_a_surname_on_its_own() -> None:
    assert strong("On 14 November Mr Seitkali was fined") == {SEITKALI}
    assert strong("Mrs Maksutkhan's lawyer") == {MAKSUTKHAN}
    assert strong("Гражданина Сейткали доставили") == {SEITKALI}
    assert strong("Жұмабаев мырза келмеді") == {ZHUMABAEV}
    assert strong("Mr Seitkali Bolat") == set()  # the title belongs to Seitkali Bolat


def test_a_lone_surname_names_the_person_and_a_lone_given_name_does_not() -> None:
    hits = REGISTRY.find("Сейткали бұл әрекеті үшін қамалған.")
    assert [(h.person_id, h.strong, h.redact) for h in hits] == [(SEITKALI, True, True)]
    hits = REGISTRY.find("Yerlan was there.")  # a given name alone: weak, never redacted
    assert [(h.person_id, h.strong, h.redact) for h in hits] == [(SEITKALI, False, False)]
    assert REGISTRY.find("The Minister, Yerlan Sarsembayev, replied.") == []


def test_form_fields_give_the_name_in_two_lines() -> None:
    form = "1. Identity\nFamily name: Seitkali\nFirst name: Yerlan\nSex: male\n"
    hits = REGISTRY.find(form)
    assert {(h.person_id, h.strong) for h in hits} == {(SEITKALI, True)}
    assert [form[h.start : h.end] for h in hits] == ["Seitkali", "Yerlan"]  # both fields
    assert strong("Family name: Seitkali\nFirst name: Bolat\n") == set()


def test_aliases_and_spans() -> None:
    matcher = PersonMatcher([(1, "Kassym-Jomart Tokayev"), (1, "Токаев")])
    text = "President Kassym-Jomart Tokayev and later Токаеву"
    hits = matcher.find(text)
    assert [text[h.start : h.end] for h in hits] == ["Kassym-Jomart Tokayev", "Токаеву"]
    assert all(h.person_id == 1 and h.strong for h in hits)
    assert PersonMatcher([]).find(text) == []
