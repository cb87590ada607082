"""Who of a team can take a lead at a moment, and why each of the others cannot:
what every strategy chooses among, and what a decision explains.

A member is skipped, in this order, when they are inactive, away, outside their
working hours (only when the rule asks for them) or full (as many open leads as
their capacity).
"""

import uuid
from collections.abc import Iterable
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
    open_leads: int
    away: Away
    hours: WorkingHours | None  # None for any hour
    zone: ZoneInfo  # the member's, else the tenant's

    def skipped(self, moment: datetime, *, within_hours: bool) -> Skipped | None:
        """Why the member cannot take a lead at ``moment``; None if they can."""
        unavailable = self.unavailable(moment, within_hours=within_hours)
        return unavailable or (Skipped.FULL if self.full(self.open_leads) else None)

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


@dataclass(frozen=True)
class Sorted:
    """A team's members at a moment: those who can take a lead, in the order given,
    and why each of the others cannot."""

    available: tuple[Candidate, ...]
    skipped: dict[uuid.UUID, Skipped]


def sorted_out(candidates: Iterable[Candidate], moment: datetime, *, within_hours: bool) -> Sorted:
    available: list[Candidate] = []
    skipped: dict[uuid.UUID, Skipped] = {}
    for candidate in candidates:
        reason = candidate.skipped(moment, within_hours=within_hours)
        if reason is None:
            available.append(candidate)
        else:
            skipped[candidate.user_id] = reason
    return Sorted(tuple(available), skipped)
