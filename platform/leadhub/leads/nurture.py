"""Nurture: parking a lead until a date, recycling a lost one, and their return.

:func:`park` and :func:`recycle` set a lead aside until a date; the daily sweep
(``leadhub.schedule``) calls :func:`return_due_leads` for each tenant, batch
after batch from a cursor, which hands each due lead back to its owner with an activity and
an email. Parking is a pause, not a stage: the lead keeps its stage.
"""

import uuid
from datetime import date

from sqlalchemy import select, tuple_

from leadhub.activity import service as activity
from leadhub.activity.service import ActivityKind
from leadhub.db import utcnow
from leadhub.errors import Problems
from leadhub.leads import funnel, lifecycle, scoring
from leadhub.leads.errors import LeadError, LeadErrorCode, invalid, not_found
from leadhub.leads.models import Lead, Milestone, Source, SourceKind
from leadhub.principal import InTenant, SystemJob
from leadhub.sweeps import BATCH_SIZE, Batch
from leadhub.work import UnitOfWork


async def park(work: UnitOfWork[InTenant], lead_id: uuid.UUID, until: date) -> Lead:
    """Set an open lead aside until ``until``, when it returns to its owner (nurture.py)."""
    _revisit_date(until)
    lead, _stage = await lifecycle.open_lead(work, lead_id)
    lead.nurture_until = until
    activity.record(
        work, lead_id=lead.id, kind=ActivityKind.PARKED, payload={"until": until.isoformat()}
    )
    return lead


async def recycle(
    work: UnitOfWork[InTenant],
    lead_id: uuid.UUID,
    until: date,
    source_id: uuid.UUID | None = None,
) -> Lead:
    """Bring a lost lead back into the first open stage, parked for nurture until
    ``until``, and credit it to ``source_id`` (a source of the recycled kind) if given."""
    problems = Problems()
    with problems:
        _revisit_date(until)
    with problems:
        lead, source = await lifecycle.lead_and_stage(work, lead_id)
        if source.milestone is not Milestone.LOST:
            raise lifecycle.illegal("Only a lost lead is recycled.")
    with problems:
        credited = await _recycled_source(work, source_id)
    problems.raise_if_any()
    if credited is not None:
        lead.source_id = credited.id
    lead.closed_at, lead.closed_reason = None, None
    lifecycle.enter(work, lead, source, await funnel.first_open_stage(work), recycled=True)
    await park(work, lead.id, until)
    await scoring.rescore(work, [lead])  # its source, and so its fit, may have changed
    return lead


async def _recycled_source(
    work: UnitOfWork[InTenant], source_id: uuid.UUID | None
) -> Source | None:
    if source_id is None:
        return None
    credited = await work.session.get(Source, (work.tenant_id, source_id))
    if credited is None:
        raise not_found("source", "sourceId")
    if credited.kind is not SourceKind.RECYCLED:
        raise invalid("Credit a source of the recycled kind.", "sourceId")
    return credited


DueCursor = tuple[date, uuid.UUID]


async def return_due_leads(
    work: UnitOfWork[SystemJob],
    today: date,
    after: DueCursor | None = None,
    *,
    batch_size: int = BATCH_SIZE,
) -> Batch[DueCursor]:
    """Return the next ``batch_size`` leads parked until ``today`` or earlier, after
    ``after`` in (date, id) order.

    The cursor matters on PostgreSQL: a returned lead leaves the nurture index only
    once vacuumed, so a batch starting from the top would walk past every lead
    returned before it. Idempotent: a returned lead is no longer parked. The rows
    are locked, and those another transaction holds are skipped, so two sweeps at
    once, or a sweep and an unpark, never return a lead twice (PostgreSQL; SQLite
    runs one writer at a time).
    """
    statement = (
        select(Lead)
        .where(Lead.nurture_until <= today)
        .order_by(Lead.nurture_until, Lead.id)
        .limit(batch_size)
        .with_for_update(skip_locked=True)
        .execution_options(populate_existing=True)
    )
    if after is not None:
        statement = statement.where(tuple_(Lead.nurture_until, Lead.id) > after)
    due = list(await work.session.scalars(statement))
    cursor = None
    if len(due) == batch_size:
        last = due[-1]
        assert last.nurture_until is not None
        cursor = (last.nurture_until, last.id)
    for lead in due:
        _return(work, lead, due=True)
    return Batch(cursor, read=len(due), changed=len(due))


async def unpark(work: UnitOfWork[InTenant], lead_id: uuid.UUID) -> Lead:
    """End a lead's nurture before its date."""
    lead = await work.session.get(
        Lead, (work.tenant_id, lead_id), with_for_update=True, populate_existing=True
    )
    if lead is None:
        raise not_found("lead", "leadId")
    if lead.nurture_until is None:
        raise LeadError(LeadErrorCode.ILLEGAL_MOVE, "The lead is not parked.", "leadId")
    _return(work, lead, due=False)
    return lead


def _return(work: UnitOfWork[InTenant], lead: Lead, *, due: bool) -> None:
    assert lead.nurture_until is not None
    parked_until, lead.nurture_until = lead.nurture_until, None
    activity.record(
        work,
        lead_id=lead.id,
        kind=ActivityKind.NURTURE_ENDED,
        payload={"parkedUntil": parked_until.isoformat(), "due": due},
    )
    if due and lead.owner_id is not None:
        work.after_commit(
            "send_revisit_email",
            tenant_id=str(lead.tenant_id),
            lead_id=str(lead.id),
            parked_until=parked_until.isoformat(),
        )


def _revisit_date(until: date) -> None:
    # Today in UTC, not later: it is tomorrow already for much of the world.
    if until < utcnow().date():
        raise invalid("Revisit on a day from today on.", "until")
