"""Round robin stays fair when worker processes route at once: leads created one by
one queue their routing on RabbitMQ, and `leadhub worker` processes (three, of
four threads each) take the jobs together against PostgreSQL; the members'
counts differ by one at most."""

import asyncio
import time
from collections import Counter

from sqlalchemy import func, select

from leadhub import tasks
from leadhub.db import Database
from leadhub.routing.models import RoutingDecision
from leadhub.settings import Settings
from leadhub.work import unit_of_work
from tests.routing.tenants import Tenant, team_tenant
from tests.services import USES_SHARED_BROKERS, require_reachable_broker
from tests.test_tasks import RABBITMQ_URL
from tests.workers import worker_processes

pytestmark = USES_SHARED_BROKERS

LEADS = 40
ROUTED_WITHIN_SECONDS = 60


async def _decisions(database: Database, tenant: Tenant) -> int:
    async with unit_of_work(database, tenant.owner) as work:
        return await work.session.scalar(select(func.count()).select_from(RoutingDecision)) or 0


async def test_worker_processes_routing_at_once_keep_round_robin_fair(
    committing_postgres: Database, settings: Settings
) -> None:
    broker = tasks.configure(settings.model_copy(update={"broker_url": RABBITMQ_URL}))
    require_reachable_broker(RABBITMQ_URL)
    broker.flush_all()  # what earlier runs may have left
    tenant = await team_tenant(committing_postgres, settings, members=3)
    await tenant.rule("Alle")

    # each in a transaction of its own, queuing its routing when it commits; the
    # workers, started after, find every job waiting and take them at once
    for number in range(LEADS):
        await tenant.leads(f"Lead {number} fra Tromsø")
    with worker_processes(committing_postgres, RABBITMQ_URL, processes=3):
        deadline = time.monotonic() + ROUTED_WITHIN_SECONDS
        while await _decisions(committing_postgres, tenant) < LEADS:
            assert time.monotonic() < deadline, "the workers did not route every lead"
            await asyncio.sleep(0.5)

    async with unit_of_work(committing_postgres, tenant.owner) as work:
        session = work.session
        given = Counter(await session.scalars(select(RoutingDecision.user_id)))
        routed_leads = await session.scalar(
            select(func.count(func.distinct(RoutingDecision.lead_id)))
        )
    assert routed_leads == LEADS
    assert set(given) == set(tenant.members)
    assert max(given.values()) - min(given.values()) <= 1
