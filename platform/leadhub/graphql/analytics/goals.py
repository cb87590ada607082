"""Goals over GraphQL: set by owners, admins, sales managers and marketing, seen
by every member with their progress."""

import uuid
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import strawberry
from strawberry import relay

from leadhub.analytics import goals
from leadhub.analytics import models as goal_models
from leadhub.analytics import progress as goal_progress
from leadhub.analytics.errors import AnalyticsErrorCode
from leadhub.db import utcnow
from leadhub.graphql.context import Info
from leadhub.graphql.errors import UserError, UserInputError
from leadhub.graphql.leads.types import Source
from leadhub.graphql.node import by_ids, resolve_nodes, row_id
from leadhub.graphql.pagination import paginate
from leadhub.graphql.partial import applied, clearable, kept
from leadhub.graphql.payloads import respond
from leadhub.graphql.permissions import CanManageGoals, ReadsAnalytics
from leadhub.graphql.stages import FunnelStage
from leadhub.graphql.teams.types import Team

GOALS_A_PAGE = 20

strawberry.enum(goal_models.GoalMetric, description="What a goal measures: one of the KPIs.")
strawberry.enum(goal_models.GoalPeriod)
strawberry.enum(goal_progress.GoalStatus)
strawberry.enum(AnalyticsErrorCode)


@strawberry.type(name="GoalError")
class GoalUserError(UserError):
    code: AnalyticsErrorCode


@strawberry.type
class GoalProgress:
    value: Decimal | None = strawberry.field(
        description="The metric over the period so far; null when there is nothing to measure."
    )
    expected_by_now: Decimal = strawberry.field(
        description="Where it should be now to reach the target: the target's share of the"
        " period's time gone for a count or an amount, the target itself for a share or a"
        " median."
    )
    forecast: Decimal | None = strawberry.field(
        description="Where it will end at today's rate (a count or an amount), or where it is."
    )
    days_gone: int = strawberry.field(description="Whole days of the period done.")
    days: int
    status: goal_progress.GoalStatus

    @classmethod
    def of(cls, standing: goal_progress.Progress) -> "GoalProgress":
        return cls(
            value=standing.value,
            expected_by_now=standing.expected_by_now,
            forecast=standing.forecast,
            days_gone=standing.days_gone,
            days=standing.days,
            status=standing.status,
        )


