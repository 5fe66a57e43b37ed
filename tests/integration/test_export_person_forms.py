"""A person without consent leaves the bundle in every form the mention engine knows -
Russian and Kazakh cases, initials, patronymic, Latin spellings, a word broken at a line
end, an e-mail address - while a bystander who shares the first name stays readable.
Checked on what a reader of the bundle gets: pdftotext of every output PDF."""

from __future__ import annotations

import csv
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from pypdf import PdfReader

from archive_app.export import ExportOptions, ExportService, verify_bundle
from archive_app.session import Archive
from indexing.mentions.persons import PersonMatcher
from tests.support.unicode_pdf import make_unicode_pdf

PDF_PAGES = [
    "Protocol. Detained: Yessenov Dauren Bolatovich. Witness: Dauren Akhmetov, neighbour.",
    "Допрос Есенова Даурена Болатовича. Понятой Даурен Ахметов подписал.",
    "Д. Б. Есенов отказался. Contact: d.yessenov@example.kz",
    "Сот шешімі: Есеновке 5 жыл. Даурен Ахметовтің куәлігі қабылданды.\nЗащитник Есе-\nнова.",
]
NOTE = (
    "Хат: Есеновтің адвокаты Даурен Ахметовпен сөйлесті. Есенов Д.Б. ұсталды.\n"
    "Защита Есе-\nнова обжалует. Mr Yessenoff's appeal. Dauren Akhmetov was present.\n"
)
FORMS = ("Yessenov", "Есенов", "Болатович", "Bolatovich", "yessenov@", "Yessenoff", "Есе-")
BYSTANDER = ("Dauren Akhmetov", "Даурен Ахметовпен")


def _pdftotext(path: Path) -> str:
    if shutil.which("pdftotext"):
        out = subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True
        )
        return out.stdout.decode("utf-8", "replace")
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


@pytest.fixture
def bundle(archive: Archive, tmp_path: Path) -> Path:
    archive.registry.add_person("Dauren Yessenov", role="defender", consent="no")
    pdf = tmp_path / "protocol.pdf"
    pdf.write_bytes(make_unicode_pdf(PDF_PAGES))
    note = tmp_path / "note.txt"
    note.write_text(NOTE, encoding="utf-8")
    report = archive.importer().import_paths([pdf, note])
    options = ExportOptions(out=tmp_path / "bundle", ids=report.document_ids)
    return ExportService(archive).export(options).path


def test_every_form_of_the_person_is_gone_and_the_bystander_stays(bundle: Path) -> None:
    text = "\n".join(_pdftotext(p) for p in sorted(bundle.glob("*.pdf")))
    flat = " ".join(text.split())
    for form in FORMS:
        assert form.casefold() not in flat.casefold(), form
    assert PersonMatcher([(1, "Dauren Yessenov")]).find(flat) == []  # no form at all
    for name in BYSTANDER:  # the typeset note keeps its text: the neighbour is readable
        assert name in flat, name


def test_each_rebuilt_page_boxes_the_person_and_not_the_bystander(bundle: Path) -> None:
    """The PDF's pages are rebuilt as images; the log has one line per box burned in: one
    per mention of the person (the whole name span, one box per line), none for the
    neighbour."""
    with (bundle / "redaction-log.csv").open(encoding="utf-8") as log:
        rows = list(csv.DictReader(log))
    boxes = Counter(row["bates_page"] for row in rows)
    assert boxes["DOC-000001"] == 1  # "Yessenov Dauren Bolatovich", not "Dauren Akhmetov"
    assert boxes["DOC-000002"] == 1  # "Есенова Даурена Болатовича", not "Даурен Ахметов"
    assert boxes["DOC-000003"] == 2  # "Д. Б. Есенов" and the e-mail address
    assert boxes["DOC-000004"] == 3  # Есеновке, and Есе-/нова (one name, a box per line)


def test_the_bundle_verifies_against_the_person_in_any_form(bundle: Path) -> None:
    assert verify_bundle(bundle, terms=[], persons=[["Даурен Есенов"]]).ok
