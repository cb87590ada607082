"""Every KPI against the value worked out here, from the scenario's own dates, on
SQLite and PostgreSQL: period edges at local midnight, a daylight-saving change,
empty periods, and each filter."""

from datetime import date, datetime
from decimal import Decimal

import pytest

from leadhub.analytics import conversion, response, sales, volume
from leadhub.analytics.errors import AnalyticsError
from leadhub.analytics.filters import MAX_VALUES, LeadFilters
from leadhub.analytics.periods import Bucket, Window
from leadhub.analytics.values import Amount, Count, Ratio
from leadhub.db import utcnow
from leadhub.leads.models import Milestone, SourceKind
from leadhub.principal import Member
from leadhub.work import UnitOfWork
from tests.analytics.history import PATH
from tests.analytics.scenario import (
    LEADS,
    OSLO,
    SOURCES,
    Built,
    Past,
    days_between,
    leads_where,
    local_day,
    median_and_mean,
    within,
)

Q1 = (date(2026, 1, 1), date(2026, 3, 31))
MONTHS = (
    (date(2026, 1, 1), date(2026, 1, 31)),
    (date(2026, 2, 1), date(2026, 2, 28)),
    (date(2026, 3, 1), date(2026, 3, 31)),
)
# The default funnel's win probabilities, as a new tenant gets them.
PROBABILITY = {Milestone.SUSPECT: Decimal("0.05"), Milestone.MQL: Decimal("0.10")}


def q1(bucket: Bucket = Bucket.NONE) -> Window:
    return Window.checked(*Q1, OSLO, bucket)


async def test_lead_volume_counts_leads_created_in_each_local_month(
    work: UnitOfWork[Member],
) -> None:
    found = await volume.lead_volume(work, q1(Bucket.MONTH), LeadFilters())
    expected = [
        len(leads_where(lambda past, m=month: within(*m, past.created))) for month in MONTHS
    ]
    assert [point.value.count for point in found.points] == expected
    assert [(point.first_day, point.last_day) for point in found.points] == list(MONTHS)
    assert found.total == Count(sum(expected))
    # Bjørn came 00:15 on New Year's Day in Oslo (still 31 December in UTC), Hans
    # at midnight on 1 April (still March in UTC), and Gro at 23:59 on 31 March.
    assert expected == [5, 2, 2]


async def test_lead_volume_by_source(work: UnitOfWork[Member], built: Built) -> None:
    found = await volume.lead_volume_by_source(work, q1(), LeadFilters())
    for key, source_id in [*((key, built.sources[key]) for key in SOURCES), (None, None)]:
        expected = len(
            leads_where(lambda past, k=key: past.source == k and within(*Q1, past.created))
        )
        assert found[source_id].total.count == expected


async def test_days_are_counted_across_a_daylight_saving_change(work: UnitOfWork[Member]) -> None:
    # 29 March 2026 has 23 hours in Oslo: clocks go from 02:00 to 03:00.
    days = Window.checked(date(2026, 3, 28), date(2026, 3, 30), OSLO, Bucket.DAY)
    created = await volume.lead_volume(work, days, LeadFilters())
    won = await sales.sales_volume(work, days, LeadFilters())
    expected_created = [
        len(leads_where(lambda past, d=day: local_day(past.created) == d))
        for day in (date(2026, 3, 28), date(2026, 3, 29), date(2026, 3, 30))
    ]
    assert [point.value.count for point in created.points] == expected_created == [0, 1, 0]
    assert [point.value.amount for point in won.points] == [0, Decimal("40000"), 0]


async def test_weeks_start_on_monday_and_are_clipped_to_the_period(
    work: UnitOfWork[Member],
) -> None:
    found = await volume.lead_volume(work, q1(Bucket.WEEK), LeadFilters())
    first, second = found.points[:2]
    # 1 January 2026 is a Thursday: the first week is its last four days.
    assert (first.first_day, first.last_day) == (date(2026, 1, 1), date(2026, 1, 4))
    assert (second.first_day, second.last_day) == (date(2026, 1, 5), date(2026, 1, 11))
    assert found.points[-1].last_day == date(2026, 3, 31)
    for point in found.points:
        expected = len(
            leads_where(lambda past, p=point: within(p.first_day, p.last_day, past.created))
        )
        assert point.value.count == expected
    assert found.total.count == 9


