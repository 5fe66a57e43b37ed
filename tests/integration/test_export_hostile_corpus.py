"""The hostile corpus (tests/corpus/hostile) through a real export: every page leaves the
bundle rebuilt, a name drawn without a usable text layer is boxed or stops the export,
hidden layers stay hidden, annotations are flattened (and boxed) or listed, image
metadata is gone. Checked on what a reader gets: text layers, pixels and raw bytes."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image
from pypdf import PdfReader

from archive_app.export import ExportLeak, ExportOptions, ExportResult, ExportService
from archive_app.session import Archive
from indexing.mentions.persons import PersonMatcher
from tests.corpus.hostile import cases
from tests.support.scan import inflated

NEEDLES = [b"Yessenov", b"Dauren", "Есенов".encode(), "Yessenov".encode("utf-16-be"), b"701 555"]


def _export(archive: Archive, tmp_path: Path, case: str, **options: object) -> ExportResult:
    archive.registry.add_person(cases.NAME, aliases=[cases.NAME_RU], consent="no")
    path = cases.build(case, tmp_path)
    doc_id = archive.importer().import_paths([path]).document_ids[0]
    return ExportService(archive).export(
        ExportOptions(out=tmp_path / "bundle", ids=[doc_id], **options)  # type: ignore[arg-type]
    )


def _pdf(result: ExportResult) -> bytes:
    return next(p for p in result.path.glob("DOC-*.pdf")).read_bytes()


def _texts(data: bytes) -> list[str]:
    doc = pdfium.PdfDocument(data)
    return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]


def _raw_hits(data: bytes) -> list[bytes]:
    blobs = [data, *inflated(data)]
    return [n for n in NEEDLES for blob in blobs if n in blob]


def _image(data: bytes, index: int = 0) -> Image.Image:
    return pdfium.PdfDocument(data)[index].render(scale=1).to_pil().convert("L")


def _dark(image: Image.Image, box: tuple[int, int, int, int]) -> float:
    """Share of dark pixels in a box given in points from the top left (72 dpi render)."""
    part = image.crop(box)
    return sum(part.histogram()[:80]) / (part.width * part.height)


def _name_box(original: bytes, needle: str, index: int = 0) -> tuple[int, int, int, int]:
    """Where ``needle`` of the original's text layer is drawn (points from the top left)."""
    page = pdfium.PdfDocument(original)[index]
    textpage = page.get_textpage()
    start = textpage.get_text_range().index(needle)
    boxes = [textpage.get_charbox(i) for i in range(start, start + len(needle))]
    height = page.get_height()
    return (
        int(min(b[0] for b in boxes)) + 1,
        int(height - max(b[3] for b in boxes)) + 1,
        int(max(b[2] for b in boxes)) - 1,
        int(height - min(b[1] for b in boxes)) - 1,
    )


def _only_stamp(text: str) -> bool:
    return all(word.startswith(("DOC-", "CONFIDENTIAL")) or word.isascii() for word in text.split())


def test_mojibake_text_layer_is_read_as_windows_1251_and_boxed(
    archive: Archive, tmp_path: Path
) -> None:
    result = _export(archive, tmp_path, "mojibake_1251.pdf")
    data = _pdf(result)
    assert "Äàóðåí" not in _texts(data)[0] and "Ïðîòîêîë" not in _texts(data)[0]
    box = _name_box(cases.mojibake_1251(), "Äàóðåí Åñåíîâ")
    assert _dark(_image(data), box) > 0.5  # the drawn Cyrillic name is under a box
    assert _raw_hits(data) == []


@pytest.mark.parametrize("case", ["tiling_pattern.pdf", "soft_mask.pdf", "unplaceable.pdf"])
def test_a_name_that_cannot_be_placed_stops_the_export(
    archive: Archive, tmp_path: Path, case: str
) -> None:
    with pytest.raises(ExportLeak) as caught:
        _export(archive, tmp_path, case)
    assert "page 1" in str(caught.value) and "Yessenov" not in str(caught.value)
    assert not (tmp_path / "bundle").exists()


def test_an_unplaceable_page_is_withheld_when_the_user_agrees(
    archive: Archive, tmp_path: Path
) -> None:
    result = _export(archive, tmp_path, "tiling_pattern.pdf", withhold_unplaceable=True)
    data = _pdf(result)
    assert "PAGE WITHHELD" in _texts(data)[0]
    assert _raw_hits(data) == []
    assert any("withheld" in w for w in result.warnings)


def test_a_pattern_with_harmless_text_is_rebuilt_not_copied(
    archive: Archive, tmp_path: Path
) -> None:
    data = _pdf(_export(archive, tmp_path, "tiling_pattern_public.pdf"))
    assert b"Court stamp" not in b"".join([data, *inflated(data)])  # no pattern copied
    assert "The hearing" not in _texts(data)[0]  # rebuilt as an image


