"""archive_app layer: progress reports and cancel tokens for long work (UI- and CLI-neutral)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass


class CancelToken:
    """Set from any thread; long work checks it between items and stops cleanly."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


@dataclass(frozen=True)
class Progress:
    """Where long work stands, for any front end: ``phase`` names the step ("" for the
    main one, e.g. "verify"), ``item_id`` the document it is on, ``current`` its label."""

    done: int
    total: int
    current: str
    imported: int = 0
    duplicates: int = 0
    failed: int = 0
    phase: str = ""
    item_id: int | None = None


ProgressCallback = Callable[[Progress], None]
