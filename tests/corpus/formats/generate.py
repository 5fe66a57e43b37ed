# ruff: noqa: E501  (byte-exact test files read better on one line)
"""Writes the generated part of the format corpus (files named ``gen-*``).

Real files from other projects' test suites cover MIME structure, Word story
parts and PDF forms; what they lack (Cyrillic and Kazakh charsets, undeclared
or wrong labels, raw 8-bit headers, digests, shared attachments, tracked
changes, a font without a Unicode map) is written here, byte for byte the way
mail clients and writers produce it. Run ``python tests/corpus/formats/generate.py``
to rewrite them; the output is deterministic and committed.
"""

from __future__ import annotations

import base64
import io
import sys
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.support.pdfgen import make_pdf  # noqa: E402

RU_BODY = (
    "Уважаемые коллеги! Сообщаем, что апелляционная жалоба по делу Ерлана Сейткали "
    "подана в Талдыкорганский городской суд. Заседание назначено на пятницу. "
)
UK_BODY = "Шановні колеги! Скаргу щодо затримання подано сьогодні; її розгляне суд у п'ятницю. "
KK_BODY = "Құрметті әріптестер! Сейткали Ерланның шағымы Талдықорған қалалық сотына берілді. "


def _mail(headers: list[tuple[str, str]], body: bytes) -> bytes:
    head = "".join(f"{k}: {v}\r\n" for k, v in headers).encode("ascii")
    return head + b"\r\n" + body


