"""A lead's way through the funnel: move, qualify, win, lose, disqualify, reopen.

Every move writes the stage history and the activity feed in its transaction;
a move the lifecycle does not allow is a typed error, and writes nothing.
"""

import uuid
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from leadhub.activity import service as activity
from leadhub.activity.service import ActivityKind
from leadhub.db import utcnow
from leadhub.errors import Problems
from leadhub.jobs import pending_jobs
from leadhub.leads import funnel, validation
from leadhub.leads.errors import LeadError, LeadErrorCode, invalid, not_found
from leadhub.leads.models import (
    FunnelStage,
    Lead,
    Milestone,
    StageChange,
    StageKind,
)
from leadhub.principal import InTenant
from leadhub.work import UnitOfWork

MAX_REASON_LENGTH = 500
# The rule that qualifies a suspect whose score reaches the tenant's threshold.
MQL_THRESHOLD_RULE = "mql_score_threshold"


def illegal(message: str, field: str = "leadId") -> LeadError:
    return LeadError(LeadErrorCode.ILLEGAL_MOVE, message, field)


async def find_lead(work: UnitOfWork[InTenant], lead_id: uuid.UUID) -> Lead | None:
    """The lead, if it exists and is within the principal's reach."""
    return await work.session.get(Lead, (work.tenant_id, lead_id))


async def lead_and_stage(
    work: UnitOfWork[InTenant], lead_id: uuid.UUID
) -> tuple[Lead, FunnelStage]:
    lead = await find_lead(work, lead_id)
    if lead is None:
        raise not_found("lead", "leadId")
    stage = await work.session.get_one(FunnelStage, (lead.tenant_id, lead.stage_id))
    return lead, stage


async def open_lead(work: UnitOfWork[InTenant], lead_id: uuid.UUID) -> tuple[Lead, FunnelStage]:
    lead, stage = await lead_and_stage(work, lead_id)
    if stage.kind is not StageKind.OPEN:
        raise illegal(f"The lead is closed ({stage.name}): reopen it first.")
    return lead, stage


async def _milestone_stage(session: AsyncSession, milestone: Milestone) -> FunnelStage:
    stage = await session.scalar(select(FunnelStage).where(FunnelStage.milestone == milestone))
    if stage is None:
        raise LeadError(
            LeadErrorCode.NO_SUCH_MILESTONE,
            f"The funnel has no stage for {milestone.value}.",
            "milestone",
        )
    return stage


def route_later(work: UnitOfWork[InTenant], lead_id: uuid.UUID, trigger: str) -> None:
    """Have routing hand the lead to someone once this work commits: its actor
    ``route_leads`` (named, not imported: routing builds on leads) decides, and
    leaves a lead a person gave to someone as it is. ``trigger``: "created" or
    "stage"; once a transaction, whatever asks again (a new lead scored into a
    routing stage is routed once)."""
    lead_ids = [str(lead_id)]
    if any(
        job.actor_name == "route_leads" and job.kwargs["lead_ids"] == lead_ids
        for job in pending_jobs(work.session)
    ):
        return
    work.after_commit(
        "route_leads", tenant_id=str(work.tenant_id), lead_ids=lead_ids, trigger=trigger
    )


# Leads a routing job takes at once: routing's batch (``routing.router.MAX_LEADS``).
ROUTED_AT_ONCE = 1000


def route_all_later(
    work: UnitOfWork[InTenant], lead_ids: Sequence[uuid.UUID], trigger: str
) -> None:
    """``route_later`` for many leads new to this transaction (an import's), in
    routing's batches."""
    for start in range(0, len(lead_ids), ROUTED_AT_ONCE):
        work.after_commit(
            "route_leads",
            tenant_id=str(work.tenant_id),
            lead_ids=[str(lead_id) for lead_id in lead_ids[start : start + ROUTED_AT_ONCE]],
            trigger=trigger,
        )


def enter(
    work: UnitOfWork[InTenant],
    lead: Lead,
    source: FunnelStage,
    target: FunnelStage,
    *,
    rule: str | None = None,
    **details: Any,
) -> Lead:
    """Record the lead's move, credited to whom the work is done for, or to nobody
    when a rule of the tenant moved it (``rule`` names it in the feed). A stage
    that routes leads has the lead routed."""
    lead.stage_id = target.id
    lead.reached_stages |= target.mask
    if target.routes_leads:
        route_later(work, lead.id, "stage")
    if target.kind is not StageKind.OPEN:
        lead.nurture_until = None  # a closed lead is not revisited
    work.session.add(
        StageChange(
            lead_id=lead.id,
            from_stage_id=source.id,
            to_stage_id=target.id,
            changed_by_id=None if rule else work.user_id,
        )
    )
    activity.record(
        work,
        lead_id=lead.id,
        kind=ActivityKind.STAGE_CHANGED,
        payload={
            "from": source.name,
            "to": target.name,
            "fromStageId": str(source.id),
            "toStageId": str(target.id),
            **details,
        },
        rule=rule,
    )
    return lead


