"""Routing leads: rules in order, each strategy, who is skipped and why, overflow,
the fallback, stickiness, leads a person assigned, dry runs, and fairness when
several routings run at once; on both databases, time given to each test."""

import asyncio
import uuid
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from leadhub.db import Database
from leadhub.errors import DomainError
from leadhub.leads.conditions import Condition, ConditionOperator, LeadField
from leadhub.routing import router, rules
from leadhub.routing import service as availability
from leadhub.routing.availability import Shift, Weekday, WorkingHours
from leadhub.routing.models import (
    Match,
    Outcome,
    RoutingDecision,
    Strategy,
    Target,
    TargetKind,
    Trigger,
)
from leadhub.settings import Settings
from leadhub.teams import service as teams
from leadhub.work import unit_of_work
from tests.routing.tenants import Tenant, team_tenant

# A Friday in winter (Oslo is UTC+1) and the Monday after the clocks went forward (UTC+2).
FRIDAY = datetime(2026, 3, 27, 9, 0, tzinfo=UTC)
MONDAY_MORNING = datetime(2026, 3, 30, 6, 30, tzinfo=UTC)  # 08:30 in Oslo
MONDAY_EVENING = datetime(2026, 3, 30, 15, 30, tzinfo=UTC)  # 17:30 in Oslo
OFFICE_DAYS = WorkingHours(tuple(Shift(day, 8 * 60, 16 * 60) for day in list(Weekday)[:5]))


async def _part(tenant: Tenant, user_id: uuid.UUID, **changes: Any) -> None:
    await tenant.work(lambda work: teams.set_member_part(work, tenant.team_id, user_id, changes))


async def test_round_robin_gives_each_member_a_lead_in_turn_and_keeps_why(
    database: Database, settings: Settings
) -> None:
    tenant = await team_tenant(database, settings, members=3)
    await tenant.rule("Alle", strategy=Strategy.ROUND_ROBIN)
    leads = await tenant.leads(*(f"Kunde {n}" for n in range(7)))

    routing = await tenant.route(leads)

    owners = await tenant.owners(leads)
    assert Counter(owners) == {tenant.members[0]: 3, tenant.members[1]: 2, tenant.members[2]: 2}
    assert owners[:3] == tenant.members  # in turn: the longest waiting first, then by id
    assert [decided.outcome for decided in routing.decisions] == [Outcome.ASSIGNED] * 7
    async with unit_of_work(database, tenant.owner) as work:
        stored = list(await work.session.scalars(select(RoutingDecision)))
    assert {(row.lead_id, row.user_id, row.team_id) for row in stored} == {
        (lead_id, owner, tenant.team_id) for lead_id, owner in zip(leads, owners, strict=True)
    }
    step = stored[0].explanation["steps"][0]
    assert (stored[0].explanation["rule"], step["strategy"], step["available"]) == (
        "Alle",
        "round_robin",
        3,
    )


async def test_the_first_rule_that_matches_wins_and_each_condition_is_explained(
    database: Database, settings: Settings
) -> None:
    tenant = await team_tenant(database, settings, members=2)
    norway = Condition(LeadField.COUNTRY, ConditionOperator.IS_ONE_OF, ("NO",))
    big = Condition(
        LeadField.EXPECTED_VALUE,
        ConditionOperator.BETWEEN,
        number=Decimal(100_000),
        up_to=Decimal(1_000_000),
    )
    await tenant.rule(
        "Store norske",
        conditions=(norway, big),
        target=Target(TargetKind.USER, user_id=tenant.members[1]),
    )
    await tenant.rule("Resten", target=Target(TargetKind.USER, user_id=tenant.members[0]))
    (big_one,) = await tenant.leads("Åse Bølgen", country="NO", expected_value=Decimal(250_000))
    (small_one,) = await tenant.leads("Øyvind", country="NO", expected_value=Decimal(5_000))

    routing = await tenant.route([big_one, small_one])

    assert await tenant.owners([big_one, small_one]) == [tenant.members[1], tenant.members[0]]
    first, second = (decided.explanation for decided in routing.decisions)
    assert (first.rule_name, first.rules_passed) == ("Store norske", 0)
    assert [result.holds for result in first.conditions] == [True, True]
    assert (second.rule_name, second.rules_passed, second.conditions) == ("Resten", 1, ())


