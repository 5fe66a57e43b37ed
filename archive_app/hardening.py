"""archive_app layer: process hardening, done first in every process of the application.

While an archive is open its key and decrypted pages are in memory. A core dump
(``systemd-coredump`` keeps them under /var/lib/systemd/coredump) or another program
of the same user attaching with ptrace would carry them off the machine, so every
process of the app turns both off before it reads a passphrase or a document:

- Linux: ``RLIMIT_CORE`` 0 (soft and hard, so nothing started later can raise it) and
  ``prctl(PR_SET_DUMPABLE, 0)``: no core dump, no ptrace and no /proc/PID/mem for other
  programs of the same user (/proc/PID belongs to root).
- macOS: ``RLIMIT_CORE`` 0 and ``ptrace(PT_DENY_ATTACH)``.
- Windows: a protected process DACL that lets the user's other programs only see and
  end the process (not read or write its memory), as KeePassXC does.
- Other systems: ``RLIMIT_CORE`` 0.

Starting a new program resets the dumpable flag on Linux, so workers (the PDF sandbox)
are started through this module, ``python -m archive_app.hardening MODULE ARGS``,
which hardens the new process and only then runs MODULE (``WORKER_LAUNCHER``).

``ARCHIVE_APP_ALLOW_DEBUGGER=1`` skips all of it, for developers who need gdb,
py-spy or a core dump; the app says so on stderr each time it starts.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import runpy
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

DEBUG_ENV = "ARCHIVE_APP_ALLOW_DEBUGGER"
WORKER_LAUNCHER = "archive_app.hardening"  # run as: python -m WORKER_LAUNCHER MODULE ARGS...
WORKER_PACKAGES = ("indexing.",)  # the only modules the launcher runs

PR_GET_DUMPABLE = 3
PR_SET_DUMPABLE = 4
PT_DENY_ATTACH = 31  # macOS <sys/ptrace.h>
# Windows: SYSTEM keeps full access; the owner (the user's other programs) may only
# query, wait for and end the process: PROCESS_QUERY_LIMITED_INFORMATION | SYNCHRONIZE |
# PROCESS_TERMINATE. "P" protects the DACL from inherited entries.
WINDOWS_PROCESS_SDDL = "D:P(A;;GA;;;SY)(A;;0x101001;;;OW)"


@dataclass(frozen=True)
class Hardening:
    """What was done to this process, in words, and what could not be done."""

    skipped: bool
    done: tuple[str, ...]
    failed: tuple[str, ...]

    def warning(self) -> str:
        """One line for stderr when the process is less protected than it should be."""
        if self.skipped:
            return (
                f"warning: {DEBUG_ENV} is set: core dumps and debuggers are allowed"
                " for this process"
            )
        if self.failed:
            return "warning: process hardening incomplete: " + "; ".join(self.failed)
        return ""


def debugger_allowed(environ: Mapping[str, str] | None = None) -> bool:
    value = (os.environ if environ is None else environ).get(DEBUG_ENV, "")
    return value.strip().lower() not in ("", "0", "no", "false")


def harden_process(environ: Mapping[str, str] | None = None) -> Hardening:
    """Turn off core dumps and debugger access for this process. Never raises."""
    if debugger_allowed(environ):
        return Hardening(skipped=True, done=(), failed=())
    done: list[str] = []
    failed: list[str] = []
    steps = [("core dumps off", _no_core_dumps)]
    if sys.platform.startswith("linux"):
        steps.append(("not dumpable", _linux_not_dumpable))
    elif sys.platform == "darwin":
        steps.append(("debugger attach denied", _macos_deny_attach))
    elif sys.platform == "win32":
        steps = [("process access restricted", _windows_restrict_dacl)]
    for name, step in steps:
        try:
            step()
        except Exception as exc:  # a missing call must not stop the app; it is reported
            failed.append(f"{name}: {exc or type(exc).__name__}")
        else:
            done.append(name)
    return Hardening(skipped=False, done=tuple(done), failed=tuple(failed))


def harden_and_warn(stream: TextIO | None = None) -> Hardening:
    """``harden_process`` for an entry point: one warning line on stderr if needed."""
    report = harden_process()
    message = report.warning()
    if message:
        with contextlib.suppress(OSError, ValueError):
            print(f"archive-app: {message}", file=stream or sys.stderr)
    return report


# -- the steps ---------------------------------------------------------------------------
def _no_core_dumps() -> None:
    import resource  # POSIX only

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _libc() -> Any:
    return ctypes.CDLL(None, use_errno=True)


def _linux_not_dumpable() -> None:
    if _libc().prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()))


def _macos_deny_attach() -> None:
    if _libc().ptrace(PT_DENY_ATTACH, 0, None, 0) != 0:
        raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()))


def _windows_restrict_dacl() -> None:  # pragma: no cover - runs on Windows only
    from ctypes import wintypes

    windll: Any = getattr(ctypes, "WinDLL")  # noqa: B009 - these two exist on Windows only
    last_error: Any = getattr(ctypes, "get_last_error")  # noqa: B009
    advapi32 = windll("advapi32", use_last_error=True)
    kernel32 = windll("kernel32", use_last_error=True)
    advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW.argtypes = [
        wintypes.LPCWSTR,
        wintypes.DWORD,
        ctypes.POINTER(ctypes.c_void_p),
        ctypes.c_void_p,
    ]
    advapi32.GetSecurityDescriptorDacl.argtypes = [
        ctypes.c_void_p,
        ctypes.POINTER(wintypes.BOOL),
        ctypes.POINTER(ctypes.c_void_p),
        ctypes.POINTER(wintypes.BOOL),
    ]
    advapi32.SetSecurityInfo.argtypes = [
        wintypes.HANDLE,
        ctypes.c_int,
        wintypes.DWORD,
        ctypes.c_void_p,
        ctypes.c_void_p,
        ctypes.c_void_p,
        ctypes.c_void_p,
    ]
    advapi32.SetSecurityInfo.restype = wintypes.DWORD
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    kernel32.LocalFree.argtypes = [ctypes.c_void_p]
    descriptor = ctypes.c_void_p()
    if not advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW(
        WINDOWS_PROCESS_SDDL, 1, ctypes.byref(descriptor), None
    ):
        raise OSError(last_error(), "ConvertStringSecurityDescriptor failed")
    try:
        present, defaulted = wintypes.BOOL(), wintypes.BOOL()
        dacl = ctypes.c_void_p()
        if not advapi32.GetSecurityDescriptorDacl(
            descriptor, ctypes.byref(present), ctypes.byref(dacl), ctypes.byref(defaulted)
        ):
            raise OSError(last_error(), "GetSecurityDescriptorDacl failed")
        se_kernel_object, dacl_info, protected_dacl = 6, 0x4, 0x80000000
        error = advapi32.SetSecurityInfo(
            kernel32.GetCurrentProcess(),
            se_kernel_object,
            dacl_info | protected_dacl,
            None,
            None,
            dacl,
            None,
        )
        if error:
            raise OSError(error, "SetSecurityInfo failed")
    finally:
        kernel32.LocalFree(descriptor)


# -- what the process is now (for tests and `--debug`) -------------------------------------
def core_dump_limit() -> tuple[int, int] | None:
    """(soft, hard) RLIMIT_CORE, or None where there is no such limit."""
    try:
        import resource
    except ImportError:
        return None
    return resource.getrlimit(resource.RLIMIT_CORE)


def is_dumpable() -> bool | None:
    """Linux: this process's dumpable flag; None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    return bool(_libc().prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


# -- the worker launcher -------------------------------------------------------------------
def run_worker(argv: Sequence[str]) -> None:
    """Harden this new process, then run the worker module ``argv[0]`` as ``__main__``."""
    if not argv or not argv[0].startswith(WORKER_PACKAGES):
        raise SystemExit(f"usage: python -m {WORKER_LAUNCHER} indexing.MODULE [ARGS...]")
    harden_process()
    module = argv[0]
    sys.argv = [module, *argv[1:]]
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    run_worker(sys.argv[1:])
