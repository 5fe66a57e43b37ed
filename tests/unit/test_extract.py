"""indexing.extract: text per page from every kind of file a legal team receives.

Covers the shared corpus, text encodings (Russian and Kazakh in UTF-8, UTF-16
and Windows-1251), DOCX and EML built in the test, and hostile input: empty,
oversized, unknown, corrupt, zip bombs, DTDs, and a PDF reader that hangs or
dies in its sandbox.
"""

from __future__ import annotations

import io
import multiprocessing
import random
import struct
import sys
import zipfile
import zlib
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest

from indexing.errors import (
    CorruptFile,
    EmptyFile,
    ExtractionError,
    ResourceLimit,
    TooLarge,
    UnsupportedType,
)
from indexing.extract import (
    STATUS_ENCRYPTED,
    STATUS_NO_TEXT,
    STATUS_OK,
    Extraction,
    Extractor,
    Limits,
    Source,
)
from indexing.extract.types import DOCX, EML, JPEG, MARKDOWN, PDF, PNG, TEXT, TIFF
from storage.errors import ArchiveError

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "corpus"
if not CORPUS.is_dir():  # pragma: no cover - a checkout without the copied corpus
    CORPUS = Path("/work/shared/corpus")
TEXTS = sorted((CORPUS / "text").glob("*.txt"))
PDFS = sorted((CORPUS / "pdf").glob("*.pdf"))
PASSWORD_PDF = CORPUS / "pdf" / "libreoffice-writer-password.pdf"
IMAGE_ONLY_PDF = CORPUS / "pdf" / "imagemagick-images.pdf"
FOUR_PAGES_PDF = CORPUS / "pdf" / "pdflatex-4-pages.pdf"

RUSSIAN = (
    "ПОСТАНОВЛЕНИЕ\n"
    "Талдыкорганский городской суд рассмотрел ходатайство защитника Ерлана Сейткали.\n"
    "Обвинение по ч. 2 ст. 174 УК РК — «возбуждение розни»; ёлка, Ёж, №12.\n"
)
KAZAKH = (
    "Алматы облыстық сотына\n"
    "Менің қорғауымдағы Ерлан Сейткали Қылмыстық кодекстің 174-бабының 2-бөлігі бойынша"
    " айыпталуда. Мақсұтхан Назигүл, әділ сот, өтініш, ұлт, үкім, һ, і.\n"
)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@pytest.fixture(scope="module")
def extractor() -> Iterator[Extractor]:
    with Extractor() as ex:
        yield ex


def sandbox_pids() -> set[int]:
    return {p.pid for p in multiprocessing.active_children() if p.name == "pdf-sandbox" and p.pid}


def extract_bytes(ex: Extractor, name: str, data: bytes) -> Extraction:
    return ex.extract(Source(name=name, data=data))


# -- the shared corpus ---------------------------------------------------------------------------
def test_the_corpus_is_there() -> None:
    assert len(TEXTS) >= 7
    assert len(PDFS) >= 8


@pytest.mark.parametrize("path", TEXTS, ids=[p.name for p in TEXTS])
def test_every_corpus_text_extracts(extractor: Extractor, path: Path) -> None:
    result = extractor.extract(Source.from_path(path))
    assert result.media_type == TEXT
    assert result.status == STATUS_OK
    assert result.page_count >= 1
    expected = path.read_text(encoding="utf-8").replace("\r\n", "\n")
    assert "".join(result.pages).strip() == expected.replace("\f", "").strip()
    assert "\ufffd" not in result.text, "no replacement characters: decoded correctly"


@pytest.mark.parametrize("path", PDFS, ids=[p.name for p in PDFS])
def test_every_corpus_pdf_extracts(extractor: Extractor, path: Path) -> None:
    result = extractor.extract(Source.from_path(path))
    assert result.media_type == PDF
    if path == PASSWORD_PDF:
        assert result.status == STATUS_ENCRYPTED
    elif path == IMAGE_ONLY_PDF:
        assert result.status == STATUS_NO_TEXT
    else:
        assert result.status == STATUS_OK
        assert result.page_count >= 1
        assert len(result.text.split()) >= 5, "a real text layer"


