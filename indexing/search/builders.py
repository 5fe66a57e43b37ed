"""indexing layer: the writer's side of the segment builder processes
(``indexing.search.segment_worker``).

``SegmentBuilders`` keeps a few worker processes for as long as the index is open. An
index batch sends each page's fields to one of them and goes on storing documents while
they analyse; at commit it asks each for its segment and gets the files back, to store
in the same transaction. Pages go in slices, each to the builder with the least work
waiting, so that one busy with a merge gets none while the others build (round robin
kept every builder's share equal, and the batch waited for the merging one). Requests
go out from one thread per worker, so the writer never waits on a full pipe. Workers
get page text only, through pipes: never the archive, its path or its key.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from dataclasses import dataclass
from typing import Any

from indexing.extract.frames import FrameError, read_frame, read_json, write_frame, write_json
from indexing.extract.launch import stop_worker, worker_command
from indexing.search.segment_worker import encode_fields

WORKER_MODULE = "indexing.search.segment_worker"
MERGE_WORK = 0.45  # a merge's work per page, against analysing and adding a page (measured)
STOP_POLL_S = 0.1  # how often a batch waiting for its builders asks whether to stop


class BuilderFailed(RuntimeError):
    """A builder process failed or stopped; the batch it served cannot be committed."""


class BuildersStopped(BuilderFailed):
    """The batch waiting for the builders was told to stop (``SegmentBuilders.stopped``:
    a cancel, a lock): the builders were closed, and the batch cannot be committed."""


@dataclass(frozen=True)
class BuiltSegment:
    """A segment built by a worker: its id, page count, each field's total length and
    its files (name -> bytes)."""

    segid: str
    doccount: int
    lengths: dict[str, int]
    files: dict[str, bytes]


@dataclass(frozen=True)
class SourceSegment:
    """A stored segment to merge: id, page count, deleted pages, field lengths, files."""

    segid: str
    doccount: int
    deleted: list[int]
    lengths: dict[str, int]
    files: dict[str, bytes]


class _Builder:
    """One worker process and the thread that talks to it."""

    def __init__(self, launcher: str) -> None:
        self._launcher = launcher
        self._proc: subprocess.Popen[bytes] | None = None
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="index-builder")
        self.sent = 0  # pages sent since the last finish or cancel
        self._holding = False  # (builder thread) the process holds pages not yet finished
        self._sending: deque[tuple[Future[Any], int]] = deque()  # (send, pages), in order

    def _started(self) -> subprocess.Popen[bytes]:
        if self._proc is not None and self._proc.poll() is None:
            return self._proc
        if self._holding:  # a new process would not have the pages the old one held
            raise BuilderFailed("the index builder stopped")
        self._stop()
        root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
        self._proc = subprocess.Popen(
            worker_command(WORKER_MODULE, [], self._launcher),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            cwd=root,
        )
        return self._proc

    def _send(self, request: dict[str, Any]) -> None:
        proc = self._started()
        assert proc.stdin is not None
        self._holding = True
        write_json(proc.stdin, request)

    def add(self, index_name: str, docs: list[dict[str, Any]]) -> Future[None]:
        self.sent += len(docs)
        request = {"kind": "add", "index": index_name, "docs": [encode_fields(d) for d in docs]}
        future = self._thread.submit(self._send, request)
        self._sending.append((future, len(docs)))
        return future

    def waiting(self) -> int:
        """Work given to this builder and not done: the pages not gone out to its process
        yet (its thread sends them in order) and any merge under way, counted as the
        pages it costs as much as."""
        sending = self._sending
        while sending and sending[0][0].done():
            sending.popleft()
        return sum(pages for _future, pages in sending)

    def finish(self) -> Future[BuiltSegment | None]:
        self.sent = 0
        return self._thread.submit(self._finish)

    def merge(self, index_name: str, sources: list[SourceSegment]) -> Future[BuiltSegment | None]:
        request = {
            "kind": "merge",
            "index": index_name,
            "segments": [
                {
                    "segid": src.segid,
                    "doccount": src.doccount,
                    "deleted": src.deleted,
                    "lengths": src.lengths,
                    "files": list(src.files),
                }
                for src in sources
            ],
        }
        frames = [data for src in sources for data in src.files.values()]
        future = self._thread.submit(self._merge, request, frames)
        work = sum(src.doccount for src in sources) * MERGE_WORK
        self._sending.append((future, int(work)))
        return future

    def _merge(self, request: dict[str, Any], frames: list[bytes]) -> BuiltSegment | None:
        proc = self._started()
        assert proc.stdin is not None
        try:
            write_json(proc.stdin, request)
            for data in frames:
                write_frame(proc.stdin, data)
        except OSError as exc:
            self._stop()
            raise BuilderFailed("the index builder stopped") from exc
        return self._reply(proc)

    def _finish(self) -> BuiltSegment | None:
        proc = self._started()
        self._holding = False
        assert proc.stdin is not None
        try:
            write_json(proc.stdin, {"kind": "finish"})
        except OSError as exc:
            self._stop()
            raise BuilderFailed("the index builder stopped") from exc
        return self._reply(proc)

    def _reply(self, proc: subprocess.Popen[bytes]) -> BuiltSegment | None:
        assert proc.stdout is not None
        try:
            reply = read_json(proc.stdout)
            if "error" in reply:
                raise BuilderFailed(f"the index builder failed: {reply['error']}")
            if not reply.get("doccount"):
                return None
            files = {str(name): read_frame(proc.stdout) for name in reply["files"]}
        except (FrameError, OSError) as exc:
            self._stop()
            raise BuilderFailed("the index builder stopped") from exc
        lengths = {str(k): int(v) for k, v in dict(reply.get("lengths", {})).items()}
        return BuiltSegment(str(reply["segid"]), int(reply["doccount"]), lengths, files)

    def cancel(self) -> None:
        """Drop what was sent since the last finish (waits for the sends under way)."""
        self.sent = 0
        self._sending.clear()
        with contextlib.suppress(Exception):
            self._thread.submit(self._cancel).result()

    def _cancel(self) -> None:
        self._holding = False
        if self._proc is None or self._proc.poll() is not None:
            return
        try:
            assert self._proc.stdin is not None
            write_json(self._proc.stdin, {"kind": "cancel"})
        except OSError:
            self._stop()

    def _stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            stop_worker(proc)

    def close(self) -> None:
        """Stop the process at once (a lock must not wait for a batch)."""
        self._stop()
        self._thread.shutdown(wait=False, cancel_futures=True)


class SegmentBuilders:
    """``processes`` builder workers, started on first use, stopped by ``close``."""

    SLICE_PAGES = 64  # pages per request: small enough to keep every worker busy

    def __init__(self, launcher: str = "", processes: int = 1) -> None:
        self._builders = [_Builder(launcher) for _ in range(max(1, processes))]
        self._next = 0
        self._pending: list[dict[str, Any]] = []
        self._index_name = ""
        self._sends: list[Future[None]] = []
        # asked while a batch waits for the builders: True closes them (BuildersStopped)
        self.stopped: Callable[[], bool] = _never

    @property
    def processes(self) -> int:
        return len(self._builders)

    def add(self, index_name: str, fields: dict[str, Any]) -> None:
        """One page's fields for the segment being built."""
        if self._pending and index_name != self._index_name:
            raise RuntimeError("one batch writes one index")
        self._index_name = index_name
        self._pending.append(fields)
        if len(self._pending) >= self.SLICE_PAGES:
            self._flush()

    def _flush(self) -> None:
        if not self._pending:
            return
        self._sends.append(self._least_busy().add(self._index_name, self._pending))
        self._pending = []

    def _least_busy(self) -> _Builder:
        """The builder with the least work waiting (taking turns on a tie): one running a
        merge, or behind on its slices, gets none until the others have as much."""
        count = len(self._builders)
        turn = [self._builders[(self._next + n) % count] for n in range(count)]
        builder = min(turn, key=_Builder.waiting)
        self._next = self._builders.index(builder) + 1
        return builder

    def _wait(self, futures: Iterable[Future[Any]]) -> None:
        """Until ``futures`` are done, or ``stopped`` says to stop: the builders are then
        closed (their processes stopped at once, not after the pages they hold) and
        ``BuildersStopped`` raised."""
        pending = set(futures)
        while pending:
            pending = wait_for(pending, timeout=STOP_POLL_S).not_done
            if pending and self.stopped():
                self.close()
                raise BuildersStopped("the index builders were stopped")

    def finish(self) -> list[BuiltSegment]:
        """The segments of every page added since the last finish or cancel."""
        self._flush()
        sends, self._sends = self._sends, []
        self._wait(sends)
        for send in sends:
            try:
                send.result()
            except (OSError, BuilderFailed) as exc:
                self.cancel()
                raise BuilderFailed("the index builder stopped") from exc
        waiting = [b.finish() for b in self._builders if b.sent]
        self._wait(waiting)
        built: list[BuiltSegment] = []
        failure: BaseException | None = None
        for future in waiting:
            try:
                segment = future.result()
            except BaseException as exc:  # every reply is read before the failure is raised
                failure = failure or exc
                continue
            if segment is not None:
                built.append(segment)
        if failure is not None:
            raise failure
        return built

    def cancel(self) -> None:
        self._pending = []
        self._sends = []
        for builder in self._builders:
            builder.cancel()

    def merge(self, index_name: str, sources: list[SourceSegment]) -> Future[BuiltSegment | None]:
        """Merge stored segments into one in a worker, beside the next batch (between
        batches: call after ``finish``); the result comes back like a batch's segment."""
        return self._least_busy().merge(index_name, sources)

    def close(self) -> None:
        self._pending = []
        self._sends = []
        for builder in self._builders:
            builder.close()


def _never() -> bool:
    return False
