"""No core dumps and no debugger: the running CLI, the window and the PDF sandbox worker.

Checked from outside, as another program of the same user would try: ``/proc/PID/limits``
for RLIMIT_CORE, and a probe process that tries to attach with ptrace (PTRACE_SEIZE) and
to open ``/proc/PID/mem``. When the tests run as root, the app and the probe both run
without CAP_SYS_PTRACE (``setpriv``), like an ordinary user's programs; otherwise root
could trace anything and the check would prove nothing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from archive_app.hardening import DEBUG_ENV, WORKER_LAUNCHER
from tests.conftest import PASSPHRASE
from tests.integration.cli_helpers import REPO
from tests.support.pdfgen import make_pdf
from tests.support.scans import corpus_text, scan_page, scanned_pdf

ROOT = os.geteuid() == 0
pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc; Linux only"),
    pytest.mark.skipif(ROOT and not shutil.which("setpriv"), reason="needs setpriv as root"),
]
PEER = ["setpriv", "--bounding-set=-sys_ptrace", "--inh-caps=-all", "--"] if ROOT else []

PROBE = """
import ctypes, json, sys
pid = int(sys.argv[1])
libc = ctypes.CDLL(None, use_errno=True)
seized = libc.ptrace(0x4206, pid, None, None) == 0  # PTRACE_SEIZE; detached when we exit
try:
    open(f"/proc/{pid}/mem", "rb").close()
    memory = True
except OSError:
    memory = False