def test_a_corpus_text_mentions_what_it_is_about(extractor: Extractor) -> None:
    appeal = extractor.extract(Source.from_path(CORPUS / "text" / "urgent-appeal-atajurt-2026.txt"))
    assert "Atajurt" in appeal.text
    assert "Nazigul Maksutkhan" in appeal.text
    kk = extractor.extract(Source.from_path(CORPUS / "text" / "lawyer-letter-kk.txt"))
    assert kk.title == "Алматы облыстық сотына"
    assert "174-бабының 2-бөлігі" in kk.text


def test_password_protected_pdf_is_reported_not_raised(extractor: Extractor) -> None:
    result = extractor.extract(Source.from_path(PASSWORD_PDF))
    assert result.status == STATUS_ENCRYPTED == "encrypted-pdf"
    assert result.pages == []
    assert any("password" in note for note in result.notes)


def test_image_only_pdf_has_pages_but_no_text_layer(extractor: Extractor) -> None:
    result = extractor.extract(Source.from_path(IMAGE_ONLY_PDF))
    assert result.status == STATUS_NO_TEXT == "no-text-layer"
    assert result.page_count == 6
    assert any("no text layer" in note for note in result.notes)


def test_a_four_page_pdf_has_four_pages_of_text(extractor: Extractor) -> None:
    result = extractor.extract(Source.from_path(FOUR_PAGES_PDF))
    assert result.status == STATUS_OK
    assert result.page_count == 4
    assert all(len(page.split()) > 20 for page in result.pages)
    assert len(set(result.pages)) == 4, "each page has its own text"


def test_a_pdf_in_memory_reads_like_the_file(extractor: Extractor) -> None:
    from_path = extractor.extract(Source.from_path(FOUR_PAGES_PDF))
    from_bytes = extract_bytes(extractor, "attachment.pdf", FOUR_PAGES_PDF.read_bytes())
    assert from_bytes.pages == from_path.pages
    encrypted = extract_bytes(extractor, "locked.pdf", PASSWORD_PDF.read_bytes())
    assert encrypted.status == STATUS_ENCRYPTED


# -- text encodings ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        pytest.param(RUSSIAN, "utf-8", id="ru-utf8"),
        pytest.param(RUSSIAN, "utf-8-sig", id="ru-utf8-bom"),
        pytest.param(RUSSIAN, "utf-16", id="ru-utf16-bom"),
        pytest.param(RUSSIAN, "utf-16-le", id="ru-utf16le-nobom"),
        pytest.param(RUSSIAN, "utf-16-be", id="ru-utf16be-nobom"),
        pytest.param(RUSSIAN, "cp1251", id="ru-windows1251"),
        pytest.param(KAZAKH, "utf-8", id="kk-utf8"),
        pytest.param(KAZAKH, "utf-16", id="kk-utf16-bom"),
        pytest.param(KAZAKH, "utf-16-le", id="kk-utf16le-nobom"),
    ],
)
def test_russian_and_kazakh_text_decode_identically(
    extractor: Extractor, text: str, encoding: str
) -> None:
    result = extract_bytes(extractor, "letter.txt", text.encode(encoding))
    assert result.media_type == TEXT
    assert result.pages == [text]
    assert result.title == text.splitlines()[0]


@pytest.mark.parametrize(
    "text",
    ["ПОСТАНОВЛЕНИЕ СУДА", "КАЗАХСТАН", "ДЕЛО № 12"],
    ids=["ruling-heading", "kazakhstan", "case-number"],
)
def test_short_all_caps_windows_1251_is_not_taken_for_utf16(
    extractor: Extractor, text: str
) -> None:
    assert extract_bytes(extractor, "heading.txt", text.encode("cp1251")).pages == [text]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "cp1251"])
def test_a_windows_file_with_crlf_lines_reads_the_same(extractor: Extractor, encoding: str) -> None:
    data = RUSSIAN.replace("\n", "\r\n").encode(encoding)
    assert extract_bytes(extractor, "ruling.txt", data).pages == [RUSSIAN]


def test_a_corpus_ruling_in_windows_1251_matches_its_utf8_original(
    extractor: Extractor, tmp_path: Path
) -> None:
    original = CORPUS / "text" / "court-ruling-taldykorgan-ru.txt"
    text = original.read_text(encoding="utf-8")
    legacy = tmp_path / "ruling-cp1251.txt"
    legacy.write_bytes(text.encode("cp1251"))
    assert (
        extractor.extract(Source.from_path(legacy)).pages
        == extractor.extract(Source.from_path(original)).pages
    )


