"""When routing runs: a lead created without an owner, one reaching a stage that
routes leads (the SQL stage at first), and every unassigned lead on demand, each
by a job, as the embedded worker runs them against a committing PostgreSQL."""

import asyncio
import time
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from leadhub import schedule
from leadhub.db import Database, utcnow
from leadhub.leads import lifecycle
from leadhub.leads.conditions import Condition, ConditionOperator, LeadField
from leadhub.leads.models import FunnelStage, Milestone
from leadhub.routing.models import RoutingDecision, Target, TargetKind, Trigger
from leadhub.settings import Settings
from leadhub.teams import service as teams
from leadhub.work import UnitOfWork, unit_of_work
from tests.routing.tenants import Tenant, team_tenant
from tests.workers import JOBS_TIMEOUT_SECONDS, embedded_worker


async def _triggers(tenant: Tenant, lead_id: uuid.UUID) -> list[Trigger]:
    async with unit_of_work(tenant.database, tenant.owner) as work:
        triggers = await work.session.scalars(
            select(RoutingDecision.trigger)
            .where(RoutingDecision.lead_id == lead_id)
            .order_by(RoutingDecision.id)
        )
        return list(triggers)


async def _sql_stage(tenant: Tenant) -> uuid.UUID:
    async with unit_of_work(tenant.database, tenant.owner) as work:
        stage_id = await work.session.scalar(
            select(FunnelStage.id).where(FunnelStage.milestone == Milestone.SQL)
        )
    assert stage_id is not None
    return stage_id


async def test_leads_are_routed_when_created_and_on_reaching_sql_unless_a_person_chose(
    committing_postgres: Database, settings: Settings, tmp_path: Path
) -> None:
    tenant = await team_tenant(committing_postgres, settings, members=2)
    marketer, seller = tenant.members
    await tenant.work(lambda work: teams.remove_member(work, tenant.team_id, seller))
    in_sql = Condition(
        LeadField.STAGE, ConditionOperator.IS_ONE_OF, (str(await _sql_stage(tenant)),)
    )
    await tenant.rule(
        "SQL til salg", conditions=(in_sql,), target=Target(TargetKind.USER, user_id=seller)
    )
    await tenant.rule("Resten")

    async with embedded_worker(settings, committing_postgres, tmp_path) as jobs_done:
        (routed,) = await tenant.leads("Øystein Ærø")
        (by_hand,) = await tenant.leads("Håndplukket", owner_id=tenant.owner.user_id)
        await jobs_done()
        assert await tenant.owners([routed, by_hand]) == [marketer, tenant.owner.user_id]
        assert (await _triggers(tenant, routed), await _triggers(tenant, by_hand)) == (
            [Trigger.CREATED],
            [],
        )

        for lead_id in (routed, by_hand):
            await tenant.work(
                lambda work, lead_id=lead_id: lifecycle.qualify(work, lead_id, Milestone.SQL)
            )
        await jobs_done()

    # routing's own lead is routed again; the lead a person gave stays theirs
    assert await tenant.owners([routed, by_hand]) == [seller, tenant.owner.user_id]
    assert await _triggers(tenant, routed) == [Trigger.CREATED, Trigger.STAGE]
    assert await _triggers(tenant, by_hand) == []


async def test_every_unassigned_lead_is_routed_on_demand(
    committing_postgres: Database, settings: Settings, tmp_path: Path
) -> None:
    tenant = await team_tenant(committing_postgres, settings, members=2)
    async with embedded_worker(settings, committing_postgres, tmp_path) as jobs_done:
        leads = await tenant.leads("Kari", "Ola", "Åse")
        await jobs_done()  # no rule yet: the fallback queues them
        assert await tenant.owners(leads) == [None, None, None]

        await tenant.rule("Alle")

        async def route_every_unassigned(work: UnitOfWork[Any]) -> None:
            work.after_commit(
                "route_unowned_leads",
                tenant_id=str(work.tenant_id),
                on_behalf_of=str(tenant.owner.user_id),
                team_id=None,
            )

        await tenant.work(route_every_unassigned)
        await jobs_done()

    owners = await tenant.owners(leads)
    assert set(owners) == set(tenant.members)
    assert [await _triggers(tenant, lead_id) for lead_id in leads] == [
        [Trigger.CREATED, Trigger.BULK]
    ] * 3


async def test_the_daily_sweep_checks_an_sla_whose_held_check_was_lost(
    committing_postgres: Database, settings: Settings, tmp_path: Path
) -> None:
    tenant = await team_tenant(committing_postgres, settings, members=2)
    _, second = tenant.members
    await tenant.rule("Svar innen en halvtime", sla_minutes=30)
    (lead_id,) = await tenant.leads("Glemt av megleren")
    # routed an hour ago, its check held by an in-process broker which the
    # worker's, new, replaces: as a restart of embedded mode loses it
    await tenant.route([lead_id], now=utcnow() - timedelta(hours=1))

    async with embedded_worker(settings, committing_postgres, tmp_path):
        schedule.queue_sweep()
        # not until every job is done: the new owner's own check is held for 30 min
        deadline = time.monotonic() + JOBS_TIMEOUT_SECONDS
        while await tenant.owners([lead_id]) != [second]:
            assert time.monotonic() < deadline, "the sweep did not check the SLA"
            await asyncio.sleep(0.2)

    assert await _triggers(tenant, lead_id) == [Trigger.BULK, Trigger.SLA]
