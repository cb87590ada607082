"""Routing every unassigned lead of a tenant in bulk (issue 10): how fast, and beside
what reading those leads alone costs.

A tenant's 100,000 leads, without owners, spread over countries, industries,
sources, scores and tags, go through 20 rules to 5 teams of 10 members (50 in
all) by every strategy, some members with a capacity that fills up and sends
leads to the overflow. Routing runs as the ``route_unowned_leads`` job does:
batch after batch in transactions of their own, each decision stored with its
explanation and each lead handed over with its activity, as the application
role that row-level security binds. The baseline, in the same run, reads the
same leads batch by batch with what routing reads of them (their fields, source
kinds and tags), and decides nothing. Beside it, the floor: what routing must
write, written by the database alone. Each batch is read as routing reads it,
then each lead is handed to the teams' members in turn with a decision (its
explanation of a typical size) and an activity, one SQL statement for each, and
the batch is rolled back, so routing meets the leads as they were. No way of
deciding routes faster than its floor on this machine.

    python -m bench.routing            # full: 100,000 leads; the bar
    python -m bench.routing --quick    # 3,000 leads: checks every part works

The bar: 5,000 leads a second or more. Exits 1 if routing is wrong (a lead not
routed, or routed twice; a member past their capacity), and in full mode if the
bar is missed.
"""

import argparse
import asyncio
import json
import sys
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import asyncpg
from sqlalchemy import text

from bench.database import BenchDatabase, Unreachable, exit_without_postgresql
from bench.deployment import Deployment, deployed
from bench.seed import Scale, SeededTenant, seed
from leadhub import sweeps, tasks
from leadhub.db import Database, new_id
from leadhub.leads import assignment
from leadhub.leads.conditions import Condition, ConditionOperator, LeadField
from leadhub.principal import Member, Role, SystemJob
from leadhub.routing import router, rules
from leadhub.routing.explanation import ConditionResult, Explanation, Step
from leadhub.routing.models import Match, Strategy, Target, TargetKind
from leadhub.sweeps import Batch, Pace
from leadhub.teams import service as teams
from leadhub.work import UnitOfWork, unit_of_work

DATABASE_NAME = "leadhub_bench_routing"
LEADS_A_SECOND_BAR = 5_000
TEAMS = 5
MEMBERS_A_TEAM = 10
COUNTRIES = ("NO", "SE", "DK", "FI", "DE")
INDUSTRIES = ("Fiske", "Bygg", "Energi", "Handel", "Helse", "Skog")
TAGS = ("webinar", "messe", "partner", "kampanje")


@dataclass(frozen=True)
class Mode:
    leads: int
    enforce_bar: bool


FULL = Mode(leads=100_000, enforce_bar=True)
QUICK = Mode(leads=3_000, enforce_bar=False)


class RoutedWrong(Exception):
    """Routing left a lead out, routed one twice, or filled a member past capacity."""


class _RolledBack(Exception):
    """Raised to roll a batch of the floor back."""


@dataclass(frozen=True)
class Figures:
    leads: int
    read_seconds: float
    floor_seconds: float
    route_seconds: float
    assigned: int
    queued: int

    @property
    def leads_a_second(self) -> float:
        return self.leads / self.route_seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small data, no bar")
    mode = QUICK if parser.parse_args(argv).quick else FULL
    try:
        with deployed(BenchDatabase.from_environment(DATABASE_NAME)) as deployment:
            figures = asyncio.run(_run(deployment, mode))
    except Unreachable as error:
        return exit_without_postgresql(error, full=mode.enforce_bar)
    except RoutedWrong as error:
        print(f"bench: broken: {error}", file=sys.stderr)
        return 1
    _report(figures)
    return _verdict(figures, mode)


