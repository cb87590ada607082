"""The Tenant node's lists of the teams domain (the Tenant node inherits them)."""

import uuid
from typing import TYPE_CHECKING

import strawberry
from strawberry import relay

from leadhub.graphql.context import Info
from leadhub.graphql.pagination import paginate
from leadhub.graphql.permissions import ReadsRouting
from leadhub.graphql.teams.types import Team
from leadhub.teams import service as teams
from leadhub.teams.models import Team as TeamModel


@strawberry.type
class TenantTeams:
    if TYPE_CHECKING:
        id: str  # the Tenant node's

    @strawberry.field(permission_classes=[ReadsRouting], description="By name.")
    async def teams(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> relay.Connection[Team]:
        return await paginate(
            info.context.session,
            teams.teams(uuid.UUID(self.id)),
            key=[TeamModel.name, TeamModel.id],
            first=first,
            after=after,
            to_node=Team.from_model,
        )
