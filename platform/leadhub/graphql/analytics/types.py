"""KPIs as GraphQL answers: a total and a point for every bucket, ready to chart."""

from datetime import date
from decimal import Decimal
from typing import Generic, TypeVar

import strawberry

from leadhub.analytics import values
from leadhub.analytics.conversion import FunnelStep as FunnelStepValue
from leadhub.analytics.response import ResponseTime as ResponseTimeValue
from leadhub.graphql.leads.types import Source
from leadhub.graphql.stages import FunnelStage

# The sources a lead volume shows a series for: a chart's worth, each series of up
# to a thousand points.
SOURCES_SHOWN = 20


@strawberry.type(description="How many.")
class Count:
    count: int

    @classmethod
    def of(cls, value: values.Count) -> "Count":
        return cls(count=value.count)


@strawberry.type(description="A share: ``numerator`` of ``denominator``.")
class Ratio:
    numerator: int
    denominator: int
    rate: float | None = strawberry.field(description="From 0 to 1; null when nothing to divide.")

    @classmethod
    def of(cls, value: values.Ratio) -> "Ratio":
        return cls(numerator=value.numerator, denominator=value.denominator, rate=value.rate)


@strawberry.type(description="A sum of money, in the tenant's currency, over a count of leads.")
class Amount:
    amount: Decimal
    count: int
    average: Decimal | None = strawberry.field(description="The amount per lead; null for none.")

    @classmethod
    def of(cls, value: values.Amount) -> "Amount":
        return cls(amount=value.amount, count=value.count, average=value.average)


@strawberry.type(description="The median and mean of a count of durations.")
class Spread:
    median: float | None
    mean: float | None
    count: int

    @classmethod
    def of(cls, value: values.Spread) -> "Spread":
        return cls(median=value.median, mean=value.mean, count=value.count)


@strawberry.type(description="Minutes from assignment to the first sales activity.")
class ResponseTime(Spread):
    over_sla: Ratio = strawberry.field(
        description="Of the assignments whose SLA is settled or due, those answered late or not."
    )

    @classmethod
    def of(cls, value: ResponseTimeValue) -> "ResponseTime":  # type: ignore[override]
        return cls(
            median=value.median,
            mean=value.mean,
            count=value.count,
            over_sla=Ratio.of(value.over_sla),
        )


T = TypeVar("T")


@strawberry.type(description="One bucket: its first and last day, clipped to the period.")
class Point(Generic[T]):
    first_day: date
    last_day: date
    value: T


@strawberry.type(description="A KPI over the period, and bucket by bucket, empty ones included.")
class Series(Generic[T]):
    total: T
    points: list[Point[T]]


@strawberry.type
class SourceSeries:
    source: Source | None = strawberry.field(description="Null for leads of no source.")
    series: Series[Count]


@strawberry.type
class LeadVolume:
    total: Count
    points: list[Point[Count]]
    by_source: list[SourceSeries] = strawberry.field(
        description=f"The {SOURCES_SHOWN} sources with the most leads, most first."
    )


@strawberry.type
class SourceReturn:
    source: Source | None = strawberry.field(description="Null for leads of no source.")
    won: Series[Amount]
    cost: Decimal | None = strawberry.field(description="What the source cost, if it says.")
    won_per_cost: float | None = strawberry.field(description="Won amount / cost, if it has one.")


@strawberry.type
class FunnelStep:
    stage: FunnelStage
    reached: int = strawberry.field(description="Leads that reached the stage or passed it.")
    from_previous: Ratio | None = strawberry.field(
        description="Of the previous stage's, the share that reached this one; null for the first."
    )

    @classmethod
    def of(cls, step: FunnelStepValue) -> "FunnelStep":
        return cls(
            stage=FunnelStage.from_model(step.stage),
            reached=step.reached,
            from_previous=Ratio.of(step.from_previous) if step.from_previous else None,
        )