async def test_no_rule_matching_takes_the_fallback_and_any_match_needs_one_condition(
    database: Database, settings: Settings
) -> None:
    tenant = await team_tenant(database, settings, members=1)
    sweden = Condition(LeadField.COUNTRY, ConditionOperator.IS_ONE_OF, ("SE",))
    webinar = Condition(LeadField.TAGS, ConditionOperator.IS_ONE_OF, ("webinar",))
    await tenant.rule("Svensk eller webinar", conditions=(sweden, webinar), match=Match.ANY)
    (tagged,) = await tenant.leads("Kari", country="NO", tags=("Webinar",))
    (other,) = await tenant.leads("Ola", country="NO")

    routing = await tenant.route([tagged, other])

    assert await tenant.owners([tagged, other]) == [tenant.members[0], None]
    fallback = routing.decisions[1]
    assert (fallback.outcome, fallback.rule_id, fallback.explanation.rules_passed) == (
        Outcome.QUEUED,
        None,
        1,
    )
    owner_target = Target(TargetKind.USER, user_id=tenant.owner.user_id)
    await tenant.work(lambda work: rules.set_fallback(work, rules.Fallback(owner_target)))
    (later,) = await tenant.leads("Per", country="DK")
    await tenant.route([later])
    assert await tenant.owners([later]) == [tenant.owner.user_id]


async def test_members_inactive_away_off_hours_or_full_are_skipped_then_the_overflow_takes_it(
    database: Database, settings: Settings
) -> None:
    tenant = await team_tenant(database, settings, members=4)
    inactive, away, evening_off, full = tenant.members
    await _part(tenant, inactive, active=False)
    await tenant.work(
        lambda work: availability.set_availability(
            work, away, {"away_from": FRIDAY.replace(hour=0), "away_until": None}
        )
    )
    await tenant.work(
        lambda work: availability.set_availability(
            work, evening_off, {"working_hours": OFFICE_DAYS}
        )
    )
    await _part(tenant, full, capacity=1)
    (held,) = await tenant.leads("Allerede hos full", owner_id=full)
    overflow = Target(TargetKind.USER, user_id=tenant.owner.user_id)
    await tenant.rule("Innenfor arbeidstid", within_working_hours=True, overflow=overflow)
    (lead,) = await tenant.leads("Sent på dagen")

    routing = await tenant.route([lead], now=MONDAY_EVENING)

    assert held
    team_step, overflow_step = routing.decisions[0].explanation.steps
    assert dict(team_step.skipped) == {
        inactive: "inactive",
        away: "away",
        evening_off: "off_hours",
        full: "full",
    }
    assert (team_step.chosen, overflow_step.chosen) == (None, tenant.owner.user_id)
    assert await tenant.owners([lead]) == [tenant.owner.user_id]


async def test_working_hours_keep_their_local_time_across_the_change_to_summer_time(
    database: Database, settings: Settings
) -> None:
    tenant = await team_tenant(database, settings, members=1)
    (member,) = tenant.members
    await tenant.work(
        lambda work: availability.set_availability(
            work, member, {"working_hours": OFFICE_DAYS, "time_zone": "Europe/Oslo"}
        )
    )
    await tenant.rule("Arbeidstid", within_working_hours=True)
    morning, evening = await tenant.leads("Morgen", "Kveld")

    await tenant.route([morning], now=MONDAY_MORNING)  # 06:30 UTC is 08:30 in Oslo's summer
    await tenant.route([evening], now=MONDAY_EVENING)

    assert await tenant.owners([morning, evening]) == [member, None]


async def test_weighted_round_robin_gives_by_weight_and_least_loaded_to_the_least_loaded(
    database: Database, settings: Settings
) -> None:
    tenant = await team_tenant(database, settings, members=2)
    heavy, light = tenant.members
    await _part(tenant, heavy, weight=2)
    rule_id = await tenant.rule("Vektet", strategy=Strategy.WEIGHTED_ROUND_ROBIN)
    weighted = await tenant.leads(*(f"V{n}" for n in range(9)))
    await tenant.route(weighted)
    assert Counter(await tenant.owners(weighted)) == {heavy: 6, light: 3}

    await tenant.work(
        lambda work: rules.update_rule(work, rule_id, {"strategy": Strategy.LEAST_LOADED})
    )
    loaded = await tenant.leads(*(f"L{n}" for n in range(5)))
    await tenant.route(loaded)
    # light held 3 open leads to heavy's 6: they take leads until level, then in turn
    assert Counter(await tenant.owners(loaded)) == {light: 4, heavy: 1}


async def test_a_sticky_rule_gives_a_company_to_who_owns_its_other_leads(
    database: Database, settings: Settings
) -> None:
    tenant = await team_tenant(database, settings, members=2)
    first, second = tenant.members
    await tenant.leads("Gammel kontakt", email="ola@bølgen.no", owner_id=second)
    await tenant.rule("Kjente kunder", sticky=True)
    (same_company,) = await tenant.leads("Ny kontakt", email="kari@bølgen.no")
    new_company = await tenant.leads("Ukjent", "Kollega", email="per@fjell.no")
    webmail = await tenant.leads("Privat", "Også privat", email="ola@gmail.com")

    routing = await tenant.route([same_company, *new_company, *webmail])

    # a new company sticks to whom its first lead went, in the same batch too; a
    # webmail domain is no company, and round robin goes on
    assert await tenant.owners([same_company, *new_company, *webmail]) == [
        second,
        first,
        first,
        second,
        first,
    ]
    assert routing.decisions[0].explanation.steps[0].sticky_owner == second


