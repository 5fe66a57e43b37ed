"""The lock files in requirements/ pin everything pyproject.toml asks for, with hashes.

When this fails after a dependency was added to (or changed in) pyproject.toml: run
`make lock` and commit requirements/ with the change (README: Refreshing the lock files).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from release.lockcheck import HINT, pinned, problems

REPO = Path(__file__).resolve().parents[2]
LOCK_FILES = sorted((REPO / "requirements").glob("*.txt"))


def test_lock_files_pin_every_dependency_that_pyproject_names() -> None:
    found = problems(REPO)
    assert not found, "\n".join([*found, HINT])


def test_every_pin_carries_hashes_so_pip_can_require_them() -> None:
    assert {p.name for p in LOCK_FILES} >= {"dev.txt", "runtime.txt", "dist.txt", "tools.txt"}
    for lock in LOCK_FILES:
        text = lock.read_text(encoding="utf-8")
        entries = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 1)[1])
        pins = [e for e in entries if re.match(r"[A-Za-z0-9][\w.-]*==", e)]
        assert pins, lock.name
        unhashed = [e.split()[0] for e in pins if "--hash=sha256:" not in e]
        assert not unhashed, f"{lock.name}: pinned without a hash: {unhashed}"
        assert "--index-url" not in text and "--find-links" not in text, lock.name
        assert "file://" not in text, f"{lock.name} names a file on the machine that wrote it"


def write_project(tmp_path: Path, deps: list[str], test: list[str], dev: str, runtime: str) -> Path:
    (tmp_path / "requirements").mkdir()
    quoted = ", ".join(f'"{d}"' for d in deps)
    extra = ", ".join(f'"{d}"' for d in test)
    (tmp_path / "pyproject.toml").write_text(
        '[build-system]\nrequires = ["setuptools>=68"]\n'
        f'[project]\nname = "x"\ndependencies = [{quoted}]\n'
        f"[project.optional-dependencies]\ntest = [{extra}]\n",
        encoding="utf-8",
    )
    (tmp_path / "requirements" / "dev.txt").write_text(dev, encoding="utf-8")
    (tmp_path / "requirements" / "runtime.txt").write_text(runtime, encoding="utf-8")
    return tmp_path


PINS = "pypdf==7.1.1 \\\n    --hash=sha256:00\nsetuptools==84.2.1 \\\n    --hash=sha256:11\n"


def test_a_dependency_added_to_pyproject_but_not_locked_is_named(tmp_path: Path) -> None:
    root = write_project(tmp_path, ["pypdf>=5", "Foo_Bar>=1"], ["pytest"], PINS, PINS)
    found = problems(root)
    assert "requirements/dev.txt does not pin foo-bar" in found[0]
    assert "[project.dependencies] names 'Foo_Bar>=1'" in found[0]
    assert any(f.startswith("requirements/runtime.txt does not pin foo-bar") for f in found)
    assert any("requirements/dev.txt does not pin pytest" in f for f in found)
    assert not any("runtime.txt does not pin pytest" in f for f in found)  # test-only


@pytest.mark.skipif(sys.platform == "win32", reason="the marker holds on Windows")
def test_spelling_and_markers_for_other_systems_are_understood(tmp_path: Path) -> None:
    deps = ["PyPDF>=5", "pywin32>=300; sys_platform == 'win32'"]
    assert problems(write_project(tmp_path, deps, [], PINS, PINS)) == []


def test_a_pin_outside_the_new_specifier_is_named(tmp_path: Path) -> None:
    root = write_project(tmp_path, ["pypdf>=8"], [], PINS, PINS)
    found = problems(root)
    assert found and "pins 7.1.1, outside >=8 for pypdf" in found[0]


def test_runtime_and_dev_locks_must_agree(tmp_path: Path) -> None:
    other = PINS.replace("pypdf==7.1.1", "pypdf==7.0.0")
    root = write_project(tmp_path, ["pypdf>=5"], [], PINS, other)
    assert any("runtime.txt pins pypdf==7.0.0 but" in f for f in problems(root))


def test_missing_lock_file_is_named(tmp_path: Path) -> None:
    root = write_project(tmp_path, ["pypdf>=5"], [], PINS, PINS)
    (root / "requirements" / "runtime.txt").unlink()
    assert problems(root) == ["requirements/runtime.txt is missing"]


def test_pins_are_read_under_their_normalized_names(tmp_path: Path) -> None:
    lock = tmp_path / "x.txt"
    lock.write_text("PySide6==6.11.3 \\\n    --hash=sha256:aa\n# whoosh_reloaded==1\n")
    assert pinned(lock) == {"pyside6": "6.11.3"}
