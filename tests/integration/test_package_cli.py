"""Packages through the real CLI: export, verify, merge (asked, --dry-run, --yes), and no
canary reaches disk in plain or zlib form - archives, packages, journals, TMPDIR and the
config/cache/data directories scanned after export and merge (as in test_no_plaintext)."""

from __future__ import annotations

from pathlib import Path

from tests.integration.cli_helpers import run_cli
from tests.integration.test_no_plaintext import CYRILLIC, LATIN, PASSPHRASE, _inputs, _leaks

PACKAGE_PASS = "package passphrase for canaries"


def test_package_export_merge_cli_leaves_no_plaintext(tmp_path: Path) -> None:
    inputs, work, tmpdir, appdirs = (tmp_path / n for n in ("inputs", "work", "tmp", "app"))
    _inputs(inputs)
    for d in (work, tmpdir, appdirs):
        d.mkdir()
    env = {
        "TMPDIR": str(tmpdir),
        "ARCHIVE_PASSPHRASE": PASSPHRASE,
        "ARCHIVE_PACKAGE_PASSPHRASE": PACKAGE_PASS,
        "ARCHIVE_APP_CONFIG_DIR": str(appdirs / "config"),
        "ARCHIVE_APP_CACHE_DIR": str(appdirs / "cache"),
        "ARCHIVE_APP_DATA_DIR": str(appdirs / "data"),
    }
    a, b, pkg = (str(work / n) for n in ("a.archive", "b.archive", "case.package"))
    case = f"Case {LATIN}"
    steps = [
        ("init", a),
        ("import", a, str(inputs)),
        ("person", "add", a, "Witness One", "--alias", LATIN, "--alias", CYRILLIC),
        ("case", "add", a, case),
        ("tag", a, "1", "2", "3", "--person", LATIN, "--case", case),
        ("package", "export", a, "--case", case, "--out", pkg),
        ("package", "verify", pkg),
        ("init", b),
        ("package", "merge", b, pkg, "--dry-run"),
        ("package", "import", b, pkg, "--yes"),
        ("search", b, LATIN, "--json"),
        ("check", b, "--deep"),
        ("log", b),
    ]
    outputs = {}
    for step in steps:
        result = run_cli(*step, env=env)
        assert result.returncode == 0, (step, result.stderr)
        outputs[step[:2]] = result.stdout
    assert "will add:    " in outputs[("package", "merge")]
    assert "merged: " in outputs[("package", "import")]
    assert '"total": 0' not in outputs[("search", b)]  # merged and searchable
    asked = run_cli("package", "merge", b, pkg, env=env, stdin="")
    assert asked.returncode == 0 and "nothing new in this package" in asked.stdout
    refused = run_cli(
        "package", "merge", b, pkg, "--yes", env={**env, "ARCHIVE_PACKAGE_PASSPHRASE": "nope"}
    )
    assert refused.returncode == 1
    assert "wrong passphrase or damaged package" in refused.stderr
    assert "Traceback" not in refused.stderr
    scanned = [p for root in (work, tmpdir, appdirs) for p in root.rglob("*") if p.is_file()]
    assert {"a.archive", "b.archive", "case.package"} <= {p.name for p in scanned}
    assert [leak for p in scanned for leak in _leaks(p)] == []
