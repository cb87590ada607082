"""Routing under load (issue 10, point 7): 10,000 leads routed at once, by several
routings racing on a committing PostgreSQL, never take a member past their
capacity and never assign a lead twice."""

import asyncio
from collections import Counter

from sqlalchemy import func, insert, select

from leadhub import sweeps
from leadhub.db import Database
from leadhub.leads.models import FunnelStage, Lead, Temperature
from leadhub.principal import SystemJob
from leadhub.routing import router
from leadhub.routing.models import Outcome, RoutingDecision
from leadhub.settings import Settings
from leadhub.sweeps import Pace
from leadhub.teams import service as teams
from leadhub.work import unit_of_work
from tests.routing.tenants import Tenant, team_tenant

LEADS = 10_000
CAPACITY = 300  # ten members: 3,000 leads fill them, the rest are queued
ROUTINGS = 4


async def _unowned_leads(tenant: Tenant) -> None:
    """The leads, inserted at once: made one by one, they would take the test's time."""
    tenant_id = tenant.signed_up.tenant.id
    principal = SystemJob(tenant_id, "test")
    async with unit_of_work(tenant.database, principal) as work, work.transaction():
        stage_id = await work.session.scalar(
            select(FunnelStage.id).order_by(FunnelStage.position).limit(1)
        )
        await work.session.execute(
            insert(Lead),
            [
                {
                    "tenant_id": tenant_id,
                    "name": f"Lead {number} på Ørland",
                    "stage_id": stage_id,
                    "temperature": Temperature.COLD,
                }
                for number in range(LEADS)
            ],
        )


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
    await _unowned_leads(tenant)
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