async def test_an_empty_period_has_every_bucket_at_zero(work: UnitOfWork[Member]) -> None:
    window = Window.checked(date(2024, 1, 1), date(2024, 3, 31), OSLO, Bucket.MONTH)
    assert [p.value for p in (await volume.lead_volume(work, window, LeadFilters())).points] == [
        Count(0)
    ] * 3
    rate = await sales.win_rate(work, window, LeadFilters())
    assert rate.total == Ratio(0, 0) and rate.total.rate is None
    cycle = await sales.sales_cycle(work, window, LeadFilters())
    assert cycle.total.median is None and cycle.total.count == 0
    assert len(cycle.points) == 3
    steps = await conversion.funnel(work, window, LeadFilters())
    assert [step.reached for step in steps] == [0] * 5
    assert steps[1].from_previous is not None and steps[1].from_previous.rate is None


async def test_funnel_counts_leads_reaching_each_stage_or_passing_it(
    work: UnitOfWork[Member],
) -> None:
    steps = await conversion.funnel(work, q1(), LeadFilters())
    cohort = leads_where(lambda past: within(*Q1, past.created))
    expected = [sum(1 for past in cohort if past.furthest >= place) for place in range(len(PATH))]
    assert [step.stage.milestone for step in steps] == list(PATH)
    assert [step.reached for step in steps] == expected == [9, 7, 5, 4, 4]
    assert [step.from_previous for step in steps] == [None] + [
        Ratio(expected[place], expected[place - 1]) for place in range(1, len(PATH))
    ]


async def test_stage_conversion_follows_the_leads_entering_a_stage(
    work: UnitOfWork[Member], built: Built
) -> None:
    found = await conversion.stage_conversion(
        work,
        q1(Bucket.MONTH),
        LeadFilters(),
        built.stages[Milestone.MQL],
        built.stages[Milestone.SQL],
    )

    sql = PATH.index(Milestone.SQL)

    def converted(first: date, last: date) -> Ratio:
        entered = [
            (past, at)
            for past in LEADS
            for milestone, at in past.moves
            if milestone is Milestone.MQL and within(first, last, at)
        ]
        reached = [
            past
            for past, entered_at in entered
            if any(PATH.index(m) >= sql and at >= entered_at for m, at in past.moves)
            or (past.won is not None and past.won[1] >= entered_at)
        ]
        return Ratio(len(reached), len(entered))

    assert [point.value for point in found.points] == [converted(*month) for month in MONTHS]
    assert found.total == converted(*Q1) == Ratio(2, 4)


async def test_stage_reached_counts_each_lead_once_when_it_first_got_there(
    work: UnitOfWork[Member], built: Built
) -> None:
    found = await conversion.stage_reached(
        work, q1(Bucket.MONTH), LeadFilters(), built.stages[Milestone.SQL]
    )

    def first_reached(past: Past) -> datetime | None:
        moments = [at for m, at in past.moves if PATH.index(m) >= PATH.index(Milestone.SQL)]
        moments += [past.won[1]] if past.won else []
        return min(moments, default=None)

    expected = [
        len(leads_where(lambda past, m=month: within(*m, first_reached(past)))) for month in MONTHS
    ]
    assert [point.value.count for point in found.points] == expected


async def test_lead_to_customer_conversion_counts_wins_that_stand(
    work: UnitOfWork[Member],
) -> None:
    found = await volume.lead_to_customer(work, q1(Bucket.MONTH), LeadFilters())
    for point, month in zip(found.points, MONTHS, strict=True):
        cohort = leads_where(lambda past, m=month: within(*m, past.created))
        assert point.value == Ratio(sum(1 for past in cohort if past.won_now), len(cohort))
    assert found.total == Ratio(3, 9)  # Nils' win was undone