def _b(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


BASE = [
    ("Return-Path", "<dana@example.org>"),
    ("Received", "from mail.example.org by mx.example.org; Tue, 03 Feb 2026 10:15:00 +0600"),
    ("Message-ID", "<{id}@example.org>"),
    ("MIME-Version", "1.0"),
    ("Date", "Tue, 03 Feb 2026 10:15:00 +0600"),
]


def base(msg_id: str, **extra: str) -> list[tuple[str, str]]:
    headers = [(k, v.format(id=msg_id)) for k, v in BASE]
    return headers + [(k.replace("_", "-"), v) for k, v in extra.items()]


def koi8_undeclared() -> bytes:
    """KOI8-U body and no charset at all (an old Ukrainian mail client)."""
    subject = "=?koi8-u?B?" + base64.b64encode("Скарга подана".encode("koi8-u")).decode() + "?="
    headers = base(
        "koi8",
        From="Oksana <oksana@example.org>",
        To="dana@example.org",
        Subject=subject,
        Content_Type="text/plain",
        Content_Transfer_Encoding="8bit",
    )
    return _mail(headers, (UK_BODY + RU_BODY).encode("koi8-u").replace(b"\n", b"\r\n"))


def html_with_empty_plain() -> bytes:
    """A Windows-1251 HTML body beside an empty text/plain alternative and an empty
    trailing text/plain part: the HTML is the only text."""
    paragraphs = "".join(f"<p>{RU_BODY} Абзац {n}.</p>\r\n" for n in range(1, 120))
    html = (
        "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1251'>"
        "<title>Жалоба</title><style>p {color: black}</style>"
        "<script>document.write('никогда')</script></head><body>"
        f"<h1>Апелляционная жалоба</h1>{paragraphs}"
        "<img src='http://tracker.example.net/pixel.gif'></body></html>"
    ).encode("cp1251")
    body = (
        b"--outer\r\nContent-Type: multipart/alternative; boundary=alt\r\n\r\n"
        b"--alt\r\nContent-Type: text/plain; charset=windows-1251\r\n\r\n\r\n"
        b"--alt\r\nContent-Type: text/html; charset=windows-1251\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\n" + html + b"\r\n--alt--\r\n"
        b"--outer\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n\r\n--outer--\r\n"
    )
    headers = base(
        "html1251",
        From="=?windows-1251?B?"
        + base64.b64encode("Дана Абдрахманова".encode("cp1251")).decode()
        + "?= <dana@example.org>",
        To="urgent-action@example.org",
        Subject="=?windows-1251?Q?"
        + "".join(f"={b:02X}" for b in "Жалоба подана".encode("cp1251"))
        + "?=",
        Content_Type='multipart/mixed; boundary="outer"',
    )
    return _mail(headers, body)


def raw_latin1_headers() -> bytes:
    """Raw 8-bit Latin-1 in the headers, Windows-1252 body labelled us-ascii."""
    head = (
        "Return-Path: <jm@example.de>\r\nReceived: from mx.example.de; Mon, 2 Feb 2026 09:00:00"
        " +0100\r\nMessage-ID: <latin1@example.de>\r\nMIME-Version: 1.0\r\n"
        "From: Jürgen Müller <jm@example.de>\r\nTo: Zoë Brontë <zb@example.org>\r\n"
        "Subject: Überstellung nach Köln\r\nDate: Mon, 2 Feb 2026 09:00:00 +0100\r\n"
        "Content-Type: text/plain; charset=us-ascii\r\n\r\n"
    ).encode("latin-1")
    body = "Sehr geehrte Frau Brontë, die Überstellung ist für Donnerstag geplant. Grüße\r\n"
    return head + body.encode("cp1252")


def wrong_label() -> bytes:
    """A Windows-1251 Russian body labelled ISO-8859-1 (a misconfigured web mailer)."""
    headers = base(
        "wronglabel",
        From="court@example.kz",
        To="dana@example.org",
        Subject="Notification",
        Content_Type="text/plain; charset=iso-8859-1",
        Content_Transfer_Encoding="8bit",
    )
    return _mail(headers, RU_BODY.encode("cp1251"))


def gb2312_label() -> bytes:
    """A ``gb2312`` label on text with characters only GBK/GB18030 has (镕, 赟)."""
    text = "朱镕基与王赟今天向法院提交了上诉。"
    headers = base(
        "gb",
        From="li@example.cn",
        To="dana@example.org",
        Subject="=?gb2312?B?" + base64.b64encode("上诉 朱镕基".encode("gb18030")).decode() + "?=",
        Content_Type="text/plain; charset=gb2312",
        Content_Transfer_Encoding="base64",
    )
    return _mail(headers, base64.b64encode(text.encode("gb18030")) + b"\r\n")


def kazakh_undeclared() -> bytes:
    """Kazakh in KZ-1048 (the Windows code page for Kazakh), no label."""
    headers = base(
        "kz",
        From="lawyer@example.kz",
        To="dana@example.org",
        Subject="Shagym",
        Content_Type="text/plain",
        Content_Transfer_Encoding="8bit",
    )
    return _mail(headers, KK_BODY.encode("kz1048"))


SHARED_PDF = make_pdf(["Medical certificate 17/2026: bruising consistent with beating."])


def _pdf_part(name: str) -> bytes:
    encoded = base64.encodebytes(SHARED_PDF).replace(b"\n", b"\r\n")
    return (
        f"Content-Type: application/pdf; name={name}\r\n"
        f"Content-Disposition: attachment; filename={name}\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n"
    ).encode() + encoded


def forwarded() -> bytes:
    """A forward: a message/rfc822 part with its own From/To/Date, carrying a PDF."""
    inner = _mail(
        [
            ("From", "Asel Nurpeisova <asel@example.kz>"),
            ("To", "dana@example.org"),
            ("Date", "Fri, 23 Jan 2026 18:02:00 +0600"),
            ("Subject", "=?utf-8?B?" + _b("Справка из больницы") + "?="),
            ("Message-ID", "<inner@example.kz>"),
            ("MIME-Version", "1.0"),
            ("Content-Type", 'multipart/mixed; boundary="in"'),
        ],
        b"--in\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + _b("Высылаю справку о побоях, полученную в больнице Талдыкоргана.").encode()
        + b"\r\n--in\r\n"
        + _pdf_part("certificate.pdf")
        + b"\r\n--in--\r\n",
    )
    body = (
        b"--fw\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nForwarding Asel's message.\r\n"
        b"--fw\r\nContent-Type: message/rfc822\r\nContent-Disposition: inline\r\n\r\n"
        + inner
        + b"\r\n--fw--\r\n"
    )
    headers = base(
        "fwd",
        From="dana@example.org",
        To="urgent-action@example.org",
        Subject="Fwd: medical certificate",
        Content_Type='multipart/mixed; boundary="fw"',
    )
    return _mail(headers, body)


def second_with_same_attachment() -> bytes:
    """A second e-mail carrying the very same PDF: it must be linked, not lost."""
    body = (
        b"--s\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThe certificate again, for the"
        b" WGAD file.\r\n--s\r\n" + _pdf_part("certificate-copy.pdf") + b"\r\n--s--\r\n"
    )
    headers = base(
        "same",
        From="dana@example.org",
        To="wgad-desk@example.org",
        Subject="Certificate for the WGAD file",
        Content_Type='multipart/mixed; boundary="s"',
    )
    return _mail(headers, body)


def digest() -> bytes:
    """A multipart/digest: each part is a message of its own (default type message/rfc822)."""
    one = _mail(
        [
            ("From", "a@example.org"),
            ("Subject", "Digest item one"),
            ("Date", "1 Feb 2026 10:00 +0000"),
        ],
        b"Monitoring note: the hearing was closed to observers.\r\n",
    )
    two = _mail(
        [
            ("From", "b@example.org"),
            ("Subject", "=?utf-8?B?" + _b("Пункт второй") + "?="),
            ("Content-Type", "text/plain; charset=utf-8"),
            ("Content-Transfer-Encoding", "base64"),
        ],
        _b("Наблюдателей не пустили в зал суда.").encode() + b"\r\n",
    )
    body = b"--d\r\n\r\n" + one + b"\r\n--d\r\n\r\n" + two + b"\r\n--d--\r\n"
    headers = base(
        "digest",
        From="list@example.org",
        To="dana@example.org",
        Subject="Monitoring digest, vol 3",
        Content_Type='multipart/digest; boundary="d"',
    )
    return _mail(headers, body)


def mbox() -> bytes:
    """Three messages; the second answers the first, the third the second."""
    messages = []
    for n, (subject, reply_to, text) in enumerate(
        [
            ("Visit to SIZO", "", "Can anyone visit Seitkali on Monday?"),
            ("Re: Visit to SIZO", "<m1@example.org>", "I can go on Monday morning."),
            ("Re: Visit to SIZO", "<m2@example.org>", "From the visit: he was moved to cell 14."),
        ],
        start=1,
    ):
        headers = [
            ("From", f"person{n}@example.org"),
            ("Subject", subject),
            ("Date", f"Mon, {n} Feb 2026 10:00:00 +0000"),
            ("Message-ID", f"<m{n}@example.org>"),
        ]
        if reply_to:
            headers.append(("In-Reply-To", reply_to))
        body = text + "\n>From the archive: quoted line.\n"
        messages.append(
            f"From person{n}@example.org Mon Feb  {n} 10:00:00 2026\n".encode()
            + _mail(headers, body.encode()).replace(b"\r\n", b"\n")
            + b"\n"
        )
    return b"".join(messages)


def html_page() -> bytes:
    return (
        "<!DOCTYPE html><html><head><meta charset='windows-1251'><title>Решение суда</title>"
        "<link rel='stylesheet' href='http://example.net/style.css'></head><body>"
        f"<h1>Решение</h1><p>{RU_BODY}</p><table><tr><td>Дело</td><td>2-174/2026</td></tr>"
        "</table></body></html>"
    ).encode("cp1251")


# -- Word -----------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CT = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)


def _docx(parts: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, xml in {"[Content_Types].xml": _CT, **parts}.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 2, 3, 10, 0, 0))
            zf.writestr(info, xml)
    return out.getvalue()


