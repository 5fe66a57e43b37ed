"""Refreshing every document's suggestions after the registry of persons changed.

Names are written exactly as registered (no declension, no other script): this is
about when suggestions are recomputed, not about how names are recognised.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from archive_app import suggestion_refresh
from archive_app.session import Archive
from archive_app.suggestion_refresh import SuggestionRefresh
from archive_app.suggestions import SuggestionService
from archive_app.tasks import CancelToken, Progress
from tests.conftest import PASSPHRASE

NEWCOMER = "Aigerim Bekova"
KNOWN = "Timur Zhaksylykov"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def import_texts(archive: Archive, folder: Path, texts: dict[str, str]) -> dict[str, int]:
    folder.mkdir(exist_ok=True)
    paths = [write(folder, name, text) for name, text in texts.items()]
    archive.importer().import_paths(paths)
    return {d.filename: d.id for d in archive.documents.all()}


def pending_persons(archive: Archive, doc_id: int) -> set[str]:
    return {s.label for s in SuggestionService(archive).pending(doc_id) if s.kind == "person"}


@pytest.fixture
def docs(archive: Archive, tmp_path: Path) -> dict[str, int]:
    """Three statements imported while only Timur Zhaksylykov is registered."""
    archive.registry.add_person(KNOWN)
    return import_texts(
        archive,
        tmp_path / "in",
        {
            "both.txt": f"Witness statement.\n{NEWCOMER} saw {KNOWN} taken away on 3 May.\n",
            "known.txt": f"Letter of the lawyer.\nThe court refused to release {KNOWN}.\n",
            "newcomer.txt": f"Medical note.\n{NEWCOMER} was examined at the clinic in Almaty.\n",
            "nobody.txt": "Diplomatic note.\nThe consulate acknowledges receipt of the appeal.\n",
        },
    )


def test_a_person_registered_after_the_import_is_suggested_after_the_refresh(
    archive: Archive, docs: dict[str, int]
) -> None:
    assert pending_persons(archive, docs["both.txt"]) == {KNOWN}
    archive.registry.add_person(NEWCOMER)
    assert NEWCOMER not in pending_persons(archive, docs["newcomer.txt"])  # not by itself

    seen: list[Progress] = []
    report = archive.suggestions.refresh_all(progress=seen.append)

    assert (report.done, report.total, report.added, report.documents_with_new) == (4, 4, 2, 2)
    assert not report.cancelled and report.finished
    assert pending_persons(archive, docs["both.txt"]) == {KNOWN, NEWCOMER}
    assert pending_persons(archive, docs["newcomer.txt"]) == {NEWCOMER}
    assert pending_persons(archive, docs["known.txt"]) == {KNOWN}
    assert pending_persons(archive, docs["nobody.txt"]) == set()
    (found,) = [s for s in archive.suggestions.pending(docs["newcomer.txt"]) if s.kind == "person"]
    assert found.evidence[0].page == 1 and NEWCOMER in found.evidence[0].text
    assert [p.done for p in seen] == [0, 1, 2, 3, 4] and seen[-1].total == 4
    again = archive.suggestions.refresh_all()
    assert (again.done, again.added) == (4, 0)  # nothing new the second time


def test_decisions_and_tags_are_kept(archive: Archive, docs: dict[str, int]) -> None:
    service = archive.suggestions
    service.accept(docs["both.txt"], refs=[KNOWN])
    service.reject(docs["known.txt"], [KNOWN])
    service.reject(docs["newcomer.txt"], [f"#{archive.registry.add_person(NEWCOMER).id}"])
    archive.tags.tag([docs["both.txt"]], persons=[NEWCOMER])  # tagged by hand

    archive.suggestions.refresh_all()

    assert pending_persons(archive, docs["both.txt"]) == set()  # accepted, and tagged by hand
    assert archive.documents.get(docs["both.txt"]).persons == [NEWCOMER, KNOWN]
    assert pending_persons(archive, docs["known.txt"]) == set()
    assert pending_persons(archive, docs["newcomer.txt"]) == set()
    decided = {
        (s.document_id, s.label, s.state)
        for doc_id in docs.values()
        for s in service.decided(doc_id)
    }
    assert decided == {
        (docs["both.txt"], KNOWN, "accepted"),
        (docs["known.txt"], KNOWN, "rejected"),
        (docs["newcomer.txt"], NEWCOMER, "rejected"),
    }


def test_a_rename_and_aliases_are_followed(archive: Archive, docs: dict[str, int]) -> None:
    person = archive.registry.add_person("Placeholder Person")
    archive.suggestions.refresh_all()
    assert pending_persons(archive, docs["newcomer.txt"]) == set()

    archive.registry.edit_person(f"#{person.id}", name=NEWCOMER)
    archive.suggestions.refresh_all()
    assert pending_persons(archive, docs["newcomer.txt"]) == {NEWCOMER}

    archive.registry.edit_person(f"#{person.id}", name="Placeholder Person")
    archive.suggestions.refresh_all()  # the old name no longer names anybody
    assert pending_persons(archive, docs["newcomer.txt"]) == set()

    archive.registry.edit_person(f"#{person.id}", add_aliases=[NEWCOMER])
    archive.suggestions.refresh_all()
    assert pending_persons(archive, docs["newcomer.txt"]) == {"Placeholder Person"}
    assert pending_persons(archive, docs["both.txt"]) == {KNOWN, "Placeholder Person"}


@pytest.fixture
def many(archive: Archive, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Seven statements naming the newcomer, registered afterwards; two documents a step."""
    monkeypatch.setattr(suggestion_refresh, "BATCH_DOCUMENTS", 2)
    texts = {
        f"s{i}.txt": f"Statement {i}.\n{NEWCOMER} was questioned for {i} hours.\n" for i in range(7)
    }
    ids = sorted(import_texts(archive, tmp_path / "many", texts).values())
    archive.registry.add_person(NEWCOMER)
    return ids


