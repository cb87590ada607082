"""Jobs of the leads domain: parked leads returning, and scores kept current."""

from datetime import UTC, date, datetime, time
from uuid import UUID

import structlog

from leadhub import tasks
from leadhub.db import utcnow
from leadhub.leads import lifecycle, nurture, scoring
from leadhub.leads.emails import revisit_message
from leadhub.mail import Mailer
from leadhub.principal import SystemJob
from leadhub.tenants import service as tenants
from leadhub.work import unit_of_work

_log = structlog.stdlib.get_logger(__name__)


@tasks.actor
async def return_due_leads(tenant_id: str, day: str) -> None:
    """One tenant's part of the daily sweep, a batch per transaction."""
    principal, total = SystemJob(UUID(tenant_id), "return_due_leads"), 0
    while True:
        async with unit_of_work(tasks.worker_database(), principal) as work, work.transaction():
            returned = await nurture.return_due_leads(work, date.fromisoformat(day))
        total += len(returned)
        if len(returned) < nurture.SWEEP_BATCH:
            break
    if total:
        _log.info("parked leads returned", tenant_id=tenant_id, count=total)


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
    """Rescore every lead of a tenant after its rules changed, a batch per transaction."""
    principal = SystemJob(UUID(tenant_id), "rescore_leads")
    await _rescore(principal, engaged_only=False, now=utcnow())


@tasks.actor
async def decay_scores(tenant_id: str, day: str) -> None:
    """One tenant's part of the daily sweep: engagement points as of now, or of the
    day's start if that is later (a sweep never scores a day before it begins)."""
    start = datetime.combine(date.fromisoformat(day), time(), UTC)
    principal = SystemJob(UUID(tenant_id), "decay_scores")
    await _rescore(principal, engaged_only=True, now=max(utcnow(), start))


async def _rescore(principal: SystemJob, *, engaged_only: bool, now: datetime) -> None:
    after, batches = None, 0
    while True:
        async with unit_of_work(tasks.worker_database(), principal) as work, work.transaction():
            after = await scoring.rescore_tenant(
                work, after=after, engaged_only=engaged_only, now=now
            )
        if after is None:
            break
        batches += 1
    _log.info(
        "leads rescored", tenant_id=str(principal.tenant_id), batches=batches, decay=engaged_only
    )
