"""An import's rows read on another core, a chunk ahead of the writing.

Checking a row as ``createLead`` does (email_validator, phonenumbers and the
rest) costs about as much as taking it in and writing it, and Python runs one
core per process. A child process therefore reads the file from the checkpoint
and checks each chunk while the job writes the one before; the job waits only
when the child falls behind.

The child is spawned (a fork would copy the worker's threads and connections in
the middle of their work), serves one job, and never outlives it: the job kills
it when it is done with it, whether it finished, failed or was stopped, and the
child ends itself if the job's process dies. It sends back what ``read`` makes
of each row, whose values are plain data, so what lands is exactly what reading
the row in the job would have landed; a refusal of the file (an XLSX that is
none) comes back as the refusal.
"""

import asyncio
import itertools
import multiprocessing
import os
import signal
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from types import TracebackType

from leadhub.imports import files
from leadhub.imports.rows import Context, Read, Unreadable, read

ReadRows = list[Read | Unreadable]
# How long a child that was asked to stop may take before it is killed.
STOP_SECONDS = 5.0


@dataclass
class _Reading:
    """What the child reads: its file's rows from the checkpoint on, against what."""

    path: Path
    layout: files.Layout
    start: int
    context: Context


def _serve(requests: Connection, reading: _Reading) -> None:
    """The child: a chunk of read rows, or what refused them, for each size asked,
    until the job hangs up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the job stops it, not a Ctrl-C
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_end_with, args=(parent.sentinel,), daemon=True).start()
    rows: Iterator[files.Row] | None = None
    while True:
        try:
            size = requests.recv()
        except EOFError:
            return
        try:
            if rows is None:  # opened with the first chunk: a refusal fails that chunk
                rows = files.rows(reading.path, reading.layout)
                next(itertools.islice(rows, reading.start, reading.start), None)
            requests.send([read(row, reading.context) for row in itertools.islice(rows, size)])
        except Exception as error:  # sent to the job, which raises it
            try:
                requests.send(error)
            except Exception:  # one that does not pickle (send pickles before it writes)
                requests.send(RuntimeError(f"reading the rows failed: {error!r}"))


def _end_with(parent_sentinel: int) -> None:
    wait([parent_sentinel])
    os._exit(1)  # the job's process died: nothing will ask for rows again


class AheadReader:
    """Chunks of read rows, from ``start`` on, the next one read while the caller
    writes the last; an empty chunk when the file ends."""

    def __init__(
        self, path: Path, layout: files.Layout, start: int, context: Context, chunk_rows: int
    ) -> None:
        spawning = multiprocessing.get_context("spawn")
        self._requests, child_end = spawning.Pipe()
        self._child = spawning.Process(
            target=_serve, args=(child_end, _Reading(path, layout, start, context))
        )
        self._child_end = child_end
        self._chunk_rows = chunk_rows
        self._ahead: asyncio.Future[object] | None = None
        self.pid: int | None = None  # the child's, once it runs

    async def __aenter__(self) -> "AheadReader":
        await asyncio.to_thread(self._child.start)
        self.pid = self._child.pid
        self._child_end.close()  # the child's now: its death ends our reads
        self._read_on()
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._ahead is not None and self._ahead.done():
            self._requests.close()  # the child, idle, ends on its own
            await asyncio.to_thread(self._child.join, STOP_SECONDS)
        if self._child.is_alive():
            self._child.kill()  # a chunk nothing will take, or a child that hangs
            await asyncio.to_thread(self._child.join)
        if self._ahead is not None:
            await asyncio.wait([self._ahead])  # its read ended with the child
            if not self._ahead.cancelled():
                self._ahead.exception()  # retrieved: nothing will take it
        self._requests.close()
        self._child.close()

    async def next(self) -> ReadRows:
        assert self._ahead is not None, "use the reader in an async with block"
        answer = await self._ahead
        if isinstance(answer, BaseException):
            raise answer
        assert isinstance(answer, list)
        if answer:
            self._read_on()
        return answer

    def _read_on(self) -> None:
        self._requests.send(self._chunk_rows)
        self._ahead = asyncio.get_running_loop().run_in_executor(None, self._requests.recv)
