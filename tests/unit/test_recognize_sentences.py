"""The evidence shown with a suggestion: the whole sentence around the mention, and no more."""

from __future__ import annotations

from indexing.recognize.sentences import MAX_EVIDENCE_CHARS, PageSentences


def evidence_for(text: str, needle: str) -> str:
    start = text.index(needle)
    return PageSentences(text).evidence(start, start + len(needle))


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    text = (
        "The court sat on Monday. Charges under Art. 174 para. 2 were read to Mr Seitkali."
        " The defence objected."
    )
    assert evidence_for(text, "174") == ("Charges under Art. 174 para. 2 were read to Mr Seitkali.")
    ru = "Заседание открыто. Защитник Абдрахманова Д. Е. сослалась на ч. 2 ст. 174 УК РК. Суд ушёл."
    assert evidence_for(ru, "Абдрахманова") == (
        "Защитник Абдрахманова Д. Е. сослалась на ч. 2 ст. 174 УК РК."
    )


def test_wrapped_lines_join_and_short_lines_stand_alone() -> None:
    pdf_like = (
        "The nineteen defenders were arrested after a peaceful protest and are now\n"
        "charged under Article 174(2) of the Criminal Code, which carries ten years.\n"
        "Next paragraph."
    )
    assert evidence_for(pdf_like, "Article 174(2)") == (
        "The nineteen defenders were arrested after a peaceful protest and are now charged"
        " under Article 174(2) of the Criminal Code, which carries ten years."
    )
    form = "1. Identity\nFamily name: Seitkali\nFirst name: Yerlan\nSex: male"
    assert evidence_for(form, "Seitkali") == "Family name: Seitkali"
    fields = "Forces who carried out the arrest: district police\nLegal basis invoked: Article 174"
    assert evidence_for(fields, "Article 174") == "Legal basis invoked: Article 174"
    bullets = "Please ask them to:\n- release Yerlan Seitkali\n- drop the charges"
    assert evidence_for(bullets, "Yerlan") == "- release Yerlan Seitkali"


def test_a_very_long_sentence_is_cut_around_the_mention_between_words() -> None:
    text = "Whereas " + "the applicant complained " * 40 + "about Yerlan Seitkali " + "again " * 80
    evidence = evidence_for(text, "Yerlan Seitkali")
    assert "Yerlan Seitkali" in evidence
    assert evidence.startswith("…") and evidence.endswith("…")
    assert len(evidence) <= MAX_EVIDENCE_CHARS + 2
    assert evidence[1:].split(" ")[0] in {"the", "applicant", "complained"}  # whole words


def test_spans_cover_the_sentence_of_the_mention() -> None:
    text = "First. Second sentence here! Third?"
    sentences = PageSentences(text)
    start = text.index("Second")
    lo, hi = sentences.span(start, start + 6)
    assert text[lo:hi].strip() == "Second sentence here!"
    assert sentences.evidence(0, 5) == "First."
