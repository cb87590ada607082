"""Saved views of the leads list: the LeadView node, the Tenant node's list of them
(the Tenant node inherits it), and saving and deleting one. For people only: no
partner's scope reaches them."""

import uuid
from collections.abc import Iterable
from datetime import datetime

import strawberry
from sqlalchemy import Select
from strawberry import relay
from strawberry.scalars import JSON

from leadhub.graphql.context import Info
from leadhub.graphql.leads.filters import LeadFilterInput
from leadhub.graphql.leads.types import LeadUserError
from leadhub.graphql.node import global_id, resolve_nodes, row_id
from leadhub.graphql.payloads import respond
from leadhub.graphql.permissions import IsTenantMember
from leadhub.graphql.users import UserNode, load_user
from leadhub.leads import models, views


@strawberry.type(
    description="The leads list's filter and sort, kept by name: send its filter, orderBy"
    " and descending to tenant.leads to open it."
)
class LeadView(relay.Node):
    id: relay.NodeID[str]
    name: str
    filter: JSON = strawberry.field(
        description="A LeadFilterInput, as it was saved: send it back as it is."
    )
    order_by: models.LeadOrder
    descending: bool
    shared: bool = strawberry.field(
        description="Seen by the whole company; else by its creator alone."
    )
    created_at: datetime
    updated_at: datetime
    created_by_id: strawberry.Private[uuid.UUID | None]

    @classmethod
    def from_model(cls, view: models.LeadView) -> "LeadView":
        return cls(
            id=str(view.id),
            name=view.name,
            filter=JSON(view.filter),
            order_by=view.order_by,
            descending=view.descending,
            shared=view.shared,
            created_at=view.created_at,
            updated_at=view.updated_at,
            created_by_id=view.created_by_id,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list["LeadView | None"]:
        def seen(ids: list[uuid.UUID]) -> Select[models.LeadView]:
            # Asked for once the permission admitted a member: the views they see.
            viewer = info.context.member_work.principal.user_id
            return views.seen_by(viewer).where(models.LeadView.id.in_(ids))

        return await resolve_nodes(info, node_ids, seen, cls.from_model)

    @strawberry.field(description="Who saved it; they may have left the company since.")
    async def created_by(self, info: Info) -> UserNode | None:
        return await load_user(info, self.created_by_id)

    @strawberry.field(description="Whether you saved it: only yours are saved over by name.")
    def mine(self, info: Info) -> bool:
        return self.created_by_id == info.context.principal.user_id


@strawberry.type
class TenantLeadViews:
    @strawberry.field(
        permission_classes=[IsTenantMember],
        description="Your saved views of the leads list and those shared with the company,"
        f" by name. Not paged: each person keeps {views.MAX_VIEWS} at most, and the company"
        f" shares {views.MAX_SHARED_VIEWS} at most.",
    )
    async def lead_views(self, info: Info) -> list[LeadView]:
        return [
            LeadView.from_model(view) for view in await views.list_views(info.context.member_work)
        ]


@strawberry.input
class SaveLeadViewInput:
    name: str = strawberry.field(description="Naming one of your views saves over it.")
    filter: LeadFilterInput | None = strawberry.field(
        default=None, description="The leads list's filter; every lead if left out."
    )
    order_by: models.LeadOrder = models.LeadOrder.CREATED
    descending: bool = True
    shared: bool = strawberry.field(
        default=False, description="With the whole company; else yours alone."
    )

    def fields(self) -> views.ViewFields:
        given = self.filter or LeadFilterInput()
        return views.ViewFields(
            name=self.name,
            sent_filter=given.as_sent(),
            conditions=given.conditions(),
            order_by=self.order_by,
            descending=self.descending,
            shared=self.shared,
        )


@strawberry.input
class DeleteLeadViewInput:
    lead_view_id: strawberry.ID


@strawberry.type
class LeadViewPayload:
    lead_view: LeadView | None = None
    errors: list[LeadUserError] = strawberry.field(default_factory=list)

    @classmethod
    def of(cls, view: models.LeadView) -> "LeadViewPayload":
        return cls(lead_view=LeadView.from_model(view))


@strawberry.type
class DeleteLeadViewPayload:
    deleted_lead_view_id: strawberry.ID | None = None
    errors: list[LeadUserError] = strawberry.field(default_factory=list)


@strawberry.type
class LeadViewMutations:
    @strawberry.mutation(
        permission_classes=[IsTenantMember],
        description="Save the leads list's filter and sort under a name: a new view, or"
        f" yours of that name replaced. Each person keeps {views.MAX_VIEWS} at most.",
    )
    async def save_lead_view(self, info: Info, input: SaveLeadViewInput) -> LeadViewPayload:
        fields = input.fields()
        return await respond(info, lambda work: views.save_view(work, fields), LeadViewPayload.of)

    @strawberry.mutation(
        permission_classes=[IsTenantMember],
        description="Delete a view you saved; owners and admins delete a shared one too.",
    )
    async def delete_lead_view(
        self, info: Info, input: DeleteLeadViewInput
    ) -> DeleteLeadViewPayload:
        return await respond(
            info,
            lambda work: views.delete_view(
                work, row_id(input.lead_view_id, "LeadView", "leadViewId")
            ),
            lambda view: DeleteLeadViewPayload(
                deleted_lead_view_id=strawberry.ID(global_id("LeadView", view.id))
            ),
        )
