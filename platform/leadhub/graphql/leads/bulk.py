"""Bulk actions on leads: up to 1,000 ids a call, all or nothing."""

import uuid
from collections.abc import Awaitable, Callable

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from leadhub.errors import DomainError
from leadhub.graphql.context import Info
from leadhub.graphql.errors import user_errors
from leadhub.graphql.leads.types import Lead, LeadUserError
from leadhub.graphql.node import global_id, require_id
from leadhub.graphql.permissions import CanDeleteLeads, IsTenantMember
from leadhub.leads import bulk, models
from leadhub.leads.errors import invalid, not_found
from leadhub.leads.ownership import Owners

LEAD_IDS = f"1 to {bulk.MAX_LEADS} leads."


@strawberry.input
class AssignLeadsInput:
    lead_ids: list[strawberry.ID] = strawberry.field(description=LEAD_IDS)
    owner_id: strawberry.ID | None = strawberry.field(
        default=None, description="A member's user id; none leaves the leads without one."
    )
    owner_team_id: strawberry.ID | None = None


@strawberry.input
class MoveLeadsInput:
    lead_ids: list[strawberry.ID] = strawberry.field(description=LEAD_IDS)
    stage_id: strawberry.ID = strawberry.field(description="An open stage.")


@strawberry.input
class TagLeadsInput:
    lead_ids: list[strawberry.ID] = strawberry.field(description=LEAD_IDS)
    tag: str


@strawberry.input
class DeleteLeadsInput:
    lead_ids: list[strawberry.ID] = strawberry.field(description=LEAD_IDS)


@strawberry.type
class BulkLeadsPayload:
    leads: list[Lead] = strawberry.field(default_factory=list, description="In the order given.")
    errors: list[LeadUserError] = strawberry.field(default_factory=list)


@strawberry.type
class DeleteLeadsPayload:
    deleted_lead_ids: list[strawberry.ID] = strawberry.field(default_factory=list)
    errors: list[LeadUserError] = strawberry.field(default_factory=list)


def _lead_ids(values: list[strawberry.ID]) -> list[uuid.UUID]:
    if len(values) > bulk.MAX_LEADS:  # before decoding a flood of ids
        raise invalid(f"Give 1 to {bulk.MAX_LEADS} leads.", bulk.FIELD)
    return [require_id(value, "Lead", not_found("lead", bulk.FIELD)) for value in values]


def _optional_id(
    value: strawberry.ID | None, type_name: str, what: str, field: str
) -> uuid.UUID | None:
    return None if value is None else require_id(value, type_name, not_found(what, field))


BulkAction = Callable[[AsyncSession, uuid.UUID, list[uuid.UUID]], Awaitable[list[models.Lead]]]


async def _on_leads(
    info: Info, lead_ids: list[strawberry.ID], action: BulkAction
) -> BulkLeadsPayload:
    actor_id = info.context.actor.user_id

    async def run(session: AsyncSession) -> list[models.Lead]:
        return await action(session, actor_id, _lead_ids(lead_ids))

    result = await info.context.write(run)
    if isinstance(result, DomainError):
        return BulkLeadsPayload(errors=user_errors(result, LeadUserError))
    return BulkLeadsPayload(leads=[Lead.from_model(lead) for lead in result])


@strawberry.type
class BulkMutations:
    @strawberry.mutation(permission_classes=[IsTenantMember])
    async def assign_leads(self, info: Info, input: AssignLeadsInput) -> BulkLeadsPayload:
        return await _on_leads(
            info,
            input.lead_ids,
            lambda session, actor, ids: bulk.assign(
                session,
                actor,
                ids,
                Owners(
                    user_id=_optional_id(input.owner_id, "User", "member", "ownerId"),
                    team_id=_optional_id(input.owner_team_id, "Team", "team", "ownerTeamId"),
                ),
            ),
        )

    @strawberry.mutation(permission_classes=[IsTenantMember])
    async def move_leads(self, info: Info, input: MoveLeadsInput) -> BulkLeadsPayload:
        return await _on_leads(
            info,
            input.lead_ids,
            lambda session, actor, ids: bulk.move(
                session,
                actor,
                ids,
                require_id(input.stage_id, "FunnelStage", not_found("funnel stage", "stageId")),
            ),
        )

    @strawberry.mutation(permission_classes=[IsTenantMember])
    async def tag_leads(self, info: Info, input: TagLeadsInput) -> BulkLeadsPayload:
        return await _on_leads(
            info,
            input.lead_ids,
            lambda session, actor, ids: bulk.tag(session, actor, ids, input.tag),
        )

    @strawberry.mutation(permission_classes=[IsTenantMember])
    async def untag_leads(self, info: Info, input: TagLeadsInput) -> BulkLeadsPayload:
        return await _on_leads(
            info,
            input.lead_ids,
            lambda session, actor, ids: bulk.untag(session, actor, ids, input.tag),
        )

    @strawberry.mutation(
        permission_classes=[CanDeleteLeads],
        description="With their feed and history; the tenant's audit trail keeps the count.",
    )
    async def delete_leads(self, info: Info, input: DeleteLeadsInput) -> DeleteLeadsPayload:
        actor = info.context.actor

        async def run(session: AsyncSession) -> list[uuid.UUID]:
            return await bulk.delete_leads(session, actor, _lead_ids(input.lead_ids))

        result = await info.context.write(run)
        if isinstance(result, DomainError):
            return DeleteLeadsPayload(errors=user_errors(result, LeadUserError))
        return DeleteLeadsPayload(
            deleted_lead_ids=[strawberry.ID(global_id("Lead", lead_id)) for lead_id in result]
        )
