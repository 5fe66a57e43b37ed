"""Does requirements/ pin everything pyproject.toml asks for? (``make install``, tests)

``python3 release/lockcheck.py`` prints one line per problem and exits 1, or exits 0
silently. Standard library only, so the Makefile can run it before any venv exists;
with ``packaging`` importable it also checks environment markers and that every pinned
version satisfies pyproject.toml's specifier.

The lock files (``make lock`` writes them, see release/lock):
  dev.txt      [project.dependencies] + the [test] extra + [build-system].requires
  runtime.txt  [project.dependencies] + [build-system].requires, same versions as dev.txt
"""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCKS = {
    "requirements/dev.txt": ("dependencies", "test", "build-system"),
    "requirements/runtime.txt": ("dependencies", "build-system"),
}
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)")


@dataclass(frozen=True)
class Requirement:
    text: str  # as written in pyproject.toml
    group: str  # "dependencies", an extra's name, or "build-system"

    @property
    def name(self) -> str:
        match = _NAME.match(self.text)
        return normalize(match.group(1)) if match else self.text


def normalize(name: str) -> str:
    """PEP 503: PySide6 == pyside6, whoosh_reloaded == whoosh-reloaded."""
    return re.sub(r"[-_.]+", "-", name).lower()


def declared(pyproject: Path) -> list[Requirement]:
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    project = data.get("project", {})
    found = [Requirement(text, "dependencies") for text in project.get("dependencies", [])]
    for extra, texts in project.get("optional-dependencies", {}).items():
        found += [Requirement(text, extra) for text in texts]
    build = data.get("build-system", {}).get("requires", [])
    found += [Requirement(text, "build-system") for text in build]
    return found


def pinned(lock: Path) -> dict[str, str]:
    """{normalized name: version} of every ``name==version`` line."""
    pins: dict[str, str] = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = _PIN.match(line)
        if match:
            pins[normalize(match.group(1))] = match.group(2)
    return pins


def _applies_here(req: Requirement) -> bool:
    """False when the requirement's environment marker excludes this machine."""
    if ";" not in req.text:
        return True
    try:
        from packaging.requirements import Requirement as Parsed
    except ImportError:  # cannot evaluate the marker: do not complain about it
        return False
    marker = Parsed(req.text).marker
    return marker is None or marker.evaluate({"extra": req.group})


def _version_problem(req: Requirement, version: str) -> str:
    try:
        from packaging.requirements import Requirement as Parsed
        from packaging.version import InvalidVersion, Version
    except ImportError:
        return ""
    specifier = Parsed(req.text).specifier
    try:
        ok = specifier.contains(Version(version), prereleases=True)
    except InvalidVersion:
        return ""
    return "" if ok else f"pins {version}, outside {specifier}"


def problems(root: Path = ROOT) -> list[str]:
    """Every way the lock files fail pyproject.toml, as sentences; [] when they agree."""
    reqs = declared(root / "pyproject.toml")
    found: list[str] = []
    locks: dict[str, dict[str, str]] = {}
    for lock_name, groups in LOCKS.items():
        lock = root / lock_name
        if not lock.is_file():
            found.append(f"{lock_name} is missing")
            continue
        pins = locks[lock_name] = pinned(lock)
        for req in reqs:
            if req.group not in groups or not _applies_here(req):
                continue
            where = _where(req.group)
            if req.name not in pins:
                found.append(f"{lock_name} does not pin {req.name} ({where} names {req.text!r})")
                continue
            issue = _version_problem(req, pins[req.name])
            if issue:
                found.append(f"{lock_name} {issue} for {req.name} ({where} names {req.text!r})")
    dev, runtime = locks.get("requirements/dev.txt", {}), locks.get("requirements/runtime.txt", {})
    for name in sorted(set(dev) & set(runtime)):
        if dev[name] != runtime[name]:
            found.append(
                f"requirements/runtime.txt pins {name}=={runtime[name]} but"
                f" requirements/dev.txt pins {dev[name]} (the build would differ from the tests)"
            )
    return found


def _where(group: str) -> str:
    if group == "dependencies":
        return "pyproject.toml [project.dependencies]"
    if group == "build-system":
        return "pyproject.toml [build-system].requires"
    return f"pyproject.toml [project.optional-dependencies].{group}"


HINT = "run `make lock` and commit requirements/ (README: Refreshing the lock files)"


def main() -> int:
    found = problems()
    for line in found:
        print(f"lock files out of date: {line}", file=sys.stderr)
    if found:
        print(HINT, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