def _p(inner: str) -> str:
    return f"<w:p>{inner}</w:p>"


def tracked_changes_docx() -> bytes:
    """Tracked insertions and deletions, a Russian header and footer."""
    body = _p("<w:r><w:t>Заявление защитника.</w:t></w:r>") + _p(
        '<w:r><w:t xml:space="preserve">Подзащитный был </w:t></w:r>'
        '<w:del w:id="1" w:author="Dana"><w:r><w:delText>избит</w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="Dana"><w:r><w:t>задержан без ордера</w:t></w:r></w:ins>'
    )
    doc = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    header = f'<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="{W_NS}">{_p("<w:r><w:t>Конфиденциально: адвокатская тайна</w:t></w:r>")}</w:hdr>'
    footer = f'<?xml version="1.0" encoding="UTF-8"?><w:ftr xmlns:w="{W_NS}">{_p("<w:r><w:t>Алматы, 2026</w:t></w:r>")}</w:ftr>'
    return _docx({"word/document.xml": doc, "word/header1.xml": header, "word/footer1.xml": footer})


# -- PDF ------------------------------------------------------------------------------
def unmapped_font_pdf() -> bytes:
    """A page drawn with a Type 3 font that has no ToUnicode map: PDFium reads control
    characters. Glyphs are little squares, so a reader sees marks but no text layer."""
    glyph = b"0 0 d0 0 0 500 500 re f"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        None,
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 500 500] /FontMatrix [0.001 0 0 0.001 0 0]"
        b" /CharProcs << /g 6 0 R >> /Encoding << /Type /Encoding /Differences [1 /g 2 /g 3 /g 4 /g 5 /g 6 /g 7 /g 8 /g] >>"
        b" /FirstChar 1 /LastChar 8 /Widths [600 600 600 600 600 600 600 600] >>",
        None,
    ]
    line = bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 6
    escaped = b"".join(b"\\%03o" % c for c in line)
    content = b"BT /F1 12 Tf 56 780 Td (" + escaped + b") Tj 0 -16 Td (" + escaped + b") Tj ET"
    streams = {4: content, 6: glyph}
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        if number in streams:
            data = zlib.compress(streams[number])
            body = (
                b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data)
                + data
                + b"\nendstream"
            )
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def hyphenated_pdf() -> bytes:
    """Soft hyphens (U+00AD, WinAnsi 0xAD) at line ends, as word processors export them."""
    return make_pdf(
        [
            "The applicant was held incommu\u00ad\nnicado for eleven days and his law\u00ad\n"
            "yer was refused access to the investigation file."
        ],
        title="Hyphenated statement",
    )


