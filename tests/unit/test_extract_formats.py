"""Real-world files (tests/corpus/formats): every word a reader sees is extracted.

Each file is checked against a second extractor (Python's email package walk,
a direct XML walk for DOCX, pdftotext for PDF) and, for what those cannot read
right (undeclared charsets, form values, annotations), against the words the
file is known to hold.
"""

from __future__ import annotations

import email
import email.policy
import re
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest

from indexing.extract import Extraction, Extractor, Source
from indexing.extract.charsets import canonical, decode, decode_header
from indexing.extract.types import DOCX, EML, HTML, MBOX, MSG, PDF

FORMATS = Path(__file__).resolve().parents[1] / "corpus" / "formats"
OLD_PDFS = Path(__file__).resolve().parents[1] / "corpus" / "pdf"


@pytest.fixture(scope="module")
def extractor() -> Iterator[Extractor]:
    with Extractor() as ex:
        yield ex


def read(extractor: Extractor, path: Path) -> Extraction:
    return extractor.extract(Source.from_path(path))


def all_text(ex: Extraction) -> str:
    """The text of a file and of every part below it (what import makes searchable)."""
    parts = [ex.text]
    for attachment in ex.attachments:
        if attachment.extraction is not None:
            parts.append(all_text(attachment.extraction))
    return "\n".join(parts)


def words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]{4,}", text)}


def files(folder: str, pattern: str = "*") -> list[Path]:
    return sorted((FORMATS / folder).glob(pattern))


