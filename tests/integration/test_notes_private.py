"""Notes on documents are the lawyer's own work (issue 14): an export bundle never carries
them (pages, cover sheet and index, MANIFEST, redaction log, checksums); a case package
carries them with the case's documents (and only those), and a merge adds each note once,
with its author and date, taking a later edit."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from archive_app.export import ExportOptions
from archive_app.notes import NoteService
from archive_app.session import Archive
from archive_app.settings import Settings
from storage import audit
from tests.support.pdfgen import make_pdf

CANARIES = ("Quokkanote", "Квокказаметка", "unreliable witness")
NOTE = "Quokkanote: Квокказаметка. Between us: an unreliable witness."


def _pdf_text(data: bytes) -> str:
    doc = pdfium.PdfDocument(data)
    return " ".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))


def _leaks(out: Path) -> list[str]:
    found = []
    for item in sorted(out.rglob("*")):
        if not item.is_file():
            continue
        raw = item.read_bytes()
        texts = [raw.decode("latin-1"), raw.decode("utf-8", "ignore")]
        texts += [raw.decode("utf-16-be", "ignore"), raw.decode("utf-16-le", "ignore")]
        if item.suffix == ".pdf":
            texts.append(_pdf_text(raw))
        found += [f"{item.name}: {c}" for c in CANARIES if any(c in t for t in texts)]
    return found


@pytest.fixture
def noted(archive: Archive, tmp_path: Path) -> list[int]:
    pdf = tmp_path / "ruling.pdf"
    pdf.write_bytes(make_pdf(["Ruling page one.", "Ruling page two."], title="Ruling"))
    text = tmp_path / "letter.txt"
    text.write_text("A letter from the embassy about the hearing.", encoding="utf-8")
    ids = archive.importer().import_paths([pdf, text]).document_ids
    for doc_id in ids:
        NoteService(archive).add(doc_id, NOTE)
    return ids


def test_an_export_bundle_never_carries_notes(
    archive: Archive, noted: list[int], tmp_path: Path
) -> None:
    out = tmp_path / "bundle"
    result = archive.exports.export(ExportOptions(out=out, ids=noted, prefix="N-"))
    assert result.documents == 2 and (out / "MANIFEST.json").exists()
    assert _leaks(out) == []
    entry = archive.maintenance.log(action="export.bundle")[-1]
    assert not [c for c in CANARIES if c in str(entry.details)]


def test_the_leak_scan_sees_a_planted_canary(tmp_path: Path) -> None:
    folder = tmp_path / "planted"
    folder.mkdir()
    (folder / "x.pdf").write_bytes(make_pdf([NOTE]))
    assert _leaks(folder)


# -- case packages: notes travel with the case, as the lawyers' work ---------------------------
def test_notes_travel_with_a_case_package_and_merge_once(tmp_path: Path) -> None:
    from tests.integration.test_packages import PASS, _import, _merge, _share

    alice, _ = Archive.create(tmp_path / "alice.archive", PASS, Settings(actor="alice"))
    bob, _ = Archive.create(tmp_path / "bob.archive", PASS, Settings(actor="bob"))
    with alice, bob:
        case_doc, other_doc = _import(
            alice,
            tmp_path / "in",
            {"appeal.txt": "Urgent appeal, Article 174(2).", "other.txt": "Another case."},
        )
        alice.registry.add_case("Atajurt 19")
        alice.tags.tag([case_doc], cases=["Atajurt 19"])
        kept = NoteService(alice).add(case_doc, "Ask the client about the March hearing")
        NoteService(alice).add(other_doc, "Quokkanote on a document that stays home")

        _merge(bob, _share(alice, tmp_path / "p1.package"))
        [doc] = bob.documents.all()
        [note] = NoteService(bob).list(doc.id)
        assert (note.author, note.created_at, note.text) == (
            "alice",
            kept.created_at,
            "Ask the client about the March hearing",
        )
        assert "note.merge" in [e.action for e in audit.entries(bob.db)]
        assert all("Quokkanote" not in n.text for n in NoteService(bob).list(doc.id))

        # the same package again adds nothing; a later edit of the note arrives
        _merge(bob, _share(alice, tmp_path / "p1.package"))
        assert len(NoteService(bob).list(doc.id)) == 1
        NoteService(alice).edit(kept.id, "The hearing was on 14 March")
        NoteService(bob).add(doc.id, "Bob's own remark")
        plan, _report = _merge(bob, _share(alice, tmp_path / "p2.package"))
        assert not plan.empty  # only a note changed: the merge is not skipped as empty
        assert [d.notes for d in plan.updated_documents] == [1]
        texts = [n.text for n in NoteService(bob).list(doc.id)]
        assert texts == ["The hearing was on 14 March", "Bob's own remark"]


def test_an_export_chosen_by_a_word_of_a_note_carries_the_document_not_the_note(
    archive: Archive, noted: list[int], tmp_path: Path
) -> None:
    out = tmp_path / "by-query"
    result = archive.exports.export(ExportOptions(out=out, query="Quokkanote", prefix="Q-"))
    assert result.documents == 2  # the search found both documents through their notes
    assert _leaks(out) == []
