"""Security rules live in the core, so the CLI and the window obey the same ones:
changing the passphrase and writing a backup prove the current passphrase; a rekey
updates (or forgets) the passphrase remembered in the keyring."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive_app import secrets
from archive_app.cli.main import main
from archive_app.errors import ArchiveError, WrongPassphrase
from archive_app.session import Archive
from tests.conftest import PASSPHRASE

NEW = "a brand new long passphrase"


def test_change_passphrase_with_a_wrong_current_one_changes_nothing(
    archive: Archive,
) -> None:
    path = archive.path
    with pytest.raises(WrongPassphrase):
        archive.maintenance.change_passphrase("not the passphrase", NEW)
    with pytest.raises(ArchiveError, match="current passphrase"):
        archive.maintenance.change_passphrase(PASSPHRASE, PASSPHRASE)
    assert archive.maintenance.passphrase_opens(PASSPHRASE)
    archive.close()
    Archive.open(path, PASSPHRASE).close()


def test_backup_with_a_wrong_current_passphrase_writes_nothing(
    archive: Archive, tmp_path: Path
) -> None:
    dest = tmp_path / "copy.archive"
    with pytest.raises(WrongPassphrase):
        archive.maintenance.backup(dest, "a passphrase nobody knows")
    assert not dest.exists()
    assert archive.maintenance.backup(dest, PASSPHRASE).ok
    Archive.open(dest, PASSPHRASE).close()


class MemoryKeyring:
    def __init__(self, *, fail: bool = False) -> None:
        self.store: dict[str, str] = {}
        self.fail = fail

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(secrets, "recall", lambda p: self.store.get(str(p)))
        monkeypatch.setattr(secrets, "remember", self._remember)
        monkeypatch.setattr(secrets, "forget", lambda p: self.store.pop(str(p), None))

    def _remember(self, path: Path, passphrase: str) -> None:
        if self.fail:
            raise RuntimeError("the keyring is locked")
        self.store[str(path)] = passphrase


def test_rekey_updates_the_remembered_passphrase(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    ring = MemoryKeyring()
    ring.install(monkeypatch)
    ring.store[str(archive.path)] = PASSPHRASE
    changed = archive.maintenance.change_passphrase(PASSPHRASE, NEW)
    assert changed.remembered and ring.store == {str(archive.path): NEW}


def test_rekey_forgets_the_remembered_passphrase_when_the_keyring_fails(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    ring = MemoryKeyring(fail=True)
    ring.install(monkeypatch)
    ring.store[str(archive.path)] = PASSPHRASE
    changed = archive.maintenance.change_passphrase(PASSPHRASE, NEW)
    assert not changed.remembered and ring.store == {}  # never a stale passphrase


def test_cli_passwd_with_a_wrong_current_passphrase_changes_nothing(
    archive: Archive,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Not the file, not the passphrase remembered on this computer, not the audit log."""
    ring = MemoryKeyring()
    ring.install(monkeypatch)
    path = archive.path
    ring.store[str(path)] = PASSPHRASE
    entries = len(archive.maintenance.log())
    archive.close()
    before = path.read_bytes()
    wrong, new = tmp_path / "wrong.txt", tmp_path / "new.txt"
    wrong.write_text("not the passphrase\n", encoding="utf-8")
    new.write_text(NEW + "\n", encoding="utf-8")
    args = ["passwd", str(path), "--passphrase-file", str(wrong), "--new-passphrase-file"]
    assert main([*args, str(new)]) == 1
    assert "wrong passphrase" in capsys.readouterr().err
    assert path.read_bytes() == before
    assert ring.store == {str(path): PASSPHRASE}
    with Archive.open(path, PASSPHRASE) as reopened:
        assert len(reopened.maintenance.log()) == entries


def test_cli_export_reads_the_bundle_back_from_disk_and_fails_on_a_planted_leak(
    archive: Archive,
    corpus: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from archive_app.export import bundle, verified

    ids = archive.importer().import_paths([corpus / "text" / "witness-statement-en.txt"])
    path = archive.path
    archive.close()
    monkeypatch.setenv("ARCHIVE_PASSPHRASE", PASSPHRASE)
    argv = ["export", str(path), "--ids", str(ids.document_ids[0]), "--redact-term", "Qalzhat"]
    assert main([*argv, "--out", str(tmp_path / "clean")]) == 0
    assert "read back from disk and verified" in capsys.readouterr().out

    def plant(written: Path) -> None:  # as a failing disk or a tampering process would
        log = written / bundle.LOG
        log.write_bytes(log.read_bytes() + b"Qalzhat\n")

    monkeypatch.setattr(verified, "after_write", plant)
    assert main([*argv, "--out", str(tmp_path / "leaky")]) == 1
    captured = capsys.readouterr()
    assert "PROBLEM" in captured.out and "do not send it" in captured.err
