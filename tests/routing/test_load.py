"""Routing under load (issue 10, point 7): 10,000 leads routed at once, by several
routings racing on a committing PostgreSQL, never take a member past their
capacity and never assign a lead twice; and a sweep's transaction routes its
thousands of leads as one rotation, its SLAs checked once."""

import asyncio
from collections import Counter

from dramatiq.brokers.stub import StubBroker
from sqlalchemy import func, select

from leadhub import sweeps, tasks
from leadhub.db import Database
from leadhub.leads.models import Lead
from leadhub.principal import SystemJob
from leadhub.routing import router
from leadhub.routing.models import Outcome, RoutingDecision, Strategy, Turns
from leadhub.settings import Settings
from leadhub.sweeps import Pace
from leadhub.teams import service as teams
from leadhub.work import unit_of_work
from tests.routing.tenants import taken_jobs, team_tenant

LEADS = 10_000
CAPACITY = 300  # ten members: 3,000 leads fill them, the rest are queued
ROUTINGS = 4


async def test_leads_routed_at_once_by_racing_routings_stay_within_capacity_and_once_each(
    committing_postgres: Database, settings: Settings
) -> None:
    tenant = await team_tenant(committing_postgres, settings, members=10)
    for member in tenant.members:
        await tenant.work(
            lambda work, member=member: teams.set_member_part(
                work, tenant.team_id, member, {"capacity": CAPACITY}
            )
        )
    await tenant.rule("Alle")
    await tenant.unowned_leads(LEADS)
    principal = SystemJob(tenant.signed_up.tenant.id, "route_unowned_leads")

    await asyncio.gather(
        *(
            sweeps.run(
                committing_postgres,
                principal,
                router.route_unowned,
                pace=Pace(batch_size=router.SWEEP_LEADS),  # as the job runs
            )
            for _ in range(ROUTINGS)
        )
    )

    async with unit_of_work(committing_postgres, tenant.owner) as work:
        held = await work.session.execute(
            select(Lead.owner_id, func.count())
            .where(Lead.owner_id.is_not(None))
            .group_by(Lead.owner_id)
        )
        owners = {owner_id: count for owner_id, count in held}
        assignments = Counter(
            await work.session.scalars(
                select(RoutingDecision.lead_id).where(RoutingDecision.outcome == Outcome.ASSIGNED)
            )
        )
    assert owners == dict.fromkeys(tenant.members, CAPACITY)
    assert len(assignments) == CAPACITY * len(tenant.members)
    assert set(assignments.values()) == {1}


async def test_a_sweeps_transaction_routes_its_leads_as_one_rotation_and_checks_slas_once(
    database: Database, settings: Settings
) -> None:
    broker = tasks.configure(settings)
    assert isinstance(broker, StubBroker)
    tenant = await team_tenant(database, settings, members=3)
    await tenant.rule("Alle", strategy=Strategy.ROUND_ROBIN, sla_minutes=30)
    leads = 2 * router.MAX_LEADS + 500  # three batches of routing, in one transaction
    await tenant.unowned_leads(leads)
    principal = SystemJob(tenant.signed_up.tenant.id, "route_unowned_leads")

    routed = await sweeps.run(
        database, principal, router.route_unowned, pace=Pace(batch_size=router.SWEEP_LEADS)
    )

    assert (routed.batches, routed.changed) == (1, leads)
    async with unit_of_work(database, tenant.owner) as work:
        rows = await work.session.execute(
            select(Lead.owner_id, func.count()).group_by(Lead.owner_id)
        )
        held_leads = {owner_id: count for owner_id, count in rows}
        turns = {row.user_id: row.turns for row in await work.session.scalars(select(Turns))}
    assert held_leads == {
        member: count for member, count in zip(tenant.members, (834, 833, 833), strict=True)
    }
    assert turns == held_leads
    assert len(taken_jobs(broker, "check_responses")) == 1
