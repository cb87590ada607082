"""Goals: a metric, a target, a period, and the teams that own it, marketing's and
sales' together. Setting them up here; how they stand, in ``analytics.progress``."""

import uuid
from calendar import monthrange
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, delete, select

from leadhub.analytics.errors import AnalyticsError, AnalyticsErrorCode, invalid
from leadhub.analytics.models import Goal, GoalMetric, GoalOwner, GoalPeriod
from leadhub.analytics.periods import check_days
from leadhub.analytics.stages import load_stages
from leadhub.db import flush_or_refuse
from leadhub.errors import Problems
from leadhub.leads.models import Source
from leadhub.principal import InTenant, Member
from leadhub.teams import service as teams
from leadhub.text import single_line
from leadhub.work import UnitOfWork

MAX_OWNERS = 20
MAX_NAME_LENGTH = 100
MAX_TARGET = Decimal("1e12")
FOUR_PLACES = Decimal("0.0001")  # the target's column
# The metrics that are shares: their targets are from 0 to 1.
SHARES = frozenset(
    {
        GoalMetric.STAGE_CONVERSION,
        GoalMetric.LEAD_TO_CUSTOMER,
        GoalMetric.WIN_RATE,
        GoalMetric.SHARE_OVER_SLA,
        GoalMetric.CUSTOMER_RETENTION,
    }
)
# The metrics that count leads: their targets are whole numbers.
COUNTS = frozenset({GoalMetric.LEAD_VOLUME, GoalMetric.STAGE_REACHED, GoalMetric.WINS})


@dataclass(frozen=True)
class GoalFields:
    """Everything a goal says. A month's or a quarter's goal covers the one
    ``first_day`` falls in; a custom one, ``first_day`` to ``last_day``."""

    name: str
    metric: GoalMetric
    target: Decimal
    period: GoalPeriod
    first_day: date
    team_ids: tuple[uuid.UUID, ...]
    last_day: date | None = None
    stage_id: uuid.UUID | None = None  # STAGE_REACHED's and STAGE_CONVERSION's (the later)
    from_stage_id: uuid.UUID | None = None  # STAGE_CONVERSION's
    source_id: uuid.UUID | None = None  # SOURCE_RETURN's


def goals(tenant_id: uuid.UUID) -> Select[Goal]:
    """The tenant's goals, for a connection to order and page."""
    return select(Goal).where(Goal.tenant_id == tenant_id)


async def find_goal(work: UnitOfWork[InTenant], goal_id: uuid.UUID) -> Goal | None:
    return await work.session.get(Goal, (work.tenant_id, goal_id))


async def owner_ids(work: UnitOfWork[InTenant], goal_id: uuid.UUID) -> list[uuid.UUID]:
    """The goal's teams."""
    owners = await work.session.scalars(
        select(GoalOwner.team_id).where(GoalOwner.goal_id == goal_id)
    )
    return list(owners)


async def create_goal(work: UnitOfWork[Member], fields: GoalFields) -> Goal:
    goal = Goal(created_by_id=work.user_id)
    return await _apply(work, goal, fields, new=True)


async def update_goal(
    work: UnitOfWork[Member], goal_id: uuid.UUID, changes: Mapping[str, Any]
) -> Goal:
    """Change what ``changes`` names (by ``GoalFields``' names); the rest stays. What
    its owners were told starts over."""
    goal = await _goal(work, goal_id)
    current = GoalFields(
        name=goal.name,
        metric=goal.metric,
        target=goal.target,
        period=goal.period,
        first_day=goal.first_day,
        last_day=goal.last_day,
        team_ids=tuple(await owner_ids(work, goal.id)),
        stage_id=goal.stage_id,
        from_stage_id=goal.from_stage_id,
        source_id=goal.source_id,
    )
    goal.reached_at = goal.behind_since = None
    return await _apply(work, goal, replace(current, **changes), new=False)


async def delete_goal(work: UnitOfWork[Member], goal_id: uuid.UUID) -> Goal:
    goal = await _goal(work, goal_id)
    await work.session.delete(goal)
    return goal


async def _goal(work: UnitOfWork[InTenant], goal_id: uuid.UUID) -> Goal:
    goal = await find_goal(work, goal_id)
    if goal is None:
        raise AnalyticsError(AnalyticsErrorCode.NOT_FOUND, "No such goal.", "goalId")
    return goal


