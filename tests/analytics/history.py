"""A tenant's past, written at known moments: leads created, moved, won, lost and
assigned on the days a test names, through the real services with the clock set
there, so that a KPI's test can work out what it should be from the same dates."""

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

import time_machine
from sqlalchemy import select

from leadhub.db import Database
from leadhub.leads import lifecycle, sources
from leadhub.leads import service as lead_service
from leadhub.leads.models import FunnelStage, Milestone, SourceKind
from leadhub.principal import SystemJob
from leadhub.routing.models import Outcome, RoutingDecision, SlaState, Trigger
from leadhub.work import UnitOfWork, unit_of_work

# The default funnel's path, as DOMAIN.md orders it.
PATH = (Milestone.SUSPECT, Milestone.MQL, Milestone.SQL, Milestone.OPPORTUNITY, Milestone.CUSTOMER)


@dataclass
class History:
    database: Database
    tenant_id: uuid.UUID
    stages: dict[Milestone, uuid.UUID] = field(default_factory=dict)

    def _work(self) -> UnitOfWork[SystemJob]:
        return unit_of_work(self.database, SystemJob(self.tenant_id, "history"))  # type: ignore[return-value]

    async def load_stages(self) -> None:
        async with self._work() as work:
            found = await work.session.scalars(select(FunnelStage))
            self.stages = {stage.milestone: stage.id for stage in found if stage.milestone}

    async def source(self, name: str, kind: SourceKind, cost: Decimal | None = None) -> uuid.UUID:
        async with self._work() as work, work.transaction():
            fields = sources.SourceFields(name=name, kind=kind, cost=cost)
            return (await sources.create_source(work, fields)).id

    async def lead(
        self,
        at: datetime,
        name: str,
        *,
        email: str | None = None,
        source_id: uuid.UUID | None = None,
        owner_id: uuid.UUID | None = None,
        team_id: uuid.UUID | None = None,
        expected_value: Decimal | None = None,
    ) -> uuid.UUID:
        fields = lead_service.LeadFields(
            name=name,
            email=email,
            source_id=source_id,
            owner_id=owner_id,
            owner_team_id=team_id,
            expected_value=expected_value,
        )
        with time_machine.travel(at, tick=False):
            async with self._work() as work, work.transaction():
                return (await lead_service.create_lead(work, fields)).id

    async def move(self, lead_id: uuid.UUID, milestone: Milestone, at: datetime) -> None:
        with time_machine.travel(at, tick=False):
            async with self._work() as work, work.transaction():
                await lifecycle.move(work, lead_id, self.stages[milestone])

    async def win(self, lead_id: uuid.UUID, amount: Decimal, at: datetime) -> None:
        with time_machine.travel(at, tick=False):
            async with self._work() as work, work.transaction():
                await lifecycle.win(work, lead_id, amount)

    async def lose(self, lead_id: uuid.UUID, at: datetime) -> None:
        with time_machine.travel(at, tick=False):
            async with self._work() as work, work.transaction():
                await lifecycle.lose(work, lead_id, "Bought elsewhere")

    async def disqualify(self, lead_id: uuid.UUID, at: datetime) -> None:
        with time_machine.travel(at, tick=False):
            async with self._work() as work, work.transaction():
                await lifecycle.disqualify(work, lead_id, "No intent to buy")

    async def reopen(self, lead_id: uuid.UUID, at: datetime) -> None:
        with time_machine.travel(at, tick=False):
            async with self._work() as work, work.transaction():
                await lifecycle.reopen(work, lead_id, None)

    async def assignment(
        self,
        lead_id: uuid.UUID,
        user_id: uuid.UUID,
        at: datetime,
        *,
        respond_by: datetime | None = None,
        responded_at: datetime | None = None,
        sla: SlaState | None = None,
    ) -> None:
        """A routing decision as routing stores one, with its answer as it came."""
        async with self._work() as work, work.transaction():
            work.session.add(
                RoutingDecision(
                    lead_id=lead_id,
                    trigger=Trigger.CREATED,
                    outcome=Outcome.ASSIGNED,
                    user_id=user_id,
                    explanation={},
                    decided_at=at,
                    respond_by=respond_by,
                    responded_at=responded_at,
                    sla=sla,
                )
            )
