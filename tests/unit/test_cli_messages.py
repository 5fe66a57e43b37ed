"""Issue 14, defect 12: the command line says what went wrong with a command."""

from __future__ import annotations

import pytest

from archive_app.cli.main import main
from ui.app import wants_cli


def test_a_mistyped_command_is_named_with_a_suggestion(capsys: pytest.CaptureFixture[str]) -> None:
    assert wants_cli(["serach", "case.archive", "x"])  # not the window (nor a hang)
    assert main(["serach", "case.archive", "x"]) == 2
    assert "unknown command 'serach'; did you mean search?" in capsys.readouterr().err


def test_a_query_without_an_archive_says_the_archive_is_missing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["search", "Seitkali"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "no archive file 'Seitkali'" in err and "query" not in err.splitlines()[-1]


def test_the_window_still_opens_without_a_command() -> None:
    assert not wants_cli([])
    assert not wants_cli(["--demo"])
