"""The pieces of issue 10 that need no PDF: readings of garbled text layers, box width
classes, JPEG cleaning, and words that are names left alone."""

from __future__ import annotations

import io

from PIL import Image

from archive_app.export.detect import Detector
from archive_app.export.model import PersonRule, RedactionSet
from archive_app.export.raster import WIDTH_CLASS, merge_boxes, width_class
from archive_app.export.readings import looks_mojibake, looks_unusable
from archive_app.export.scrub import clean_jpeg

PERSONS = RedactionSet(
    persons=[
        PersonRule(("Dauren Yessenov", "Даурен Есенов"), "PII-VICTIM"),
        PersonRule(("Erkin Azatov", "Еркін Азатов"), "PII-VICTIM"),
        PersonRule(("Azat Nurlanov", "Азат Нурланов"), "PII-VICTIM"),
    ]
)


def _found(text: str) -> list[str]:
    return [text[h.start : h.end] for h in Detector(PERSONS).hits(text)]


def test_legacy_cyrillic_read_as_latin1_is_found_in_place() -> None:
    text = "Ïðîòîêîë äîïðîñà. Äàóðåí Åñåíîâ çàäåðæàí."
    assert looks_mojibake(text)
    assert _found(text) == ["Äàóðåí Åñåíîâ"]
    assert not looks_mojibake("Café Müller, Zürich; Ålesund, São Paulo.")


def test_spaced_letters_and_hyphen_split_names_are_found() -> None:
    assert _found("Witness Y e s s e n o v spoke.") == ["Y e s s e n o v"]
    assert _found("Witness Yes-senov spoke.") == ["Yes-senov"]
    assert _found("Kassym-Jomart Tokayev spoke.") == []


def test_words_that_share_a_given_name_stay() -> None:
    assert _found("Бейбіт жиналыс еркіндігі шектелді.") == []
    assert _found("Азаттық радиосы хабарлады.") == []
    assert _found("Azat Nurlanov listened to Азаттық радиосы.") == ["Azat Nurlanov"]


def test_unusable_text_layers_are_told_apart() -> None:
    assert looks_unusable("\ufffd\ufffd\ufffd \ue001\ue002\ue003\ue004 \ufffd\ufffd")
    assert not looks_unusable("An ordinary sentence of the ruling.")


def test_box_widths_fall_into_classes() -> None:
    page = 600.0
    widths = set()
    for points in (31.0, 40.0, 47.0):  # names of different lengths...
        x0, _, x1, _ = width_class((0.3, 0.1, 0.3 + points / page, 0.12), page)
        widths.add(round((x1 - x0) * page, 6))
    assert widths == {WIDTH_CLASS}  # ...give boxes of one width
    x0, _, x1, _ = width_class((0.99, 0.1, 0.999, 0.12), page)
    assert x1 <= 1.0 and round((x1 - x0) * page, 6) == WIDTH_CLASS  # kept on the page


def test_merged_boxes_are_counted_once() -> None:
    boxes = [
        ((0.1, 0.1, 0.3, 0.2), "a"),
        ((0.25, 0.1, 0.5, 0.2), "b"),
        ((0.45, 0.15, 0.6, 0.3), "c"),
    ]
    assert merge_boxes(boxes) == [((0.1, 0.1, 0.6, 0.3), "a")]


def test_a_jpeg_is_cleaned_to_what_decoding_needs() -> None:
    image = Image.effect_noise((64, 32), 50)
    out = io.BytesIO()
    exif = Image.Exif()
    exif[0x013B] = "Dauren Yessenov"
    image.save(out, format="JPEG", comment=b"Yessenov phone", exif=exif.tobytes())
    data = out.getvalue() + b"\xff\xd8\xff\xfe\x00\x08trail\xff\xd9"
    cleaned = clean_jpeg(data)
    assert cleaned is not None
    assert b"Yessenov" not in cleaned and b"trail" not in cleaned and b"Exif" not in cleaned
    assert cleaned.endswith(b"\xff\xd9") and cleaned.count(b"\xff\xd8") == 1
    assert Image.open(io.BytesIO(cleaned)).tobytes() == Image.open(io.BytesIO(data)).tobytes()
    assert clean_jpeg(b"not a jpeg") is None