# -- e-mail ------------------------------------------------------------------------------
def _reference_mail_words(raw: bytes) -> set[str]:
    """Words of every text part, read by Python's own email package."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    found: set[str] = set()
    for part in msg.walk():
        if part.get_content_maintype() != "text" or part.is_multipart():
            continue
        try:
            content = part.get_content()
        except (LookupError, ValueError, AttributeError):
            continue
        if part.get_content_type() == "text/html":
            content = re.sub(r"(?is)<(script|style|head)\b.*?</\1>|<[^>]+>", " ", content)
            content = re.sub(r"&\w+;|&#\d+;", " ", content)
        found |= words(content)
    return found


@pytest.mark.parametrize("path", files("mail", "mikel-*.eml"), ids=lambda p: p.name)
def test_published_mail_loses_no_text_part(extractor: Extractor, path: Path) -> None:
    ex = read(extractor, path)
    assert ex.media_type == EML
    reference = _reference_mail_words(path.read_bytes())
    got = words(all_text(ex))
    missing = reference - got
    # Python's reader keeps U+FFFD and mojibake where ours guesses; allow those few.
    assert len(missing) <= max(2, len(reference) // 50), sorted(missing)[:20]
    assert ex.lost == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("gen-koi8u-undeclared.eml", ["Скарга подана", "Шановні колеги", "апелляционная жалоба"]),
        ("gen-wrong-label-cp1251.eml", ["Талдыкорганский городской суд"]),
        ("gen-kazakh-undeclared.eml", ["Құрметті әріптестер", "Талдықорған"]),
        ("gen-gb2312-label.eml", ["朱镕基与王赟", "Subject: 上诉 朱镕基"]),
        (
            "gen-raw-latin1-headers.eml",
            ["From: Jürgen Müller", "To: Zoë Brontë", "Überstellung nach Köln", "Grüße"],
        ),
        (
            "gen-html-cp1251-empty-plain.eml",
            ["From: Дана Абдрахманова", "Subject: Жалоба подана", "Абзац 119", "Апелляционная"],
        ),
    ],
)
def test_charsets_are_read_as_a_mail_client_reads_them(
    extractor: Extractor, name: str, expected: list[str]
) -> None:
    ex = read(extractor, FORMATS / "mail" / name)
    body = ex.pages[0]
    for phrase in expected:
        assert phrase in body
    assert "\ufffd" not in body


def test_html_body_is_text_without_scripts_and_nothing_is_fetched(extractor: Extractor) -> None:
    ex = read(extractor, FORMATS / "mail" / "gen-html-cp1251-empty-plain.eml")
    body = ex.pages[0]
    assert "никогда" not in body and "color: black" not in body and "pixel.gif" not in body
    assert len(body) > 15_000 and ex.attachments == []  # the empty plain parts are no children


def test_forwarded_message_is_a_document_with_its_own_headers(extractor: Extractor) -> None:
    ex = read(extractor, FORMATS / "mail" / "gen-forwarded-with-pdf.eml")
    (forward,) = ex.attachments
    assert forward.extraction is not None and forward.label == "attached message"
    inner = forward.extraction
    assert inner.title == "Справка из больницы" and inner.date == "2026-01-23"
    assert "From: Asel Nurpeisova" in inner.pages[0] and "справку о побоях" in inner.pages[0]
    (pdf,) = inner.attachments
    assert pdf.filename == "certificate.pdf" and pdf.data.startswith(b"%PDF-")


def test_digest_entries_and_delivery_reports_are_messages_and_reports(
    extractor: Extractor,
) -> None:
    digest = read(extractor, FORMATS / "mail" / "gen-digest.eml")
    titles = [a.extraction.title for a in digest.attachments if a.extraction]
    assert titles == ["Digest item one", "Пункт второй"]
    bounce = read(extractor, FORMATS / "mail" / "mikel-multi_address_bounce1.eml")
    labels = [a.label for a in bounce.attachments]
    assert labels == ["delivery report", "attached message"]
    report = bounce.attachments[0].extraction
    assert report is not None and "Final-Recipient" in report.pages[0]


def test_mbox_is_one_document_per_message_with_threads(extractor: Extractor) -> None:
    ex = read(extractor, FORMATS / "mail" / "gen-thread.mbox")
    assert ex.media_type == MBOX and "3 messages" in ex.pages[0]
    (first,) = ex.attachments
    assert first.extraction is not None
    (second,) = first.extraction.attachments
    assert second.extraction is not None
    (third,) = second.extraction.attachments
    assert third.extraction is not None and "cell 14" in third.extraction.pages[0]
    assert "From the archive" in first.extraction.pages[0]  # '>From ' unquoted


def test_outlook_message_is_read_by_content_whatever_its_name(extractor: Extractor) -> None:
    for path in (
        FORMATS / "msg" / "msg-extractor-strangeDate.msg",
        FORMATS / "mail" / "gen-outlook-renamed.eml",
    ):
        ex = read(extractor, path)
        assert ex.media_type == MSG
        assert ex.title == "MSG Test File" and ex.date == "2016-02-23"
        assert "Purpose: Provide example of this file type" in ex.pages[0]
        assert "To: time2talk@online-convert.com" in ex.pages[0]


def test_binary_data_named_eml_is_refused_not_stored_as_text(
    extractor: Extractor, tmp_path: Path
) -> None:
    from indexing.errors import UnsupportedType

    path = tmp_path / "scan.eml"
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(UnsupportedType):
        read(extractor, path)


def test_html_file(extractor: Extractor) -> None:
    ex = read(extractor, FORMATS / "html" / "gen-ruling-cp1251.html")
    assert ex.media_type == HTML and ex.title == "Решение суда"
    assert "Талдыкорганский городской суд" in ex.pages[0] and "2-174/2026" in ex.pages[0]
    assert "style.css" not in ex.pages[0]


def test_charset_labels_map_like_mail_clients() -> None:
    assert canonical("gb2312") == "gb18030" and canonical("GBK") == "gb18030"
    assert canonical("iso-8859-1") == "cp1252" and canonical("ks_c_5601-1987") == "cp949"
    assert canonical("unknown-8bit") is None and canonical("no-such-charset") is None
    assert decode("Привет, суд".encode("koi8-r"))[0] == "Привет, суд"
    assert decode("Müller grüßt".encode("cp1252"))[0] == "Müller grüßt"
    mixed = "=?koi8-r?B?8NLJ?= =?koi8-r?B?18XU?= mir"
    assert decode_header(mixed) == "Привет mir"  # adjacent words joined, space between dropped


# -- Word -------------------------------------------------------------------------------
def _reference_docx_words(path: Path) -> set[str]:
    """Every w:t and w:delText of every part, by a plain XML walk."""
    found: set[str] = set()
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if not (name.startswith("word/") and name.endswith(".xml")):
                continue
            root = ElementTree.fromstring(zf.read(name))  # noqa: S314 (test data)
            for elem in root.iter():
                if elem.tag.endswith(("}t", "}delText")) and elem.text:
                    found |= words(elem.text)
    return found


@pytest.mark.parametrize("path", files("docx"), ids=lambda p: p.name)
def test_docx_every_story_is_read(extractor: Extractor, path: Path) -> None:
    ex = read(extractor, path)
    assert ex.media_type == DOCX
    reference = _reference_docx_words(path)
    assert reference, "the reference walk found text"
    assert reference <= words(ex.text), sorted(reference - words(ex.text))


def test_docx_stories_are_labelled_and_text_boxes_read_once(extractor: Extractor) -> None:
    footnotes = read(extractor, FORMATS / "docx" / "mammoth-footnotes.docx")
    assert footnotes.pages[-1].startswith("[Footnotes]") and "tachyon" in footnotes.pages[-1]
    comments = read(extractor, FORMATS / "docx" / "mammoth-comments.docx")
    assert comments.pages[-1].startswith("[Comments]")
    assert "Michael Williamson: A tachyon walks into a bar." in comments.pages[-1]
    headers = read(extractor, FORMATS / "docx" / "python-docx-hdr-header-footer.docx")
    assert "[Header]\nHeader for section-1" in headers.pages
    assert "[Footer]\nFooter for section 1" in headers.pages
    box = read(extractor, FORMATS / "docx" / "mammoth-text-box.docx")
    assert box.text.count("Datum plane") == 1
    strict = read(extractor, FORMATS / "docx" / "mammoth-strict-format.docx")
    assert strict.text.strip() == "Test"
    tracked = read(extractor, FORMATS / "docx" / "gen-tracked-changes-ru.docx")
    assert "избит" in words(tracked.text) and "задержан" in words(tracked.text)
    assert any("tracked changes" in n for n in tracked.notes)
    assert "Конфиденциально" in tracked.text and "Алматы" in tracked.text


# -- PDF --------------------------------------------------------------------------------
PDFS = [
    FORMATS / "pdf" / "libreoffice-form.pdf",
    FORMATS / "pdf" / "gen-soft-hyphens.pdf",
    OLD_PDFS / "multicolumn.pdf",
    OLD_PDFS / "annotated_pdf.pdf",
]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_pdf_words_match_pdftotext_with_hyphens_joined(extractor: Extractor, path: Path) -> None:
    reference_text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    reference_text = re.sub(r"[-\u00ad]\n", "", reference_text)
    ex = read(extractor, path)
    got = words(ex.text)
    assert words(reference_text) <= got, sorted(words(reference_text) - got)
    assert "\ufffe" not in ex.text and "\u00ad" not in ex.text


def test_line_end_hyphens_are_joined(extractor: Extractor) -> None:
    multicolumn = read(extractor, OLD_PDFS / "multicolumn.pdf")
    assert "adipiscing" in multicolumn.text and "\ufffe" not in multicolumn.text
    soft = read(extractor, FORMATS / "pdf" / "gen-soft-hyphens.pdf")
    assert "incommunicado" in soft.text and "lawyer" in soft.text


def test_form_values_and_annotation_contents_are_part_of_the_page(extractor: Extractor) -> None:
    form = read(extractor, FORMATS / "pdf" / "libreoffice-form.pdf")
    assert "First Name: Alice" in form.pages[0] and "First Name_2: Bob" in form.pages[0]
    annotated = read(extractor, OLD_PDFS / "annotated_pdf.pdf")
    assert "This is a text annotation." in annotated.pages[0]
    assert "Lucas: Hello world!" in annotated.pages[0]


def test_unmapped_font_is_no_text_layer_not_ok(extractor: Extractor) -> None:
    ex = read(extractor, FORMATS / "pdf" / "gen-type3-no-unicode.pdf")
    assert ex.media_type == PDF
    assert ex.status == "no-text-layer"
    assert ex.pages == [""]
    assert any("unreadable" in n for n in ex.notes)
