"""When a member can take leads: their working hours, read in their own time zone,
and the time they are away. Values only: routing asks them about a moment.

A member's hours are shifts on days of the week, local times such as 08:00 to
16:00; a shift ends at 24:00 at the latest and none crosses midnight (a night's
work is two shifts). Read in the member's time zone, a shift keeps its local
hours when the clocks change: 08:00 in Oslo is 07:00 UTC in winter and 06:00 in
summer.
"""

import itertools
import re
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from leadhub.routing.errors import invalid

MINUTES_A_DAY = 24 * 60
MAX_SHIFTS = 28  # four a day, every day
_CLOCK = re.compile(r"(?P<hours>[01][0-9]|2[0-4]):(?P<minutes>[0-5][0-9])")  # ASCII digits only


class Weekday(IntEnum):
    """As ``datetime.weekday()`` numbers them."""

    MONDAY = 0
    TUESDAY = 1
    WEDNESDAY = 2
    THURSDAY = 3
    FRIDAY = 4
    SATURDAY = 5
    SUNDAY = 6


def clock_minutes(clock: str, field: str) -> int:
    """Minutes after midnight of a local time written ``HH:MM`` (24:00 the day's end)."""
    match = _CLOCK.fullmatch(clock)
    minutes = int(match["hours"]) * 60 + int(match["minutes"]) if match else -1
    if not 0 <= minutes <= MINUTES_A_DAY:
        raise invalid(f"'{clock[:10]}' is not a time written HH:MM, from 00:00 to 24:00.", field)
    return minutes


def clock_text(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@dataclass(frozen=True, order=True)
class Shift:
    weekday: Weekday
    starts: int  # minutes after local midnight
    ends: int  # after ``starts``; MINUTES_A_DAY at the latest

    def __post_init__(self) -> None:
        if not 0 <= self.starts < self.ends <= MINUTES_A_DAY:
            raise invalid("A shift ends after it starts, on the same day.", "workingHours")

    def covers(self, local: datetime) -> bool:
        minute = local.hour * 60 + local.minute
        return local.weekday() == self.weekday and self.starts <= minute < self.ends


@dataclass(frozen=True)
class WorkingHours:
    """The shifts of a week; a moment in none of them is outside working hours."""

    shifts: tuple[Shift, ...]

    def __post_init__(self) -> None:
        if not self.shifts:  # never at work: null says any hour, so an empty week is a slip
            raise invalid("Give at least one shift, or none at all for any hour.", "workingHours")
        if len(self.shifts) > MAX_SHIFTS:
            raise invalid(f"At most {MAX_SHIFTS} shifts a week.", "workingHours")
        ordered = sorted(self.shifts)
        for before, after in itertools.pairwise(ordered):
            if before.weekday == after.weekday and after.starts < before.ends:
                day = before.weekday.name.capitalize()
                raise invalid(f"Two shifts on {day} overlap.", "workingHours")
        object.__setattr__(self, "shifts", tuple(ordered))

    def covers(self, moment: datetime, zone: ZoneInfo) -> bool:
        """Whether ``moment`` (aware) falls in a shift, read in ``zone``."""
        local = moment.astimezone(zone)
        return any(shift.covers(local) for shift in self.shifts)

    def to_json(self) -> list[dict[str, Any]]:
        return [
            {"weekday": shift.weekday.value, "starts": shift.starts, "ends": shift.ends}
            for shift in self.shifts
        ]

    @classmethod
    def from_json(cls, stored: list[dict[str, Any]]) -> "WorkingHours":
        return cls(
            tuple(Shift(Weekday(each["weekday"]), each["starts"], each["ends"]) for each in stored)
        )


@dataclass(frozen=True)
class Away:
    """Out of office from one moment until another (either open-ended)."""

    since: datetime | None
    until: datetime | None

    def __post_init__(self) -> None:
        if self.since and self.until and self.until <= self.since:
            raise invalid("Away until a moment after away from.", "awayUntil")

    def covers(self, moment: datetime) -> bool:
        if self.since is None and self.until is None:
            return False
        started = self.since is None or self.since <= moment
        return started and (self.until is None or moment < self.until)
