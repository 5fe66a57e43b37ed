"""Case packages (issue 16): two archives diverge, packages go both ways, and both end with
the union and the stricter safety values; a second merge of the same package changes
nothing; conflicts are listed, never overwritten; hostile or damaged packages are refused
with nothing changed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from archive_app.packages import PackageRejected, PackageService, ShareRequest
from archive_app.session import Archive
from archive_app.settings import Settings
from archive_app.tasks import CancelToken
from storage import packages as pkg
from storage import redactions as red_repo
from storage.redactions import NewRedaction

PASS = "correct horse battery staple"
PKG_PASS = "package passphrase for the team"
TABLES = (
    "documents",
    "document_chunks",
    "pages",
    "persons",
    "person_aliases",
    "cases",
    "document_persons",
    "document_cases",
    "document_articles",
    "redactions",
    "suggestions",
    "legal_articles",
)


def _import(archive: Archive, folder: Path, files: dict[str, str]) -> list[int]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    report = archive.importer().import_paths([folder / n for n in files])
    assert report.failed == 0
    return report.document_ids


def _counts(archive: Archive) -> dict[str, int]:
    return {t: int(archive.db.scalar(f"SELECT count(*) FROM {t}")) for t in TABLES}


def _merge(archive: Archive, package: Path, *, take_theirs: bool = False):  # type: ignore[no-untyped-def]
    service = PackageService(archive)
    with service.open(package, PKG_PASS) as reader:
        plan = service.plan(reader)
        for conflict in plan.conflicts:
            conflict.take_theirs = take_theirs
        report = service.merge(reader, plan)
    return plan, report


def _share(archive: Archive, out: Path, case: str = "Atajurt 19") -> Path:
    PackageService(archive).share(out, PKG_PASS, ShareRequest(case=case), overwrite=True)
    return out


@pytest.fixture
def alice(tmp_path: Path) -> Archive:
    arc, _ = Archive.create(tmp_path / "alice.archive", PASS, Settings(actor="alice"))
    _import(
        arc,
        tmp_path / "a-in",
        {
            "appeal.txt": "Urgent appeal for Serikzhan Bilash, Article 174(2) of the Code.",
            "ruling.txt": "Ruling about Серикжан Билаш and the witness Aigul Saparova.",
            "other.txt": "A document of another case that must not travel.",
        },
    )
    arc.registry.add_case("Atajurt 19")
    arc.registry.add_case("Secret other case")
    arc.registry.add_person("Serikzhan Bilash", aliases=["Серикжан Билаш"], consent="yes")
    arc.registry.add_person("Aigul Saparova", role="witness", consent="unknown")
    arc.tags.tag([1, 2], cases=["Atajurt 19"], persons=["Serikzhan Bilash"])
    arc.tags.tag([2], persons=["Aigul Saparova"], cases=["Secret other case"])
    arc.tags.tag([3], cases=["Secret other case"])
    yield arc
    arc.close()


@pytest.fixture
def bob(tmp_path: Path) -> Archive:
    arc, _ = Archive.create(tmp_path / "bob.archive", PASS, Settings(actor="bob"))
    yield arc
    arc.close()


def test_package_holds_one_case_and_opens_like_an_archive(alice: Archive, tmp_path: Path) -> None:
    out = _share(alice, tmp_path / "case.package")
    with Archive.open(out, PKG_PASS) as package:
        assert sorted(d.filename for d in package.documents.all()) == ["appeal.txt", "ruling.txt"]
        assert [c.name for c in package.registry.cases()] == ["Atajurt 19"]  # no other case
        assert {p.name for p in package.registry.persons()} == {
            "Serikzhan Bilash",
            "Aigul Saparova",
        }
        assert package.search.search("Билаш").total == 2  # its own index, in every script
        assert package.maintenance.check(deep=True).ok
    with pytest.raises(Exception, match="wrong passphrase"):
        Archive.open(out, PASS)  # its own passphrase, not the archive's
    assert alice.maintenance.log(action="package.export")


def test_round_trip_diverge_both_ways(alice: Archive, bob: Archive, tmp_path: Path) -> None:
    p1 = _share(alice, tmp_path / "p1.package")
    _plan, report = _merge(bob, p1)
    assert report.documents_new == 2 and report.persons_new == 2
    # Both sides work on: Bob withdraws consent, edits a role, adds a document and a mark.
    bob.registry.edit_person("Aigul Saparova", role="detained witness")
    bob.registry.edit_person("Serikzhan Bilash", consent="no")
    (new_b,) = _import(bob, tmp_path / "b-in", {"bob.txt": "Bob's note on Serikzhan Bilash."})
    bob.tags.tag([new_b], cases=["Atajurt 19"])
    bob_ruling = next(d.id for d in bob.documents.all() if d.filename == "ruling.txt")
    red_repo.add(bob.db, bob_ruling, NewRedaction("term", "PII-WITNESS", "Aigul"), actor="bob")
    # ... Alice retitles a document, raises its confidentiality and adds one of her own.
    alice.documents.edit(1, title="Urgent appeal (final)", confidentiality="strictly-confidential")
    (new_a,) = _import(alice, tmp_path / "a-in2", {"alice.txt": "Alice's memo, Atajurt."})
    alice.tags.tag([new_a], cases=["Atajurt 19"])

    _merge(alice, _share(bob, tmp_path / "p2.package"))
    _merge(bob, _share(alice, tmp_path / "p3.package"))

    for arc in (alice, bob):
        docs = {d.filename: d for d in arc.documents.all() if "Atajurt 19" in d.cases}
        assert set(docs) == {"appeal.txt", "ruling.txt", "bob.txt", "alice.txt"}
        assert docs["appeal.txt"].title == "Urgent appeal (final)"
        assert docs["appeal.txt"].confidentiality == "strictly-confidential"
        assert arc.registry.person("Serikzhan Bilash").consent == "no"  # "no" beats "yes"
        assert arc.registry.person("Aigul Saparova").role == "detained witness"
        ruling = docs["ruling.txt"].id
        assert [r.value for r in red_repo.for_document(arc.db, ruling)] == ["Aigul"]
        assert arc.search.search("Bob's note").total == 1  # merged documents are searchable
        assert arc.maintenance.check(deep=True).ok  # index agrees, chain intact
    merged = alice.documents.all()
    bob_doc = next(d for d in merged if d.filename == "bob.txt")
    origin = pkg.origin(alice.db, bob_doc.id)
    assert (
        origin is not None and origin.archive_name == "bob" and origin.arrived_via == "p2.package"
    )
    assert pkg.origin(alice.db, 1).archive_name == "alice"  # type: ignore[union-attr]
    actions = [e.action for e in alice.maintenance.log()]
    assert "package.merge" in actions and "package.audit" in actions


def test_same_package_twice_changes_nothing(alice: Archive, bob: Archive, tmp_path: Path) -> None:
    p1 = _share(alice, tmp_path / "p1.package")
    _merge(bob, p1)
    before = _counts(bob)
    service = PackageService(bob)
    with service.open(p1, PKG_PASS) as reader:
        plan = service.plan(reader)
    assert plan.empty and plan.merged_before
    _merge(bob, p1)
    assert _counts(bob) == before


def test_field_edited_on_both_sides_is_listed_not_overwritten(
    alice: Archive, bob: Archive, tmp_path: Path
) -> None:
    _merge(bob, _share(alice, tmp_path / "p1.package"))
    alice.registry.edit_person("Aigul Saparova", notes="met in Almaty")
    bob.registry.edit_person("Aigul Saparova", notes="met in Bishkek")
    bob.registry.edit_person("Serikzhan Bilash", consent="no")
    alice.registry.edit_person("Serikzhan Bilash", consent="yes")  # unchanged: already yes
    p2 = _share(bob, tmp_path / "p2.package")
    service = PackageService(alice)
    with service.open(p2, PKG_PASS) as reader:
        plan = service.plan(reader)
    (conflict,) = plan.conflicts
    assert (conflict.label, conflict.field) == ("Aigul Saparova", "notes")
    assert (conflict.ours, conflict.theirs) == ("met in Almaty", "met in Bishkek")
    assert any(s.field == "consent" and s.result == "no" for s in plan.safety)
    alice.maintenance.backup(tmp_path / "copy.archive", PASS)
    _merge(alice, p2)
    assert alice.registry.person("Aigul Saparova").notes == "met in Almaty"  # kept
    assert alice.registry.person("Serikzhan Bilash").consent == "no"
    service = PackageService(alice)
    with service.open(p2, PKG_PASS) as reader:
        assert service.plan(reader).conflicts == []  # the decision is remembered
    with Archive.open(tmp_path / "copy.archive", PASS, Settings(actor="alice")) as copy:
        _merge(copy, p2, take_theirs=True)  # had the user chosen the package's value
        assert copy.registry.person("Aigul Saparova").notes == "met in Bishkek"


def test_consent_is_never_loosened_by_a_package(
    alice: Archive, bob: Archive, tmp_path: Path
) -> None:
    alice.registry.edit_person("Serikzhan Bilash", consent="no")
    _merge(bob, _share(alice, tmp_path / "p1.package"))
    bob.registry.edit_person("Serikzhan Bilash", consent="yes")
    service = PackageService(alice)
    with service.open(_share(bob, tmp_path / "p2.package"), PKG_PASS) as reader:
        plan = service.plan(reader)
        service.merge(reader, plan)
    assert [(s.ours, s.theirs, s.result) for s in plan.safety] == [("no", "yes", "no")]
    assert alice.registry.person("Serikzhan Bilash").consent == "no"


def test_person_matched_by_name_skeleton(alice: Archive, bob: Archive, tmp_path: Path) -> None:
    bob.registry.add_person("Серикжан Билаш", consent="no")
    service = PackageService(bob)
    with service.open(_share(alice, tmp_path / "p1.package"), PKG_PASS) as reader:
        plan = service.plan(reader)
        (person,) = [p for p in plan.persons if p.name == "Serikzhan Bilash"]
        assert person.match in ("name", "similar") and person.local_name == "Серикжан Билаш"
        service.merge(reader, plan)
    names = [p.name for p in bob.registry.persons()]
    assert "Serikzhan Bilash" not in names  # one person, with the other spelling as an alias
    assert "Serikzhan Bilash" in bob.registry.person("Серикжан Билаш").aliases
    assert bob.registry.person("Серикжан Билаш").consent == "no"


def test_cancel_rolls_the_whole_merge_back(alice: Archive, bob: Archive, tmp_path: Path) -> None:
    before = _counts(bob)
    service = PackageService(bob)
    cancel = CancelToken()
    with service.open(_share(alice, tmp_path / "p1.package"), PKG_PASS) as reader:
        plan = service.plan(reader)
        report = service.merge(reader, plan, progress=lambda p: cancel.cancel(), cancel=cancel)
    assert report.cancelled and _counts(bob) == before


# -- hostile and damaged packages ----------------------------------------------------------
def _raw(path: Path, *statements: str) -> None:
    """Edit a package behind the app's back (as someone holding its passphrase could)."""
    conn = sqlcipher.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.set_key(PKG_PASS)
    for sql in statements:
        conn.execute(sql)
    conn.close()