async def _apply(work: UnitOfWork[Member], goal: Goal, fields: GoalFields, *, new: bool) -> Goal:
    problems = Problems()
    with problems:
        goal.name = _name(fields.name)
    with problems:
        goal.target = _target(fields.metric, fields.target)
    with problems:
        goal.first_day, goal.last_day = _days(fields)
    with problems:
        await _measured_things(work, fields)
    with problems:
        team_ids = await _teams(work, fields.team_ids)
    problems.raise_if_any()
    goal.metric, goal.period = fields.metric, fields.period
    goal.stage_id, goal.from_stage_id = fields.stage_id, fields.from_stage_id
    goal.source_id = fields.source_id
    if new:
        work.session.add(goal)
    taken = AnalyticsError(AnalyticsErrorCode.NAME_TAKEN, "A goal has that name.", "name")
    await flush_or_refuse(work.session, taken)
    await work.session.execute(delete(GoalOwner).where(GoalOwner.goal_id == goal.id))
    work.session.add_all(GoalOwner(goal_id=goal.id, team_id=team_id) for team_id in team_ids)
    await work.session.flush()
    return goal


def _name(name: str) -> str:
    cleaned = single_line(name, MAX_NAME_LENGTH)
    if cleaned is None:
        raise invalid(f"Give 1 to {MAX_NAME_LENGTH} printable characters.", "name")
    return cleaned


def _target(metric: GoalMetric, target: Decimal) -> Decimal:
    # Quantized once it is known to be small enough to be: a huge one cannot be.
    if not target.is_finite() or not 0 < target < MAX_TARGET or not target.quantize(FOUR_PLACES):
        raise invalid("Give a target from 0.0001 to below 1,000,000,000,000.", "target")
    if metric in SHARES and target > 1:
        raise invalid("A share's target is from 0 to 1 (0.25 is 25 %).", "target")
    if metric in COUNTS and target != target.to_integral_value():
        raise invalid("A count's target is a whole number.", "target")
    return target.quantize(FOUR_PLACES)


def _days(fields: GoalFields) -> tuple[date, date]:
    first = fields.first_day
    if fields.period is GoalPeriod.MONTH:
        last = first.replace(day=monthrange(first.year, first.month)[1])
        first = first.replace(day=1)
    elif fields.period is GoalPeriod.QUARTER:
        start_month = (first.month - 1) // 3 * 3 + 1
        end_month = start_month + 2
        last = date(first.year, end_month, monthrange(first.year, end_month)[1])
        first = date(first.year, start_month, 1)
    elif fields.last_day is None:
        raise invalid("A custom period names its last day.", "lastDay")
    else:
        last = fields.last_day
    check_days(first, last, "firstDay", "lastDay")
    return first, last


async def _measured_things(work: UnitOfWork[Member], fields: GoalFields) -> None:
    """The stages and source the metric needs, of the tenant, and no others."""
    stages = await load_stages(work)
    for stage_id, field in ((fields.stage_id, "stageId"), (fields.from_stage_id, "fromStageId")):
        if stage_id and stages.get(stage_id) is None:
            raise AnalyticsError(AnalyticsErrorCode.NOT_FOUND, "No such funnel stage.", field)
    source = None
    if fields.source_id:
        source = await work.session.get(Source, (work.tenant_id, fields.source_id))
        if source is None:
            raise AnalyticsError(AnalyticsErrorCode.NOT_FOUND, "No such source.", "sourceId")
    metric = fields.metric
    needs_stage = metric in (GoalMetric.STAGE_REACHED, GoalMetric.STAGE_CONVERSION)
    _needed(fields.stage_id, needs_stage, "stageId", "a stage")
    _needed(fields.from_stage_id, metric is GoalMetric.STAGE_CONVERSION, "fromStageId", "a stage")
    _needed(fields.source_id, metric is GoalMetric.SOURCE_RETURN, "sourceId", "a source")
    if source is not None and not source.cost:
        raise invalid("The source has no cost to measure a return on: set one.", "sourceId")
    if fields.from_stage_id and fields.stage_id:
        entered, target = stages.get(fields.from_stage_id), stages.get(fields.stage_id)
        if entered and target and not stages.leads_on(entered, target):
            raise invalid(f"Convert to a stage after {entered.name}.", "stageId")


def _needed(value: uuid.UUID | None, needed: bool, field: str, what: str) -> None:
    if needed and value is None:
        raise invalid(f"This metric measures {what}: name it.", field)
    if not needed and value is not None:
        raise invalid(f"This metric measures no {what.removeprefix('a ')}.", field)


async def _teams(work: UnitOfWork[Member], team_ids: Sequence[uuid.UUID]) -> list[uuid.UUID]:
    wanted = list(dict.fromkeys(team_ids))
    if not 1 <= len(wanted) <= MAX_OWNERS:
        raise invalid(f"A goal has 1 to {MAX_OWNERS} teams.", "teamIds")
    for place, team_id in enumerate(wanted):
        if await teams.find_team(work, team_id) is None:
            raise AnalyticsError(AnalyticsErrorCode.NOT_FOUND, "No such team.", f"teamIds.{place}")
    return wanted
