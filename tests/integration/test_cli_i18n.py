"""Issue 14: the command line in Russian and Kazakh. One gettext catalogue per language
(resources/locale), chosen by --lang or the locale; every message the CLI marks has a
translation in both, with its placeholders; the shipped .mo are the compiled .po; help,
argparse's own words, errors from the core, prompts and summaries come out translated."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from archive_app.cli import catalogue, i18n
from archive_app.cli.main import main
from tests.conftest import PASSPHRASE, REPO
from tests.integration.cli_helpers import run_cli

SHELL_EXAMPLES = ("export ARCHIVE_PASSPHRASE",)
PLACEHOLDERS = re.compile(r"\{[^{}]*\}|%\([a-z_]+\)[sr]|%[sr]")


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    i18n.install("en")


def test_the_catalogues_hold_every_message_the_cli_marks_today() -> None:
    wanted = dict(catalogue.wanted())
    assert len(wanted) > 200
    for language in catalogue.TRANSLATED:
        entries = catalogue.read_po(catalogue.po_path(language))
        assert sorted(entries) == sorted(wanted), "run `make translations`"
        for msgid, plural in wanted.items():
            assert entries[msgid].plural == plural


@pytest.mark.parametrize("language", catalogue.TRANSLATED)
def test_every_cli_message_is_translated_with_its_placeholders(language: str) -> None:
    forms = int(catalogue.PLURAL_FORMS[language].split(";")[0].split("=")[1])
    problems = []
    for msgid, entry in catalogue.read_po(catalogue.po_path(language)).items():
        strings = entry.strings
        if not entry.translated or len(strings) != (forms if entry.plural else 1):
            problems.append((msgid, "untranslated"))
            continue
        for text in strings:
            if sorted(PLACEHOLDERS.findall(text)) != sorted(PLACEHOLDERS.findall(msgid)):
                problems.append((msgid, text))
    assert problems == []


@pytest.mark.parametrize("language", catalogue.TRANSLATED)
def test_the_shipped_mo_files_are_the_compiled_po_files(language: str) -> None:
    entries = list(catalogue.read_po(catalogue.po_path(language)).values())
    assert catalogue.compile_mo(language, entries) == i18n.catalogue(language)


@pytest.mark.parametrize(
    ("argv", "environ", "expected"),
    [
        ([], {"LANG": "ru_RU.UTF-8"}, "ru"),
        ([], {"LANGUAGE": "kk:ru", "LANG": "ru_RU.UTF-8"}, "kk"),
        ([], {"LC_ALL": "kk_KZ.UTF-8", "LANG": "en_US.UTF-8"}, "kk"),
        ([], {"LC_MESSAGES": "de_DE.UTF-8", "LANG": "ru_RU.UTF-8"}, "en"),
        ([], {"LANG": "C.UTF-8"}, "en"),
        ([], {}, "en"),
        (["--lang", "kk", "list"], {"LANG": "ru_RU.UTF-8"}, "kk"),
        (["--lang=en"], {"LANG": "ru_RU.UTF-8"}, "en"),
    ],
)
def test_the_language_is_the_option_else_the_locale(
    argv: list[str], environ: dict[str, str], expected: str
) -> None:
    assert i18n.choose_language(argv, environ) == expected


def test_help_and_argparse_words_in_russian(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "ru", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("использование: archive-app")
    assert "показать эту справку и выйти" in out
    assert "импортировать файлы и папки (с вложенными)" in out
    assert "import files" not in out


def test_a_mistyped_command_in_kazakh(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "kk", "serach", "a.archive", "x"]) == 2
    err = capsys.readouterr().err
    assert "белгісіз команда 'serach'; мүмкін, search?" in err


def test_a_missing_archive_is_named_in_russian(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    with pytest.raises(SystemExit):
        main(["search", "Seitkali"])
    assert "нет файла архива 'Seitkali': архив указывается первым" in capsys.readouterr().err


def test_import_search_and_errors_in_russian_and_kazakh(tmp_path: Path, corpus: Path) -> None:
    arc = str(tmp_path / "case.archive")
    env = {"ARCHIVE_PASSPHRASE": PASSPHRASE, "LANG": "ru_RU.UTF-8"}
    assert run_cli("init", arc, env=env).stdout == f"создан {arc}\n"
    done = run_cli("import", arc, str(corpus / "text"), env=env)
    assert done.returncode == 0
    assert "7 импортировано, 0 дубликатов, 0 с ошибкой" in done.stdout
    found = run_cli("search", arc, "Seitkali", env=env).stdout
    assert found.splitlines()[0] == "1–5 из 5 найденных документов"
    assert "    с.1: " in found and "p.1" not in found
    wrong = run_cli("list", arc, env={**env, "ARCHIVE_PASSPHRASE": "wrong"})
    assert wrong.returncode == 1
    assert wrong.stderr == (
        "archive-app: ошибка: Неверная парольная фраза или повреждённый архив.\n"
    )
    kazakh = run_cli("show", arc, "41", env={**env, "LANG": "kk_KZ.UTF-8"})
    assert kazakh.stderr == "archive-app: қате: #41 құжаты жоқ.\n"
    english = run_cli("show", arc, "41", env={**env, "LANG": "C.UTF-8"})
    assert english.stderr == "archive-app: error: no document #41\n"


def test_the_passphrase_prompt_is_translated(tmp_path: Path) -> None:
    """Without a terminal the CLI says how to give the passphrase instead of prompting."""
    arc = tmp_path / "case.archive"
    done = run_cli("list", str(arc), env={"LANG": "kk_KZ.UTF-8"})
    assert done.returncode == 1
    assert "құпия фраза жоқ: терминалдан тыс --passphrase-file" in done.stderr


def _words(node: ast.expr) -> str:
    """The literal text of a string or f-string expression (placeholders left out)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(_words(v) for v in node.values)
    if isinstance(node, ast.BinOp):
        return _words(node.left) + _words(node.right)
    return ""


