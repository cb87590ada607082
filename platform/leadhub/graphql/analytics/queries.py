"""The KPI queries, each as ../shared/DOMAIN.md defines it, over a period of the
tenant's days. A sales rep's KPIs count the leads in their reach; everyone
else's, the whole tenant's."""

import uuid
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import strawberry

from leadhub.analytics import conversion, response, sales, values, volume
from leadhub.analytics.filters import LeadFilters
from leadhub.analytics.periods import Bucket, Window
from leadhub.db import utcnow
from leadhub.errors import DomainError
from leadhub.graphql.analytics.inputs import (
    KpiBucket,
    KpiFiltersInput,
    PeriodInput,
    filters,
    window,
)
from leadhub.graphql.analytics.types import (
    SOURCES_SHOWN,
    Amount,
    Count,
    FunnelStep,
    LeadVolume,
    Point,
    Ratio,
    ResponseTime,
    Series,
    SourceReturn,
    SourceSeries,
    Spread,
)
from leadhub.graphql.context import Info
from leadhub.graphql.errors import UserInputError
from leadhub.graphql.leads.types import Source
from leadhub.graphql.node import argument_row_id
from leadhub.graphql.permissions import ReadsAnalytics
from leadhub.principal import InTenant
from leadhub.work import UnitOfWork

V = TypeVar("V")
G = TypeVar("G")
R = TypeVar("R")
Kpi = Callable[[UnitOfWork[InTenant], Window, LeadFilters], Awaitable[R]]


def series_of(found: values.Series[V], convert: Callable[[V], G]) -> Series[G]:
    return Series(
        total=convert(found.total),
        points=[
            Point(first_day=point.first_day, last_day=point.last_day, value=convert(point.value))
            for point in found.points
        ],
    )


async def _measure(
    info: Info,
    kpi: Kpi[R],
    period: PeriodInput,
    bucket: Bucket,
    given: KpiFiltersInput | None,
) -> R:
    """The KPI, or its refusal as a malformed argument."""
    try:
        return await kpi(info.context.tenant_work, window(info, period, bucket), filters(given))
    except DomainError as refused:
        raise UserInputError(refused.message, field=refused.field) from None


async def _sources(info: Info, source_ids: list[uuid.UUID | None]) -> list[Source | None]:
    known = [str(source_id) for source_id in source_ids if source_id is not None]
    found = await Source.resolve_nodes(info=info, node_ids=known) if known else []
    by_id = {source.id: source for source in found if source is not None}
    return [by_id.get(str(source_id)) if source_id else None for source_id in source_ids]


def kpi_field(description: str) -> Any:
    return strawberry.field(permission_classes=[ReadsAnalytics], description=description)


def series_field(
    kpi: Kpi[values.Series[V]], convert: Callable[[V], G], graphql_type: Any, description: str
) -> Any:
    """A field answering ``kpi``'s series over the period, bucket and filters asked."""

    async def resolve(
        info: Info,
        period: PeriodInput,
        bucket: KpiBucket = Bucket.NONE,  # type: ignore[valid-type]
        filters: KpiFiltersInput | None = None,
    ) -> Series[G]:
        return series_of(await _measure(info, kpi, period, bucket, filters), convert)

    return strawberry.field(
        resolver=resolve,
        graphql_type=graphql_type,
        permission_classes=[ReadsAnalytics],
        description=description,
    )


