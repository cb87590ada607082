"""A lead's way through the funnel: move, qualify, win, lose, disqualify, reopen.

Every move writes the stage history and the activity feed in its transaction;
a move the lifecycle does not allow is a typed error, and writes nothing.
"""

import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from leadhub.activity import service as activity
from leadhub.activity.models import ActivityKind
from leadhub.db import session_tenant, utcnow
from leadhub.leads import funnel, validation
from leadhub.leads.errors import LeadError, LeadErrorCode, invalid, not_found
from leadhub.leads.models import (
    FunnelStage,
    Lead,
    Milestone,
    StageChange,
    StageKind,
)

MAX_REASON_LENGTH = 500


def illegal(message: str, field: str = "leadId") -> LeadError:
    return LeadError(LeadErrorCode.ILLEGAL_MOVE, message, field)


async def lead_and_stage(session: AsyncSession, lead_id: uuid.UUID) -> tuple[Lead, FunnelStage]:
    lead = await session.get(Lead, (session_tenant(session), lead_id))
    if lead is None:
        raise not_found("lead", "leadId")
    stage = await session.get_one(FunnelStage, (lead.tenant_id, lead.stage_id))
    return lead, stage


async def open_lead(session: AsyncSession, lead_id: uuid.UUID) -> tuple[Lead, FunnelStage]:
    lead, stage = await lead_and_stage(session, lead_id)
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


def enter(
    session: AsyncSession,
    actor_id: uuid.UUID | None,
    lead: Lead,
    source: FunnelStage,
    target: FunnelStage,
    **details: Any,
) -> Lead:
    lead.stage_id = target.id
    if target.kind is not StageKind.OPEN:
        lead.nurture_until = None  # a closed lead is not revisited
    session.add(
        StageChange(
            lead_id=lead.id, from_stage_id=source.id, to_stage_id=target.id, changed_by_id=actor_id
        )
    )
    activity.record(
        session,
        lead_id=lead.id,
        kind=ActivityKind.STAGE_CHANGED,
        actor_id=actor_id,
        payload={"from": source.name, "to": target.name, **details},
    )
    return lead


async def move(
    session: AsyncSession, actor_id: uuid.UUID | None, lead_id: uuid.UUID, stage_id: uuid.UUID
) -> Lead:
    """Move an open lead to any other open stage (closing it takes win, lose or disqualify)."""
    lead, source = await open_lead(session, lead_id)
    target = await session.get(FunnelStage, (lead.tenant_id, stage_id))
    if target is None:
        raise not_found("funnel stage", "stageId")
    if target.kind is not StageKind.OPEN:
        raise illegal("Close a lead by winning, losing or disqualifying it.", "stageId")
    if target.id == source.id:
        raise illegal("The lead is in that stage already.", "stageId")
    return enter(session, actor_id, lead, source, target)


async def qualify(
    session: AsyncSession, actor_id: uuid.UUID | None, lead_id: uuid.UUID, milestone: Milestone
) -> Lead:
    """Qualify an open lead forward: to marketing (MQL) or sales qualified (SQL)."""
    if milestone not in (Milestone.MQL, Milestone.SQL):
        raise invalid("Qualify to MQL or SQL.", "milestone")
    lead, source = await open_lead(session, lead_id)
    target = await _milestone_stage(session, milestone)
    if target.position <= source.position:
        raise illegal(f"The lead is past {target.name} already.", "milestone")
    return enter(session, actor_id, lead, source, target)


async def win(
    session: AsyncSession, actor_id: uuid.UUID | None, lead_id: uuid.UUID, amount: Decimal
) -> Lead:
    won = validation.amount(amount, "amount")
    if not won:
        raise invalid("A win has an amount above 0.", "amount")
    lead, source = await open_lead(session, lead_id)
    target = await _milestone_stage(session, Milestone.CUSTOMER)
    lead.won_amount, lead.closed_at, lead.closed_reason = won, utcnow(), None
    return enter(session, actor_id, lead, source, target, amount=str(won))


async def lose(
    session: AsyncSession, actor_id: uuid.UUID | None, lead_id: uuid.UUID, reason: str
) -> Lead:
    return await _close(session, actor_id, lead_id, Milestone.LOST, reason)


async def disqualify(
    session: AsyncSession, actor_id: uuid.UUID | None, lead_id: uuid.UUID, reason: str
) -> Lead:
    return await _close(session, actor_id, lead_id, Milestone.DISQUALIFIED, reason)


async def _close(
    session: AsyncSession,
    actor_id: uuid.UUID | None,
    lead_id: uuid.UUID,
    milestone: Milestone,
    reason: str,
) -> Lead:
    why = validation.name(reason, "reason", max_length=MAX_REASON_LENGTH)
    lead, source = await open_lead(session, lead_id)
    target = await _milestone_stage(session, milestone)
    lead.closed_reason, lead.closed_at, lead.won_amount = why, utcnow(), None
    return enter(session, actor_id, lead, source, target, reason=why)


async def reopen(
    session: AsyncSession,
    actor_id: uuid.UUID | None,
    lead_id: uuid.UUID,
    stage_id: uuid.UUID | None = None,
) -> Lead:
    """Bring a closed lead back into an open stage: the one given, or the first."""
    lead, source = await lead_and_stage(session, lead_id)
    if source.kind is StageKind.OPEN:
        raise illegal("The lead is open already.")
    if stage_id is None:
        target = await funnel.first_open_stage(session)
    else:
        found = await session.get(FunnelStage, (lead.tenant_id, stage_id))
        if found is None:
            raise not_found("funnel stage", "stageId")
        if found.kind is not StageKind.OPEN:
            raise illegal("Reopen into an open stage.", "stageId")
        target = found
    lead.closed_at = None
    return enter(session, actor_id, lead, source, target)


async def qualify_by_score(session: AsyncSession, lead: Lead, threshold: int) -> None:
    """Move a suspect whose score reached the tenant's threshold to MQL, if the
    funnel has a stage for it."""
    stage = await session.get_one(FunnelStage, (lead.tenant_id, lead.stage_id))
    if stage.milestone is not Milestone.SUSPECT:
        return
    mql = await session.scalar(select(FunnelStage).where(FunnelStage.milestone == Milestone.MQL))
    if mql is not None:
        enter(session, None, lead, stage, mql, score=lead.score, threshold=threshold)
