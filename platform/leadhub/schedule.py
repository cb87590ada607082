"""Periodic work: a scheduler queues the daily sweep, which visits every tenant.

The sweep job records its day, or stops if that day's has run already (the
scheduler queues one at start too, for a day missed while it was down). It lists
the tenants (the one query that spans them, through a session that sees tenant
rows and nothing of theirs) and queues each tenant's sweeps as jobs of their own,
so one tenant's failure is retried alone. Sweeps take the day as an argument and
are idempotent: a late one makes up for a missed one, and two at once lock what
they change (see ``leads.nurture`` and ``leads.scoring``).

``leadhub serve`` runs the scheduler in embedded mode; in distributed mode one
``leadhub scheduler`` process runs it, beside the workers.
"""

from datetime import UTC, date

import structlog
from apscheduler.schedulers.asyncio import AsyncIOScheduler  # type: ignore[import-untyped]
from apscheduler.schedulers.base import BaseScheduler  # type: ignore[import-untyped]
from apscheduler.schedulers.blocking import BlockingScheduler  # type: ignore[import-untyped]
from apscheduler.triggers.cron import CronTrigger  # type: ignore[import-untyped]

from leadhub import sweep_days, tasks
from leadhub.db import utcnow
from leadhub.principal import AllTenantsSweep
from leadhub.tenants import service as tenants
from leadhub.work import unit_of_work

_log = structlog.stdlib.get_logger(__name__)

# Each tenant's sweeps, by actor name; each takes tenant_id and day.
TENANT_SWEEPS = (
    "return_due_leads",
    "decay_scores",
    "forget_old_files",
    "check_goals",
    "fold_funnel_counts",
    "forget_spent_credentials",
    "forget_old_tombstones",
    "forget_old_deliveries",
    "resume_webhooks",
)
SLA_CHECK = "check_responses"  # takes tenant_id
DAILY_SWEEP, SWEEP_AT_START = "daily_sweep", "sweep_at_start"
# A run the scheduler reaches late (a busy loop, a clock step) still happens.
MISFIRE_GRACE_SECONDS = 3600


@tasks.actor
async def sweep_tenants(day: str) -> None:
    async with (
        unit_of_work(tasks.worker_database(), AllTenantsSweep("sweep_tenants")) as work,
        work.transaction(),
    ):
        if not await sweep_days.claim(work, date.fromisoformat(day)):
            _log.info("daily sweep ran already", day=day)
            return
        for tenant_id in await tenants.every_tenant(work):
            for sweep in TENANT_SWEEPS:
                work.after_commit(sweep, tenant_id=str(tenant_id), day=day)
            # Response SLAs due, whatever became of the jobs held for them (the
            # in-process broker forgets them on restart): daily, and at start.
            work.after_commit(SLA_CHECK, tenant_id=str(tenant_id))


def queue_sweep(today: date | None = None) -> None:
    tasks.send("sweep_tenants", day=(today or utcnow().date()).isoformat())


def _scheduled(scheduler: BaseScheduler) -> BaseScheduler:
    # Just after midnight UTC; and at start, when the job itself finds whether
    # today's sweep has run, so a restart does not sweep every tenant again.
    scheduler.add_job(
        queue_sweep,
        CronTrigger(hour=0, minute=5, timezone=UTC),
        id=DAILY_SWEEP,
        coalesce=True,
        misfire_grace_time=MISFIRE_GRACE_SECONDS,
    )
    scheduler.add_job(queue_sweep, id=SWEEP_AT_START)
    return scheduler


def start_embedded_scheduler() -> BaseScheduler:
    """Run the scheduler in this event loop (embedded mode); ``shutdown()`` it at exit."""
    scheduler = _scheduled(AsyncIOScheduler(timezone=UTC))
    scheduler.start()
    return scheduler


def run_scheduler() -> None:
    """Run the scheduler until signalled (distributed mode: ``leadhub scheduler``)."""
    _scheduled(BlockingScheduler(timezone=UTC)).start()