async def move(work: UnitOfWork[InTenant], lead_id: uuid.UUID, stage_id: uuid.UUID) -> Lead:
    """Move an open lead to any other open stage (closing it takes win, lose or disqualify)."""
    lead, source = await open_lead(work, lead_id)
    target = await work.session.get(FunnelStage, (lead.tenant_id, stage_id))
    if target is None:
        raise not_found("funnel stage", "stageId")
    if target.kind is not StageKind.OPEN:
        raise illegal("Close a lead by winning, losing or disqualifying it.", "stageId")
    if target.id == source.id:
        raise illegal("The lead is in that stage already.", "stageId")
    return enter(work, lead, source, target)


async def qualify(work: UnitOfWork[InTenant], lead_id: uuid.UUID, milestone: Milestone) -> Lead:
    """Qualify an open lead forward: to marketing (MQL) or sales qualified (SQL)."""
    if milestone not in (Milestone.MQL, Milestone.SQL):
        raise invalid("Qualify to MQL or SQL.", "milestone")
    lead, source = await open_lead(work, lead_id)
    target = await _milestone_stage(work.session, milestone)
    if target.position <= source.position:
        raise illegal(f"The lead is past {target.name} already.", "milestone")
    return enter(work, lead, source, target)


async def win(work: UnitOfWork[InTenant], lead_id: uuid.UUID, amount: Decimal) -> Lead:
    won = validation.amount(amount, "amount")
    if not won:
        raise invalid("A win has an amount above 0.", "amount")
    lead, source = await open_lead(work, lead_id)
    target = await _milestone_stage(work.session, Milestone.CUSTOMER)
    lead.won_amount, lead.closed_at, lead.closed_reason = won, utcnow(), None
    return enter(work, lead, source, target, amount=str(won))


async def lose(work: UnitOfWork[InTenant], lead_id: uuid.UUID, reason: str) -> Lead:
    return await _close(work, lead_id, Milestone.LOST, reason)


async def disqualify(work: UnitOfWork[InTenant], lead_id: uuid.UUID, reason: str) -> Lead:
    return await _close(work, lead_id, Milestone.DISQUALIFIED, reason)


async def _close(
    work: UnitOfWork[InTenant], lead_id: uuid.UUID, milestone: Milestone, reason: str
) -> Lead:
    why = validation.name(reason, "reason", max_length=MAX_REASON_LENGTH)
    lead, source = await open_lead(work, lead_id)
    target = await _milestone_stage(work.session, milestone)
    lead.closed_reason, lead.closed_at, lead.won_amount = why, utcnow(), None
    return enter(work, lead, source, target, reason=why)


async def reopen(
    work: UnitOfWork[InTenant], lead_id: uuid.UUID, stage_id: uuid.UUID | None = None
) -> Lead:
    """Bring a closed lead back into an open stage: the one given, or the first."""
    problems = Problems()
    with problems:
        lead, source = await lead_and_stage(work, lead_id)
        if source.kind is StageKind.OPEN:
            raise illegal("The lead is open already.")
    with problems:
        target = await _open_stage(work, stage_id)
    problems.raise_if_any()
    lead.closed_at = None
    return enter(work, lead, source, target)


async def _open_stage(work: UnitOfWork[InTenant], stage_id: uuid.UUID | None) -> FunnelStage:
    """The open stage a lead comes back into: the one given, or the funnel's first."""
    if stage_id is None:
        return await funnel.first_open_stage(work)
    found = await work.session.get(FunnelStage, (work.tenant_id, stage_id))
    if found is None:
        raise not_found("funnel stage", "stageId")
    if found.kind is not StageKind.OPEN:
        raise illegal("Reopen into an open stage.", "stageId")
    return found


async def qualify_by_score(work: UnitOfWork[InTenant], lead: Lead, threshold: int) -> None:
    """Move a suspect whose score reached the tenant's threshold to MQL, if the
    funnel has a stage for it."""
    session = work.session
    stage = await session.get_one(FunnelStage, (lead.tenant_id, lead.stage_id))
    if stage.milestone is not Milestone.SUSPECT:
        return
    mql = await session.scalar(select(FunnelStage).where(FunnelStage.milestone == Milestone.MQL))
    if mql is not None:
        enter(
            work, lead, stage, mql, rule=MQL_THRESHOLD_RULE, score=lead.score, threshold=threshold
        )
