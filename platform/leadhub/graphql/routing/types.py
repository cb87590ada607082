"""GraphQL types of routing: when a member can take leads."""

from datetime import datetime

import strawberry

from leadhub.graphql.errors import UserError
from leadhub.routing import availability
from leadhub.routing.availability import Weekday, clock_minutes, clock_text
from leadhub.routing.errors import RoutingErrorCode
from leadhub.routing.service import AvailabilityFields

strawberry.enum(RoutingErrorCode)
strawberry.enum(Weekday)

_LOCAL = "Local time in the member's time zone, HH:MM"


@strawberry.type(name="RoutingError")
class RoutingUserError(UserError):
    code: RoutingErrorCode


@strawberry.type
class Shift:
    weekday: Weekday
    starts: str = strawberry.field(description=f"{_LOCAL}.")
    ends: str = strawberry.field(description=f"{_LOCAL}; 24:00 ends the day.")

    @classmethod
    def from_shift(cls, shift: availability.Shift) -> "Shift":
        return cls(
            weekday=shift.weekday, starts=clock_text(shift.starts), ends=clock_text(shift.ends)
        )


@strawberry.input
class ShiftInput:
    weekday: Weekday
    starts: str = strawberry.field(description=f"{_LOCAL}.")
    ends: str = strawberry.field(description=f"{_LOCAL}; 24:00 ends the day, none crosses it.")

    def shift(self) -> availability.Shift:
        return availability.Shift(
            self.weekday,
            clock_minutes(self.starts, "workingHours"),
            clock_minutes(self.ends, "workingHours"),
        )


@strawberry.type(description="When a member can take leads; routing skips them otherwise.")
class Availability:
    time_zone: str | None = strawberry.field(
        description="The IANA time zone working hours are read in; null for the tenant's."
    )
    away_from: datetime | None = strawberry.field(description="Out of office from then.")
    away_until: datetime | None = strawberry.field(description="Out of office until then.")
    working_hours: list[Shift] | None = strawberry.field(
        description="The shifts of a week, by day and time; null for any hour."
    )

    @classmethod
    def from_fields(cls, fields: AvailabilityFields) -> "Availability":
        hours = fields.working_hours
        return cls(
            time_zone=fields.time_zone,
            away_from=fields.away_from,
            away_until=fields.away_until,
            working_hours=None if hours is None else [Shift.from_shift(s) for s in hours.shifts],
        )
