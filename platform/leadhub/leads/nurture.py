"""Parked leads coming back: on their revisit date, or when someone ends the wait.

``lifecycle.park`` and ``lifecycle.recycle`` set a lead aside until a date; the
daily sweep (``leadhub.schedule``) calls :func:`return_due_leads` for each
tenant, which hands each due lead back to its owner with an activity and an email.
"""

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from leadhub import tasks
from leadhub.activity import service as activity
from leadhub.activity.models import ActivityKind
from leadhub.db import session_tenant
from leadhub.leads.errors import LeadError, LeadErrorCode, not_found
from leadhub.leads.models import Lead

# One sweep returns at most this many leads; the next sweep takes the rest.
SWEEP_BATCH = 1000


async def return_due_leads(session: AsyncSession, today: date) -> list[Lead]:
    """Return every lead parked until ``today`` or earlier (idempotent: a returned
    lead is no longer parked)."""
    due = await session.scalars(
        select(Lead)
        .where(Lead.nurture_until <= today)
        .order_by(Lead.nurture_until, Lead.id)
        .limit(SWEEP_BATCH)
    )
    returned = list(due)
    for lead in returned:
        _return(session, lead, actor_id=None, due=True)
    return returned


async def unpark(session: AsyncSession, actor_id: uuid.UUID | None, lead_id: uuid.UUID) -> Lead:
    """End a lead's nurture before its date."""
    lead = await session.get(Lead, (session_tenant(session), lead_id))
    if lead is None:
        raise not_found("lead", "leadId")
    if lead.nurture_until is None:
        raise LeadError(LeadErrorCode.ILLEGAL_MOVE, "The lead is not parked.", "leadId")
    _return(session, lead, actor_id=actor_id, due=False)
    return lead


def _return(session: AsyncSession, lead: Lead, *, actor_id: uuid.UUID | None, due: bool) -> None:
    assert lead.nurture_until is not None
    parked_until, lead.nurture_until = lead.nurture_until, None
    activity.record(
        session,
        lead_id=lead.id,
        kind=ActivityKind.NURTURE_ENDED,
        actor_id=actor_id,
        payload={"parkedUntil": parked_until.isoformat(), "due": due},
    )
    if due and lead.owner_id is not None:
        tasks.enqueue_after_commit(
            session,
            "send_revisit_email",
            tenant_id=str(lead.tenant_id),
            lead_id=str(lead.id),
            parked_until=parked_until.isoformat(),
        )
