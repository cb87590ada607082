"""Mutations of the activity feed: what people log by hand."""

from datetime import datetime

import strawberry

from leadhub.activity import service as activity
from leadhub.activity.models import Activity as ActivityModel
from leadhub.activity.models import ActivityKind
from leadhub.graphql.activity.types import Activity, ActivityUserError
from leadhub.graphql.context import Info
from leadhub.graphql.node import row_id
from leadhub.graphql.payloads import respond_in_tenant
from leadhub.graphql.permissions import LogsActivity
from leadhub.leads import logbook
from leadhub.leads.logbook import CallOutcome
from leadhub.principal import InTenant
from leadhub.routing import responses
from leadhub.work import UnitOfWork


@strawberry.input
class LogActivityInput:
    lead_id: strawberry.ID
    kind: ActivityKind = strawberry.field(description="NOTE, CALL, EMAIL or MEETING.")
    body: str
    occurred_at: datetime | None = strawberry.field(default=None, description="Now if unset.")
    outcome: CallOutcome | None = strawberry.field(default=None, description="Calls only.")
    duration_seconds: int | None = strawberry.field(
        default=None, description="Calls only: 0 to 86400."
    )


@strawberry.type
class LogActivityPayload:
    activity: Activity | None = None
    errors: list[ActivityUserError] = strawberry.field(default_factory=list)


@strawberry.type
class ActivityMutations:
    @strawberry.mutation(
        permission_classes=[LogsActivity],
        description="A call, email or meeting answers the lead's routing: its response "
        "time is kept, and its SLA met.",
    )
    async def log_activity(self, info: Info, input: LogActivityInput) -> LogActivityPayload:
        async def log(work: UnitOfWork[InTenant]) -> ActivityModel:
            lead_id = row_id(input.lead_id, "Lead", "leadId")
            logged = await logbook.log(
                work,
                lead_id=lead_id,
                kind=input.kind,
                body=input.body,
                occurred_at=input.occurred_at,
                outcome=input.outcome,
                duration_seconds=input.duration_seconds,
            )
            if logged.kind in activity.RESPONSES:
                await responses.note_response(work, lead_id, logged.occurred_at)
            return logged

        return await respond_in_tenant(
            info, log, lambda logged: LogActivityPayload(activity=Activity.from_model(logged))
        )
