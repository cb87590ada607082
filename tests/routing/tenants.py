"""A tenant with a sales team of members, for routing's tests."""

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import dramatiq
from dramatiq.brokers.stub import StubBroker
from sqlalchemy import insert, select

from leadhub.db import Database, write_transaction
from leadhub.errors import DomainError
from leadhub.leads import service as lead_service
from leadhub.leads.models import FunnelStage, Lead, Temperature
from leadhub.principal import Role
from leadhub.routing import router, rules
from leadhub.routing.models import Target, TargetKind, Trigger
from leadhub.scope import Scope
from leadhub.settings import Settings
from leadhub.teams import service as teams
from leadhub.tenants.models import Membership
from leadhub.tenants.service import SignUp
from leadhub.work import UnitOfWork, unit_of_work
from tests.builders import make_tenant, owner_of, system_job


class Tenant:
    """A tenant with a sales team of members, whose time the test gives."""

    def __init__(self, database: Database, signed_up: SignUp) -> None:
        self.database = database
        self.signed_up = signed_up
        self.owner = owner_of(signed_up)
        self.team_id = uuid.uuid4()
        self.members: list[uuid.UUID] = []

    async def work(self, operation: Any) -> Any:
        async with unit_of_work(self.database, self.owner) as work:
            result = await work.run(operation)
        assert not isinstance(result, DomainError), result
        return result

    async def leads(self, *names: str, **fields: Any) -> list[uuid.UUID]:
        async def create(work: UnitOfWork[Any]) -> list[uuid.UUID]:
            return [
                (
                    await lead_service.create_lead(
                        work, lead_service.LeadFields(name=name, **fields)
                    )
                ).id
                for name in names
            ]

        principal = system_job(self.signed_up.tenant.id)
        async with unit_of_work(self.database, principal) as work, work.transaction():
            return await create(work)

    async def unowned_leads(self, count: int) -> None:
        """So many leads without owners, inserted at once: made one by one, they
        would take the test's time."""
        tenant_id = self.signed_up.tenant.id
        async with unit_of_work(self.database, system_job(tenant_id)) as work, work.transaction():
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
                    for number in range(count)
                ],
            )

    async def route(
        self,
        lead_ids: Sequence[uuid.UUID],
        trigger: Trigger = Trigger.BULK,
        *,
        now: datetime | None = None,
        **options: Any,
    ) -> router.Routing:
        return await self.work(
            lambda work: router.route(work, lead_ids, trigger, now=now, **options)
        )

    async def owners(self, lead_ids: Sequence[uuid.UUID]) -> list[uuid.UUID | None]:
        async with unit_of_work(self.database, self.owner) as work:
            found = {
                lead.id: lead.owner_id
                for lead in await work.session.scalars(select(Lead).where(Lead.id.in_(lead_ids)))
            }
        return [found[lead_id] for lead_id in lead_ids]

    async def rule(self, name: str, **fields: Any) -> uuid.UUID:
        fields.setdefault("target", Target(TargetKind.TEAM, self.team_id))
        rule = await self.work(
            lambda work: rules.create_rule(work, rules.RuleFields(name, **fields))
        )
        return rule.id


async def team_tenant(database: Database, settings: Settings, members: int) -> Tenant:
    tenant = Tenant(database, await make_tenant(database, settings, "Fjordsalg AS"))
    team = await tenant.work(lambda work: teams.create_team(work, "Salg Øst"))
    tenant.team_id = team.id
    for number in range(members):
        other = await make_tenant(database, settings, f"Selger {number} ÆØÅ AS")
        scope = Scope(tenant_id=tenant.signed_up.tenant.id)
        async with database.scoped_session(scope) as session, write_transaction(session):
            session.add(Membership(user_id=other.user.id, role=Role.SALES_REP))
        await tenant.work(lambda work, user=other.user.id: teams.add_member(work, team.id, user))
        tenant.members.append(other.user.id)
    tenant.members.sort()
    return tenant


def taken_jobs(broker: StubBroker, actor_name: str) -> list[dramatiq.Message[Any]]:
    """The jobs of ``actor_name`` the in-process broker holds, after taking every
    job it holds off its queue."""
    held = broker.queues["default.DQ"]
    messages = [dramatiq.Message.decode(held.get_nowait()) for _ in range(held.qsize())]
    return [message for message in messages if message.actor_name == actor_name]
