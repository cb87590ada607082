"""The funnel's rollup (PostgreSQL's) answers as the leads do: after the scenario's
creations, moves, wins and reopening, after the sweep folds it, and after the
tenant moves to another time zone. On SQLite the funnel reads the leads alone."""

from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from leadhub.analytics import conversion, funnel_counts
from leadhub.analytics.filters import LeadFilters
from leadhub.analytics.models import FunnelCount
from leadhub.analytics.periods import Window
from leadhub.principal import Member
from leadhub.tenants import service as tenants
from leadhub.work import UnitOfWork
from tests.analytics.history import PATH
from tests.analytics.scenario import LEADS, OSLO, Built

Q1 = (date(2026, 1, 1), date(2026, 3, 31))


def reached(zone: ZoneInfo) -> list[int]:
    """The funnel of the leads created in Q1 of ``zone``, from the scenario."""
    cohort = [past for past in LEADS if Q1[0] <= past.created.astimezone(zone).date() <= Q1[1]]
    return [sum(1 for past in cohort if past.furthest >= place) for place in range(len(PATH))]


async def funnel(work: UnitOfWork[Member], zone: ZoneInfo, filters: LeadFilters) -> list[int]:
    steps = await conversion.funnel(work, Window.checked(*Q1, zone), filters)
    return [step.reached for step in steps]


async def test_the_rollup_answers_as_the_leads_do(work: UnitOfWork[Member], built: Built) -> None:
    # A filter naming every stage asks the leads themselves.
    every_stage = LeadFilters(stage_ids=tuple(built.stages.values()))
    assert await funnel(work, OSLO, LeadFilters()) == reached(OSLO)
    assert await funnel(work, OSLO, every_stage) == reached(OSLO)


async def test_folding_keeps_the_figures(work: UnitOfWork[Member], built: Built) -> None:
    rows = select(func.count()).select_from(FunnelCount)
    before = await work.session.scalar(rows)
    await work.run(funnel_counts.fold)
    assert await funnel(work, OSLO, LeadFilters()) == reached(OSLO)
    after = await work.session.scalar(rows)
    assert before is not None and after is not None
    if work.session.get_bind().dialect.name == "postgresql":
        assert 0 < after < before  # a row for each day and combination, no more


async def test_another_time_zone_moves_the_days(work: UnitOfWork[Member], built: Built) -> None:
    new_york = ZoneInfo("America/New_York")
    assert reached(new_york) != reached(OSLO)  # Bjørn came on New Year's Eve there
    await work.run(lambda work: tenants.update_settings(work, {"time_zone": new_york.key}))
    assert await funnel(work, new_york, LeadFilters()) == reached(new_york)