print(json.dumps({"ptrace": seized, "memory": memory}))
"""


def environment(home: Path, **extra: str) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(REPO),
        "HOME": str(home),
        "ARCHIVE_APP_CONFIG_DIR": str(home / "config"),
        "ARCHIVE_APP_CACHE_DIR": str(home / "cache"),
        "ARCHIVE_APP_DATA_DIR": str(home / "data"),
        "ARCHIVE_PASSPHRASE": PASSPHRASE,
        "QT_QPA_PLATFORM": "offscreen",
        **extra,
    }


def start(args: list[str], home: Path, **extra: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [*PEER, sys.executable, *args],
        cwd=REPO,
        env=environment(home, **extra),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def stop(proc: subprocess.Popen[bytes]) -> str:
    if proc.poll() is None:
        proc.kill()
    _, err = proc.communicate(timeout=30)
    return err.decode(errors="replace")


def peer_access(pid: int) -> dict[str, bool]:
    """What another program of the same user can do to ``pid``."""
    out = subprocess.run(
        [*PEER, sys.executable, "-c", PROBE, str(pid)],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    ).stdout
    return dict(json.loads(out))


def limit(pid: int, name: str) -> tuple[str, str]:
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith(name):
            soft, hard = line[len(name) :].split()[:2]
            return soft, hard
    raise AssertionError(f"no {name!r} in /proc/{pid}/limits")


def core_limit(pid: int) -> tuple[str, str]:
    return limit(pid, "Max core file size")


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def wait_for(condition: Callable[[], bool], timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.02)
    raise AssertionError("timed out")


def test_the_probe_can_trace_an_ordinary_process(tmp_path: Path) -> None:
    """The control: the same probe does reach a process that is not hardened."""
    sleeper = subprocess.Popen([*PEER, sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        time.sleep(0.3)
        assert peer_access(sleeper.pid) == {"ptrace": True, "memory": True}
    finally:
        sleeper.kill()
        sleeper.wait()


def test_cli_and_its_pdf_worker_have_no_core_dumps_and_cannot_be_traced(
    tmp_path: Path,
) -> None:
    evidence = tmp_path / "evidence"
    evidence.mkdir()
    for n in range(80):
        pages = [f"Hearing record {n} page {p}" for p in range(1, 6)]
        (evidence / f"hearing-{n:03}.pdf").write_bytes(make_pdf(pages))
    archive = tmp_path / "case.archive"
    init = start(["-m", "archive_app.cli.main", "init", str(archive)], tmp_path)
    assert init.wait(timeout=120) == 0, stop(init)

    cli = start(["-m", "archive_app.cli.main", "import", str(archive), str(evidence)], tmp_path)
    try:
        workers: list[int] = []

        def worker_serving() -> bool:  # the sandbox sets its memory limit once it serves
            workers[:] = [
                p for p in children(cli.pid) if limit(p, "Max address space")[0] != "unlimited"
            ]
            return bool(workers)

        wait_for(worker_serving)
        worker = workers[0]
        cmdline = Path(f"/proc/{worker}/cmdline").read_text().split("\0")
        assert cmdline[1:5] == ["-s", "-m", WORKER_LAUNCHER, "indexing.extract.pdf_worker"]
        for pid in (cli.pid, worker):
            assert core_limit(pid) == ("0", "0")
            assert peer_access(pid) == {"ptrace": False, "memory": False}
        assert cli.poll() is None, "the import ended before the checks"
    finally:
        err = stop(cli)
    assert "warning" not in err


@pytest.mark.skipif(not shutil.which("tesseract"), reason="needs Tesseract")
def test_the_ocr_worker_is_hardened_too(tmp_path: Path) -> None:
    """``archive-app ocr``: the OCR sandbox cannot be traced; Tesseract, a program it
    starts, has no core dumps (RLIMIT_CORE 0 is inherited through exec)."""
    text = corpus_text("witness-statement-en.txt", 500)
    scans = tmp_path / "scan.pdf"
    scans.write_bytes(scanned_pdf([scan_page(text, seed=n) for n in range(6)]))
    archive = tmp_path / "case.archive"
    for args in (["init", str(archive)], ["import", str(archive), str(scans)]):
        step = start(["-m", "archive_app.cli.main", *args], tmp_path)
        assert step.wait(timeout=300) == 0, stop(step)

    cli = start(["-m", "archive_app.cli.main", "ocr", str(archive)], tmp_path)
    try:
        found: dict[str, int] = {}

        def reading() -> bool:
            assert cli.poll() is None, "the OCR run ended before the checks"
            for pid in children(cli.pid):
                try:  # a child that ends between the listing and the reading is skipped
                    cmdline = Path(f"/proc/{pid}/cmdline").read_text().split("\0")
                    limited = limit(pid, "Max address space")[0] != "unlimited"
                except OSError:
                    continue
                if "indexing.ocr.worker" in cmdline and limited:
                    found["worker"] = pid
                    found.update(("tesseract", p) for p in children(pid))
            return "tesseract" in found

        wait_for(reading, timeout=240)
        worker = found["worker"]
        assert WORKER_LAUNCHER in Path(f"/proc/{worker}/cmdline").read_text().split("\0")
        for pid in (cli.pid, worker):
            assert core_limit(pid) == ("0", "0")
            assert peer_access(pid) == {"ptrace": False, "memory": False}
        assert core_limit(found["tesseract"]) == ("0", "0")
    finally:
        err = stop(cli)
    assert "warning" not in err


def test_window_is_hardened_and_the_escape_hatch_says_so(tmp_path: Path) -> None:
    """``archive-app --demo``: the window builds the demo archive, so it is past start-up."""
    home = tmp_path / "hardened"
    window = start(["-m", "ui.app", "--demo"], home)
    try:
        wait_for(lambda: (home / "data" / "demo").exists())
        assert core_limit(window.pid) == ("0", "0")
        assert peer_access(window.pid) == {"ptrace": False, "memory": False}
    finally:
        err = stop(window)
    assert "warning" not in err

    home = tmp_path / "debuggable"
    window = start(["-m", "ui.app", "--demo"], home, **{DEBUG_ENV: "1"})
    try:
        wait_for(lambda: (home / "data" / "demo").exists())
        assert core_limit(window.pid) == core_limit(os.getpid())  # left as it was
        assert peer_access(window.pid) == {"ptrace": True, "memory": True}
    finally:
        err = stop(window)
    assert f"{DEBUG_ENV} is set: core dumps and debuggers are allowed" in err
