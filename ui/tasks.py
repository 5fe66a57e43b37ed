"""ui layer: results of database-thread work delivered on the Qt main thread.

The core's ``ArchiveWorker`` returns futures; ``TaskRunner`` turns their
completion into a queued signal, so callbacks run on the main thread and never
touch widgets from a worker (the Picard "run task, then back to the main
thread" pattern).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot


class TaskRunner(QObject):
    _finished = Signal(object, object, object)  # future, on_done, on_error

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._pending: set[Future[Any]] = set()

    def watch(
        self,
        future: Future[Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Future[Any]:
        self._pending.add(future)
        future.add_done_callback(lambda f: self._finished.emit(f, on_done, on_error))
        return future

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    @Slot(object, object, object)
    def _deliver(self, future: Future[Any], on_done: Any, on_error: Any) -> None:
        self._pending.discard(future)
        if future.cancelled():
            return
        error = future.exception()
        if error is not None:
            if on_error is not None:
                on_error(error)
            return
        if on_done is not None:
            on_done(future.result())
