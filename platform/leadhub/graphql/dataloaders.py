"""Per-request DataLoaders: one query per kind of related object, not one per row."""

import functools
import uuid
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import TypeVar

from sqlalchemy import Select, bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.dataloader import DataLoader

from leadhub.activity.models import Activity
from leadhub.analytics.models import GoalOwner
from leadhub.imports import service as imports
from leadhub.leads.models import ExternalId, FunnelStage, Lead, LeadTag, Source
from leadhub.principal import Role
from leadhub.routing import router
from leadhub.routing.models import RoutingDecision, RoutingRule
from leadhub.teams.models import Team, TeamMember
from leadhub.tenants.models import Membership, Tenant, User

M = TypeVar("M", User, Tenant, FunnelStage, Source, Lead, Team, RoutingRule)


@functools.cache
def _by_ids(model: type[M]) -> Select[M]:
    """The model's rows with the ``ids`` given when it runs. Built once: coercing each
    id into a new statement cost more than SQLAlchemy's work to run it."""
    return select(model).where(model.id.in_(bindparam("ids", expanding=True)))


def by_id(
    session: AsyncSession, model: type[M]
) -> Callable[[Sequence[uuid.UUID]], Awaitable[list[M | None]]]:
    async def load(ids: Sequence[uuid.UUID]) -> list[M | None]:
        rows = await session.scalars(_by_ids(model), {"ids": list(ids)})
        found = {row.id: row for row in rows}
        return [found.get(id_) for id_ in ids]

    return load


class Loaders:
    def __init__(self, session: AsyncSession) -> None:
        self.user = DataLoader(by_id(session, User))
        self.stage = DataLoader(by_id(session, FunnelStage))
        self.source = DataLoader(by_id(session, Source))
        self.lead = DataLoader(by_id(session, Lead))
        self.team = DataLoader(by_id(session, Team))
        self.team_roster = DataLoader(self._team_roster)
        self.routing_decision = DataLoader(self._routing_decisions)
        self.routing_rule = DataLoader(by_id(session, RoutingRule))
        self.tags = DataLoader(self._tags)
        self.external_ids = DataLoader(self._external_ids)
        self.import_summary = DataLoader(self._import_summaries)
        self.goal_owners = DataLoader(self._goal_owners)
        # The session sees its own tenant; the viewer's others are primed from
        # authentication, which read them.
        self.tenant = DataLoader(by_id(session, Tenant))
        self._session = session

    async def _import_summaries(self, import_ids: Sequence[uuid.UUID]) -> list[Activity | None]:
        found = await self._session.scalars(imports.summaries(import_ids))
        by_import = {imports.summarized(summary): summary for summary in found}
        return [by_import.get(import_id) for import_id in import_ids]

    async def _goal_owners(self, goal_ids: Sequence[uuid.UUID]) -> list[list[uuid.UUID]]:
        rows = await self._session.execute(
            select(GoalOwner.goal_id, GoalOwner.team_id).where(GoalOwner.goal_id.in_(goal_ids))
        )
        return _grouped(goal_ids, ((goal_id, team_id) for goal_id, team_id in rows))

    async def _tags(self, lead_ids: Sequence[uuid.UUID]) -> list[list[str]]:
        rows = await self._session.execute(
            select(LeadTag.lead_id, LeadTag.tag)
            .where(LeadTag.lead_id.in_(lead_ids))
            .order_by(LeadTag.tag)
        )
        return _grouped(lead_ids, ((lead_id, tag) for lead_id, tag in rows))

    async def _external_ids(self, lead_ids: Sequence[uuid.UUID]) -> list[list[ExternalId]]:
        rows = await self._session.scalars(
            select(ExternalId)
            .where(ExternalId.lead_id.in_(lead_ids))
            .order_by(ExternalId.system, ExternalId.external_id)
        )
        return _grouped(lead_ids, ((row.lead_id, row) for row in rows))

    async def _routing_decisions(
        self, lead_ids: Sequence[uuid.UUID]
    ) -> list[RoutingDecision | None]:
        latest = await router.latest_decisions(self._session, lead_ids)
        return [latest.get(lead_id) for lead_id in lead_ids]

    async def _team_roster(
        self, team_ids: Sequence[uuid.UUID]
    ) -> list[list[tuple[TeamMember, User, Role]]]:
        """Each team's members, with the users they are and their roles, by name."""
        rows = await self._session.execute(
            select(TeamMember, User, Membership.role)
            .join(User, User.id == TeamMember.user_id)
            .join(Membership, Membership.user_id == TeamMember.user_id)
            .where(TeamMember.team_id.in_(team_ids))
            .order_by(User.name, User.id)
        )
        return _grouped(
            team_ids, ((member.team_id, (member, user, role)) for member, user, role in rows)
        )


T = TypeVar("T")


def _grouped(keys: Sequence[uuid.UUID], pairs: Iterable[tuple[uuid.UUID, T]]) -> list[list[T]]:
    """Values grouped under their keys, one list per key asked, in order."""
    groups: dict[uuid.UUID, list[T]] = {key: [] for key in keys}
    for key, value in pairs:
        groups[key].append(value)
    return [groups[key] for key in keys]