@pytest.mark.parametrize(
    ("case", "needles"),
    [
        ("letter_spaced.pdf", ["Yessenov", "Y e s s e n o v"]),
        ("format_characters.pdf", ["Yes\u00adsenov", "Есе\u2060нова"]),
    ],
)
def test_spaced_and_format_broken_names_are_boxed(
    archive: Archive, tmp_path: Path, case: str, needles: list[str]
) -> None:
    data = _pdf(_export(archive, tmp_path, case))
    text = _texts(data)[0]
    original = cases.CASES[case]()
    for needle in needles:
        assert needle not in text
        assert _dark(_image(data), _name_box(original, needle)) > 0.6, needle
    assert PersonMatcher([(1, cases.NAME)]).find(text.replace(" ", "")) == []


def test_look_alike_letters_inside_a_name_are_boxed(archive: Archive, tmp_path: Path) -> None:
    data = _pdf(_export(archive, tmp_path, "confusables.pdf"))
    original = cases.confusables()
    for index, needle in enumerate(["Уessenov", "Yessenοv", "Еcенов"]):
        assert needle not in _texts(data)[index]
        assert _dark(_image(data, index), _name_box(original, needle, index)) > 0.5, needle


def test_a_hidden_layer_stays_hidden_and_is_listed(archive: Archive, tmp_path: Path) -> None:
    result = _export(archive, tmp_path, "hidden_layer.pdf")
    data = _pdf(result)
    assert "Internal note" not in _texts(data)[0]
    assert b"Internal note" not in b"".join([data, *inflated(data)])
    box = _name_box(cases.hidden_layer(), "Internal note")
    assert _dark(_image(data), box) == 0  # not drawn at all
    assert any("hidden layer" in w for w in result.warnings)


def test_annotations_are_flattened_boxed_or_listed(archive: Archive, tmp_path: Path) -> None:
    result = _export(archive, tmp_path, "annotations.pdf")
    data = _pdf(result)
    image = _image(data)
    assert 0.005 < _dark(image, (300, 842 - 804, 600, 842 - 780)) < 0.5  # the stamp is visible
    assert _dark(image, (60, 842 - 622, 200, 842 - 602)) > 0.5  # "Call <name> back" boxed
    assert _dark(image, (60, 842 - 522, 140, 842 - 502)) > 0.5  # the field value boxed
    assert "/Annots" not in PdfReader(io.BytesIO(data)).pages[0]
    assert _raw_hits(data) == []
    assert any("annotation" in w and "withheld" in w for w in result.warnings)


def test_image_metadata_and_trailing_data_are_gone(archive: Archive, tmp_path: Path) -> None:
    data = _pdf(_export(archive, tmp_path, "jpeg_metadata.pdf"))
    assert _raw_hits(data) == []
    assert data.count(b"\xff\xd8\xff") <= 1  # one JPEG, the trailing one dropped
    assert b"Exif" not in data and b"Trailing" not in data


def test_a_photo_with_a_comment_exports_without_it(archive: Archive, tmp_path: Path) -> None:
    result = _export(archive, tmp_path, "photo_with_comment.jpg")
    data = _pdf(result)
    assert _raw_hits(data) == []
    assert b"Photo of" not in data


def test_kept_pages_are_rewritten_from_a_clean_content_stream(
    archive: Archive, tmp_path: Path
) -> None:
    """A page with nothing to redact keeps its text, re-serialised (a comment and junk in
    the original content stream do not cross)."""
    content = b"% author: Dauren Yessenov\n" + cases._text(56, 760, cases.PUBLIC)
    path = tmp_path / "commented.pdf"
    path.write_bytes(cases._one_page(content))
    archive.registry.add_person(cases.NAME, consent="no")
    doc_id = archive.importer().import_paths([path]).document_ids[0]
    result = ExportService(archive).export(ExportOptions(out=tmp_path / "bundle", ids=[doc_id]))
    data = _pdf(result)
    assert cases.PUBLIC in _texts(data)[0]
    assert _raw_hits(data) == []


def test_word_hidden_text_stays_out_and_notes_headers_footers_are_exported(
    archive: Archive, tmp_path: Path
) -> None:
    result = _export(archive, tmp_path, "word_hidden_and_notes.docx")
    text = " ".join(" ".join(_texts(_pdf(result))).split())
    assert "cousin" not in text
    assert "Visible end." in text and cases.PUBLIC in text
    for kept in ("Header: Almaty bar", "Footer: page", cases.FOOTNOTE):
        assert kept in text, kept
    assert any("hidden" in w for w in result.warnings)
