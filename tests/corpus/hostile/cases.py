"""Hostile and messy PDFs for the export (tests.integration.test_export_hostile_corpus).

Each case is a few lines that build one small PDF in memory around the person
"Dauren Yessenov" / "Даурен Есенов" (registered without consent in the tests): a name
drawn where the text layer does not say it, hidden content, annotations, images with
metadata. ``CASES`` maps a case name to its builder; ``build_all(folder)`` writes them
all as files (``python -m tests.corpus.hostile.cases OUT`` to look at them).
"""

from __future__ import annotations

import io
import re
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw
from pypdf import PdfReader, PdfWriter

from tests.support.pdfgen import _FONT, PAGE_HEIGHT, PAGE_WIDTH, _Writer, pdf_text
from tests.support.unicode_pdf import make_unicode_pdf

NAME = "Dauren Yessenov"
NAME_RU = "Даурен Есенов"
PUBLIC = "The hearing was adjourned until Monday."


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    packed = zlib.compress(data, 6)
    return b"<< /Length %d /Filter /FlateDecode%s >>\nstream\n" % (len(packed), extra) + (
        packed + b"\nendstream"
    )


def _text(x: int, y: int, text: str, *, font: bytes = b"F1", size: int = 12) -> bytes:
    return b"BT /%s %d Tf %d %d Td (%s) Tj ET\n" % (font, size, x, y, pdf_text(text))


def _one_page(
    content: bytes,
    *,
    resources: Callable[[_Writer, int], bytes] | None = None,
    page_extra: Callable[[_Writer], bytes] | None = None,
    catalog_extra: Callable[[_Writer], bytes] | None = None,
) -> bytes:
    """A one-page PDF; the callbacks add resource entries (given the Helvetica object
    number), page keys and catalog keys, creating whatever objects they need."""
    w = _Writer()
    catalog = w.reserve()
    pages = w.reserve()
    helv = w.add(_FONT)
    extra_res = resources(w, helv) if resources else b""
    contents = w.add(_stream(content))
    extra_page = page_extra(w) if page_extra else b""
    page = w.add(
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 %d 0 R"
        b" >> %s >> /Contents %d 0 R %s >>"
        % (pages, PAGE_WIDTH, PAGE_HEIGHT, helv, extra_res, contents, extra_page)
    )
    w.set(pages, b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page)
    extra_cat = catalog_extra(w) if catalog_extra else b""
    w.set(catalog, b"<< /Type /Catalog /Pages %d 0 R %s >>" % (pages, extra_cat))
    return w.serialise(catalog, None)


# -- a name drawn where the text layer does not say it --------------------------------
def mojibake_1251() -> bytes:
    """A legacy 8-bit font: the page shows "Даурен Есенов", the text layer says
    "Äàóðåí Åñåíîâ" (its Windows-1251 bytes read as Latin-1)."""
    pdf = make_unicode_pdf([f"Протокол допроса. {NAME_RU} задержан.\n{PUBLIC}"])
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for font in writer.pages[0]["/Resources"]["/Font"].values():
        font = font.get_object()
        if "/ToUnicode" in font:
            cmap = font["/ToUnicode"].get_object()

            def latin1(m: re.Match[str]) -> str:
                ch = chr(int(m.group(2), 16))
                code = ch.encode("cp1251")[0] if "\u0400" <= ch <= "\u04ff" else ord(ch)
                return f"{m.group(1)} <{code:04X}>"

            data = re.sub(r"(<[0-9A-F]{2}>) <([0-9A-F]{4})>", latin1, cmap.get_data().decode())
            cmap.set_data(data.encode())
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def tiling_pattern(text: str = NAME) -> bytes:
    """The name drawn only inside a tiling pattern cell that fills a rectangle."""

    def res(w: _Writer, helv: int) -> bytes:
        cell = w.add(
            _stream(
                _text(2, 6, text, size=14),
                b" /Type /Pattern /PatternType 1 /PaintType 1 /TilingType 1"
                b" /BBox [0 0 400 24] /XStep 1000 /YStep 1000"
                b" /Resources << /Font << /F1 %d 0 R >> >> /Matrix [1 0 0 1 56 690]" % helv,
            )
        )
        return b"/Pattern << /P1 %d 0 R >>" % cell

    content = _text(56, 760, PUBLIC) + b"/Pattern cs /P1 scn 56 690 400 24 re f\n"
    return _one_page(content, resources=res)


def tiling_pattern_public() -> bytes:
    """A tiling pattern that draws harmless text: the page is still rebuilt."""
    return tiling_pattern("Court stamp: copy certified")