async def _run(deployment: Deployment, mode: Mode) -> Figures:
    # Routing queues each SLA's check: an in-process broker takes them, as a real one
    # would, and nothing runs them.
    tasks.configure(deployment.settings)
    print(f"seeding a tenant of {mode.leads:,} unassigned leads and {TEAMS} teams", flush=True)
    async with deployment.seeding() as (database, admin):
        scale = Scale(
            tenants=2,
            measured_tenant_leads=mode.leads,
            other_tenant_leads=1_000,
            reps_per_tenant=TEAMS * MEMBERS_A_TEAM,
        )
        tenant = await seed(database, admin, deployment.settings, scale)
        await _unassigned_and_varied(admin, tenant)
        capacities = await _teams_and_rules(database, tenant)
        principal = SystemJob(tenant.id, "route_unowned_leads", tenant.member_ids[0])
        print("writing what routing writes, in SQL alone (the floor)", flush=True)
        await admin.execute("VACUUM (ANALYZE) leads")
        started = time.perf_counter()
        owners = await admin.fetch(
            "SELECT user_id, team_id FROM team_members WHERE tenant_id = $1 ORDER BY id", tenant.id
        )
        await _written_in_sql(database, principal, [tuple(owner) for owner in owners])
        floor_seconds = time.perf_counter() - started
        await admin.execute("VACUUM (ANALYZE) leads, routing_decisions, activities")
        pace = Pace(batch_size=router.SWEEP_LEADS)  # a worker's, as the job runs
        print("reading the leads as routing does (the baseline)", flush=True)
        started = time.perf_counter()
        read = await sweeps.run(database, principal, _read_only, pace=pace)
        read_seconds = time.perf_counter() - started
        print("routing them", flush=True)
        started = time.perf_counter()
        routed = await sweeps.run(database, principal, router.route_unowned, pace=pace)
        route_seconds = time.perf_counter() - started
        if read.read != mode.leads or routed.read != mode.leads:
            raise RoutedWrong(f"read {read.read:,} and routed {routed.read:,} of {mode.leads:,}")
        queued = await _checked(admin, tenant, capacities, mode.leads)
    return Figures(mode.leads, read_seconds, floor_seconds, route_seconds, routed.changed, queued)


async def _read_only(
    work: UnitOfWork[SystemJob], after: uuid.UUID | None, batch_size: int
) -> Batch[uuid.UUID]:
    """A batch of what routing reads of the unassigned leads, as many at a time,
    and nothing decided."""
    lead_ids = await assignment.unowned_lead_ids(work, after, batch_size)
    read = 0
    for batch in router.batches(lead_ids):
        read += len(await assignment.routable_leads(work, batch, lock=True))
    more = len(lead_ids) == batch_size
    return Batch(lead_ids[-1] if more else None, read=read, changed=0)


async def _written_in_sql(
    database: Database, principal: SystemJob, owners: Sequence[tuple[uuid.UUID, uuid.UUID]]
) -> None:
    """What routing must write for every unassigned lead, written by the database
    alone, in transactions and batches of routing's sizes: each batch read as
    routing reads it, then handed to the team members of ``owners`` in turn with
    a decision and an activity each, by one statement apiece; rolled back."""
    explanation = json.dumps(_typical_explanation(owners[0][0]))
    after: uuid.UUID | None = None
    while True:
        try:
            async with unit_of_work(database, principal) as work, work.transaction():
                lead_ids = await assignment.unowned_lead_ids(work, after, router.SWEEP_LEADS)
                for batch in router.batches(lead_ids):
                    await assignment.routable_leads(work, batch, lock=True)
                    arguments = {
                        "tenant_id": principal.tenant_id,
                        "lead_ids": batch,
                        "member_ids": [user_id for user_id, _ in owners],
                        "team_ids": [team_id for _, team_id in owners],
                        "decision_ids": [new_id() for _ in batch],
                        "activity_ids": [new_id() for _ in batch],
                        "explanation": explanation,
                    }
                    for statement in FLOOR_STATEMENTS:
                        await work.session.execute(text(statement), arguments)
                raise _RolledBack
        except _RolledBack:
            pass
        if len(lead_ids) < router.SWEEP_LEADS:
            return
        after = lead_ids[-1]


