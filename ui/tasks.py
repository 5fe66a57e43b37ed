"""ui layer: results of database-thread work delivered on the Qt main thread.

The core's ``ArchiveWorker`` returns futures; ``TaskRunner`` turns their
completion into a queued signal, so callbacks run on the main thread and never
touch widgets from a worker (the Picard "run task, then back to the main
thread" pattern). The callbacks themselves stay on the main-thread side: the
worker only ever holds the future, so no widget can be released (and destroyed)
on the database thread.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

Callbacks = tuple[Callable[[Any], None] | None, Callable[[BaseException], None] | None]


class TaskRunner(QObject):
    _finished = Signal(object)  # the future

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._callbacks: dict[Future[Any], Callbacks] = {}

    def watch(
        self,
        future: Future[Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Future[Any]:
        self._callbacks[future] = (on_done, on_error)  # touched on the main thread only
        future.add_done_callback(self._finished.emit)  # the worker sees only the future
        return future

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    @Slot(object)
    def _deliver(self, future: Future[Any]) -> None:
        on_done, on_error = self._callbacks.pop(future, (None, None))
        if future.cancelled():
            return
        error = future.exception()
        if error is not None:
            if on_error is not None:
                on_error(error)
            return
        if on_done is not None:
            on_done(future.result())
