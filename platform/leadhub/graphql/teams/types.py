"""GraphQL types of teams."""

import uuid
from collections.abc import Iterable

import strawberry
from strawberry import relay

from leadhub.graphql.context import Info
from leadhub.graphql.errors import UserError
from leadhub.graphql.node import by_ids, resolve_nodes
from leadhub.graphql.permissions import ReadsRouting, SeesRoutingTeams
from leadhub.graphql.users import UserNode
from leadhub.principal import Role
from leadhub.teams import models, service
from leadhub.teams.errors import TeamErrorCode
from leadhub.tenants.models import User

strawberry.enum(TeamErrorCode)
strawberry.enum(
    models.TeamKind,
    description="Sales teams take the leads routing hands out; marketing teams nurture them.",
)


@strawberry.type(name="TeamError")
class TeamUserError(UserError):
    code: TeamErrorCode


@strawberry.type
class TeamMember:
    """A member's part in the team's routing."""

    user: UserNode
    active: bool = strawberry.field(description="Routing hands leads to active members only.")
    manages: bool = strawberry.field(description="The team's escalations go to its managers.")
    capacity: int | None = strawberry.field(
        description="The most open leads the member takes at once; null for no limit."
    )
    weight: int = strawberry.field(
        description=f"The member's share in weighted round robin, 1 to {models.MAX_WEIGHT}."
    )

    @classmethod
    def from_model(cls, member: models.TeamMember, user: User, role: Role) -> "TeamMember":
        return cls(
            user=UserNode.from_model(user),
            active=member.active,
            manages=service.manages(member, role),
            capacity=member.capacity,
            weight=member.weight,
        )


@strawberry.type
class Team(relay.Node):
    id: relay.NodeID[str]
    name: str
    kind: models.TeamKind

    @classmethod
    def from_model(cls, team: models.Team) -> "Team":
        return cls(id=str(team.id), name=team.name, kind=team.kind)

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list["Team | None"]:
        return await resolve_nodes(
            info, node_ids, by_ids(models.Team), cls.from_model, ReadsRouting
        )

    @strawberry.field(permission_classes=[SeesRoutingTeams], description="By name.")
    async def members(self, info: Info) -> list[UserNode]:
        roster = await info.context.loaders.team_roster.load(uuid.UUID(self.id))
        return [UserNode.from_model(user) for _, user, _ in roster]

    @strawberry.field(
        permission_classes=[SeesRoutingTeams],
        description="The members with their part in routing, by name.",
    )
    async def roster(self, info: Info) -> list[TeamMember]:
        roster = await info.context.loaders.team_roster.load(uuid.UUID(self.id))
        return [TeamMember.from_model(member, user, role) for member, user, role in roster]
