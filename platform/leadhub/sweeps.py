"""A tenant's sweep, batch after batch, each batch a transaction of its own.

A batch returns where the next one starts (a keyset cursor), so a sweep over a
million leads reads each once instead of starting every batch from the top.
Progress is logged per batch and counted on /metrics. Its ``Pace`` says how it
leaves room for requests: in a worker process it goes full speed; in embedded mode,
beside the API, each batch starts in a moment without requests and is followed by
a sleep some times as long as the CPU time it took.
"""

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

import structlog
from prometheus_client import Counter

from leadhub.db import Database
from leadhub.principal import SystemJob
from leadhub.work import UnitOfWork, unit_of_work

Cursor = TypeVar("Cursor")

# Leads a batch (a transaction), where nothing else shares the process.
BATCH_SIZE = 500

sweep_batches = Counter(
    "leadhub_sweep_batches_total", "Batches run by tenant sweeps, by sweep.", ["sweep"]
)
sweep_leads = Counter(
    "leadhub_sweep_leads_total",
    "Leads tenant sweeps looked at (read) and rewrote (changed), by sweep.",
    ["sweep", "result"],
)

_log = structlog.stdlib.get_logger(__name__)


@dataclass(frozen=True)
class Batch(Generic[Cursor]):
    """What one batch did: where the next starts (None once nothing is left), how
    many leads it looked at, and how many it changed."""

    next_after: Cursor | None
    read: int
    changed: int


@dataclass
class Progress:
    batches: int = 0
    read: int = 0
    changed: int = 0


@dataclass(frozen=True)
class Pace:
    """How a sweep shares its process: ``batch_size`` leads a batch, ``quiet`` awaited
    before each batch, and a sleep after it of ``yield_share`` times the CPU time it
    took (what it held the GIL for; not its database waits)."""

    batch_size: int = BATCH_SIZE
    quiet: Callable[[], Awaitable[None]] | None = None
    yield_share: float = 0.0


# The next batch of at most so many leads, after the cursor.
NextBatch = Callable[[UnitOfWork[SystemJob], Cursor | None, int], Awaitable[Batch[Cursor]]]


async def run(
    database: Database,
    principal: SystemJob,
    next_batch: NextBatch[Cursor],
    *,
    pace: Pace = Pace(),
) -> Progress:
    """Run ``next_batch`` from the start until it says nothing is left, at ``pace``,
    asking for batches of the pace's size."""
    log = _log.bind(tenant_id=str(principal.tenant_id), sweep=principal.name)
    progress, after = Progress(), None
    while True:
        if pace.quiet is not None:
            await pace.quiet()
        started = time.thread_time()
        async with unit_of_work(database, principal) as work, work.transaction():
            batch = await next_batch(work, after, pace.batch_size)
        progress.batches += 1
        progress.read += batch.read
        progress.changed += batch.changed
        sweep_batches.labels(sweep=principal.name).inc()
        sweep_leads.labels(sweep=principal.name, result="read").inc(batch.read)
        sweep_leads.labels(sweep=principal.name, result="changed").inc(batch.changed)
        log.info("sweep batch", batch=progress.batches, read=batch.read, changed=batch.changed)
        if batch.next_after is None:
            break
        after = batch.next_after
        await asyncio.sleep((time.thread_time() - started) * pace.yield_share)
    log.info("sweep done", batches=progress.batches, read=progress.read, changed=progress.changed)
    return progress