def _refused(bob: Archive, package: Path, match: str, passphrase: str = PKG_PASS) -> None:
    before = _counts(bob)
    log_before = len(bob.maintenance.log())
    with pytest.raises(PackageRejected, match=match):
        PackageService(bob).open(package, passphrase)
    assert _counts(bob) == before and len(bob.maintenance.log()) == log_before


def test_wrong_passphrase_refused(alice: Archive, bob: Archive, tmp_path: Path) -> None:
    _refused(bob, _share(alice, tmp_path / "p.package"), "wrong passphrase", "not the passphrase")


def test_truncated_and_flipped_packages_refused(
    alice: Archive, bob: Archive, tmp_path: Path
) -> None:
    package = _share(alice, tmp_path / "p.package")
    data = package.read_bytes()
    truncated = tmp_path / "truncated.package"
    truncated.write_bytes(data[: len(data) // 2])
    _refused(bob, truncated, "damaged|truncated|wrong passphrase")
    flipped = tmp_path / "flipped.package"
    middle = len(data) // 2
    flipped.write_bytes(data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1 :])
    _refused(bob, flipped, "damaged|truncated|wrong passphrase")
    empty = tmp_path / "empty.package"
    empty.write_bytes(b"")
    _refused(bob, empty, "wrong passphrase or damaged")


def test_edited_row_refused(alice: Archive, bob: Archive, tmp_path: Path) -> None:
    package = _share(alice, tmp_path / "p.package")
    _raw(package, "UPDATE persons SET consent = 'yes' WHERE consent != 'yes'")
    _refused(bob, package, "altered after it was sealed")


def test_broken_audit_chain_refused(alice: Archive, bob: Archive, tmp_path: Path) -> None:
    package = _share(alice, tmp_path / "p.package")
    _raw(
        package,
        "DROP TRIGGER audit_log_no_update",
        "UPDATE audit_log SET actor = 'mallory' WHERE seq = 2",
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log\nBEGIN\n"
        "    SELECT RAISE(ABORT, 'the audit log is append-only');\nEND",
    )
    _refused(bob, package, "audit log was altered")


@pytest.mark.parametrize(
    "smuggled",
    [
        "CREATE TRIGGER evil AFTER INSERT ON documents BEGIN DELETE FROM persons; END",
        "CREATE VIEW innocent AS SELECT * FROM persons",
        "CREATE TABLE extra(x)",
        "DROP TRIGGER audit_log_no_delete",
    ],
)
def test_smuggled_schema_refused(
    alice: Archive, bob: Archive, tmp_path: Path, smuggled: str
) -> None:
    package = _share(alice, tmp_path / "p.package")
    _raw(package, smuggled)
    _refused(bob, package, "structure is not one this app writes")


def test_a_plain_archive_is_not_a_package(alice: Archive, bob: Archive, tmp_path: Path) -> None:
    other, _ = Archive.create(tmp_path / "plain.archive", PKG_PASS, Settings(actor="x"))
    other.close()
    _refused(bob, tmp_path / "plain.archive", "not a sealed case package")


def test_edited_in_the_app_after_sealing_is_explained(
    alice: Archive, bob: Archive, tmp_path: Path
) -> None:
    package = _share(alice, tmp_path / "p.package")
    with Archive.open(package, PKG_PASS) as opened:
        opened.registry.edit_person("Aigul Saparova", notes="added in the package")
    _refused(bob, package, "changed after it was sealed .* share the case again")


def test_file_name_with_a_path_stays_a_name(alice: Archive, bob: Archive, tmp_path: Path) -> None:
    alice.db.execute("UPDATE documents SET filename = '../../../etc/evil.txt' WHERE id = 1")
    package = _share(alice, tmp_path / "p.package")
    listing = set(os.listdir(tmp_path))
    _merge(bob, package)
    names = {d.filename for d in bob.documents.all()}
    assert "evil.txt" in names and not any("/" in n or "\\" in n for n in names)
    assert set(os.listdir(tmp_path)) == listing  # a merge writes no file at all


def test_package_cannot_be_this_archive(alice: Archive) -> None:
    with pytest.raises(PackageRejected, match="this archive itself"):
        PackageService(alice).open(alice.path, PASS)


def test_ocr_text_and_boxes_travel(alice: Archive, bob: Archive, tmp_path: Path) -> None:
    words = '[{"text": "Bilash", "box": [0.1, 0.2, 0.3, 0.25]}]'
    alice.db.execute(
        "INSERT INTO ocr_pages(document_id, page_no, text, words, confidence, languages,"
        " read_at) VALUES (1, 1, 'scanned Bilash', ?, 0.9, 'eng', '2026-01-01T00:00:00Z')",
        (words,),
    )
    _merge(bob, _share(alice, tmp_path / "p.package"))
    appeal = next(d.id for d in bob.documents.all() if d.filename == "appeal.txt")
    row = bob.db.one("SELECT text, words FROM ocr_pages WHERE document_id = ?", (appeal,))
    assert (row["text"], row["words"]) == ("scanned Bilash", words)


def test_a_case_named_in_several_id_batches_is_listed_once(alice: Archive) -> None:
    from storage import package_copy

    ids = [1, *range(1000, 1600), 2]  # documents 1 and 2 land in different batches of 500
    assert package_copy.cases_for(alice.db, ids) == sorted(
        {c.id for c in alice.registry.cases() if c.name in ("Atajurt 19", "Secret other case")}
    )
