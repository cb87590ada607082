"""Bulk actions on leads: up to 1,000 ids a call, all or nothing."""

import uuid
from collections.abc import Awaitable, Callable

import strawberry

from leadhub.graphql.context import Info
from leadhub.graphql.leads.types import Lead, LeadUserError
from leadhub.graphql.node import global_id, optional_row_id, row_id, row_ids
from leadhub.graphql.payloads import respond_in_tenant
from leadhub.graphql.permissions import CanDeleteLeads, WritesLeads
from leadhub.leads import bulk, models
from leadhub.leads.errors import invalid
from leadhub.leads.ownership import Owners
from leadhub.principal import InTenant
from leadhub.work import UnitOfWork

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
    return row_ids(values, "Lead", bulk.FIELD)


BulkAction = Callable[[UnitOfWork[InTenant], list[uuid.UUID]], Awaitable[list[models.Lead]]]


async def _on_leads(
    info: Info, lead_ids: list[strawberry.ID], action: BulkAction
) -> BulkLeadsPayload:
    return await respond_in_tenant(
        info,
        lambda work: action(work, _lead_ids(lead_ids)),
        lambda leads: BulkLeadsPayload(leads=[Lead.from_model(lead) for lead in leads]),
    )


@strawberry.type
class BulkMutations:
    @strawberry.mutation(permission_classes=[WritesLeads])
    async def assign_leads(self, info: Info, input: AssignLeadsInput) -> BulkLeadsPayload:
        return await _on_leads(
            info,
            input.lead_ids,
            lambda work, ids: bulk.assign(
                work,
                ids,
                Owners(
                    user_id=optional_row_id(input.owner_id, "User", "ownerId"),
                    team_id=optional_row_id(input.owner_team_id, "Team", "ownerTeamId"),
                ),
            ),
        )

    @strawberry.mutation(permission_classes=[WritesLeads])
    async def move_leads(self, info: Info, input: MoveLeadsInput) -> BulkLeadsPayload:
        return await _on_leads(
            info,
            input.lead_ids,
            lambda work, ids: bulk.move(
                work, ids, row_id(input.stage_id, "FunnelStage", "stageId")
            ),
        )

    @strawberry.mutation(permission_classes=[WritesLeads])
    async def tag_leads(self, info: Info, input: TagLeadsInput) -> BulkLeadsPayload:
        return await _on_leads(
            info, input.lead_ids, lambda work, ids: bulk.tag(work, ids, input.tag)
        )

    @strawberry.mutation(permission_classes=[WritesLeads])
    async def untag_leads(self, info: Info, input: TagLeadsInput) -> BulkLeadsPayload:
        return await _on_leads(
            info, input.lead_ids, lambda work, ids: bulk.untag(work, ids, input.tag)
        )

    @strawberry.mutation(
        permission_classes=[CanDeleteLeads],
        description="With their feed and history; the tenant's audit trail keeps the count.",
    )
    async def delete_leads(self, info: Info, input: DeleteLeadsInput) -> DeleteLeadsPayload:
        return await respond_in_tenant(
            info,
            lambda work: bulk.delete_leads(work, _lead_ids(input.lead_ids)),
            lambda deleted: DeleteLeadsPayload(
                deleted_lead_ids=[strawberry.ID(global_id("Lead", lead_id)) for lead_id in deleted]
            ),
        )
