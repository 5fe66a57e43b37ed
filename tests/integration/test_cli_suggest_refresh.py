"""The command line refreshes every document's suggestions after `person add` / `person edit`."""

from __future__ import annotations

import io
import json
import os
import signal
from pathlib import Path

import pytest

from archive_app.cli import refresh
from archive_app.cli.main import main
from archive_app.cli.output import ProgressBar
from archive_app.tasks import Progress
from tests.conftest import PASSPHRASE

NEWCOMER = "Aigerim Bekova"


@pytest.fixture
def arc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Three statements, two of which name the newcomer; nobody registered.

    The two cite an article, so their suggestions exist from the import on and
    ``suggest`` shows them as stored instead of computing them on first use.
    """
    monkeypatch.setenv("ARCHIVE_PASSPHRASE", PASSPHRASE)
    folder = tmp_path / "in"
    folder.mkdir()
    texts = {
        "a.txt": f"Statement.\n{NEWCOMER} was detained in breach of article 9 of the ICCPR.\n",
        "b.txt": f"Medical note.\n{NEWCOMER} was examined; see article 7 of the ICCPR.\n",
        "c.txt": "Diplomatic note.\nThe consulate acknowledges receipt of the appeal.\n",
    }
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = str(tmp_path / "case.archive")
    assert main(["init", path]) == 0
    assert main(["import", path, str(folder)]) == 0
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def suggested(capsys: pytest.CaptureFixture[str], arc: str, doc_id: int) -> set[str]:
    data = json.loads(run(capsys, "suggest", arc, str(doc_id), "--json"))
    return {p["name"] for p in data["persons"]}


def test_person_add_and_edit_refresh_every_document(
    arc: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert suggested(capsys, arc, 1) == set()  # computed at import, before she was registered
    out = run(capsys, "person", "add", arc, NEWCOMER)
    assert out.splitlines() == [
        f"added person #1 {NEWCOMER}",
        "suggestions refreshed on 3 documents: 2 new on 2 documents",
    ]
    assert [suggested(capsys, arc, i) for i in (1, 2, 3)] == [{NEWCOMER}, {NEWCOMER}, set()]

    out = run(capsys, "person", "edit", arc, NEWCOMER, "--role", "witness")
    assert "suggestions refreshed" not in out  # no name changed: nothing to refresh

    out = run(capsys, "person", "edit", arc, NEWCOMER, "--name", "Saule Nurpeisova")
    assert "suggestions refreshed on 3 documents: no new ones" in out
    assert suggested(capsys, arc, 1) == set()  # her old pending suggestions went with the name

    out = run(capsys, "person", "edit", arc, "#1", "--alias", NEWCOMER)
    assert out.splitlines()[-1] == "suggestions refreshed on 3 documents: 2 new on 2 documents"
    assert suggested(capsys, arc, 2) == {"Saule Nurpeisova"}


def test_no_suggest_skips_and_person_refresh_catches_up(
    arc: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = run(capsys, "person", "add", arc, NEWCOMER, "--no-suggest")
    assert out.splitlines() == [f"added person #1 {NEWCOMER}"]
    assert suggested(capsys, arc, 1) == set()
    out = run(capsys, "person", "refresh", arc)
    assert out.splitlines() == ["suggestions refreshed on 3 documents: 2 new on 2 documents"]
    assert suggested(capsys, arc, 1) == {NEWCOMER}


class InterruptingBar(ProgressBar):
    """The CLI's bar on a pretend terminal that presses Ctrl+C as the second document starts."""

    drawn = io.StringIO()

    def __init__(self, *, counts: bool = True) -> None:
        stream = InterruptingBar.drawn
        stream.isatty = lambda: True  # type: ignore[method-assign]
        super().__init__(stream, counts=counts)

    def __call__(self, p: Progress) -> None:
        super().__call__(p)
        if p.done == 1 and p.current:
            os.kill(os.getpid(), signal.SIGINT)


def test_ctrl_c_stops_after_the_current_document_and_keeps_it(
    arc: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(refresh, "ProgressBar", InterruptingBar)
    capsys.readouterr()
    assert main(["person", "add", arc, NEWCOMER]) == 0
    captured = capsys.readouterr()
    assert "stopping the suggestion refresh after the current document" in captured.err
    last = captured.out.splitlines()[-1]
    assert last.startswith("suggestion refresh stopped after 2 of 3 documents (2 new on 2")
    assert f"archive-app person refresh {arc}" in last
    drawn = InterruptingBar.drawn.getvalue()
    assert "] 1/3  document #2" in drawn and "dup" not in drawn  # a bar without import counts
    assert [suggested(capsys, arc, i) for i in (1, 2)] == [{NEWCOMER}, {NEWCOMER}]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # handler restored
