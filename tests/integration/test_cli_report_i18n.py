"""The lines of `check`, `backup`, `log` and `reindex` in the CLI's language: the core
writes them in English; in Russian and Kazakh the CLI prints them translated (its
gettext catalogue), in English as the core wrote them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from archive_app.cli import i18n
from archive_app.cli.main import main
from archive_app.session import Archive
from archive_app.settings import Settings
from tests.conftest import PASSPHRASE

OK = "ок".ljust(len("ПРОБЛЕМА") + 2)  # the columns of `check` in Russian


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    i18n.install("en")


@pytest.fixture
def arc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    path = tmp_path / "case.archive"
    archive, _ = Archive.create(path, PASSPHRASE, Settings(actor="tester"))
    try:
        note = tmp_path / "note.txt"
        note.write_text("The hearing was adjourned until March.\n", "utf-8")
        archive.importer().import_paths([note])
    finally:
        archive.close()
    monkeypatch.setenv("ARCHIVE_PASSPHRASE", PASSPHRASE)
    return str(path)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_in_russian(arc: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--lang", "ru", "check", arc)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == OK + "целостность шифрования (подлинность каждой страницы подтверждена)"
    assert OK + "документы целы: 1 (проверены размеры и страницы)" in lines
    assert OK + "поисковый индекс совпадает со всеми документами (1)" in lines
    assert any(line.startswith(OK + "цепочка журнала цела (записей: ") for line in lines)
    assert lines[-1] == "архив в порядке"
    assert "document" not in out and "index" not in out


def test_check_in_kazakh_deep(arc: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--lang", "kk", "check", arc, "--deep")
    assert code == 0
    assert "бүтін құжаттар: 1 (байттары қайта хештелді)" in out
    assert "дерекқор құрылымы" in out


def test_check_in_english_prints_the_core_lines(
    arc: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "check", arc)
    assert code == 0
    assert "1 documents complete (sizes and pages)" in out
    assert "search index agrees with all 1 documents" in out


def test_a_damaged_archive_in_russian(arc: str, capsys: pytest.CaptureFixture[str]) -> None:
    archive = Archive.open(Path(arc), PASSPHRASE)
    try:
        archive.db.execute("DELETE FROM pages")  # damage behind the app's back
    finally:
        archive.close()
    code, out, _ = run(capsys, "--lang", "ru", "check", arc)
    assert code == 1
    assert "ПРОБЛЕМА  документ #1: страниц 0 из 1" in out.splitlines()


def test_backup_log_and_reindex_in_russian(
    arc: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dest = tmp_path / "copy.archive"
    code, out, _ = run(capsys, "--lang", "ru", "backup", arc, str(dest))
    assert code == 0
    assert f"резервная копия записана в {dest} и проверена:" in out
    assert "  ок  документы целы: 1 (байты заново хешированы)" in out.splitlines()
    code, _, err = run(capsys, "--lang", "ru", "log", arc)
    assert code == 0
    assert err.startswith("цепочка журнала цела (записей: ")
    code, out, _ = run(capsys, "--lang", "ru", "reindex", arc)
    assert code == 0
    assert out.splitlines()[-1] == "поисковый индекс совпадает со всеми документами (1)"
