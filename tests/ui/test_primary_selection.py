"""The primary selection is empty after a lock (issue 13).

The offscreen platform the tests run on has no selection (``supportsSelection()`` is
False), so the check runs in a real X server: ``tests/ui/x11_selection.py`` under Xvfb
with Qt's xcb platform, text selected in the viewer, read back by another X client (a
second Qt process) before and after the lock. Xvfb is a system package the Makefile
installs (``make system-deps``)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
X11_TEST = Path(__file__).with_name("x11_selection.py")


@pytest.mark.skipif(
    not (shutil.which("xvfb-run") and shutil.which("Xvfb")),
    reason="needs Xvfb (make system-deps)",
)
def test_the_primary_selection_is_empty_after_a_lock_in_a_real_x_server() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(X11_TEST)]
    done = subprocess.run(
        ["xvfb-run", "-a", *command],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "1 passed" in done.stdout
