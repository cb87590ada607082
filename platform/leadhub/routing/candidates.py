"""Who of a team can take a lead at a moment, and why each of the others cannot:
what every strategy chooses among, and what a decision explains.

A member is skipped, in this order, when they are inactive, away, outside their
working hours (only when the rule asks for them) or full (as many open leads as
their capacity); the router also skips the member who let a lead's SLA pass.
"""

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from leadhub.routing.availability import Away, WorkingHours


class Skipped(StrEnum):
    INACTIVE = "inactive"
    AWAY = "away"
    OFF_HOURS = "off_hours"
    FULL = "full"
    NO_RESPONSE = "no_response"  # had the lead, and made no sales activity in time


@dataclass(frozen=True)
class Candidate:
    """A team member as routing weighs them."""

    user_id: uuid.UUID
    active: bool
    weight: int
    capacity: int | None  # None for no limit
    away: Away
    hours: WorkingHours | None  # None for any hour
    zone: ZoneInfo  # the member's, else the tenant's

    def unavailable(self, moment: datetime, *, within_hours: bool) -> Skipped | None:
        """Why the member cannot take any lead at ``moment``, however few they hold."""
        if not self.active:
            return Skipped.INACTIVE
        if self.away.covers(moment):
            return Skipped.AWAY
        if within_hours and self.hours is not None and not self.hours.covers(moment, self.zone):
            return Skipped.OFF_HOURS
        return None

    def full(self, open_leads: int) -> bool:
        """Whether holding ``open_leads`` the member can take no more."""
        return self.capacity is not None and open_leads >= self.capacity
