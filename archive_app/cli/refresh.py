"""archive_app layer (CLI): refreshing every document's suggestions after a registry change.

``person add`` and ``person edit`` (when a name or an alias changed) run it unless
given ``--no-suggest``; ``person refresh`` runs it alone, e.g. to finish one that
was stopped. A progress bar on a terminal; the first Ctrl+C stops after the
current document and keeps everything refreshed so far, a second stops at once
(the step under way is rolled back, earlier ones are kept).
"""

from __future__ import annotations

import shlex
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from archive_app.cli.i18n import _, ngettext
from archive_app.cli.output import ProgressBar
from archive_app.session import Archive
from archive_app.suggestion_refresh import RefreshReport
from archive_app.tasks import CancelToken


@contextmanager
def stop_on_ctrl_c(cancel: CancelToken, message: str) -> Iterator[None]:
    """The first Ctrl+C sets ``cancel`` (and says ``message``), a second interrupts."""

    def on_sigint(_signum: int, _frame: FrameType | None) -> None:
        if cancel.cancelled:
            raise KeyboardInterrupt
        cancel.cancel()
        print(
            "\n" + _("{message} (Ctrl+C again to stop now)").format(message=message),
            file=sys.stderr,
        )

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def refresh_all(archive: Archive) -> RefreshReport:
    """Refresh with a progress bar, print one summary line; Ctrl+C keeps what was done."""
    cancel = CancelToken()
    bar = ProgressBar(counts=False)
    try:
        stopping = _("stopping the suggestion refresh after the current document")
        with stop_on_ctrl_c(cancel, stopping):
            report = archive.suggestions.refresh_all(progress=bar, cancel=cancel)
    finally:
        bar.finish()
    if report.total:  # an archive without documents has nothing to say
        print(summary(report, archive))
    return report


def summary(report: RefreshReport, archive: Archive) -> str:
    if report.cancelled:
        return _(
            "suggestion refresh stopped after {done} of {documents} ({new}); the rest keep"
            " their earlier suggestions until `{command}`"
        ).format(
            done=report.done,
            documents=_documents(report.total),
            new=_new(report),
            command=f"archive-app person refresh {shlex.quote(str(archive.path))}",
        )
    return _("suggestions refreshed on {documents}: {new}").format(
        documents=_documents(report.total), new=_new(report)
    )


def _documents(count: int) -> str:
    return ngettext("{n} document", "{n} documents", count).format(n=count)


def _new(report: RefreshReport) -> str:
    if not report.added:
        return _("no new ones")
    return _("{n} new on {documents}").format(
        n=report.added, documents=_documents(report.documents_with_new)
    )
