"""The command line, end to end, as a case officer would use it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archive_app.cli.main import main
from archive_app.session import Archive
from tests.conftest import PASSPHRASE
from tests.integration.cli_helpers import run_cli

FIELDS = {"id", "title", "filename", "sha256", "type", "pages", "persons", "articles"}


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ARCHIVE_PASSPHRASE", PASSPHRASE)
    arc = tmp_path / "atajurt.archive"
    assert main(["init", str(arc)]) == 0
    return arc


def out_of(capsys: pytest.CaptureFixture[str], *argv: str, code: int = 0) -> str:
    capsys.readouterr()
    assert main(list(argv)) == code
    return capsys.readouterr().out


def test_full_cli_session(
    env: Path, corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    arc = str(env)
    assert main(["case", "add", arc, "Atajurt 19", "--reference", "Taldykorgan 2026"]) == 0
    shared = [str(corpus / "pdf"), str(corpus / "text")]  # corpus/formats: tests of its own
    out = out_of(capsys, "import", arc, *shared, "--case", "Atajurt 19")
    assert "16 imported, 0 duplicates, 0 failed" in out
    listing = json.loads(out_of(capsys, "list", arc, "--json"))
    assert len(listing) == 16 and set(listing[0]) >= FIELDS
    ruling = next(d for d in listing if d["filename"] == "court-ruling-taldykorgan-ru.txt")

    out_of(
        capsys,
        "person",
        "add",
        arc,
        "Yerlan Seitkali",
        "--alias",
        "Сейткали Ерлан",
        "--role",
        "defender",
        "--consent",
        "yes",
    )
    people = json.loads(out_of(capsys, "person", "list", arc, "--json"))
    assert people[0]["aliases"] == ["Сейткали Ерлан"]
    out = out_of(
        capsys,
        "tag",
        arc,
        str(ruling["id"]),
        "--person",
        "Сейткали Ерлан",
        "--article",
        "KZ-CC 174(2)",
        "--article",
        "ICCPR 14(7)",
    )
    assert f"tagged #{ruling['id']} article ICCPR 14(7)" in out
    shown = json.loads(out_of(capsys, "show", arc, str(ruling["id"]), "--json"))
    assert shown["persons"] == ["Yerlan Seitkali"]
    assert shown["articles"] == ["ICCPR 14(7)", "KZ-CC 174(2)"]
    assert shown["cases"] == ["Atajurt 19"]
    text = out_of(capsys, "show", arc, str(ruling["id"]), "--text")
    assert "--- page 1 ---" in text and "Талдыкорган" in text

    out_of(capsys, "untag", arc, str(ruling["id"]), "--article", "ICCPR 14(7)")
    out_of(capsys, "edit", arc, str(ruling["id"]), "--date", "2026-01-23", "--title", "Ruling")
    shown = json.loads(out_of(capsys, "show", arc, str(ruling["id"]), "--json"))
    assert (shown["date"], shown["title"], shown["articles"]) == (
        "2026-01-23",
        "Ruling",
        ["KZ-CC 174(2)"],
    )

    target = tmp_path / "out"
    target.mkdir()
    out_of(capsys, "get", arc, str(ruling["id"]), str(target))
    assert (target / ruling["filename"]).read_bytes() == (
        corpus / "text" / ruling["filename"]
    ).read_bytes()

    out_of(capsys, "article", "add", arc, "KZ-CC 380(1)", "--title", "Violence against an official")
    arts = json.loads(out_of(capsys, "article", "list", arc, "--instrument", "KZ-CC", "--json"))
    assert "KZ-CC 380(1)" in [a["citation"] for a in arts]

    out_of(capsys, "delete", arc, str(ruling["id"]), "--yes")
    assert len(json.loads(out_of(capsys, "list", arc, "--json"))) == 15

    out = out_of(capsys, "check", arc, "--deep")
    assert "archive is healthy" in out
    log = json.loads(out_of(capsys, "log", arc, "--json"))
    actions = [e["action"] for e in log["entries"]]
    assert log["chain_ok"]
    for action in (
        "archive.create",
        "case.add",
        "document.import",
        "person.add",
        "document.tag",
        "document.untag",
        "document.edit",
        "document.get",
        "article.add",
        "document.delete",
        "archive.check",
    ):
        assert action in actions


def test_errors_are_one_line_and_exit_1(
    env: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    capsys.readouterr()
    monkeypatch.setenv("ARCHIVE_PASSPHRASE", "not the passphrase")
    assert main(["list", str(env)]) == 1
    err = capsys.readouterr().err
    assert err == "archive-app: error: wrong passphrase or damaged archive\n"
    monkeypatch.setenv("ARCHIVE_PASSPHRASE", PASSPHRASE)
    assert main(["show", str(env), "99"]) == 1
    assert capsys.readouterr().err == "archive-app: error: no document #99\n"
    assert main(["--debug", "show", str(env), "99"]) == 1
    assert "Traceback" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main(["show", str(env)])
    assert usage.value.code == 2


def test_passphrase_file_passwd_and_backup(
    env: Path, tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ARCHIVE_PASSPHRASE")
    old_file, new_file = tmp_path / "old.txt", tmp_path / "new.txt"
    old_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    new_file.write_text("a brand new long passphrase\n", encoding="utf-8")
    arc = str(env)
    assert main(["import", arc, str(corpus / "text"), "--passphrase-file", str(old_file)]) == 0
    assert (
        main(
            [
                "passwd",
                arc,
                "--passphrase-file",
                str(old_file),
                "--new-passphrase-file",
                str(new_file),
            ]
        )
        == 0
    )
    assert main(["list", arc, "--passphrase-file", str(old_file)]) == 1
    backup = tmp_path / "backup.archive"
    assert main(["backup", arc, str(backup), "--passphrase-file", str(new_file)]) == 0
    assert main(["backup", arc, str(backup), "--passphrase-file", str(new_file)]) == 1
    with Archive.open(backup, "a brand new long passphrase") as copy:
        assert copy.documents.count() == 7
        assert copy.maintenance.verify_log().ok


def test_init_refuses_empty_and_existing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    arc = tmp_path / "x.archive"
    assert main(["init", str(arc), "--passphrase-file", str(empty)]) == 1
    assert "empty passphrase" in capsys.readouterr().err
    assert not arc.exists()
    monkeypatch.setenv("ARCHIVE_PASSPHRASE", "short")
    assert main(["init", str(arc)]) == 0
    assert "passphrase is short" in capsys.readouterr().err
    before = arc.read_bytes()
    assert main(["init", str(arc)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert arc.read_bytes() == before


def test_passphrase_is_never_a_command_line_argument() -> None:
    from archive_app.cli.main import build_parser

    help_text = build_parser().format_help()
    with pytest.raises(SystemExit):
        build_parser().parse_args(["list", "a.archive", "--passphrase", "secret"])
    assert "--passphrase " not in help_text


def test_second_process_gets_archive_open_elsewhere(env: Path) -> None:
    with Archive.open(env, PASSPHRASE):
        result = run_cli("list", str(env), env={"ARCHIVE_PASSPHRASE": PASSPHRASE}, timeout=30)
    assert result.returncode == 1
    assert "archive is open elsewhere" in result.stderr


def test_demo_archive_builds_and_reopens(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--demo"]) == 0
    first = capsys.readouterr().out
    assert "Passphrase:   demo archive - not for real cases" in first
    assert main(["--demo"]) == 0
    assert capsys.readouterr().out == first  # reopened, not rebuilt


def test_search_command_json_and_errors(
    env: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    arc = str(env)
    out_of(capsys, "import", arc, str(corpus / "text"), "--date", "2026-01-20")
    data = json.loads(
        out_of(
            capsys,
            "search",
            arc,
            "Сейткали",
            "--json",
            "--facets",
            "--limit",
            "2",
            "--sort",
            "date",
        )
    )
    assert data["total"] == 5 and len(data["hits"]) == 2
    hit = data["hits"][0]
    assert {"id", "title", "filename", "type", "date", "score", "pages"} <= set(hit)
    assert hit["pages"][0]["page"] == 1 and "**" in hit["pages"][0]["snippet"]
    assert {"persons", "articles", "cases", "types", "languages", "years"} <= set(data["facets"])
    assert data["facets"]["years"] == [{"value": "2026", "count": 5}]
    page2 = json.loads(out_of(capsys, "search", arc, "Сейткали", "--json", "--offset", "2"))
    assert {h["id"] for h in page2["hits"]}.isdisjoint({h["id"] for h in data["hits"]})
    text = out_of(capsys, "search", arc, "detnetion")
    assert "Did you mean: detention" in text
    capsys.readouterr()
    assert main(["search", arc, '"unclosed']) == 1
    assert "quotation mark is not closed" in capsys.readouterr().err
    assert "search index agrees with all 7 documents" in out_of(capsys, "reindex", arc)