# Each lead in turn to a team member: its place in the batch picks them.
_GIVEN = """
    SELECT given.id, given.place,
        (CAST(:member_ids AS uuid[]))[1 + (given.place - 1) % cardinality(:member_ids)] AS owner_id,
        (CAST(:team_ids AS uuid[]))[1 + (given.place - 1) % cardinality(:team_ids)] AS team_id
    FROM unnest(CAST(:lead_ids AS uuid[])) WITH ORDINALITY AS given(id, place)
"""
FLOOR_STATEMENTS = (
    f"""UPDATE leads SET owner_id = given.owner_id, owner_team_id = given.team_id,
    updated_at = now() FROM ({_GIVEN}) AS given
    WHERE leads.tenant_id = :tenant_id AND leads.id = given.id""",
    """UPDATE routing_decisions SET sla = 'superseded' WHERE tenant_id = :tenant_id
    AND lead_id = ANY (CAST(:lead_ids AS uuid[])) AND sla = 'pending'""",
    f"""INSERT INTO routing_decisions
    (tenant_id, id, lead_id, trigger, outcome, user_id, team_id, explanation, decided_at)
    SELECT :tenant_id, (CAST(:decision_ids AS uuid[]))[given.place], given.id, 'bulk',
    'assigned', given.owner_id, given.team_id, CAST(:explanation AS json), now()
    FROM ({_GIVEN}) AS given""",
    f"""INSERT INTO activities
    (tenant_id, id, lead_id, kind, actor_kind, actor_job, payload, occurred_at)
    SELECT :tenant_id, (CAST(:activity_ids AS uuid[]))[given.place], given.id, 'assigned',
    'system', 'Regel', json_build_object('ownerId', given.owner_id, 'teamId', given.team_id,
    'why', 'bulk'), now() FROM ({_GIVEN}) AS given""",
)


def _typical_explanation(member_id: uuid.UUID) -> dict[str, Any]:
    """A decision's explanation of the size routing's are: a rule of four
    conditions, its team's round robin choosing ``member_id``."""
    condition = Condition(LeadField.COUNTRY, ConditionOperator.IS_ONE_OF, ("NO",))
    step = Step(
        Target(TargetKind.TEAM, team_id=new_id()),
        Strategy.ROUND_ROBIN,
        available=MEMBERS_A_TEAM,
        chosen=member_id,
    )
    results = (ConditionResult(condition, True),) * 4
    return Explanation(new_id(), "Regel 1: NO Fiske", Match.ALL, results, 0, (step,)).to_json()


async def _unassigned_and_varied(admin: asyncpg.Connection, tenant: SeededTenant) -> None:
    """The tenant's leads without owners, with the fields rules ask about, and tags."""
    await admin.execute("SELECT setseed(0.5)")
    await admin.execute(
        """
        UPDATE leads SET
            owner_id = NULL,
            country = ($2::text[])[1 + floor(random() * array_length($2, 1))::int],
            industry = ($3::text[])[1 + floor(random() * array_length($3, 1))::int],
            domain = 'company' || floor(random() * 20000)::int || '.no',
            expected_value = round((random() * 500000)::numeric, 2)
        WHERE tenant_id = $1
        """,
        tenant.id,
        list(COUNTRIES),
        list(INDUSTRIES),
    )
    await admin.execute(
        """
        INSERT INTO lead_tags (tenant_id, id, lead_id, tag)
        SELECT tenant_id, gen_random_uuid(), id, ($2::text[])[1 + (abs(hashtext(id::text)) % 4)]
        FROM leads WHERE tenant_id = $1 AND abs(hashtext(id::text)) % 3 = 0
        """,
        tenant.id,
        list(TAGS),
    )


async def _teams_and_rules(database: Database, tenant: SeededTenant) -> dict[uuid.UUID, int]:
    """Five teams, a rule set of 20, and the capacities set: each member's, if any."""
    owner = Member(tenant.id, tenant.member_ids[0], Role.OWNER)
    reps = tenant.member_ids[1:]
    capacities: dict[uuid.UUID, int] = {}
    async with unit_of_work(database, owner) as work, work.transaction():
        team_ids = []
        for number in range(TEAMS):
            team = await teams.create_team(work, f"Team {number + 1}")
            team_ids.append(team.id)
            for place, user_id in enumerate(reps[number::TEAMS]):
                await teams.add_member(work, team.id, user_id)
                part: dict[str, object] = {"weight": 1 + place % 3}
                if place == 0:  # one member a team fills up
                    part["capacity"] = capacities[user_id] = 50
                await teams.set_member_part(work, team.id, user_id, part)
        for fields in _rule_set(team_ids, owner.user_id):
            await rules.create_rule(work, fields)
    return capacities


