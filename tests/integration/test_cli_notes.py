"""The command line's notes on documents and saved searches (issue 14): ``note
add|list|edit|delete ARCHIVE DOC_ID ...`` and ``saved add|list|run|rename|delete ARCHIVE
...``, kept in the archive and audited; messages in Russian too."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from archive_app.cli.main import main
from archive_app.session import Archive
from archive_app.settings import Settings
from storage import audit
from tests.conftest import PASSPHRASE
from tests.integration.cli_helpers import run_cli

TEXT = "Yerlan Seitkali was detained in Almaty; the tribunal met in March."


@pytest.fixture
def arc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("ARCHIVE_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "notes.archive"
    assert main(["init", str(path)]) == 0
    source = tmp_path / "statement.txt"
    source.write_text(TEXT, encoding="utf-8")
    other = tmp_path / "letter.txt"
    other.write_text("A letter about the embassy.", encoding="utf-8")
    assert main(["import", str(path), str(source), str(other)]) == 0
    return str(path)


def run(capsys: pytest.CaptureFixture[str], *argv: str, code: int = 0) -> tuple[str, str]:
    capsys.readouterr()
    assert main(list(argv)) == code
    captured = capsys.readouterr()
    return captured.out, captured.err


def actions(arc: str) -> list[str]:
    with Archive.open(Path(arc), PASSPHRASE, Settings(actor="reader")) as archive:
        return [e.action for e in audit.entries(archive.db)]


def test_notes_are_added_listed_edited_and_deleted(
    arc: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "no notes on document #1" in run(capsys, "note", "list", arc, "1")[0]
    out, _ = run(capsys, "note", "add", arc, "1", "--text", "Ask about the hearing")
    assert "added note #1 to document #1" in out
    monkeypatch.setattr("sys.stdin", io.StringIO("Second\nnote from stdin\n"))
    run(capsys, "note", "add", arc, "1", "--stdin")
    listed = json.loads(run(capsys, "note", "list", arc, "1", "--json")[0])
    assert [n["text"] for n in listed] == ["Ask about the hearing", "Second\nnote from stdin"]
    assert all(n["author"] and n["created_at"] and n["edited_at"] is None for n in listed)
    out, _ = run(capsys, "note", "list", arc, "1")
    assert "#2" in out and "    note from stdin" in out

    run(capsys, "note", "edit", arc, "1", "1", "--text", "The hearing was in March")
    listed = json.loads(run(capsys, "note", "list", arc, "1", "--json")[0])
    assert listed[0]["text"] == "The hearing was in March" and listed[0]["edited_at"]

    # a note is named with its document: the other document's id changes nothing
    _, err = run(capsys, "note", "edit", arc, "2", "1", "--text", "wrong document", code=1)
    assert "no note #1 on document #2" in err
    _, err = run(capsys, "note", "add", arc, "1", code=1)
    assert "--text TEXT or --stdin" in err
    _, err = run(capsys, "note", "add", arc, "9", "--text", "nowhere", code=1)
    assert "no document #9" in err

    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal: --yes needed
    run(capsys, "note", "delete", arc, "1", "2", code=2)
    out, _ = run(capsys, "note", "delete", arc, "1", "2", "--yes")
    assert "deleted note #2 of document #1" in out
    listed = json.loads(run(capsys, "note", "list", arc, "1", "--json")[0])
    assert [n["text"] for n in listed] == ["The hearing was in March"]
    done = actions(arc)
    assert done.count("note.add") == 2 and done.count("note.edit") == 1
    assert done.count("note.delete") == 1


def test_saved_searches_are_added_run_renamed_and_deleted(
    arc: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "no saved searches" in run(capsys, "saved", "list", arc)[0]
    out, _ = run(
        capsys, "saved", "add", arc, "Almaty detention", "Almaty detained", "--sort", "date"
    )
    assert "saved search “Almaty detention”: Almaty detained" in out
    _, err = run(capsys, "saved", "add", arc, "ALMATY detention", "other", code=1)
    assert "already called" in err
    run(capsys, "saved", "add", arc, "Embassy", "embassy")
    listed = json.loads(run(capsys, "saved", "list", arc, "--json")[0])
    assert [(s["name"], s["query"], s["sort"]) for s in listed] == [
        ("Almaty detention", "Almaty detained", "date"),
        ("Embassy", "embassy", "relevance"),
    ]
    out, _ = run(capsys, "saved", "list", arc)
    assert "Almaty detention" in out and "Almaty detained" in out

    result = json.loads(run(capsys, "saved", "run", arc, "almaty detention", "--json")[0])
    assert [h["id"] for h in result["hits"]] == [1]
    out, _ = run(capsys, "saved", "run", arc, "#2")
    assert "#2" in out and "1-1 of 1 document match" in out

    run(capsys, "saved", "rename", arc, "Embassy", "Letters")
    _, err = run(capsys, "saved", "run", arc, "Embassy", code=1)
    assert "no saved search called" in err
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    run(capsys, "saved", "delete", arc, "Letters", code=2)
    out, _ = run(capsys, "saved", "delete", arc, "Letters", "--yes")
    assert "deleted saved search “Letters”" in out
    listed = json.loads(run(capsys, "saved", "list", arc, "--json")[0])
    assert [s["name"] for s in listed] == ["Almaty detention"]
    done = actions(arc)
    assert [a for a in done if a.startswith("saved_search.")] == [
        "saved_search.add",
        "saved_search.add",
        "saved_search.rename",
        "saved_search.delete",
    ]


def test_notes_and_saved_searches_speak_russian(arc: str) -> None:
    env = {"ARCHIVE_PASSPHRASE": PASSPHRASE, "LANG": "ru_RU.UTF-8"}
    done = run_cli("note", "add", arc, "1", "--stdin", env=env, stdin="Заметка юриста\n")
    assert done.returncode == 0, done.stderr
    assert "заметка #1 добавлена к документу #1" in done.stdout
    done = run_cli("saved", "list", arc, env=env)
    assert done.returncode == 0 and "сохранённых поисков нет" in done.stdout
    done = run_cli("note", "--help", env=env)
    assert done.returncode == 0 and "добавить заметку к документу" in done.stdout
    assert "заметки к документу" in run_cli("--help", env=env).stdout


def test_search_finds_a_note_and_says_so(arc: str, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "note", "add", arc, "2", "--text", "Quokka: call the consul")
    out, _ = run(capsys, "search", arc, "quokka")
    assert "#2" in out and "note: **Quokka**: call the consul" in out
    assert "matched by its tags" not in out
    [hit] = json.loads(run(capsys, "search", arc, "quokka", "--json")[0])["hits"]
    assert hit["id"] == 2 and hit["pages"] == [] and "**Quokka**" in hit["note"]
    run(capsys, "saved", "add", arc, "Consul", "quokka")
    out, _ = run(capsys, "saved", "run", arc, "Consul")
    assert "note: **Quokka**" in out
