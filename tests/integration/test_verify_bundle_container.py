"""verify-bundle is stronger than the redactor (issue 10): a planted "Yes-senov", a name
in the MANIFEST's legend or any other field, in the ZIP's comment, its root folder or a
member name is found; a clean bundle still verifies. Problems never quote the name."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from archive_app.export import ExportLeak, ExportOptions, ExportService, verify_bundle
from archive_app.export.bundle import SUMS, sha256, sums_file
from archive_app.session import Archive
from tests.support.pdfgen import make_pdf

PERSON = ["Dauren Yessenov", "Даурен Есенов"]


@pytest.fixture
def bundle(archive: Archive, tmp_path: Path) -> Path:
    archive.registry.add_person(PERSON[0], aliases=[PERSON[1]], consent="no")
    path = tmp_path / "note.pdf"
    path.write_bytes(make_pdf(["Dauren Yessenov was detained.", "The hearing was public."]))
    doc_id = archive.importer().import_paths([path]).document_ids[0]
    return ExportService(archive).export(ExportOptions(out=tmp_path / "bundle", ids=[doc_id])).path


def _rehash(folder: Path) -> None:
    """Fix both hash lists after a change, as a careful forger would."""
    manifest = json.loads((folder / "MANIFEST.json").read_text("utf-8"))
    for item in folder.iterdir():
        if item.name not in ("MANIFEST.json", SUMS):
            manifest["files"][item.name] = sha256(item.read_bytes())
    (folder / "MANIFEST.json").write_text(json.dumps(manifest, ensure_ascii=False), "utf-8")
    files = {p.name: p.read_bytes() for p in folder.iterdir() if p.name != SUMS}
    (folder / SUMS).write_bytes(sums_file(files))


def _leaks(path: Path) -> list[str]:
    report = verify_bundle(path, terms=[], persons=[PERSON])
    messages = [p.message for p in report.problems if p.kind == "leak"]
    assert all("essenov" not in m and "Есенов" not in m for m in messages)
    return messages


def _zip(folder: Path, out: Path, *, root: str, comment: bytes = b"", extra: str = "") -> Path:
    with zipfile.ZipFile(out, "w") as zf:
        zf.comment = comment
        for item in sorted(folder.iterdir()):
            zf.writestr(f"{root}/{item.name}", item.read_bytes())
        if extra:
            zf.writestr(f"{root}/{extra}", b"")
    return out


def test_a_clean_bundle_verifies(bundle: Path) -> None:
    assert _leaks(bundle) == []
    assert verify_bundle(bundle, terms=[], persons=[PERSON]).ok


def test_a_hyphen_split_name_planted_in_a_page_is_found(bundle: Path, tmp_path: Path) -> None:
    pdf = next(bundle.glob("DOC-*.pdf"))
    pdf.write_bytes(make_pdf(["Witness Yes-senov saw it.", "The hearing was public."]))
    _rehash(bundle)
    assert any("page 1" in m for m in _leaks(bundle))


@pytest.mark.parametrize("field", ["legend", "title", "format"])
def test_a_name_in_a_manifest_field_is_found(bundle: Path, field: str) -> None:
    manifest = json.loads((bundle / "MANIFEST.json").read_text("utf-8"))
    manifest[field] = f"{manifest.get(field, '')} Даурен Есенов"
    (bundle / "MANIFEST.json").write_text(json.dumps(manifest, ensure_ascii=True), "utf-8")
    files = {p.name: p.read_bytes() for p in bundle.iterdir() if p.name != SUMS}
    (bundle / SUMS).write_bytes(sums_file(files))
    assert any(f"field {field}" in m for m in _leaks(bundle))


def test_a_name_in_the_zip_comment_folder_or_member_name_is_found(
    bundle: Path, tmp_path: Path
) -> None:
    clean = _zip(bundle, tmp_path / "clean.zip", root="bundle")
    assert _leaks(clean) == []
    commented = _zip(bundle, tmp_path / "c.zip", root="bundle", comment=b"Yessenov D.")
    assert any("ZIP comment" in m for m in _leaks(commented))
    folder = _zip(bundle, tmp_path / "f.zip", root="Yessenov-case")
    assert any("member name" in m for m in _leaks(folder))
    named = tmp_path / "Yessenov-case"
    bundle.rename(named)
    assert any("name of the bundle" in m for m in _leaks(named))


def test_the_export_refuses_a_bundle_name_or_legend_that_names_the_person(
    archive: Archive, tmp_path: Path
) -> None:
    archive.registry.add_person(PERSON[0], consent="no")
    path = tmp_path / "note.pdf"
    path.write_bytes(make_pdf(["The hearing was public."]))
    doc_id = archive.importer().import_paths([path]).document_ids[0]
    service = ExportService(archive)
    with pytest.raises(ExportLeak, match="name of the bundle"):
        service.export(ExportOptions(out=tmp_path / "Yessenov-bundle", ids=[doc_id]))
    with pytest.raises(ExportLeak, match="legend"):
        service.export(
            ExportOptions(out=tmp_path / "b", ids=[doc_id], legend="Prepared for D. Yessenov")
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.archive", "note.pdf"]