async def test_win_rate_leaves_disqualified_leads_out(work: UnitOfWork[Member]) -> None:
    found = await sales.win_rate(work, q1(Bucket.MONTH), LeadFilters())

    def rate(first: date, last: date) -> Ratio:
        won = leads_where(
            lambda past: past.won_now is not None and within(first, last, past.closed_at)
        )
        lost = leads_where(lambda past: past.lost is not None and within(first, last, past.lost))
        return Ratio(len(won), len(won) + len(lost))

    assert [point.value for point in found.points] == [rate(*month) for month in MONTHS]
    assert found.total == rate(*Q1) == Ratio(4, 6)
    assert found.total.rate == pytest.approx(4 / 6)


async def test_sales_volume_and_average_ticket(work: UnitOfWork[Member]) -> None:
    found = await sales.sales_volume(work, q1(Bucket.MONTH), LeadFilters())

    def won(first: date, last: date) -> Amount:
        wins = [
            past.won_now for past in LEADS if past.won_now and within(first, last, past.won_now[1])
        ]
        return Amount(sum((amount for amount, _ in wins), Decimal(0)), len(wins))

    assert [point.value for point in found.points] == [won(*month) for month in MONTHS]
    assert found.total == won(*Q1) == Amount(Decimal("87345.67"), 4)
    assert found.total.average == Decimal("21836.42")


async def test_sales_cycle_time_median_and_mean_in_days(work: UnitOfWork[Member]) -> None:
    found = await sales.sales_cycle(work, q1(Bucket.MONTH), LeadFilters())

    def cycle(first: date, last: date) -> tuple[float | None, float | None]:
        return median_and_mean(
            days_between(past.created, past.won_now[1])
            for past in LEADS
            if past.won_now and within(first, last, past.won_now[1])
        )

    for point, month in zip(found.points, MONTHS, strict=True):
        assert (point.value.median, point.value.mean) == pytest.approx(cycle(*month))
    assert (found.total.median, found.total.mean) == pytest.approx(cycle(*Q1))
    assert found.total.count == 4


async def test_response_time_and_the_share_over_sla(work: UnitOfWork[Member]) -> None:
    found = await response.response_time(work, q1(), LeadFilters(), utcnow())
    answers = [past.answer for past in LEADS if past.answer and within(*Q1, past.answer.at)]
    minutes = [
        (answer.responded_at - answer.at).total_seconds() / 60
        for answer in answers
        if answer.responded_at
    ]
    now = utcnow()
    judged = [
        answer
        for answer in answers
        if answer.sla in ("met", "missed")
        or (answer.sla == "pending" and answer.respond_by and answer.respond_by <= now)
    ]
    over = [answer for answer in judged if answer.sla != "met"]
    assert (found.total.median, found.total.mean) == pytest.approx(median_and_mean(minutes))
    assert found.total.count == len(minutes) == 3
    assert found.total.over_sla == Ratio(len(over), len(judged)) == Ratio(2, 3)


async def test_customer_retention_by_company_domain(work: UnitOfWork[Member]) -> None:
    found = await sales.customer_retention(work, q1(Bucket.MONTH), LeadFilters())
    webmail = {"gmail.com"}

    def customer(past: Past) -> str:
        domain = past.email.rpartition("@")[2] if past.email else None
        return domain if domain and domain not in webmail else past.name

    before = {customer(p) for p in LEADS if p.won_now and local_day(p.won_now[1]) < Q1[0]}

    def back(first: date, last: date) -> int:
        return len(
            {customer(p) for p in LEADS if p.won_now and within(first, last, p.won_now[1])} & before
        )

    assert [point.value for point in found.points] == [Ratio(back(*m), len(before)) for m in MONTHS]
    assert found.total == Ratio(back(*Q1), len(before)) == Ratio(2, 3)


