"""Saved redactions (schema 6): a review survives closing the archive, persons without consent
are proposed, the preview shows boxes, and the audit log never holds redacted text."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from archive_app.export import RedactionInvalid, RedactionService
from archive_app.session import Archive
from archive_app.settings import Settings
from storage.errors import NotFound
from tests.conftest import PASSPHRASE
from tests.support.pdfgen import make_pdf

SECRET = "Nazigul Maksutkhan"


@pytest.fixture
def doc_id(archive: Archive, tmp_path: Path) -> int:
    archive.registry.add_person(
        SECRET, aliases=["Назигуль Максутхан", "Нәзигүл Мақсұтхан"], role="defender", consent="no"
    )
    archive.registry.add_person("Bolat Nurlanuly", role="witness", consent="no")
    archive.registry.add_person("Dana Abdrakhmanova", role="lawyer", consent="yes")
    path = tmp_path / "statement.pdf"
    path.write_bytes(
        make_pdf(
            [
                "Statement given by Nazigul Maqsutqan in Taldykorgan about the search.",
                "Second page without names; the lawyer Dana Abdrakhmanova signed.",
            ]
        )
    )
    return archive.importer().import_paths([path]).document_ids[0]


def test_redactions_are_kept_in_the_archive_until_removed(
    archive: Archive, doc_id: int, tmp_path: Path
) -> None:
    review = RedactionService(archive)
    term = review.add_term(doc_id, "Taldykorgan", "SECURITY")
    review.add_person(doc_id, "Назигуль Максутхан")
    review.add_pattern(doc_id, "phone", "pii-witness")
    review.add_rect(doc_id, 2, (0.1, 0.1, 0.5, 0.2), "MEDICAL")
    review.withhold_page(doc_id, 2, "SOURCE-CONF")
    archive.close()
    with Archive.open(tmp_path / "case.archive", PASSPHRASE, Settings(actor="tester")) as again:
        review = RedactionService(again)
        saved = review.saved(doc_id)
        assert [r.kind for r in saved] == ["term", "person", "pattern", "rect", "page"]
        assert saved[1].reason == "PII-VICTIM"  # a defender: victim, not witness
        assert saved[2].reason == "PII-WITNESS"
        assert saved[3].box == (0.1, 0.1, 0.5, 0.2)
        rules = review.rules_for(doc_id)
        assert {t.text for t in rules.terms} >= {"Taldykorgan", "Bolat Nurlanuly"}
        names = {name for person in rules.persons for name in person.names}
        assert {"Назигуль Максутхан", "Bolat Nurlanuly"} <= names  # found by the mention engine
        review.remove(term.id)
        assert len(review.saved(doc_id)) == 4
        assert review.clear(doc_id) == 4
        assert review.saved(doc_id) == []
        details = [e.details for e in again.maintenance.log() if e.action.startswith("redaction")]
        assert details and all("Taldykorgan" not in str(d) for d in details)


def test_bad_redactions_are_refused_with_a_clear_message(archive: Archive, doc_id: int) -> None:
    review = RedactionService(archive)
    with pytest.raises(RedactionInvalid, match="unknown reason code"):
        review.add_term(doc_id, "x", "SECRET")
    with pytest.raises(RedactionInvalid, match="no page 9"):
        review.withhold_page(doc_id, 9, "SECURITY")
    with pytest.raises(RedactionInvalid, match="unknown pattern"):
        review.add_pattern(doc_id, "passport-ish", "SECURITY")
    with pytest.raises(Exception, match="fractions of the page"):
        review.add_rect(doc_id, 1, (0.5, 0.5, 0.2, 0.9), "SECURITY")
    with pytest.raises(NotFound):
        review.add_term(999, "x", "SECURITY")


def test_persons_without_consent_are_proposed_once(archive: Archive, doc_id: int) -> None:
    review = RedactionService(archive)
    proposals = review.propose(doc_id)
    assert [(p.name, p.reason, p.mentions) for p in proposals] == [(SECRET, "PII-VICTIM", 1)]
    review.add_person(doc_id, str(proposals[0].person_id))
    assert review.propose(doc_id) == []


def test_preview_shows_burned_boxes_and_keeps_clean_pages(archive: Archive, doc_id: int) -> None:
    review = RedactionService(archive)
    first, second = review.preview(doc_id, dpi=72)
    image = Image.open(io.BytesIO(first)).convert("L")
    clean = Image.open(io.BytesIO(second)).convert("L")
    # A black box sits on the first line (where the name was); the clean page has none.
    assert sum(image.crop((0, 60, image.width, 85)).histogram()[:40]) > 1000
    assert sum(clean.crop((0, 60, clean.width, 85)).histogram()[:40]) < 300
    assert len(review.preview(doc_id, pages=[2], dpi=50)) == 1


def test_a_password_protected_pdf_stops_the_export_before_any_page_is_rendered(
    archive: Archive, doc_id: int, tmp_path: Path, corpus: Path
) -> None:
    """Said at once, naming the document, instead of after the pages before it were
    rendered (the export cannot read it); nothing is written; the message is translated."""
    from archive_app.error_messages import explain
    from archive_app.export import ExportError, ExportOptions

    locked = archive.importer().import_paths([corpus / "pdf" / "libreoffice-writer-password.pdf"])
    locked_id = locked.document_ids[0]
    seen: list[object] = []
    out = tmp_path / "bundle"
    with pytest.raises(ExportError) as stopped:
        archive.exports.export(
            ExportOptions(out=out, ids=[doc_id, locked_id]), progress=seen.append
        )
    message = str(stopped.value)
    assert f"#{locked_id}" in message and f"#{doc_id}" not in message
    assert "password-protected" in message
    assert seen == [] and not out.exists()
    assert list(tmp_path.glob("bundle*")) == []
    template, values = explain(stopped.value) or ("", {})
    assert template.startswith("Password-protected PDF") and values == {"ids": f"#{locked_id}"}
