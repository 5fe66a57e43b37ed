"""indexing layer: the command line that starts a sandbox worker process, and its stop.

From a source install a worker is ``python -s -m [LAUNCHER] MODULE ARGS``: a fresh
interpreter that ignores the user's site-packages, started through the launcher the
application passes in (``Limits.worker_launcher``, which hardens the new process).

A frozen build (PyInstaller sets ``sys.frozen``) has no ``python -m``:
``sys.executable`` is the application itself. It runs a worker when started as
``archive-app --worker MODULE ARGS`` (``ui.app.main``), and that path always goes
through the hardening launcher, which accepts only ``indexing.`` modules; the worker
then sets its own limits (address space, time) exactly as from source.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Sequence

WORKER_FLAG = "--worker"  # archive-app --worker MODULE ARGS (frozen builds)


def is_frozen() -> bool:
    """True inside a frozen build, where ``sys.executable`` is the application."""
    return bool(getattr(sys, "frozen", False))


def worker_command(module: str, args: Sequence[str], launcher: str = "") -> list[str]:
    """The argv that starts worker ``module`` with ``args`` in a new process."""
    if is_frozen():
        return [sys.executable, WORKER_FLAG, module, *args]
    return [sys.executable, "-s", "-m", *([launcher] if launcher else []), module, *args]


def stop_worker(proc: subprocess.Popen[bytes]) -> None:
    """Close a worker's pipes, kill it if it still runs and reap it (a lock must not wait
    for it: at most 5 s for the kernel to take a killed process away)."""
    for stream in (proc.stdin, proc.stdout):
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()
    if proc.poll() is None:
        proc.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=5)
