"""Jobs of the leads domain: parked leads returning, and scores kept current."""

from datetime import UTC, date, datetime, time
from uuid import UUID

import structlog
from sqlalchemy import select

from leadhub import tasks
from leadhub.db import utcnow, write_transaction
from leadhub.leads import nurture, scoring
from leadhub.leads.emails import revisit_message
from leadhub.leads.models import Lead
from leadhub.mail import Mailer
from leadhub.tenants.models import Membership, User

_log = structlog.stdlib.get_logger(__name__)


@tasks.actor
async def return_due_leads(tenant_id: str, day: str) -> None:
    """One tenant's part of the daily sweep, a batch per transaction."""
    database, total = tasks.worker_database(), 0
    while True:
        async with database.tenant_session(UUID(tenant_id)) as session, write_transaction(session):
            returned = await nurture.return_due_leads(session, date.fromisoformat(day))
        total += len(returned)
        if len(returned) < nurture.SWEEP_BATCH:
            break
    if total:
        _log.info("parked leads returned", tenant_id=tenant_id, count=total)


@tasks.actor
async def send_revisit_email(tenant_id: str, lead_id: str, parked_until: str) -> None:
    """Tell a returned lead's owner, if the lead still has one who is still a member."""
    async with tasks.worker_database().tenant_session(UUID(tenant_id)) as session:
        lead = await session.get(Lead, (UUID(tenant_id), UUID(lead_id)))
        owner = None
        if lead is not None and lead.owner_id is not None:
            owner = await session.scalar(
                select(User)
                .join(Membership, Membership.user_id == User.id)
                .where(User.id == lead.owner_id)
            )
    if lead is None or owner is None:
        _log.info("returned lead or its owner is gone; not emailed", lead_id=lead_id)
        return
    message = revisit_message(owner=owner, lead=lead, parked_until=parked_until)
    await Mailer(tasks.configured_settings().resolved_mail_url).send(message)


@tasks.actor
async def rescore_leads(tenant_id: str) -> None:
    """Rescore every lead of a tenant after its rules changed, a batch per transaction."""
    await _rescore(UUID(tenant_id), engaged_only=False, now=utcnow())


@tasks.actor
async def decay_scores(tenant_id: str, day: str) -> None:
    """One tenant's part of the daily sweep: engagement points as of now, or of the
    day's start if that is later (a sweep never scores a day before it begins)."""
    start = datetime.combine(date.fromisoformat(day), time(), UTC)
    await _rescore(UUID(tenant_id), engaged_only=True, now=max(utcnow(), start))


async def _rescore(tenant_id: UUID, *, engaged_only: bool, now: datetime) -> None:
    database = tasks.worker_database()
    after, batches = None, 0
    while True:
        async with database.tenant_session(tenant_id) as session, write_transaction(session):
            after = await scoring.rescore_tenant(
                session, after=after, engaged_only=engaged_only, now=now
            )
        if after is None:
            break
        batches += 1
    _log.info("leads rescored", tenant_id=str(tenant_id), batches=batches, decay=engaged_only)
