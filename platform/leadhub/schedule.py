"""Periodic work: a scheduler queues the daily sweep, which visits every tenant.

The sweep job lists the tenants (the one query that spans them, through a session
that sees tenant rows and nothing of theirs) and queues each tenant's sweeps as
jobs of their own, so one tenant's failure is retried alone. Sweeps take the day
as an argument and are idempotent: a late one makes up for a missed one, and
two at once lock what they change (see ``leads.nurture`` and ``leads.scoring``).

``leadhub serve`` runs the scheduler in embedded mode; in distributed mode one
``leadhub scheduler`` process runs it, beside the workers.
"""

from datetime import UTC, date

from apscheduler.schedulers.asyncio import AsyncIOScheduler  # type: ignore[import-untyped]
from apscheduler.schedulers.base import BaseScheduler  # type: ignore[import-untyped]
from apscheduler.schedulers.blocking import BlockingScheduler  # type: ignore[import-untyped]
from apscheduler.triggers.cron import CronTrigger  # type: ignore[import-untyped]

from leadhub import tasks
from leadhub.db import utcnow
from leadhub.principal import AllTenantsSweep
from leadhub.tenants import service as tenants
from leadhub.work import unit_of_work

# Each tenant's sweeps, by actor name; each takes tenant_id and day.
TENANT_SWEEPS = ("return_due_leads", "decay_scores")
DAILY_SWEEP = "daily_sweep"
# A run the scheduler reaches late (a busy loop, a clock step) still happens.
MISFIRE_GRACE_SECONDS = 3600


@tasks.actor
async def sweep_tenants(day: str) -> None:
    async with unit_of_work(tasks.worker_database(), AllTenantsSweep("sweep_tenants")) as work:
        tenant_ids = await tenants.every_tenant(work)
    for tenant_id in tenant_ids:
        for sweep in TENANT_SWEEPS:
            tasks.send(sweep, tenant_id=str(tenant_id), day=day)


def queue_sweep(today: date | None = None) -> None:
    tasks.send("sweep_tenants", day=(today or utcnow().date()).isoformat())


def _scheduled(scheduler: BaseScheduler) -> BaseScheduler:
    # Just after midnight UTC, and not at start: a restart must not start a sweep
    # over every tenant beside the first requests. A day missed while stopped is made
    # up by the next run, as sweeps return and decay everything due by their day.
    scheduler.add_job(
        queue_sweep,
        CronTrigger(hour=0, minute=5, timezone=UTC),
        id=DAILY_SWEEP,
        coalesce=True,
        misfire_grace_time=MISFIRE_GRACE_SECONDS,
    )
    return scheduler


def start_embedded_scheduler() -> BaseScheduler:
    """Run the scheduler in this event loop (embedded mode); ``shutdown()`` it at exit."""
    scheduler = _scheduled(AsyncIOScheduler(timezone=UTC))
    scheduler.start()
    return scheduler


def run_scheduler() -> None:
    """Run the scheduler until signalled (distributed mode: ``leadhub scheduler``)."""
    _scheduled(BlockingScheduler(timezone=UTC)).start()
