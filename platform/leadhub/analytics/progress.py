"""How a goal stands: its metric over its period so far, from the same KPI engine
as every dashboard, beside the pace that reaches the target and a forecast.

A count or an amount adds up over the period: by now it should be the target's
share for the days gone (the pace), and it is forecast to end at today's figure
carried on at the same rate. A share, an average or a median is a level: it
should be at the target all along, and is forecast to end where it is. A goal counts
the figures its unit of work sees: the tenant's for the daily check (a system
job) and for most people; a sales rep's, those of the leads in their reach, as
every KPI they see.
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from zoneinfo import ZoneInfo

from leadhub.analytics import conversion, response, sales, volume
from leadhub.analytics.filters import LeadFilters
from leadhub.analytics.models import Goal, GoalMetric
from leadhub.analytics.periods import Window
from leadhub.analytics.values import Amount
from leadhub.principal import InTenant
from leadhub.work import UnitOfWork

# The metrics that add up over the period; the others are levels.
CUMULATIVE = frozenset(
    {
        GoalMetric.LEAD_VOLUME,
        GoalMetric.STAGE_REACHED,
        GoalMetric.SALES_VOLUME,
        GoalMetric.WINS,
        GoalMetric.PIPELINE_VALUE,
    }
)
# The metrics where less is better.
LOWER_IS_BETTER = frozenset(
    {GoalMetric.SALES_CYCLE_DAYS, GoalMetric.RESPONSE_MINUTES, GoalMetric.SHARE_OVER_SLA}
)


FOUR_PLACES = Decimal("0.0001")


class GoalStatus(StrEnum):
    UPCOMING = "upcoming"  # its period has not begun
    ON_PACE = "on_pace"
    BEHIND = "behind"  # the forecast falls short of the target
    REACHED = "reached"
    MISSED = "missed"  # its period ended short of the target


@dataclass(frozen=True)
class Progress:
    value: Decimal | None  # None: nothing to measure yet (a share of no leads)
    expected_by_now: Decimal
    forecast: Decimal | None
    days_gone: int  # whole days done
    days: int
    status: GoalStatus


def _meets(goal: Goal, value: Decimal) -> bool:
    return value <= goal.target if goal.metric in LOWER_IS_BETTER else value >= goal.target


async def progress(
    work: UnitOfWork[InTenant], goal: Goal, now: datetime, zone: ZoneInfo
) -> Progress:
    """How the goal stands at ``now``, its days counted in ``zone`` (the tenant's).

    The pace is the share of the period's time gone, to the minute; a goal is not
    judged behind before its first whole day is done (just past midnight, nothing
    has had the time to happen)."""
    whole = Window(goal.first_day, goal.last_day, zone)
    today = now.astimezone(zone).date()
    days = (goal.last_day - goal.first_day).days + 1
    days_gone = max(0, min((today - goal.first_day).days, days))
    gone = min(max((now - whole.start) / (whole.end - whole.start), 0.0), 1.0)
    value = await measure(work, goal, now, zone) if now >= whole.start else None
    cumulative = goal.metric in CUMULATIVE
    share_gone = Decimal(str(gone))
    expected = goal.target * share_gone if cumulative else goal.target
    forecast = value
    if cumulative and value is not None and gone:
        forecast = value / share_gone
    return Progress(
        value=value,
        expected_by_now=expected.quantize(FOUR_PLACES),
        forecast=forecast.quantize(FOUR_PLACES) if forecast is not None else None,
        days_gone=days_gone,
        days=days,
        status=_status(goal, value, forecast, today, judged=days_gone > 0),
    )


def _status(
    goal: Goal, value: Decimal | None, forecast: Decimal | None, today: date, *, judged: bool
) -> GoalStatus:
    if today < goal.first_day:
        return GoalStatus.UPCOMING
    met = value is not None and _meets(goal, value)
    if goal.metric in CUMULATIVE and met:
        return GoalStatus.REACHED
    if today > goal.last_day:
        return GoalStatus.REACHED if met else GoalStatus.MISSED
    if not judged or forecast is None or _meets(goal, forecast):
        return GoalStatus.ON_PACE
    return GoalStatus.BEHIND


async def measure(
    work: UnitOfWork[InTenant], goal: Goal, now: datetime, zone: ZoneInfo
) -> Decimal | None:
    """The goal's metric over its period up to ``now``'s day (which has begun)."""
    today = now.astimezone(zone).date()
    window = Window(goal.first_day, min(goal.last_day, today), zone)
    return await MEASURES[goal.metric](work, window, goal, now)


Measure = Callable[[UnitOfWork[InTenant], Window, Goal, datetime], Awaitable[Decimal | None]]
EVERYONE = LeadFilters()


def _decimal(value: float | Decimal | None) -> Decimal | None:
    return None if value is None else Decimal(str(value))


async def _lead_volume(
    work: UnitOfWork[InTenant], window: Window, _: Goal, __: datetime
) -> Decimal:
    return Decimal((await volume.lead_volume(work, window, EVERYONE)).total.count)


async def _pipeline(work: UnitOfWork[InTenant], window: Window, _: Goal, __: datetime) -> Decimal:
    return (await volume.pipeline_value(work, window, EVERYONE)).total.amount


async def _to_customer(
    work: UnitOfWork[InTenant], window: Window, _: Goal, __: datetime
) -> Decimal | None:
    return _decimal((await volume.lead_to_customer(work, window, EVERYONE)).total.rate)


async def _stage_reached(
    work: UnitOfWork[InTenant], window: Window, goal: Goal, _: datetime
) -> Decimal:
    assert goal.stage_id is not None  # goals.create_goal saw to it
    reached = await conversion.stage_reached(work, window, EVERYONE, goal.stage_id)
    return Decimal(reached.total.count)


async def _stage_conversion(
    work: UnitOfWork[InTenant], window: Window, goal: Goal, _: datetime
) -> Decimal | None:
    assert goal.from_stage_id is not None and goal.stage_id is not None  # as above
    converted = await conversion.stage_conversion(
        work, window, EVERYONE, goal.from_stage_id, goal.stage_id
    )
    return _decimal(converted.total.rate)


async def _win_rate(
    work: UnitOfWork[InTenant], window: Window, _: Goal, __: datetime
) -> Decimal | None:
    return _decimal((await sales.win_rate(work, window, EVERYONE)).total.rate)


async def _won(work: UnitOfWork[InTenant], window: Window) -> Amount:
    return (await sales.sales_volume(work, window, EVERYONE)).total


async def _sales_volume(
    work: UnitOfWork[InTenant], window: Window, _: Goal, __: datetime
) -> Decimal:
    return (await _won(work, window)).amount


async def _wins(work: UnitOfWork[InTenant], window: Window, _: Goal, __: datetime) -> Decimal:
    return Decimal((await _won(work, window)).count)


async def _average_ticket(
    work: UnitOfWork[InTenant], window: Window, _: Goal, __: datetime
) -> Decimal | None:
    return (await _won(work, window)).average


async def _sales_cycle(
    work: UnitOfWork[InTenant], window: Window, _: Goal, __: datetime
) -> Decimal | None:
    return _decimal((await sales.sales_cycle(work, window, EVERYONE)).total.median)


async def _response_minutes(
    work: UnitOfWork[InTenant], window: Window, _: Goal, now: datetime
) -> Decimal | None:
    return _decimal((await response.response_time(work, window, EVERYONE, now)).total.median)


async def _over_sla(
    work: UnitOfWork[InTenant], window: Window, _: Goal, now: datetime
) -> Decimal | None:
    answered = (await response.response_time(work, window, EVERYONE, now)).total
    return _decimal(answered.over_sla.rate)


async def _retention(
    work: UnitOfWork[InTenant], window: Window, _: Goal, __: datetime
) -> Decimal | None:
    return _decimal((await sales.customer_retention(work, window, EVERYONE)).total.rate)


async def _source_return(
    work: UnitOfWork[InTenant], window: Window, goal: Goal, _: datetime
) -> Decimal | None:
    assert goal.source_id is not None  # as above
    of_source = LeadFilters(source_ids=(goal.source_id,))
    returns = await sales.source_return(work, window, of_source)
    return _decimal(returns[0].won_per_cost) if returns else Decimal(0)


MEASURES: dict[GoalMetric, Measure] = {
    GoalMetric.LEAD_VOLUME: _lead_volume,
    GoalMetric.STAGE_REACHED: _stage_reached,
    GoalMetric.STAGE_CONVERSION: _stage_conversion,
    GoalMetric.LEAD_TO_CUSTOMER: _to_customer,
    GoalMetric.WIN_RATE: _win_rate,
    GoalMetric.SALES_VOLUME: _sales_volume,
    GoalMetric.WINS: _wins,
    GoalMetric.AVERAGE_TICKET: _average_ticket,
    GoalMetric.SALES_CYCLE_DAYS: _sales_cycle,
    GoalMetric.RESPONSE_MINUTES: _response_minutes,
    GoalMetric.SHARE_OVER_SLA: _over_sla,
    GoalMetric.CUSTOMER_RETENTION: _retention,
    GoalMetric.PIPELINE_VALUE: _pipeline,
    GoalMetric.SOURCE_RETURN: _source_return,
}
