"""An import's rows read on another core, a chunk ahead of the writing.

Checking a row as ``createLead`` does (email_validator, phonenumbers and the
rest) costs about as much as taking it in and writing it, and Python runs one
core per process. A child process therefore reads the file from the checkpoint
and checks each chunk while the job writes the one before; the job waits only
when the child falls behind.

The child is spawned (a fork would copy the worker's threads and connections in
the middle of their work) and lives for one job. It sends back what ``read``
makes of each row, whose values are plain data, so what lands is exactly what
reading the row in the job would have landed.
"""

import asyncio
import itertools
import multiprocessing
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from leadhub.imports import files
from leadhub.imports.rows import Context, Read, Unreadable, read

ReadRows = list[Read | Unreadable]


@dataclass
class _Reading:
    """The child's state: its file's rows from the checkpoint on (opened with the
    first chunk, so a file that cannot be read fails that chunk, not the child),
    and what they are read against."""

    path: Path
    layout: files.Layout
    start: int
    context: Context
    rows: Iterator[files.Row] | None = None


_reading: _Reading | None = None  # in the child alone, set by the pool's initializer


def _begin(reading: _Reading) -> None:
    global _reading
    _reading = reading


def _read_next(size: int) -> ReadRows:
    assert _reading is not None, "the reader's child was not begun"
    if _reading.rows is None:
        _reading.rows = files.rows(_reading.path, _reading.layout)
        next(itertools.islice(_reading.rows, _reading.start, _reading.start), None)
    return [read(row, _reading.context) for row in itertools.islice(_reading.rows, size)]


class AheadReader:
    """Chunks of read rows, from ``start`` on, the next one read while the caller
    writes the last; an empty chunk when the file ends."""

    def __init__(
        self, path: Path, layout: files.Layout, start: int, context: Context, chunk_rows: int
    ) -> None:
        self._chunk_rows = chunk_rows
        self._pool = ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_begin,
            initargs=(_Reading(path, layout, start, context),),
        )
        self._ahead: asyncio.Future[ReadRows] | None = None

    async def __aenter__(self) -> "AheadReader":
        self._ahead = self._read_on()
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        # Waits for a chunk the child is still reading, which nothing will take.
        await asyncio.to_thread(self._pool.shutdown, wait=True, cancel_futures=True)

    async def next(self) -> ReadRows:
        assert self._ahead is not None, "use the reader in an async with block"
        chunk = await self._ahead
        if chunk:
            self._ahead = self._read_on()
        return chunk

    def _read_on(self) -> "asyncio.Future[ReadRows]":
        loop = asyncio.get_running_loop()
        return loop.run_in_executor(self._pool, _read_next, self._chunk_rows)