def soft_mask() -> bytes:
    """The name exists only as the shape of a luminosity soft mask over a black fill."""

    def res(w: _Writer, helv: int) -> bytes:
        group = w.add(
            _stream(
                b"0 g 0 0 595 842 re f 1 g " + _text(56, 700, NAME, size=16),
                b" /Type /XObject /Subtype /Form /BBox [0 0 595 842]"
                b" /Group << /S /Transparency /CS /DeviceGray >>"
                b" /Resources << /Font << /F1 %d 0 R >> >>" % helv,
            )
        )
        return b"/ExtGState << /GS1 << /SMask << /S /Luminosity /G %d 0 R >> >> >>" % group

    content = _text(56, 760, PUBLIC) + b"q /GS1 gs 0 g 40 680 500 50 re f Q\n"
    return _one_page(content, resources=res)


def letter_spaced() -> bytes:
    """The surname letter-spaced with Tc, and kerned apart with TJ."""
    tj = b" ".join(b"(%s) -900" % ch.encode() for ch in "Yessenov")
    content = (
        _text(56, 760, PUBLIC)
        + b"BT /F1 12 Tf 9 Tc 56 730 Td (Yessenov) Tj ET\n"
        + b"BT /F1 12 Tf 0 Tc 56 700 Td [%s] TJ ET\n" % tj
    )
    return _one_page(content)


def format_characters() -> bytes:
    """Soft hyphen and word joiner inside the name, mid-line."""
    return make_unicode_pdf(
        [f"Witness: Yes\u00adsenov spoke.\nЗаявление Есе\u2060нова принято.\n{PUBLIC}"]
    )


def confusables() -> bytes:
    """Cyrillic, Greek and Latin look-alikes mixed inside the name."""
    return make_unicode_pdf(
        [f"Уessenov appealed.\n{PUBLIC}", f"Yessenοv appealed.\n{PUBLIC}", "Еcенов обжаловал."]
    )


# -- hidden content ----------------------------------------------------------------
HIDDEN_NOTE = "Internal note: the source is the applicant's cousin."


def hidden_layer() -> bytes:
    """An optional-content layer that is OFF in the original."""
    ocg: list[int] = []

    def res(w: _Writer, helv: int) -> bytes:
        ocg.append(w.add(b"<< /Type /OCG /Name (Internal) >>"))
        return b"/Properties << /OC1 %d 0 R >>" % ocg[0]

    def cat(w: _Writer) -> bytes:
        return b"/OCProperties << /OCGs [%d 0 R] /D << /OFF [%d 0 R] /Order [%d 0 R] >> >>" % (
            ocg[0],
            ocg[0],
            ocg[0],
        )

    content = _text(56, 760, PUBLIC) + b"/OC /OC1 BDC\n" + _text(56, 700, HIDDEN_NOTE) + b"EMC\n"
    return _one_page(content, resources=res, catalog_extra=cat)


# -- annotations and form fields -------------------------------------------------------
STAMP = "RECEIVED 3 March 2024, entry No. 45"


def annotations() -> bytes:
    """A stamp annotation (kept visible), a free-text note naming the person, and a
    filled form field naming them too."""

    def appearance(w: _Writer, helv: int, text: str, width: int) -> int:
        return w.add(
            _stream(
                _text(4, 8, text),
                b" /Type /XObject /Subtype /Form /BBox [0 0 %d 24]"
                b" /Resources << /Font << /F1 %d 0 R >> >>" % (width, helv),
            )
        )

    def annots(w: _Writer) -> bytes:
        helv = w.add(_FONT)
        stamp = appearance(w, helv, STAMP, 300)
        note = appearance(w, helv, f"Call {NAME} back", 300)
        field = appearance(w, helv, NAME, 200)
        refs = [
            w.add(
                b"<< /Type /Annot /Subtype /Stamp /Rect [300 780 600 804] /F 4"
                b" /Contents (%s) /AP << /N %d 0 R >> >>" % (pdf_text(STAMP), stamp)
            ),
            w.add(
                b"<< /Type /Annot /Subtype /FreeText /Rect [56 600 356 624] /F 4"
                b" /Contents (%s) /DA (/Helv 12 Tf 0 g) /AP << /N %d 0 R >> >>"
                % (pdf_text(f"Call {NAME} back"), note)
            ),
            w.add(
                b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (detainee) /V (%s) /F 4"
                b" /Rect [56 500 256 524] /AP << /N %d 0 R >> >>" % (pdf_text(NAME), field)
            ),
            w.add(
                b"<< /Type /Annot /Subtype /Text /Rect [56 450 76 470] /F 2"
                b" /Contents (hidden reviewer remark) >>"
            ),
        ]
        return b"/Annots [%s]" % b" ".join(b"%d 0 R" % r for r in refs)

    return _one_page(_text(56, 760, PUBLIC), page_extra=annots)