async def test_pipeline_value_weights_open_leads_by_their_stage(work: UnitOfWork[Member]) -> None:
    found = await volume.pipeline_value(work, q1(), LeadFilters())
    open_valued = leads_where(
        lambda past: within(*Q1, past.created) and past.open_stage and past.expected_value
    )
    expected = sum(
        (past.expected_value * PROBABILITY[past.open_stage] for past in open_valued), Decimal(0)
    )
    assert found.total == Amount(expected, len(open_valued)) == Amount(Decimal("1000.00"), 2)


async def test_source_return_beside_each_sources_cost(
    work: UnitOfWork[Member], built: Built
) -> None:
    found = await sales.source_return(work, q1(), LeadFilters())
    by_source = {each.source_id: each for each in found}
    fair = by_source[built.sources["fair"]]
    won_at_fair = sum(
        (
            p.won_now[0]
            for p in LEADS
            if p.source == "fair" and p.won_now and within(*Q1, p.won_now[1])
        ),
        Decimal(0),
    )
    assert fair.won.total.amount == won_at_fair
    assert fair.cost == SOURCES["fair"][2]
    assert fair.won_per_cost == pytest.approx(float(won_at_fair / SOURCES["fair"][2]))
    assert by_source[None].won_per_cost is None
    assert built.sources["web"] not in by_source  # nothing won
    assert [each.won.total.amount for each in found] == sorted(
        (each.won.total.amount for each in found), reverse=True
    )


@pytest.mark.parametrize(
    ("filters", "keep"),
    [
        (lambda b: LeadFilters(team_ids=(b.team_id,)), lambda past: past.team),
        (lambda b: LeadFilters(user_ids=(b.owner_id,)), lambda past: past.owned),
        (lambda b: LeadFilters(source_ids=(b.sources["web"],)), lambda past: past.source == "web"),
        (
            lambda b: LeadFilters(source_kinds=(SourceKind.TRADE_FAIR,)),
            lambda past: past.source == "fair",
        ),
        (
            lambda b: LeadFilters(stage_ids=(b.stages[Milestone.SUSPECT],)),
            lambda past: past.open_stage is Milestone.SUSPECT,
        ),
    ],
    ids=["team", "user", "source", "source kind", "stage"],
)
async def test_each_filter_keeps_the_leads_it_names(
    work: UnitOfWork[Member],
    built: Built,
    filters,
    keep,  # type: ignore[no-untyped-def]
) -> None:
    found = await volume.lead_volume(work, q1(), filters(built))
    assert found.total.count == len(
        leads_where(lambda past: keep(past) and within(*Q1, past.created))
    )
    assert found.total.count > 0


@pytest.mark.parametrize(
    ("first", "last", "bucket", "field"),
    [
        (date(2026, 2, 1), date(2026, 1, 1), Bucket.NONE, "period.lastDay"),
        (date(2000, 1, 1), date(2026, 1, 1), Bucket.NONE, "period.lastDay"),
        (date(2020, 1, 1), date(2026, 1, 1), Bucket.DAY, "bucket"),
    ],
)
def test_a_period_out_of_bounds_is_refused(
    first: date, last: date, bucket: Bucket, field: str
) -> None:
    with pytest.raises(AnalyticsError) as refused:
        Window.checked(first, last, OSLO, bucket)
    assert refused.value.field == field


def test_a_filter_of_too_many_values_is_refused() -> None:
    with pytest.raises(AnalyticsError) as refused:
        LeadFilters(source_kinds=tuple(SourceKind)[:1] * (MAX_VALUES + 1))
    assert refused.value.field == "filters.sourceKinds"


@pytest.mark.parametrize(
    ("entered", "reached"),
    [(Milestone.MQL, Milestone.MQL), (Milestone.SQL, Milestone.MQL)],
    ids=["to itself", "backwards"],
)
async def test_a_conversion_is_to_a_later_stage(
    work: UnitOfWork[Member], built: Built, entered: Milestone, reached: Milestone
) -> None:
    with pytest.raises(AnalyticsError) as refused:
        await conversion.stage_conversion(
            work, q1(), LeadFilters(), built.stages[entered], built.stages[reached]
        )
    assert refused.value.field == "toStageId"
