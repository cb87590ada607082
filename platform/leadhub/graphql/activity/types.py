"""GraphQL types of the activity feed."""

import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry import relay

from leadhub.activity.errors import ActivityErrorCode
from leadhub.activity.models import Activity as ActivityModel
from leadhub.activity.models import ActivityKind
from leadhub.graphql.activity.actors import Actor, actor_of
from leadhub.graphql.activity.details import ActivityDetails, details_of
from leadhub.graphql.context import Info
from leadhub.graphql.errors import UserError
from leadhub.graphql.node import by_ids, resolve_nodes
from leadhub.graphql.permissions import ReadsActivity, ReadsLeads

if TYPE_CHECKING:
    from leadhub.graphql.leads.types import Lead

strawberry.enum(ActivityKind)
strawberry.enum(ActivityErrorCode)


@strawberry.type(name="ActivityError")
class ActivityUserError(UserError):
    code: ActivityErrorCode


@strawberry.type
class Activity(relay.Node):
    id: relay.NodeID[str]
    kind: ActivityKind
    occurred_at: datetime
    actor: Actor
    details: ActivityDetails | None = strawberry.field(
        description="Null for a kind that tells nothing more."
    )
    lead_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field(
        description="The lead it happened to: null for an activity of the whole tenant (an"
        " import's summary, a goal's news), and for a lead the viewer may not see (a token"
        " without leads:read) or that is gone."
    )
    async def lead(
        self, info: Info
    ) -> Annotated["Lead", strawberry.lazy("leadhub.graphql.leads.types")] | None:
        # The leads' types show their activities: imported here, once both are loaded.
        from leadhub.graphql.leads.types import Lead

        if self.lead_id is None or not ReadsLeads.admits(info.context):
            return None
        lead = await info.context.loaders.lead.load(self.lead_id)
        return Lead.from_model(lead) if lead else None

    @classmethod
    def from_model(cls, activity: ActivityModel) -> "Activity":
        return cls(
            id=str(activity.id),
            lead_id=activity.lead_id,
            kind=activity.kind,
            occurred_at=activity.occurred_at,
            actor=actor_of(activity),
            details=details_of(activity.kind, activity.payload),
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list["Activity | None"]:
        return await resolve_nodes(
            info, node_ids, by_ids(ActivityModel), cls.from_model, ReadsActivity
        )