def test_no_cli_message_is_left_out_of_the_catalogue() -> None:
    """What the CLI prints, raises, asks or shows as help is marked for translation: a
    literal with words in print(), input(), getpass(), an error, help= or description=
    fails this test."""
    found = []
    for path in sorted((REPO / "archive_app" / "cli").glob("*.py")):
        if path.name == "catalogue.py":  # the translators' tool, not the CLI
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            texts = [k.value for k in node.keywords if k.arg in ("help", "description")]
            if name in ("print", "input", "getpass") or name.endswith(("Error", "Invalid")):
                texts += node.args[:1]
            if name == "archive_parser":
                texts += node.args[2:3]
            for text in texts:
                words = _words(text)
                if words.lstrip().startswith(SHELL_EXAMPLES):
                    continue  # command lines to type, the same in every language
                if re.search(r"[A-Za-z]{3,}", words):
                    found.append(f"{path.name}:{node.lineno}: {_words(text)[:60]}")
    assert found == [], "\n".join(found)


def test_why_a_file_was_not_imported_is_said_in_russian(tmp_path: Path) -> None:
    arc = str(tmp_path / "case.archive")
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> no xref")
    (bad / "box.mbox").write_bytes(b"Subject: no From line\n\nbody\n")
    env = {"ARCHIVE_PASSPHRASE": PASSPHRASE, "LANG": "ru_RU.UTF-8"}
    assert run_cli("init", arc, env=env).returncode == 0
    done = run_cli("import", arc, str(bad), env=env)
    lines = (done.stdout + done.stderr).splitlines()
    pdf = next(line for line in lines if "broken.pdf" in line)
    mbox = next(line for line in lines if "box.mbox" in line)
    assert "Повреждённый или недопустимый PDF (" in pdf
    assert mbox.endswith("Это не почтовый ящик: файл .mbox не начинается строкой 'From '.")
    english = run_cli("import", arc, str(bad), env={**env, "LANG": "C.UTF-8"})
    assert "damaged or invalid PDF (" in english.stdout + english.stderr


def test_a_backup_that_failed_its_check_and_a_stale_index_in_kazakh() -> None:
    from archive_app.cli.main import error_message
    from storage.errors import ArchiveError, IntegrityFailure

    i18n.install("kk")
    failed = error_message(
        IntegrityFailure("backup failed its check: backup holds 2 of 3 documents")
    )
    assert failed.startswith("Көшірме тексеруден өтпеді: ") and "backup" not in failed
    stale = error_message(
        ArchiveError("the search index is from an older version or incomplete (run 'reindex')")
    )
    assert stale.endswith("('reindex' командасын орындаңыз)") and "search index" not in stale
