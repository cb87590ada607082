"""Mutations of the activity feed: what people log by hand."""

from datetime import datetime

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from leadhub.activity import logbook
from leadhub.activity.errors import ActivityError, ActivityErrorCode
from leadhub.activity.models import Activity as ActivityModel
from leadhub.activity.models import ActivityKind
from leadhub.errors import DomainError
from leadhub.graphql.activity.types import Activity, ActivityUserError
from leadhub.graphql.context import Info
from leadhub.graphql.errors import user_errors
from leadhub.graphql.node import require_id
from leadhub.graphql.permissions import IsTenantMember


@strawberry.input
class LogActivityInput:
    lead_id: strawberry.ID
    kind: ActivityKind = strawberry.field(description="NOTE, CALL, EMAIL or MEETING.")
    body: str
    occurred_at: datetime | None = strawberry.field(default=None, description="Now if unset.")


@strawberry.type
class LogActivityPayload:
    activity: Activity | None = None
    errors: list[ActivityUserError] = strawberry.field(default_factory=list)


@strawberry.type
class ActivityMutations:
    @strawberry.mutation(permission_classes=[IsTenantMember])
    async def log_activity(self, info: Info, input: LogActivityInput) -> LogActivityPayload:
        context = info.context

        async def log(session: AsyncSession) -> ActivityModel:
            missing = ActivityError(ActivityErrorCode.NOT_FOUND, "No such lead.", "leadId")
            return await logbook.log(
                session,
                actor_id=context.actor.user_id,
                lead_id=require_id(input.lead_id, "Lead", missing),
                kind=input.kind,
                body=input.body,
                occurred_at=input.occurred_at,
            )

        result = await context.write(log)
        if isinstance(result, DomainError):
            return LogActivityPayload(errors=user_errors(result, ActivityUserError))
        return LogActivityPayload(activity=Activity.from_model(result))