# -- images with metadata ----------------------------------------------------------------
def _jpeg(comment: str, *, exif_artist: str = "") -> bytes:
    noise = Image.effect_noise((160, 60), 60)  # photographic: exported as JPEG again
    image = Image.merge("RGB", (noise, noise.rotate(180), noise.transpose(0)))
    ImageDraw.Draw(image).rectangle((10, 10, 150, 50), outline=(20, 20, 120), width=3)
    out = io.BytesIO()
    exif = Image.Exif()
    if exif_artist:
        exif[0x013B] = exif_artist  # Artist
    image.save(out, format="JPEG", quality=90, comment=comment.encode(), exif=exif.tobytes())
    return out.getvalue()


def jpeg_metadata() -> bytes:
    """A page with no hit whose photo carries the name in a JPEG comment and EXIF, and a
    second JPEG (with its own comment) after the end-of-image marker."""
    data = _jpeg(f"{NAME} +7 701 555 24 12", exif_artist=NAME)
    data += _jpeg(f"Trailing copy: {NAME}")

    def res(w: _Writer, helv: int) -> bytes:
        image = w.add(
            b"<< /Type /XObject /Subtype /Image /Width 160 /Height 60 /ColorSpace /DeviceRGB"
            b" /BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n"
            % len(data)
            + data
            + b"\nendstream"
        )
        return b"/XObject << /Im1 %d 0 R >>" % image

    content = _text(56, 760, PUBLIC) + b"q 320 0 0 120 56 500 cm /Im1 Do Q\n"
    return _one_page(content, resources=res)


def photo_with_comment() -> bytes:
    """A JPEG file (an image document) whose comment and EXIF name the person."""
    return _jpeg(f"Photo of {NAME}", exif_artist=NAME)


# -- not placeable -------------------------------------------------------------------
def unplaceable() -> bytes:
    """The name inside BX/EX where no extractor gives it a position."""
    content = _text(56, 760, PUBLIC) + b"BX (%s) hiddenop EX\n" % NAME.encode()
    return _one_page(content)


# -- Word -----------------------------------------------------------------------------
HIDDEN_WORD = "Source: the applicant's cousin."
FOOTNOTE = "Footnote: decision of 3 March 2024."


def word_hidden_and_notes() -> bytes:
    """Text marked hidden (w:vanish) in the body, a header, a footer and a footnote."""
    from tests.corpus.formats.generate import W_NS, _docx, _p

    def part(tag: str, inner: str) -> str:
        return f'<?xml version="1.0" encoding="UTF-8"?><w:{tag} xmlns:w="{W_NS}">{inner}</w:{tag}>'

    body = _p(f"<w:r><w:t>{PUBLIC}</w:t></w:r>") + _p(
        f"<w:r><w:rPr><w:vanish/></w:rPr><w:t>{HIDDEN_WORD}</w:t></w:r>"
        "<w:r><w:t>Visible end.</w:t></w:r>"
    )
    note = f'<w:footnote w:id="1">{_p(f"<w:r><w:t>{FOOTNOTE}</w:t></w:r>")}</w:footnote>'
    return _docx(
        {
            "word/document.xml": part("document", f"<w:body>{body}</w:body>"),
            "word/header1.xml": part("hdr", _p("<w:r><w:t>Header: Almaty bar</w:t></w:r>")),
            "word/footer1.xml": part("ftr", _p("<w:r><w:t>Footer: page</w:t></w:r>")),
            "word/footnotes.xml": part("footnotes", note),
        }
    )


CASES: dict[str, Callable[[], bytes]] = {
    "mojibake_1251.pdf": mojibake_1251,
    "tiling_pattern.pdf": tiling_pattern,
    "tiling_pattern_public.pdf": tiling_pattern_public,
    "soft_mask.pdf": soft_mask,
    "letter_spaced.pdf": letter_spaced,
    "format_characters.pdf": format_characters,
    "confusables.pdf": confusables,
    "hidden_layer.pdf": hidden_layer,
    "annotations.pdf": annotations,
    "jpeg_metadata.pdf": jpeg_metadata,
    "photo_with_comment.jpg": photo_with_comment,
    "unplaceable.pdf": unplaceable,
    "word_hidden_and_notes.docx": word_hidden_and_notes,
}


def build(name: str, folder: Path) -> Path:
    path = folder / name
    path.write_bytes(CASES[name]())
    return path


def build_all(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [build(name, folder) for name in CASES]


if __name__ == "__main__":
    for written in build_all(Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-corpus")):
        print(written)
