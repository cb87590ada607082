"""KPIs of the leads created in a period: how many, by source (lead volume), how
many of them are customers now (lead-to-customer conversion), and what the open
ones are worth, each by its stage's win probability (pipeline value)."""

import uuid

from sqlalchemy import Numeric, case, func, type_coerce

from leadhub.analytics.filters import LeadFilters, leads_by_bucket
from leadhub.analytics.periods import Window
from leadhub.analytics.series import summed, summed_by
from leadhub.analytics.stages import load_stages
from leadhub.analytics.values import CENT, Amount, Count, Ratio, Series
from leadhub.leads.models import Lead, StageKind
from leadhub.principal import InTenant
from leadhub.work import UnitOfWork

CREATED = Lead.created_at  # what places a lead in a period here


async def lead_volume(
    work: UnitOfWork[InTenant], window: Window, filters: LeadFilters
) -> Series[Count]:
    """Leads created in the period."""
    return await summed(
        work,
        window,
        CREATED,
        lambda bucket: leads_by_bucket(
            bucket, CREATED, window, filters, func.count().label("leads")
        ),
        lambda row: Count(row.leads),
        Count(),
    )


async def lead_volume_by_source(
    work: UnitOfWork[InTenant], window: Window, filters: LeadFilters
) -> dict[uuid.UUID | None, Series[Count]]:
    """``lead_volume`` for each source (None: leads of no source)."""
    return await summed_by(
        work,
        window,
        CREATED,
        lambda bucket: leads_by_bucket(
            bucket,
            CREATED,
            window,
            filters,
            Lead.source_id.label("key"),
            func.count().label("leads"),
        ).group_by(Lead.source_id),
        lambda row: Count(row.leads),
        Count(),
    )


async def lead_to_customer(
    work: UnitOfWork[InTenant], window: Window, filters: LeadFilters
) -> Series[Ratio]:
    """Of the leads created in the period, those won so far (in a won stage now)."""
    won = (await load_stages(work)).holds(StageKind.WON)
    return await summed(
        work,
        window,
        CREATED,
        lambda bucket: leads_by_bucket(
            bucket,
            CREATED,
            window,
            filters,
            func.count().filter(won).label("won"),
            func.count().label("created"),
        ),
        lambda row: Ratio(row.won, row.created),
        Ratio(),
    )


async def pipeline_value(
    work: UnitOfWork[InTenant], window: Window, filters: LeadFilters
) -> Series[Amount]:
    """Of the leads created in the period and open now, the sum of their expected
    values, each weighted by its stage's win probability; over those with one."""
    stages = await load_stages(work)
    probability = case(
        {stage.id: stage.win_probability for stage in stages.in_order}, value=Lead.stage_id
    )
    weighted = type_coerce(func.sum(Lead.expected_value * probability), Numeric(20, 2))
    open_valued = (stages.holds(StageKind.OPEN), Lead.expected_value.is_not(None))
    return await summed(
        work,
        window,
        CREATED,
        lambda bucket: leads_by_bucket(
            bucket, CREATED, window, filters, weighted.label("amount"), func.count().label("leads")
        ).where(*open_valued),
        lambda row: Amount(row.amount.quantize(CENT), row.leads),
        Amount(),
    )
