"""Mutations of teams: who is on which, for sharing leads."""

import uuid

import strawberry

from leadhub.graphql.context import Info
from leadhub.graphql.node import global_id, row_id
from leadhub.graphql.partial import applied, clearable, kept
from leadhub.graphql.payloads import respond
from leadhub.graphql.permissions import CanManageTeams
from leadhub.graphql.teams.types import Team, TeamUserError
from leadhub.principal import Member
from leadhub.teams import models, service
from leadhub.work import UnitOfWork


def _team_id(value: strawberry.ID) -> uuid.UUID:
    return row_id(value, "Team", "teamId")


@strawberry.input
class CreateTeamInput:
    name: str
    kind: models.TeamKind = models.TeamKind.SALES


@strawberry.input(description="Only the fields sent change.")
class UpdateTeamInput:
    team_id: strawberry.ID
    name: strawberry.Maybe[str | None] = kept()
    kind: strawberry.Maybe[models.TeamKind | None] = kept()


@strawberry.input(description="Only the fields sent change.")
class UpdateTeamMemberInput:
    team_id: strawberry.ID
    user_id: strawberry.ID
    active: strawberry.Maybe[bool | None] = kept("Whether routing hands them leads.")
    manages: strawberry.Maybe[bool | None] = kept(
        "Whether escalations go to them: owners, admins and sales managers only."
    )
    capacity: strawberry.Maybe[int | None] = clearable(
        f"The most open leads at once, 0 to {models.MAX_CAPACITY:,}; null for no limit."
    )
    weight: strawberry.Maybe[int | None] = kept(
        f"A share in weighted round robin, 1 to {models.MAX_WEIGHT}."
    )


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
        return _team_id(self.team_id), row_id(self.user_id, "User", "userId")


@strawberry.type
class TeamPayload:
    team: Team | None = None
    errors: list[TeamUserError] = strawberry.field(default_factory=list)

    @classmethod
    def of(cls, team: models.Team) -> "TeamPayload":
        return cls(team=Team.from_model(team))


@strawberry.type
class DeleteTeamPayload:
    deleted_team_id: strawberry.ID | None = None
    errors: list[TeamUserError] = strawberry.field(default_factory=list)


@strawberry.type
class TeamMutations:
    @strawberry.mutation(permission_classes=[CanManageTeams])
    async def create_team(self, info: Info, input: CreateTeamInput) -> TeamPayload:
        return await respond(
            info, lambda work: service.create_team(work, input.name, input.kind), TeamPayload.of
        )

    @strawberry.mutation(permission_classes=[CanManageTeams])
    async def update_team(self, info: Info, input: UpdateTeamInput) -> TeamPayload:
        return await respond(
            info,
            lambda work: applied(
                input,
                lambda changes: service.update_team(work, _team_id(input.team_id), changes),
            ),
            TeamPayload.of,
        )

    @strawberry.mutation(
        permission_classes=[CanManageTeams],
        description="A member's part in the team's routing.",
    )
    async def update_team_member(self, info: Info, input: UpdateTeamMemberInput) -> TeamPayload:
        async def update(work: UnitOfWork[Member]) -> models.Team:
            team_id = _team_id(input.team_id)
            user_id = row_id(input.user_id, "User", "userId")
            await applied(
                input,
                lambda changes: service.set_member_part(work, team_id, user_id, changes),
            )
            team = await service.find_team(work, team_id)
            assert team is not None  # the change found it
            return team

        return await respond(info, update, TeamPayload.of)

    @strawberry.mutation(permission_classes=[CanManageTeams], deprecation_reason="Use updateTeam.")
    async def rename_team(self, info: Info, input: RenameTeamInput) -> TeamPayload:
        return await respond(
            info,
            lambda work: service.rename_team(work, _team_id(input.team_id), input.name),
            TeamPayload.of,
        )

    @strawberry.mutation(permission_classes=[CanManageTeams])
    async def add_team_member(self, info: Info, input: TeamMemberInput) -> TeamPayload:
        return await respond(
            info, lambda work: service.add_member(work, *input.ids()), TeamPayload.of
        )

    @strawberry.mutation(permission_classes=[CanManageTeams])
    async def remove_team_member(self, info: Info, input: TeamMemberInput) -> TeamPayload:
        return await respond(
            info, lambda work: service.remove_member(work, *input.ids()), TeamPayload.of
        )

    @strawberry.mutation(permission_classes=[CanManageTeams])
    async def delete_team(self, info: Info, input: DeleteTeamInput) -> DeleteTeamPayload:
        return await respond(
            info,
            lambda work: service.delete_team(work, _team_id(input.team_id)),
            lambda team: DeleteTeamPayload(
                deleted_team_id=strawberry.ID(global_id("Team", team.id))
            ),
        )