@strawberry.type
class KpiQueries:
    lead_to_customer_conversion: Series[Ratio] = series_field(
        volume.lead_to_customer,
        Ratio.of,
        Series[Ratio],
        "Of the leads created in the period, the share won so far.",
    )
    pipeline_value: Series[Amount] = series_field(
        volume.pipeline_value,
        Amount.of,
        Series[Amount],
        "Of the leads created in the period and open now, their expected values summed,"
        " each weighted by its stage's win probability.",
    )
    win_rate: Series[Ratio] = series_field(
        sales.win_rate,
        Ratio.of,
        Series[Ratio],
        "Won / (won + lost) among the leads closed in the period; disqualified left out.",
    )
    sales_volume: Series[Amount] = series_field(
        sales.sales_volume,
        Amount.of,
        Series[Amount],
        "The amounts won in the period, the count of wins, and their average: the average ticket.",
    )
    sales_cycle_time: Series[Spread] = series_field(
        sales.sales_cycle,
        Spread.of,
        Series[Spread],
        "Days from a lead's creation to its win, for the wins of the period.",
    )
    customer_retention: Series[Ratio] = series_field(
        sales.customer_retention,
        Ratio.of,
        Series[Ratio],
        "Of the customers (companies, by domain) with a win before the period, the share"
        " with another win in it.",
    )

    @kpi_field("Leads created in the period, in all and by source.")
    async def lead_volume(
        self,
        info: Info,
        period: PeriodInput,
        bucket: KpiBucket = Bucket.NONE,  # type: ignore[valid-type]
        filters: KpiFiltersInput | None = None,
    ) -> LeadVolume:
        total = await _measure(info, volume.lead_volume, period, bucket, filters)
        by_source = await _measure(info, volume.lead_volume_by_source, period, bucket, filters)
        ranked = sorted(by_source.items(), key=lambda item: item[1].total.count, reverse=True)
        ranked = ranked[:SOURCES_SHOWN]
        sources = await _sources(info, [source_id for source_id, _ in ranked])
        whole = series_of(total, Count.of)
        return LeadVolume(
            total=whole.total,
            points=whole.points,
            by_source=[
                SourceSeries(source=source, series=series_of(found, Count.of))
                for source, (_, found) in zip(sources, ranked, strict=True)
            ],
        )

    @kpi_field(
        "Minutes from an assignment in the period to the first sales activity after it,"
        " and the share answered past the SLA."
    )
    async def response_time(
        self,
        info: Info,
        period: PeriodInput,
        bucket: KpiBucket = Bucket.NONE,  # type: ignore[valid-type]
        filters: KpiFiltersInput | None = None,
    ) -> Series[ResponseTime]:
        now = utcnow()

        async def kpi(
            work: UnitOfWork[InTenant], window: Window, filters: LeadFilters
        ) -> values.Series[response.ResponseTime]:
            return await response.response_time(work, window, filters, now)

        found = await _measure(info, kpi, period, bucket, filters)
        return series_of(found, ResponseTime.of)

    @kpi_field("What each source's leads won in the period, beside its cost; most won first.")
    async def source_return(
        self,
        info: Info,
        period: PeriodInput,
        bucket: KpiBucket = Bucket.NONE,  # type: ignore[valid-type]
        filters: KpiFiltersInput | None = None,
    ) -> list[SourceReturn]:
        found = await _measure(info, sales.source_return, period, bucket, filters)
        sources = await _sources(info, [each.source_id for each in found])
        return [
            SourceReturn(
                source=source,
                won=series_of(each.won, Amount.of),
                cost=each.cost,
                won_per_cost=each.won_per_cost,
            )
            for source, each in zip(sources, found, strict=True)
        ]

    @kpi_field(
        "Of the leads that entered one stage in the period, the share that reached another"
        " since (entered it or a stage after it)."
    )
    async def stage_conversion(
        self,
        info: Info,
        period: PeriodInput,
        from_stage_id: strawberry.ID,
        to_stage_id: strawberry.ID,
        bucket: KpiBucket = Bucket.NONE,  # type: ignore[valid-type]
        filters: KpiFiltersInput | None = None,
    ) -> Series[Ratio]:
        entered = argument_row_id(from_stage_id, "FunnelStage", "fromStageId")
        reached = argument_row_id(to_stage_id, "FunnelStage", "toStageId")

        async def kpi(
            work: UnitOfWork[InTenant], window: Window, filters: LeadFilters
        ) -> values.Series[values.Ratio]:
            return await conversion.stage_conversion(work, window, filters, entered, reached)

        found = await _measure(info, kpi, period, bucket, filters)
        return series_of(found, Ratio.of)

    @kpi_field("Leads that first reached a stage (entered it or one after it) in the period.")
    async def stage_reached(
        self,
        info: Info,
        period: PeriodInput,
        stage_id: strawberry.ID,
        bucket: KpiBucket = Bucket.NONE,  # type: ignore[valid-type]
        filters: KpiFiltersInput | None = None,
    ) -> Series[Count]:
        stage = argument_row_id(stage_id, "FunnelStage", "stageId")

        async def kpi(
            work: UnitOfWork[InTenant], window: Window, filters: LeadFilters
        ) -> values.Series[values.Count]:
            return await conversion.stage_reached(work, window, filters, stage)

        found = await _measure(info, kpi, period, bucket, filters)
        return series_of(found, Count.of)

    @kpi_field(
        "Of the leads created in the period, how many reached each stage of the funnel"
        " (entered it or one after it), and the share of the previous stage's."
    )
    async def funnel(
        self, info: Info, period: PeriodInput, filters: KpiFiltersInput | None = None
    ) -> list[FunnelStep]:
        steps = await _measure(info, conversion.funnel, period, Bucket.NONE, filters)
        return [FunnelStep.of(step) for step in steps]
