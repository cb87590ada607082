"""GraphQL types of teams."""

import uuid
from collections.abc import Iterable

import strawberry
from strawberry import relay

from leadhub.graphql.context import Info
from leadhub.graphql.errors import UserError
from leadhub.graphql.node import by_ids, resolve_nodes
from leadhub.graphql.users import UserNode
from leadhub.teams import models
from leadhub.teams.errors import TeamErrorCode

strawberry.enum(TeamErrorCode)


@strawberry.type(name="TeamError")
class TeamUserError(UserError):
    code: TeamErrorCode


@strawberry.type
class Team(relay.Node):
    id: relay.NodeID[str]
    name: str

    @classmethod
    def from_model(cls, team: models.Team) -> "Team":
        return cls(id=str(team.id), name=team.name)

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list["Team | None"]:
        return await resolve_nodes(info, node_ids, by_ids(models.Team), cls.from_model)

    @strawberry.field(description="By name.")
    async def members(self, info: Info) -> list[UserNode]:
        users = await info.context.loaders.team_members.load(uuid.UUID(self.id))
        return [UserNode.from_model(user) for user in users]
