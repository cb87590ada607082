"""KPIs of the way through the funnel: how many leads reached each stage (the
funnel), how many of those entering one stage reached another later (stage
conversion), and how many first reached a stage in a period (a goal's count).

A lead reaches a stage by entering it or any stage after it on the funnel's
path (the open stages and the wins, in today's order): a lead may skip stages,
and a lead that skipped one has still passed it.
"""

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Label, exists, func, select
from sqlalchemy.orm import aliased

from leadhub.analytics import funnel_counts
from leadhub.analytics.errors import AnalyticsError, AnalyticsErrorCode, invalid
from leadhub.analytics.filters import LeadFilters, lead_of
from leadhub.analytics.periods import Window
from leadhub.analytics.series import BY_BUCKET, Rows, in_window, summed
from leadhub.analytics.stages import Stages, load_stages
from leadhub.analytics.values import Count, Ratio, Series
from leadhub.leads.models import FunnelStage, Lead, StageChange
from leadhub.principal import InTenant
from leadhub.work import UnitOfWork


@dataclass(frozen=True)
class FunnelStep:
    stage: FunnelStage
    reached: int
    from_previous: Ratio | None  # None for the first stage


async def funnel(
    work: UnitOfWork[InTenant], window: Window, filters: LeadFilters
) -> list[FunnelStep]:
    """Of the leads created in the period, how many reached each stage of the
    funnel's path, and the share of the previous stage's that did."""
    stages = await load_stages(work)
    path = stages.path
    # Leads by the stages they reached: a few dozen combinations, whatever the
    # number of leads, each counted towards every stage it reached or passed.
    by_reached = await funnel_counts.by_reached_stages(work, window, filters)
    counts = [
        sum(leads for reached, leads in by_reached if reached & stages.reached_mask(stage))
        for stage in path
    ]
    return [
        FunnelStep(stage, count, Ratio(count, counts[place - 1]) if place else None)
        for place, (stage, count) in enumerate(zip(path, counts, strict=True))
    ]


def _stage(stages: Stages, stage_id: uuid.UUID, field: str) -> FunnelStage:
    stage = stages.get(stage_id)
    if stage is None:
        raise AnalyticsError(AnalyticsErrorCode.NOT_FOUND, "No such funnel stage.", field)
    return stage


async def stage_conversion(
    work: UnitOfWork[InTenant],
    window: Window,
    filters: LeadFilters,
    from_stage_id: uuid.UUID,
    to_stage_id: uuid.UUID,
) -> Series[Ratio]:
    """Of the leads that entered one stage in the period (each by its first entry
    then), those that reached another since; by when they entered."""
    stages = await load_stages(work)
    entered = _stage(stages, from_stage_id, "fromStageId")
    target = _stage(stages, to_stage_id, "toStageId")
    if not stages.leads_on(entered, target):
        raise invalid(f"Convert to a stage after {entered.name}.", "toStageId")
    entries = (
        select(StageChange.lead_id, func.min(StageChange.changed_at).label("entered_at"))
        .join(Lead, lead_of(StageChange))
        .where(
            StageChange.to_stage_id == entered.id,
            in_window(StageChange.changed_at, window),
            *filters.criteria(),
        )
        .group_by(StageChange.lead_id)
        .subquery("entries")
    )
    later = aliased(StageChange, name="later")
    reached_since = exists().where(
        later.lead_id == entries.c.lead_id,
        later.to_stage_id.in_([stage.id for stage in stages.at_or_after(target)]),
        later.changed_at >= entries.c.entered_at,
    )

    def build(bucket: Label[datetime]) -> Rows:
        return (
            select(
                bucket,
                func.count().filter(reached_since).label("reached"),
                func.count().label("entered"),
            )
            .select_from(entries)
            .group_by(BY_BUCKET)
        )

    return await summed(
        work,
        window,
        entries.c.entered_at,
        build,
        lambda row: Ratio(row.reached, row.entered),
        Ratio(),
    )


async def stage_reached(
    work: UnitOfWork[InTenant], window: Window, filters: LeadFilters, stage_id: uuid.UUID
) -> Series[Count]:
    """Leads that first reached a stage in the period (an MQL a goal counts, say)."""
    stages = await load_stages(work)
    stage = _stage(stages, stage_id, "stageId")
    first_reached = (
        select(func.min(StageChange.changed_at).label("reached_at"))
        .join(Lead, lead_of(StageChange))
        .where(
            StageChange.to_stage_id.in_([later.id for later in stages.at_or_after(stage)]),
            *filters.criteria(),
        )
        .group_by(StageChange.lead_id)
        .subquery("first_reached")
    )

    def build(bucket: Label[datetime]) -> Rows:
        return (
            select(bucket, func.count().label("leads"))
            .select_from(first_reached)
            .where(in_window(first_reached.c.reached_at, window))
            .group_by(BY_BUCKET)
        )

    return await summed(
        work, window, first_reached.c.reached_at, build, lambda row: Count(row.leads), Count()
    )
