"""Mutations of teams: who is on which, for sharing leads."""

import uuid
from collections.abc import Awaitable, Callable

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from leadhub.errors import DomainError
from leadhub.graphql.context import Info
from leadhub.graphql.errors import user_errors
from leadhub.graphql.node import global_id, require_id
from leadhub.graphql.permissions import CanManageTeams
from leadhub.graphql.teams.types import Team, TeamUserError
from leadhub.teams import models, service
from leadhub.teams.errors import not_found
from leadhub.tenants.service import Actor

TeamOperation = Callable[[AsyncSession, Actor], Awaitable[models.Team]]


def _team_id(value: strawberry.ID) -> uuid.UUID:
    return require_id(value, "Team", not_found("team", "teamId"))


@strawberry.input
class CreateTeamInput:
    name: str


@strawberry.input
class RenameTeamInput:
    team_id: strawberry.ID
    name: str


@strawberry.input
class DeleteTeamInput:
    team_id: strawberry.ID


@strawberry.input
class TeamMemberInput:
    team_id: strawberry.ID
    user_id: strawberry.ID

    def ids(self) -> tuple[uuid.UUID, uuid.UUID]:
        return _team_id(self.team_id), require_id(
            self.user_id, "User", not_found("member", "userId")
        )


@strawberry.type
class TeamPayload:
    team: Team | None = None
    errors: list[TeamUserError] = strawberry.field(default_factory=list)


@strawberry.type
class DeleteTeamPayload:
    deleted_team_id: strawberry.ID | None = None
    errors: list[TeamUserError] = strawberry.field(default_factory=list)


async def _team_payload(info: Info, operation: TeamOperation) -> TeamPayload:
    actor = info.context.actor

    async def run(session: AsyncSession) -> models.Team:
        return await operation(session, actor)

    result = await info.context.write(run)
    if isinstance(result, DomainError):
        return TeamPayload(errors=user_errors(result, TeamUserError))
    return TeamPayload(team=Team.from_model(result))


@strawberry.type
class TeamMutations:
    @strawberry.mutation(permission_classes=[CanManageTeams])
    async def create_team(self, info: Info, input: CreateTeamInput) -> TeamPayload:
        return await _team_payload(
            info, lambda session, actor: service.create_team(session, actor, input.name)
        )

    @strawberry.mutation(permission_classes=[CanManageTeams])
    async def rename_team(self, info: Info, input: RenameTeamInput) -> TeamPayload:
        return await _team_payload(
            info,
            lambda session, actor: service.rename_team(
                session, actor, _team_id(input.team_id), input.name
            ),
        )

    @strawberry.mutation(permission_classes=[CanManageTeams])
    async def add_team_member(self, info: Info, input: TeamMemberInput) -> TeamPayload:
        return await _team_payload(
            info, lambda session, actor: service.add_member(session, actor, *input.ids())
        )

    @strawberry.mutation(permission_classes=[CanManageTeams])
    async def remove_team_member(self, info: Info, input: TeamMemberInput) -> TeamPayload:
        return await _team_payload(
            info, lambda session, actor: service.remove_member(session, actor, *input.ids())
        )

    @strawberry.mutation(permission_classes=[CanManageTeams])
    async def delete_team(self, info: Info, input: DeleteTeamInput) -> DeleteTeamPayload:
        result = await _team_payload(
            info,
            lambda session, actor: service.delete_team(session, actor, _team_id(input.team_id)),
        )
        if result.team is None:
            return DeleteTeamPayload(errors=result.errors)
        return DeleteTeamPayload(
            deleted_team_id=strawberry.ID(global_id("Team", uuid.UUID(result.team.id)))
        )
