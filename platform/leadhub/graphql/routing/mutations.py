"""Mutations of routing: when a member can take leads."""

from datetime import datetime
from typing import Any

import strawberry

from leadhub.graphql.context import Info
from leadhub.graphql.node import optional_row_id
from leadhub.graphql.partial import applied, clearable
from leadhub.graphql.payloads import respond
from leadhub.graphql.permissions import IsTenantMember
from leadhub.graphql.routing.types import Availability, RoutingUserError, ShiftInput
from leadhub.principal import Member
from leadhub.routing import service
from leadhub.routing.availability import WorkingHours
from leadhub.work import UnitOfWork


@strawberry.input(description="Only the fields sent change.")
class UpdateAvailabilityInput:
    user_id: strawberry.ID | None = strawberry.field(
        default=None, description="Whose availability; the viewer's if left out."
    )
    time_zone: strawberry.Maybe[str | None] = clearable(
        "An IANA time zone, such as Europe/Oslo; null for the tenant's."
    )
    away_from: strawberry.Maybe[datetime | None] = clearable("Out of office from then.")
    away_until: strawberry.Maybe[datetime | None] = clearable("Out of office until then.")
    working_hours: strawberry.Maybe[list[ShiftInput] | None] = clearable(
        "The shifts of a week; null for any hour."
    )


def _service_values(changes: dict[str, Any]) -> dict[str, Any]:
    """The changes as the service takes them: shifts as working hours."""
    shifts = changes.get("working_hours")
    if shifts is None:
        return changes
    return {**changes, "working_hours": WorkingHours(tuple(each.shift() for each in shifts))}


@strawberry.type
class AvailabilityPayload:
    availability: Availability | None = None
    errors: list[RoutingUserError] = strawberry.field(default_factory=list)


@strawberry.type
class RoutingMutations:
    @strawberry.mutation(
        permission_classes=[IsTenantMember],
        description="A member sets their own; owners, admins and sales managers anyone's.",
    )
    async def update_availability(
        self, info: Info, input: UpdateAvailabilityInput
    ) -> AvailabilityPayload:
        async def update(work: UnitOfWork[Member]) -> service.AvailabilityFields:
            user_id = optional_row_id(input.user_id, "User", "userId") or work.principal.user_id
            return await applied(
                input,
                lambda changes: service.set_availability(work, user_id, _service_values(changes)),
            )

        return await respond(
            info,
            update,
            lambda fields: AvailabilityPayload(availability=Availability.from_fields(fields)),
        )