FILES = {
    "mail/gen-koi8u-undeclared.eml": koi8_undeclared,
    "mail/gen-html-cp1251-empty-plain.eml": html_with_empty_plain,
    "mail/gen-raw-latin1-headers.eml": raw_latin1_headers,
    "mail/gen-wrong-label-cp1251.eml": wrong_label,
    "mail/gen-gb2312-label.eml": gb2312_label,
    "mail/gen-kazakh-undeclared.eml": kazakh_undeclared,
    "mail/gen-forwarded-with-pdf.eml": forwarded,
    "mail/gen-same-pdf-again.eml": second_with_same_attachment,
    "mail/gen-digest.eml": digest,
    "mail/gen-thread.mbox": mbox,
    "html/gen-ruling-cp1251.html": html_page,
    "docx/gen-tracked-changes-ru.docx": tracked_changes_docx,
    "pdf/gen-type3-no-unicode.pdf": unmapped_font_pdf,
    "pdf/gen-soft-hyphens.pdf": hyphenated_pdf,
}


def main() -> None:
    for name, make in FILES.items():
        (HERE / name).write_bytes(make())
    # An Outlook message saved under an e-mail name.
    (HERE / "mail" / "gen-outlook-renamed.eml").write_bytes(
        (HERE / "msg" / "msg-extractor-strangeDate.msg").read_bytes()
    )


if __name__ == "__main__":
    main()