def _rule_set(team_ids: Sequence[uuid.UUID], overflow_user: uuid.UUID) -> list[rules.RuleFields]:
    """19 rules on countries, industries, scores, values and tags, then a catch-all."""
    strategies = list(Strategy)
    overflow = Target(TargetKind.USER, user_id=overflow_user)
    made = []
    for number in range(19):
        country = COUNTRIES[number % len(COUNTRIES)]
        industry = INDUSTRIES[number % len(INDUSTRIES)]
        conditions = (
            Condition(LeadField.COUNTRY, ConditionOperator.IS_ONE_OF, (country,)),
            Condition(LeadField.INDUSTRY, ConditionOperator.IS_ONE_OF, (industry,)),
            Condition(
                LeadField.SCORE,
                ConditionOperator.BETWEEN,
                number=Decimal(number * 3),
                up_to=Decimal(number * 3 + 60),
            ),
            Condition(LeadField.TAGS, ConditionOperator.IS_NOT_ONE_OF, (TAGS[number % 4],)),
        )
        made.append(
            rules.RuleFields(
                name=f"Regel {number + 1}: {country} {industry}",
                conditions=conditions,
                target=Target(TargetKind.TEAM, team_id=team_ids[number % len(team_ids)]),
                strategy=strategies[number % len(strategies)],
                sticky=number % 4 == 0,
                within_working_hours=number % 2 == 0,
                overflow=overflow,
                sla_minutes=60,
            )
        )
    made.append(
        rules.RuleFields(
            name="Resten",
            target=Target(TargetKind.TEAM, team_id=team_ids[0]),
            strategy=Strategy.LEAST_LOADED,
        )
    )
    return made


async def _checked(
    admin: asyncpg.Connection, tenant: SeededTenant, capacities: dict[uuid.UUID, int], leads: int
) -> int:
    """How many leads were queued, once routing is shown right."""
    decided = await admin.fetchrow(
        "SELECT count(*) AS decisions, count(DISTINCT lead_id) AS leads,"
        " count(*) FILTER (WHERE outcome = 'queued') AS queued"
        " FROM routing_decisions WHERE tenant_id = $1",
        tenant.id,
    )
    assert decided is not None  # an aggregate has a row
    if (decided["decisions"], decided["leads"]) != (leads, leads):
        raise RoutedWrong(
            f"{decided['decisions']:,} decisions for {decided['leads']:,} of {leads:,} leads"
        )
    held = await admin.fetch(
        "SELECT owner_id, count(*) AS open_leads FROM leads"
        " WHERE tenant_id = $1 AND closed_at IS NULL AND owner_id = ANY($2) GROUP BY owner_id",
        tenant.id,
        list(capacities),
    )
    over = [row for row in held if row["open_leads"] > capacities[row["owner_id"]]]
    if over:
        raise RoutedWrong(f"{len(over)} members hold more open leads than their capacity")
    return int(decided["queued"])


def _report(figures: Figures) -> None:
    print(
        f"{figures.leads:,} leads: {figures.assigned:,} assigned, {figures.queued:,} queued\n"
        f"{'':12}{'seconds':>10}{'leads/s':>12}\n"
        f"{'read':12}{figures.read_seconds:10.2f}{figures.leads / figures.read_seconds:12,.0f}\n"
        f"{'floor':12}{figures.floor_seconds:10.2f}{figures.leads / figures.floor_seconds:12,.0f}\n"
        f"{'route':12}{figures.route_seconds:10.2f}{figures.leads_a_second:12,.0f}\n"
        f"route/read: {figures.route_seconds / figures.read_seconds:.2f}"
        f"  route/floor: {figures.route_seconds / figures.floor_seconds:.2f}",
        flush=True,
    )


def _verdict(figures: Figures, mode: Mode) -> int:
    if not mode.enforce_bar:
        print("quick mode: too few leads for the figures to mean anything; no bar checked")
        return 0
    if figures.leads_a_second < LEADS_A_SECOND_BAR:
        print(
            f"FAIL: {figures.leads_a_second:,.0f} leads/s, under the bar of {LEADS_A_SECOND_BAR:,}"
        )
        return 1
    print(f"ok: {figures.leads_a_second:,.0f} leads/s, the bar is {LEADS_A_SECOND_BAR:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