async def test_a_lead_a_person_assigned_is_routed_again_only_when_asked(
    database: Database, settings: Settings
) -> None:
    tenant = await team_tenant(database, settings, members=2)
    await tenant.rule("Alle")
    (by_hand,) = await tenant.leads("Håndplukket", owner_id=tenant.owner.user_id)

    routing = await tenant.route([by_hand])
    assert routing.passed == {by_hand: router.Passed.OWNED}
    assert await tenant.owners([by_hand]) == [tenant.owner.user_id]

    await tenant.route([by_hand], Trigger.ON_DEMAND)
    assert await tenant.owners([by_hand]) == [tenant.members[0]]


async def test_a_dry_run_decides_as_the_real_routing_and_writes_nothing(
    database: Database, settings: Settings
) -> None:
    tenant = await team_tenant(database, settings, members=3)
    await tenant.rule("Alle")
    leads = await tenant.leads("A", "B", "C", "D")

    dry = await tenant.route(leads, dry_run=True)
    assert await tenant.owners(leads) == [None] * 4
    real = await tenant.route(leads)

    assert dry.decisions == real.decisions


@pytest.mark.parametrize(
    ("condition", "field"),
    [
        (Condition(LeadField.SCORE, ConditionOperator.CONTAINS, ("1",)), "conditions.0.operator"),
        (
            Condition(LeadField.CUSTOM, ConditionOperator.IS_SET, custom_field_key="nope"),
            "conditions.0.customFieldKey",
        ),
        (
            Condition(
                LeadField.SCORE, ConditionOperator.BETWEEN, number=Decimal(9), up_to=Decimal(1)
            ),
            "conditions.0.upTo",
        ),
        (
            Condition(LeadField.STAGE, ConditionOperator.IS_ONE_OF, (str(uuid.uuid4()),)),
            "conditions.0.values",
        ),
    ],
)
async def test_a_rule_asking_what_cannot_be_asked_is_refused_naming_the_condition(
    database: Database, settings: Settings, condition: Condition, field: str
) -> None:
    tenant = await team_tenant(database, settings, members=0)
    fields = rules.RuleFields("Feil", conditions=(condition,), target=Target(TargetKind.QUEUE))
    async with unit_of_work(database, tenant.owner) as work:
        refused = await work.run(lambda work: rules.create_rule(work, fields))
    assert isinstance(refused, DomainError)
    assert [problem.field for problem in refused.problems] == [field]


@pytest.mark.parametrize(
    ("target", "field"),
    [
        (Target(TargetKind.TEAM), "target.teamId"),
        (Target(TargetKind.USER, user_id=uuid.uuid4()), "target.userId"),
        (Target(TargetKind.TEAM, team_id=uuid.uuid4()), "target.teamId"),
    ],
)
async def test_a_rule_without_a_target_in_the_tenant_is_refused(
    database: Database, settings: Settings, target: Target, field: str
) -> None:
    tenant = await team_tenant(database, settings, members=0)
    async with unit_of_work(database, tenant.owner) as work:
        refused = await work.run(
            lambda work: rules.create_rule(work, rules.RuleFields("Feil", target=target))
        )
    assert isinstance(refused, DomainError)
    assert [problem.field for problem in refused.problems] == [field]


async def test_routings_at_once_keep_round_robin_fair_and_never_route_a_lead_twice(
    committing_postgres: Database, settings: Settings
) -> None:
    tenant = await team_tenant(committing_postgres, settings, members=3)
    await tenant.rule("Alle")
    leads = await tenant.leads(*(f"Samtidig {n}" for n in range(60)))

    async def route(part: Sequence[uuid.UUID]) -> router.Routing:
        async with unit_of_work(committing_postgres, tenant.owner) as work:
            routed = await work.run(lambda work: router.route(work, part, Trigger.BULK))
        assert isinstance(routed, router.Routing)
        return routed

    # Each lead asked for twice, by routings racing one another.
    routings = await asyncio.gather(
        *(route(leads[n::6] + leads[(n + 1) % 6 :: 6]) for n in range(6))
    )

    assert sum(len(routing.decisions) for routing in routings) == 60
    counts = Counter(await tenant.owners(leads))
    assert set(counts) == set(tenant.members)
    assert max(counts.values()) - min(counts.values()) <= 1