def test_english_utf16_without_bom_is_recognised(extractor: Extractor) -> None:
    text = "WITNESS STATEMENT\nI saw the arrest on 13 November 2025 in Kalzhat.\n"
    for encoding in ("utf-16-le", "utf-16-be"):
        assert extract_bytes(extractor, "statement.txt", text.encode(encoding)).pages == [text]


def test_form_feeds_split_pages(extractor: Extractor) -> None:
    data = "Page one: ruling\fPage two: appeal\fPage three: Мақсұтхан".encode()
    result = extract_bytes(extractor, "pages.txt", data)
    assert result.pages == ["Page one: ruling", "Page two: appeal", "Page three: Мақсұтхан"]
    assert result.page_count == 3


def test_a_text_without_form_feeds_is_one_page(extractor: Extractor) -> None:
    result = extract_bytes(extractor, "one.txt", ("line\n" * 500).encode())
    assert result.page_count == 1


def test_a_final_form_feed_does_not_add_an_empty_page(extractor: Extractor) -> None:
    result = extract_bytes(extractor, "pdftotext.txt", b"first page\fsecond page\f")
    assert result.pages == ["first page", "second page"]


def test_markdown_is_text_with_its_heading_as_title(extractor: Extractor) -> None:
    result = extract_bytes(extractor, "notes.md", b"# Hearing notes\n\nThe judge refused bail.\n")
    assert result.media_type == MARKDOWN
    assert result.title == "Hearing notes"


# -- refused files -------------------------------------------------------------------------------
def test_a_zero_byte_file_is_refused_as_empty(extractor: Extractor, tmp_path: Path) -> None:
    for name in ("empty.txt", "empty.pdf", "empty.docx", "empty"):
        path = tmp_path / name
        path.touch()
        with pytest.raises(EmptyFile, match="empty"):
            extractor.extract(Source.from_path(path))
    with pytest.raises(EmptyFile):
        extract_bytes(extractor, "attachment.pdf", b"")


def test_a_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    with Extractor(Limits(max_file_bytes=100)) as small:
        with pytest.raises(TooLarge, match="limit"):
            extract_bytes(small, "long.txt", b"x" * 101)
        with pytest.raises(TooLarge):
            small.extract(Source.from_path(FOUR_PAGES_PDF))
        assert extract_bytes(small, "short.txt", b"x" * 100).pages == ["x" * 100]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("program.exe", b"MZ\x90\x00\x03" + random.Random(1).randbytes(4000)),
        ("blob.bin", random.Random(2).randbytes(4096)),
        ("disguised.txt", random.Random(3).randbytes(4096)),
        ("noext", random.Random(4).randbytes(4096)),
        ("song.mp3", b"ID3\x03\x00" + random.Random(5).randbytes(2000)),
    ],
    ids=["exe", "bin", "random-as-txt", "no-extension", "mp3"],
)
def test_unknown_binary_is_unsupported(extractor: Extractor, name: str, data: bytes) -> None:
    with pytest.raises(UnsupportedType, match="unsupported file type"):
        extract_bytes(extractor, name, data)


def test_a_plain_zip_is_not_taken_for_a_word_document(extractor: Extractor) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("photos/readme.txt", "not a document")
    with pytest.raises(UnsupportedType):
        extract_bytes(extractor, "photos.zip", buf.getvalue())


def test_errors_are_archive_errors_with_a_message() -> None:
    for cls in (EmptyFile, TooLarge, UnsupportedType, CorruptFile, ResourceLimit):
        assert issubclass(cls, ExtractionError)
        assert issubclass(cls, ArchiveError)


# -- images --------------------------------------------------------------------------------------
def tiny_png() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + body))
        return struct.pack(">I", len(body)) + kind + body + crc

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    signature = b"\x89PNG\r\n\x1a\n"
    return signature + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


JPEG_BYTES = (
    b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    + random.Random(6).randbytes(500)
    + b"\xff\xd9"
)
TIFF_BYTES = b"II*\x00\x08\x00\x00\x00" + random.Random(7).randbytes(200)


@pytest.mark.parametrize(
    ("name", "data", "media_type"),
    [
        ("scan.png", tiny_png(), PNG),
        ("photo.jpg", JPEG_BYTES, JPEG),
        ("photo-no-extension", JPEG_BYTES, JPEG),
        ("fax.tiff", TIFF_BYTES, TIFF),
    ],
    ids=["png", "jpeg", "jpeg-no-ext", "tiff"],
)
def test_images_are_kept_without_a_text_layer(
    extractor: Extractor, name: str, data: bytes, media_type: str
) -> None:
    result = extract_bytes(extractor, name, data)
    assert result.media_type == media_type
    assert result.status == STATUS_NO_TEXT
    assert result.text.strip() == ""