@strawberry.type
class Goal(relay.Node):
    id: relay.NodeID[str]
    name: str
    metric: goal_models.GoalMetric
    target: Decimal
    period: goal_models.GoalPeriod
    first_day: date
    last_day: date
    reached_at: datetime | None
    behind_since: datetime | None = strawberry.field(
        description="Since when it has been behind its pace (its owners were told)."
    )
    model: strawberry.Private[goal_models.Goal]

    @classmethod
    def from_model(cls, goal: goal_models.Goal) -> "Goal":
        return cls(
            id=str(goal.id),
            name=goal.name,
            metric=goal.metric,
            target=goal.target,
            period=goal.period,
            first_day=goal.first_day,
            last_day=goal.last_day,
            reached_at=goal.reached_at,
            behind_since=goal.behind_since,
            model=goal,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list["Goal | None"]:
        return await resolve_nodes(
            info, node_ids, by_ids(goal_models.Goal), cls.from_model, ReadsAnalytics
        )

    @strawberry.field(description="The stage it counts leads reaching, or converting to.")
    async def stage(self, info: Info) -> FunnelStage | None:
        return await _stage(info, self.model.stage_id)

    @strawberry.field(description="The stage a conversion goal counts leads from.")
    async def from_stage(self, info: Info) -> FunnelStage | None:
        return await _stage(info, self.model.from_stage_id)

    @strawberry.field(description="The source whose return it measures.")
    async def source(self, info: Info) -> Source | None:
        source_id = self.model.source_id
        found = await info.context.loaders.source.load(source_id) if source_id else None
        return Source.from_model(found) if found else None

    @strawberry.field(description="The teams that own it.")
    async def owners(self, info: Info) -> list[Team]:
        team_ids = await info.context.loaders.goal_owners.load(self.model.id)
        found = await info.context.loaders.team.load_many(team_ids)
        return sorted((Team.from_model(team) for team in found if team), key=lambda t: t.name)

    @strawberry.field(
        description="How it stands now, from the figures the viewer sees: the tenant's, or"
        " for a sales rep those of the leads in reach, as every KPI."
    )
    async def progress(self, info: Info) -> GoalProgress:
        tenant = info.context.tenant
        assert tenant is not None  # IsTenantMember
        standing = await goal_progress.progress(
            info.context.tenant_work, self.model, utcnow(), ZoneInfo(tenant.time_zone)
        )
        return GoalProgress.of(standing)


async def _stage(info: Info, stage_id: uuid.UUID | None) -> FunnelStage | None:
    found = await info.context.loaders.stage.load(stage_id) if stage_id else None
    return FunnelStage.from_model(found) if found else None


@strawberry.input(
    description="A month's or a quarter's goal covers the one firstDay falls in; a custom"
    " one, firstDay to lastDay (days of the tenant's time zone)."
)
class GoalInput:
    name: str
    metric: goal_models.GoalMetric
    target: Decimal = strawberry.field(
        description="A share from 0 to 1; a count a whole number; an amount in the tenant's"
        " currency; days or minutes for a median."
    )
    period: goal_models.GoalPeriod
    first_day: date
    last_day: date | None = None
    team_ids: list[strawberry.ID] = strawberry.field(
        description=f"The teams that own it, marketing's and sales' together: 1 to"
        f" {goals.MAX_OWNERS}."
    )
    stage_id: strawberry.ID | None = strawberry.field(
        default=None, description="STAGE_REACHED's stage, or STAGE_CONVERSION's later one."
    )
    from_stage_id: strawberry.ID | None = strawberry.field(
        default=None, description="STAGE_CONVERSION's earlier stage."
    )
    source_id: strawberry.ID | None = strawberry.field(
        default=None, description="SOURCE_RETURN's source (one with a cost)."
    )

    def to_fields(self) -> goals.GoalFields:
        def optional(value: strawberry.ID | None, type_name: str, field: str) -> uuid.UUID | None:
            return row_id(value, type_name, field) if value else None

        return goals.GoalFields(
            name=self.name,
            metric=self.metric,
            target=self.target,
            period=self.period,
            first_day=self.first_day,
            last_day=self.last_day,
            team_ids=_team_ids(self.team_ids),
            stage_id=optional(self.stage_id, "FunnelStage", "stageId"),
            from_stage_id=optional(self.from_stage_id, "FunnelStage", "fromStageId"),
            source_id=optional(self.source_id, "Source", "sourceId"),
        )


@strawberry.input(description="Only the fields sent change.")
class UpdateGoalInput:
    goal_id: strawberry.ID
    name: strawberry.Maybe[str | None] = kept()
    metric: strawberry.Maybe[goal_models.GoalMetric | None] = kept()
    target: strawberry.Maybe[Decimal | None] = kept()
    period: strawberry.Maybe[goal_models.GoalPeriod | None] = kept()
    first_day: strawberry.Maybe[date | None] = kept()
    last_day: strawberry.Maybe[date | None] = clearable("A custom period's.")
    team_ids: strawberry.Maybe[list[strawberry.ID] | None] = kept()
    stage_id: strawberry.Maybe[strawberry.ID | None] = clearable()
    from_stage_id: strawberry.Maybe[strawberry.ID | None] = clearable()
    source_id: strawberry.Maybe[strawberry.ID | None] = clearable()

    def changes(self, sent: dict[str, Any]) -> dict[str, Any]:
        """What ``applied`` found sent, its global ids as row ids."""
        decoded = dict(sent)
        if "team_ids" in sent:
            decoded["team_ids"] = _team_ids(sent["team_ids"])
        for name, type_name, field in (
            ("stage_id", "FunnelStage", "stageId"),
            ("from_stage_id", "FunnelStage", "fromStageId"),
            ("source_id", "Source", "sourceId"),
        ):
            if sent.get(name) is not None:
                decoded[name] = row_id(sent[name], type_name, field)
        return decoded


def _team_ids(values: list[strawberry.ID]) -> tuple[uuid.UUID, ...]:
    return tuple(
        row_id(team_id, "Team", f"teamIds.{place}") for place, team_id in enumerate(values)
    )


@strawberry.input
class DeleteGoalInput:
    goal_id: strawberry.ID


@strawberry.type
class GoalPayload:
    goal: Goal | None = None
    errors: list[GoalUserError] = strawberry.field(default_factory=list)

    @classmethod
    def of(cls, goal: goal_models.Goal) -> "GoalPayload":
        return cls(goal=Goal.from_model(goal))


@strawberry.type
class DeleteGoalPayload:
    deleted_goal_id: strawberry.ID | None = None
    errors: list[GoalUserError] = strawberry.field(default_factory=list)


def _goal_id(value: strawberry.ID) -> uuid.UUID:
    return row_id(value, "Goal", "goalId")


@strawberry.type
class GoalQueries:
    @strawberry.field(
        permission_classes=[ReadsAnalytics],
        description=f"The tenant's goals, latest first; {GOALS_A_PAGE} a page at most (each"
        " goal's progress is measured when asked).",
    )
    async def goals(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> relay.Connection[Goal]:
        if first is not None and not 0 <= first <= GOALS_A_PAGE:
            raise UserInputError(f"'first' must be between 0 and {GOALS_A_PAGE}.", field="first")
        tenant_id = info.context.tenant_work.tenant_id
        return await paginate(
            info.context.session,
            goals.goals(tenant_id),
            key=[goal_models.Goal.id],
            first=GOALS_A_PAGE if first is None else first,
            after=after,
            to_node=Goal.from_model,
            newest_first=True,
        )


@strawberry.type
class GoalMutations:
    @strawberry.mutation(permission_classes=[CanManageGoals])
    async def create_goal(self, info: Info, input: GoalInput) -> GoalPayload:
        return await respond(
            info, lambda work: goals.create_goal(work, input.to_fields()), GoalPayload.of
        )

    @strawberry.mutation(
        permission_classes=[CanManageGoals],
        description="Change what the goal says; its owners will be told of it again.",
    )
    async def update_goal(self, info: Info, input: UpdateGoalInput) -> GoalPayload:
        return await respond(
            info,
            lambda work: applied(
                input,
                lambda sent: goals.update_goal(work, _goal_id(input.goal_id), input.changes(sent)),
            ),
            GoalPayload.of,
        )

    @strawberry.mutation(permission_classes=[CanManageGoals])
    async def delete_goal(self, info: Info, input: DeleteGoalInput) -> DeleteGoalPayload:
        return await respond(
            info,
            lambda work: goals.delete_goal(work, _goal_id(input.goal_id)),
            lambda goal: DeleteGoalPayload(deleted_goal_id=input.goal_id),
        )
