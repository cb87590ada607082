"""A tenant's sweep, batch after batch, each batch a transaction of its own.

A batch returns where the next one starts (a keyset cursor), so a sweep over a
million leads reads each once instead of starting every batch from the top.
Progress is logged per batch and counted on /metrics; between batches the sweep
sleeps a share of the time the batch took, leaving the process (the API too, in
embedded mode) room to answer requests.
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


NextBatch = Callable[[UnitOfWork[SystemJob], Cursor | None], Awaitable[Batch[Cursor]]]


async def run(
    database: Database,
    principal: SystemJob,
    next_batch: NextBatch[Cursor],
    *,
    yield_share: float = 0.0,
) -> Progress:
    """Run ``next_batch`` from the start until it says nothing is left; after each
    batch, sleep ``yield_share`` times as long as the batch took."""
    log = _log.bind(tenant_id=str(principal.tenant_id), sweep=principal.name)
    progress, after = Progress(), None
    while True:
        started = time.monotonic()
        async with unit_of_work(database, principal) as work, work.transaction():
            batch = await next_batch(work, after)
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
        await asyncio.sleep((time.monotonic() - started) * yield_share)
    log.info("sweep done", batches=progress.batches, read=progress.read, changed=progress.changed)
    return progress
