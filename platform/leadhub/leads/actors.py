"""Jobs of the leads domain: parked leads returning, and scores kept current."""

from datetime import UTC, date, datetime, time, timedelta
from uuid import UUID

import structlog

from leadhub import sweeps, tasks
from leadhub.db import utcnow
from leadhub.leads import lifecycle, nurture, scoring
from leadhub.leads import service as lead_service
from leadhub.leads.emails import revisit_message
from leadhub.mail import Mailer
from leadhub.principal import SystemJob
from leadhub.tenants import service as tenants
from leadhub.work import unit_of_work

_log = structlog.stdlib.get_logger(__name__)


@tasks.actor
async def return_due_leads(tenant_id: str, day: str) -> None:
    """One tenant's part of the daily sweep: the leads parked until the day return."""
    today = date.fromisoformat(day)
    await _sweep(
        SystemJob(UUID(tenant_id), "return_due_leads"),
        lambda work, after, size: nurture.return_due_leads(work, today, after, batch_size=size),
    )


@tasks.actor
async def send_revisit_email(tenant_id: str, lead_id: str, parked_until: str) -> None:
    """Tell a returned lead's owner, if the lead still has one who is still a member."""
    principal = SystemJob(UUID(tenant_id), "send_revisit_email")
    async with unit_of_work(tasks.worker_database(), principal) as work:
        lead = await lifecycle.find_lead(work, UUID(lead_id))
        owner = await tenants.member(work, lead.owner_id) if lead and lead.owner_id else None
    if lead is None or owner is None:
        _log.info("returned lead or its owner is gone; not emailed", lead_id=lead_id)
        return
    message = revisit_message(
        owner_email=owner.email, lead_name=lead.name, company=lead.company, until=parked_until
    )
    await Mailer(tasks.configured_settings().resolved_mail_url).send(message)


@tasks.actor
async def rescore_leads(tenant_id: str) -> None:
    """Rescore every lead of a tenant after its rules changed."""
    now = utcnow()
    await _sweep(
        SystemJob(UUID(tenant_id), "rescore_leads"),
        lambda work, after, size: scoring.rescore_tenant(work, after, now, batch_size=size),
        waited_for=True,
    )


@tasks.actor
async def decay_scores(tenant_id: str, day: str) -> None:
    """One tenant's part of the daily sweep: engagement points as of now, or of the
    day's start if that is later (a sweep never scores a day before it begins)."""
    now = max(utcnow(), datetime.combine(date.fromisoformat(day), time(), UTC))
    await _sweep(
        SystemJob(UUID(tenant_id), "decay_scores"),
        lambda work, after, size: scoring.decay_tenant(work, after, now, batch_size=size),
    )


async def _sweep(
    principal: SystemJob, next_batch: sweeps.NextBatch[sweeps.Cursor], *, waited_for: bool = False
) -> None:
    """Run a sweep at this process's pace (``tasks.sweep_pace``)."""
    pace = tasks.sweep_pace(waited_for=waited_for)
    await sweeps.run(tasks.worker_database(), principal, next_batch, pace=pace)


@tasks.actor
async def forget_old_tombstones(tenant_id: str, day: str) -> None:
    """One tenant's part of the daily sweep: deleted leads kept past their retention
    for partners' sync forgotten."""
    principal = SystemJob(UUID(tenant_id), "forget_old_tombstones")
    retention = timedelta(days=tasks.configured_settings().lead_tombstone_retention_days)
    async with unit_of_work(tasks.worker_database(), principal) as work, work.transaction():
        forgotten = await lead_service.forget_tombstones(work, utcnow() - retention)
    _log.info("old tombstones forgotten", tenant_id=tenant_id, day=day, forgotten=forgotten)
