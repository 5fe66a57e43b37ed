"""Every write says what it changed (issue 13): documents, tags, registry, consent, index,
redactions, suggestions, facts, remedies; an open window refreshes from that
(``ArchiveWorker`` hands a job's kinds to ``UiSession``, which emits ``changed``).

Each operation below runs on a real archive and must (1) write (the connection's change
count grows) and (2) leave the kind of data it wrote in ``Archive.take_changes()``. A
static check makes sure no audited action of the core is left without a kind unless it
is a read (an export, a document saved out, a check)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from archive_app.changes import kinds_of
from archive_app.facts.service import FactInput, FactService
from archive_app.session import Archive
from storage import ocr as ocr_repo

REPO = Path(__file__).resolve().parents[2]
READS = {  # audited, but nothing stored in the archive changes
    "archive.backup",
    "archive.check",
    "archive.create",
    "archive.passphrase_change",
    "chronology.export",
    "document.get",
    "draft.write",
    "export.bundle",
    "package.audit",
    "package.create",
    "package.excerpt",
    "package.export",
}
DOCUMENT_TEXT = "Yerlan Seitkali was detained under Article 174 of the Criminal Code in Almaty."


def _audited_actions() -> set[str]:
    actions = set()
    for path in (REPO / "archive_app").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        actions |= set(re.findall(r"""\.record\(\s*f?"([a-z_]+\.[a-z_]+)""", text))
    return actions


def test_every_audited_write_names_what_it_changed() -> None:
    actions = _audited_actions()
    assert {"document.import", "person.edit", "redaction.add", "remedy.move"} <= actions
    assert {a for a in actions - READS if not kinds_of(a)} == set()
    assert all(kinds_of(a) == () for a in READS - {"document.get"} if "." in a)
    assert kinds_of("document.get") == ()


@pytest.fixture
def filled(archive: Archive, tmp_path: Path) -> tuple[Archive, int]:
    archive.registry.add_person("Yerlan Seitkali")
    archive.registry.add_case("Seitkali")
    note = tmp_path / "note.txt"
    note.write_text(DOCUMENT_TEXT, encoding="utf-8")
    doc_id = archive.importer().import_paths([note]).document_ids[0]
    archive.take_changes()
    return archive, doc_id


Operation = Callable[[Archive, int], Any]


def _ocr_read(archive: Archive, doc_id: int) -> None:
    """As if OCR had read page 1 (the engine is not needed to correct its text)."""
    with archive.db.atomic():
        ocr_repo.store_page(
            archive.db, doc_id, 1, text="Seitkali read", words=[], confidence=90, languages="eng"
        )


def _renamed(archive: Archive, _doc: int) -> None:
    """The person suggested at import is no longer named in the text: a refresh drops it."""
    archive.registry.edit_person("Yerlan Seitkali", name="Aigul Nurova")


def _remedy(archive: Archive, _doc: int) -> int:
    return FactService(archive).add_remedy("Seitkali", "appeal").id


def _fact(archive: Archive, _doc: int) -> int:
    return FactService(archive).add(FactInput("Detained", case="Seitkali")).id


# (kind expected, what prepares it, the operation)
CASES: dict[str, tuple[str, Operation | None, Operation]] = {
    "import": (
        "documents",
        None,
        lambda a, _d: a.importer().import_paths([Path(str(a.path) + ".more")]),
    ),
    "edit a document": ("documents", None, lambda a, d: a.documents.edit(d, title="Note")),
    "delete a document": ("documents", None, lambda a, d: a.documents.delete(d)),
    "correct OCR text": (
        "documents",
        _ocr_read,
        lambda a, d: a.ocr.correct(d, 1, "Seitkali, read by hand"),
    ),
    "queue pages for OCR again": ("documents", _ocr_read, lambda a, d: a.ocr.queue_again(d)),
    "tag": ("tags", None, lambda a, d: a.tags.tag([d], persons=["Yerlan Seitkali"])),
    "untag": (
        "tags",
        lambda a, d: a.tags.tag([d], persons=["Yerlan Seitkali"]),
        lambda a, d: a.tags.untag([d], persons=["Yerlan Seitkali"]),
    ),
    "accept a suggestion": (
        "tags",
        None,
        lambda a, d: a.suggestions.accept(d, kind="person"),
    ),
    "add a person": ("registry", None, lambda a, _d: a.registry.add_person("Aigul Nurova")),
    "rename a person": (
        "registry",
        None,
        lambda a, _d: a.registry.edit_person("Yerlan Seitkali", name="Yerlan Seitkaly"),
    ),
    "add an article": ("registry", None, lambda a, _d: a.registry.add_article("KZ-CC 380(1)")),
    "add a case": ("registry", None, lambda a, _d: a.registry.add_case("Atajurt 19")),
    "a person's detail": (
        "registry",
        None,
        lambda a, _d: FactService(a).set_detail("Yerlan Seitkali", "nationality", "Kazakhstan"),
    ),
    "consent": (
        "consent",
        None,
        lambda a, _d: FactService(a).set_consents("Yerlan Seitkali", {"wgad": {"submit": "yes"}}),
    ),
    "reindex": ("index", None, lambda a, _d: a.search.reindex()),
    "add a redaction": (
        "redactions",
        None,
        lambda a, d: a.redactions.add_term(d, "Almaty", "SECURITY"),
    ),
    "clear redactions": (
        "redactions",
        lambda a, d: a.redactions.add_term(d, "Almaty", "SECURITY"),
        lambda a, d: a.redactions.clear(d),
    ),
    "recompute suggestions": ("suggestions", _renamed, lambda a, d: a.suggestions.refresh(d)),
    "refresh every document's suggestions": (
        "suggestions",
        _renamed,
        lambda a, _d: a.suggestions.refresh_all(),
    ),
    "reject a suggestion": (
        "suggestions",
        None,
        lambda a, d: a.suggestions.reject(d, ["Yerlan Seitkali"]),
    ),
    "add a fact": ("facts", None, _fact),
    "edit a fact": (
        "facts",
        _fact,
        lambda a, _d: FactService(a).edit(FactService(a).chronology()[0].id, notes="x"),
    ),
    "add a remedy": ("remedies", None, _remedy),
    "move a remedy": (
        "remedies",
        lambda a, d: (_remedy(a, d), _remedy(a, d)),
        lambda a, _d: FactService(a).move_remedy(FactService(a).remedies("Seitkali")[1].id, 0),
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_write_announces_what_it_changed(
    name: str, filled: tuple[Archive, int], tmp_path: Path
) -> None:
    archive, doc_id = filled
    kind, prepare, operation = CASES[name]
    more = Path(str(archive.path) + ".more")
    more.mkdir()
    (more / "second.txt").write_text("A second statement from Almaty.", encoding="utf-8")
    if prepare is not None:
        prepare(archive, doc_id)
    archive.take_changes()
    before = archive.db.changes()
    operation(archive, doc_id)
    assert archive.db.changes() > before, f"{name} wrote nothing: the case proves nothing"
    assert kind in archive.take_changes(), name


def test_a_refresh_that_finds_nothing_new_announces_nothing(
    filled: tuple[Archive, int],
) -> None:
    archive, doc_id = filled
    archive.suggestions.refresh(doc_id)
    archive.take_changes()
    archive.suggestions.refresh(doc_id)  # the same registry, the same text
    assert "suggestions" not in archive.take_changes()