# -- DOCX ------------------------------------------------------------------------------------------
def docx_bytes(
    body: str, *, title: str | None = None, prolog: str = "", core_prolog: str = ""
) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        )
        zf.writestr(
            "word/document.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'{prolog}<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>',
        )
        if title is not None:
            zf.writestr(
                "docProps/core.xml",
                f'<?xml version="1.0" encoding="UTF-8"?>{core_prolog}'
                "<cp:coreProperties"
                ' xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
                ' xmlns:dc="http://purl.org/dc/elements/1.1/">'
                f"<dc:title>{title}</dc:title></cp:coreProperties>",
            )
    return buf.getvalue()


def para(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


TWO_PAGE_BODY = (
    para("Свидетельские показания: Ерлан Сейткали.")
    + '<w:p><w:r><w:br w:type="page"/></w:r><w:r><w:t>Second page: the hearing of 23 January.</w:t>'
    "</w:r></w:p>"
)


def test_docx_pages_text_and_title(extractor: Extractor, tmp_path: Path) -> None:
    path = tmp_path / "statement.docx"
    path.write_bytes(docx_bytes(TWO_PAGE_BODY, title="Witness statement of Y. Seitkali"))
    result = extractor.extract(Source.from_path(path))
    assert result.media_type == DOCX
    assert result.status == STATUS_OK
    assert result.pages == [
        "Свидетельские показания: Ерлан Сейткали.",
        "Second page: the hearing of 23 January.",
    ]
    assert result.title == "Witness statement of Y. Seitkali"


def test_docx_paragraphs_and_line_breaks_stay_on_one_page(extractor: Extractor) -> None:
    body = (
        para("First paragraph.")
        + para("Second paragraph.")
        + "<w:p><w:r><w:t>Line</w:t><w:br/><w:t>break</w:t><w:tab/><w:t>tab</w:t></w:r></w:p>"
    )
    result = extract_bytes(extractor, "memo.docx", docx_bytes(body))
    assert result.pages == ["First paragraph.\nSecond paragraph.\nLine\nbreak\ttab"]
    assert result.title == ""


def test_docx_is_recognised_by_content_not_name(extractor: Extractor) -> None:
    result = extract_bytes(extractor, "attachment-1", docx_bytes(TWO_PAGE_BODY))
    assert result.media_type == DOCX
    assert result.page_count == 2


def test_docx_word_rendered_page_breaks_count(extractor: Extractor) -> None:
    body = (
        para("one")
        + "<w:p><w:r><w:lastRenderedPageBreak/><w:t>two</w:t></w:r></w:p>"
        + "<w:p><w:r><w:lastRenderedPageBreak/><w:t>three</w:t></w:r></w:p>"
    )
    assert extract_bytes(extractor, "x.docx", docx_bytes(body)).pages == ["one", "two", "three"]


def write_streamed_bomb(path: Path, megabytes: int) -> None:
    """A DOCX whose document.xml inflates to ``megabytes`` MB; never held in memory whole."""
    block = b" " * (1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w") as fh:
            fh.write(f'<w:document xmlns:w="{W_NS}"><w:body>'.encode())
            for _ in range(megabytes):
                fh.write(block)
            fh.write(b"</w:body></w:document>")


def test_docx_zip_bomb_is_stopped(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    write_streamed_bomb(bomb, 300)
    assert bomb.stat().st_size < 2 * 1024 * 1024, "the point of a bomb: small on disk"
    with Extractor(Limits(max_unzipped_bytes=10 * 1024 * 1024)) as ex:
        with pytest.raises(ResourceLimit):
            ex.extract(Source.from_path(bomb))
        # the next, ordinary file is not affected
        assert ex.extract(Source(name="ok.docx", data=docx_bytes(para("fine")))).pages == ["fine"]


def test_docx_bomb_with_a_lying_size_header_is_stopped(tmp_path: Path) -> None:
    bomb = tmp_path / "liar.docx"
    write_streamed_bomb(bomb, 40)
    data = bytearray(bomb.read_bytes())
    real = 40 * 1024 * 1024 + len(f'<w:document xmlns:w="{W_NS}"><w:body>') + 22
    lie = struct.pack("<I", 1000)
    # patch the uncompressed size in the local header and the central directory
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (pos := data.find(signature, start)) != -1:
            if struct.unpack_from("<I", data, pos + offset)[0] == real:
                data[pos + offset : pos + offset + 4] = lie
            start = pos + 4
    bomb.write_bytes(bytes(data))
    with (
        Extractor(Limits(max_unzipped_bytes=10 * 1024 * 1024)) as ex,
        pytest.raises((ResourceLimit, CorruptFile)),
    ):
        ex.extract(Source.from_path(bomb))


def test_docx_with_a_dtd_is_refused(extractor: Extractor) -> None:
    laughs = (
        '<!DOCTYPE w:document [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    )
    with pytest.raises(CorruptFile, match="DTD"):
        extract_bytes(extractor, "laughs.docx", docx_bytes(para("&lol2;"), prolog=laughs))
    hidden = "<!--" + "padding " * 1000 + "-->" + '<!DOCTYPE w:document [<!ENTITY x "X">]>'
    with pytest.raises(CorruptFile):
        extract_bytes(extractor, "hidden.docx", docx_bytes(para("&x;"), prolog=hidden))
    external = '<!DOCTYPE w:document [<!ENTITY ext SYSTEM "file:///etc/passwd">]>'
    with pytest.raises(CorruptFile):
        extract_bytes(extractor, "xxe.docx", docx_bytes(para("&ext;"), prolog=external))


def test_docx_with_a_dtd_in_its_properties_is_refused(extractor: Extractor) -> None:
    data = docx_bytes(para("text"), title="&t;", core_prolog='<!DOCTYPE x [<!ENTITY t "T">]>')
    with pytest.raises(CorruptFile):
        extract_bytes(extractor, "props.docx", data)


def test_damaged_docx_is_corrupt(extractor: Extractor) -> None:
    good = docx_bytes(TWO_PAGE_BODY)
    with pytest.raises(CorruptFile):
        extract_bytes(extractor, "truncated.docx", good[: len(good) // 2])
    with pytest.raises(CorruptFile):
        extract_bytes(extractor, "badxml.docx", docx_bytes("<w:p><w:r><w:t>unclosed"))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("content.xml", "<x/>")
    with pytest.raises(CorruptFile, match=r"word/document\.xml"):
        extract_bytes(extractor, "renamed.docx", buf.getvalue())


# -- EML -------------------------------------------------------------------------------------------
MINIMAL_PDF = CORPUS / "pdf" / "minimal-document.pdf"


def mail(subject: str = "Urgent appeal: Seitkali hearing") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Dana Abdrakhmanova <dana@example.org>"
    msg["To"] = "urgent-action@example.org"
    msg["Subject"] = subject
    msg["Date"] = "Tue, 03 Feb 2026 10:15:00 +0600"
    return msg


def test_eml_body_title_date_and_attachment(extractor: Extractor, tmp_path: Path) -> None:
    msg = mail()
    msg.set_content("Dear colleagues,\nthe appeal hearing of Yerlan Seitkali is on Monday.\n")
    pdf = MINIMAL_PDF.read_bytes()
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="ruling.pdf")
    path = tmp_path / "appeal.eml"
    path.write_bytes(msg.as_bytes())
    result = extractor.extract(Source.from_path(path))
    assert result.media_type == EML
    assert result.page_count == 1
    body = result.pages[0]
    assert "the appeal hearing of Yerlan Seitkali is on Monday." in body
    assert "From: Dana Abdrakhmanova <dana@example.org>" in body
    assert result.title == "Urgent appeal: Seitkali hearing"
    assert result.date == "2026-02-03"
    assert [(a.filename, a.data) for a in result.attachments] == [("ruling.pdf", pdf)]
    # the attachment is itself a readable document
    inner = extract_bytes(extractor, result.attachments[0].filename, result.attachments[0].data)
    assert inner.media_type == PDF
    assert inner.status == STATUS_OK


def test_eml_html_only_body_is_turned_into_text(extractor: Extractor) -> None:
    msg = mail("HTML only")
    msg.set_content(
        "<html><head><style>p { color: red }</style><script>alert('x')</script></head>"
        "<body><p>Hello <b>Yerlan</b>,</p><p>the verdict&nbsp;is &amp; remains unjust.</p>"
        "</body></html>",
        subtype="html",
    )
    result = extract_bytes(extractor, "html.eml", msg.as_bytes())
    body = result.pages[0]
    assert "Hello Yerlan," in body
    assert "the verdict is & remains unjust." in body
    for leaked in ("<p>", "<b>", "color: red", "alert", "&amp;"):
        assert leaked not in body
    assert result.title == "HTML only"


def test_eml_with_plain_and_html_uses_the_plain_text(extractor: Extractor) -> None:
    msg = mail()
    msg.set_content("Plain version of the appeal.")
    msg.add_alternative("<p>HTML <i>version</i> of the appeal.</p>", subtype="html")
    body = extract_bytes(extractor, "alt.eml", msg.as_bytes()).pages[0]
    assert "Plain version of the appeal." in body
    assert "HTML" not in body


def test_eml_in_russian_with_an_encoded_subject(extractor: Extractor) -> None:
    msg = mail("Срочное обращение: Мақсұтхан Назигүл")
    msg.set_content("Уважаемые коллеги, слушание назначено на понедельник.", charset="utf-8")
    data = msg.as_bytes()
    assert "Срочное".encode() not in data.split(b"\n\n", 1)[0], "the header is RFC 2047 encoded"
    result = extract_bytes(extractor, "ru.eml", data)
    assert result.title == "Срочное обращение: Мақсұтхан Назигүл"
    assert "слушание назначено на понедельник" in result.pages[0]


def test_eml_without_extension_is_recognised_and_bad_date_is_no_date(
    extractor: Extractor,
) -> None:
    msg = EmailMessage()
    msg["From"] = "a@example.org"
    msg["Subject"] = "No date"
    msg["Date"] = "sometime last week"
    msg.set_content("body")
    result = extract_bytes(extractor, "message", msg.as_bytes())
    assert result.media_type == EML
    assert result.date is None
    assert result.attachments == []


# -- the PDF sandbox ------------------------------------------------------------------------------
def test_corrupt_pdf_is_reported_and_the_reader_keeps_working(extractor: Extractor) -> None:
    garbage = b"%PDF-1.4\n" + random.Random(8).randbytes(3000)
    with pytest.raises(CorruptFile, match="PDF"):
        extract_bytes(extractor, "garbage.pdf", garbage)
    with pytest.raises(CorruptFile):
        extract_bytes(extractor, "truncated.pdf", FOUR_PAGES_PDF.read_bytes()[:4000])
    assert extractor.extract(Source.from_path(FOUR_PAGES_PDF)).page_count == 4


def test_a_pdf_that_takes_too_long_is_stopped_and_the_next_one_works() -> None:
    before = sandbox_pids()
    with Extractor(Limits(pdf_timeout_s=0.001)) as hasty:
        for _ in range(2):  # a fresh child each time, stopped again
            with pytest.raises(ResourceLimit, match="longer than"):
                hasty.extract(Source.from_path(FOUR_PAGES_PDF))
        assert sandbox_pids() - before == set(), "the stuck reader was killed"
        # other kinds of file do not need the sandbox and still work
        assert extract_bytes(hasty, "a.txt", b"still fine").pages == ["still fine"]
    with Extractor() as normal:
        assert normal.extract(Source.from_path(FOUR_PAGES_PDF)).page_count == 4
    assert sandbox_pids() - before == set(), "closing the extractor stops its reader"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS is enforced on Linux")
def test_a_pdf_reader_crash_is_one_failed_file() -> None:
    with (
        Extractor(Limits(pdf_memory_bytes=1024 * 1024)) as starved,
        pytest.raises(ResourceLimit, match="stopped"),
    ):
        starved.extract(Source.from_path(FOUR_PAGES_PDF))
    with Extractor() as normal:
        assert normal.extract(Source.from_path(FOUR_PAGES_PDF)).page_count == 4


def test_a_pdf_over_the_page_limit_is_refused(extractor: Extractor) -> None:
    with Extractor(Limits(max_pages=3)) as ex:
        with pytest.raises(ResourceLimit, match="pages"):
            ex.extract(Source.from_path(FOUR_PAGES_PDF))
        assert ex.extract(Source.from_path(MINIMAL_PDF)).page_count == 1


def test_a_capitalised_heading_takes_its_subtitle(extractor: Extractor) -> None:
    ruling = extractor.extract(
        Source.from_path(CORPUS / "text" / "court-ruling-taldykorgan-ru.txt")
    )
    assert ruling.title == "ПОСТАНОВЛЕНИЕ — о продлении срока содержания под стражей"
