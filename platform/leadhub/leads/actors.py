"""Jobs of the leads domain: returning parked leads, and telling their owners."""

from datetime import date
from uuid import UUID

import structlog

from leadhub import tasks
from leadhub.db import write_transaction
from leadhub.leads import nurture
from leadhub.leads.emails import revisit_message
from leadhub.leads.models import Lead
from leadhub.mail import Mailer
from leadhub.tenants.models import User

_log = structlog.stdlib.get_logger(__name__)


@tasks.actor
async def return_due_leads(tenant_id: str, day: str) -> None:
    """One tenant's part of the daily sweep."""
    database = tasks.worker_database()
    async with database.tenant_session(UUID(tenant_id)) as session, write_transaction(session):
        returned = await nurture.return_due_leads(session, date.fromisoformat(day))
    if returned:
        _log.info("parked leads returned", tenant_id=tenant_id, count=len(returned))


@tasks.actor
async def send_revisit_email(tenant_id: str, lead_id: str, parked_until: str) -> None:
    """Tell a returned lead's owner, if the lead still has one."""
    async with tasks.worker_database().tenant_session(UUID(tenant_id)) as session:
        lead = await session.get(Lead, (UUID(tenant_id), UUID(lead_id)))
        owner = await session.get(User, lead.owner_id) if lead and lead.owner_id else None
    if lead is None or owner is None:
        _log.info("returned lead or its owner is gone; not emailed", lead_id=lead_id)
        return
    message = revisit_message(owner=owner, lead=lead, parked_until=parked_until)
    await Mailer(tasks.configured_settings().resolved_mail_url).send(message)