def test_steps_are_bounded_transactions(archive: Archive, many: list[int]) -> None:
    job = SuggestionRefresh.plan(archive)
    steps = []
    while not job.report.finished:
        steps.append(job.step(archive).done)
        assert not archive.db.conn.in_transaction  # each step is committed when it returns
    assert steps == [2, 4, 6, 7]
    assert job.report.added == 7


def test_a_step_stops_early_when_its_time_is_up(archive: Archive, many: list[int]) -> None:
    job = SuggestionRefresh.plan(archive)
    assert job.step(archive, max_seconds=0).done == 1  # always at least one document


def test_cancel_keeps_what_was_done(archive: Archive, many: list[int]) -> None:
    cancel = CancelToken()

    def progress(p: Progress) -> None:
        if p.done == 3:  # while the fourth document is refreshed, in the second step
            cancel.cancel()

    report = archive.suggestions.refresh_all(progress=progress, cancel=cancel)

    assert report.cancelled and not report.finished
    assert (report.done, report.total, report.added) == (4, 7, 4)
    path = archive.path
    archive.close()
    with Archive.open(path, PASSPHRASE) as reopened:  # committed, not only in this connection
        assert [NEWCOMER in pending_persons(reopened, i) for i in many] == [True] * 4 + [False] * 3
        rest = reopened.suggestions.refresh_all()  # a later refresh does the rest
        assert (rest.done, rest.added) == (7, 3)
        assert all(pending_persons(reopened, i) == {NEWCOMER} for i in many)


def test_an_interrupted_step_is_rolled_back_and_earlier_ones_kept(
    archive: Archive, many: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = SuggestionService.refresh_counted

    def interrupted(self: SuggestionService, doc_id: int, registry: object = None) -> object:
        if doc_id == many[3]:
            raise KeyboardInterrupt  # e.g. a second Ctrl+C, in the middle of the second step
        return real(self, doc_id, registry)  # type: ignore[arg-type]

    monkeypatch.setattr(SuggestionService, "refresh_counted", interrupted)
    with pytest.raises(KeyboardInterrupt):
        archive.suggestions.refresh_all()
    assert not archive.db.conn.in_transaction
    assert [NEWCOMER in pending_persons(archive, i) for i in many] == [True] * 2 + [False] * 5


def test_a_document_deleted_meanwhile_is_skipped(archive: Archive, many: list[int]) -> None:
    job = SuggestionRefresh.plan(archive)
    archive.documents.delete(many[0])
    report = job.run(archive)
    assert (report.done, report.total, report.added) == (7, 7, 6)


def test_an_empty_archive_finishes_at_once(archive: Archive) -> None:
    archive.registry.add_person(NEWCOMER)
    seen: list[Progress] = []
    report = archive.suggestions.refresh_all(progress=seen.append)
    assert (report.done, report.total, report.finished) == (0, 0, True)
    assert [(p.done, p.total) for p in seen] == [(0, 0)]
