"""The days a KPI covers, counted in the tenant's time zone, and the buckets its
series is cut into: a day, an ISO week (from Monday) or a calendar month.

A period is whole local days, first to last. Its edges become instants here, in
Python, with the zone's rules on each edge's own date, so that a day of 23 or 25
hours (a daylight-saving change) is counted as the day it is.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from leadhub.analytics.errors import invalid
from leadhub.local_days import CalendarUnit, period_start

MAX_DAYS = 3660  # ten years
# The days a period may cover: a date past them is a typo, and at the calendar's
# ends, its local midnight falls outside what a datetime holds.
EARLIEST = date(1900, 1, 1)
LATEST = date(2199, 12, 31)
MAX_BUCKETS = 1000  # some two years and nine months of days


class Bucket(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    NONE = "none"  # the period as a whole

    @property
    def unit(self) -> CalendarUnit | None:
        return None if self is Bucket.NONE else CalendarUnit(self.value)


@dataclass(frozen=True)
class Span:
    """Local days, first to last, both included."""

    first_day: date
    last_day: date


@dataclass(frozen=True)
class Window:
    """A period of a time zone, cut into buckets."""

    first_day: date
    last_day: date
    zone: ZoneInfo
    bucket: Bucket = Bucket.NONE

    @classmethod
    def checked(
        cls, first_day: date, last_day: date, zone: ZoneInfo, bucket: Bucket = Bucket.NONE
    ) -> "Window":
        check_days(first_day, last_day, "period.firstDay", "period.lastDay")
        window = cls(first_day, last_day, zone, bucket)
        if sum(1 for _ in window.buckets()) > MAX_BUCKETS:
            raise invalid(
                f"A series has {MAX_BUCKETS} points at most: take a longer bucket.", "bucket"
            )
        return window

    @property
    def start(self) -> datetime:
        """The instant the period starts: its first day's local midnight."""
        return _midnight(self.first_day, self.zone)

    @property
    def end(self) -> datetime:
        """The instant after the period: the local midnight after its last day."""
        return _midnight(self.last_day + timedelta(days=1), self.zone)

    @property
    def zone_name(self) -> str:
        return self.zone.key

    def buckets(self) -> Iterator[Span]:
        """The buckets, each clipped to the period; one for the whole of it for NONE."""
        unit = self.bucket.unit
        if unit is None:
            yield Span(self.first_day, self.last_day)
            return
        start = period_start(self.first_day, unit)
        while start <= self.last_day:
            following = _next_start(start, unit)
            yield Span(
                max(start, self.first_day), min(following - timedelta(days=1), self.last_day)
            )
            start = following

    def bucket_key(self, day: date) -> date:
        """The first day of the (clipped) bucket ``day`` falls in."""
        unit = self.bucket.unit
        return self.first_day if unit is None else max(period_start(day, unit), self.first_day)


def check_days(first_day: date, last_day: date, first_field: str, last_field: str) -> None:
    """Refuse a period that ends before it starts, is too long, or lies out of range."""
    if not EARLIEST <= first_day <= LATEST:
        raise invalid(f"Give a day from {EARLIEST} to {LATEST}.", first_field)
    if not EARLIEST <= last_day <= LATEST:
        raise invalid(f"Give a day from {EARLIEST} to {LATEST}.", last_field)
    if last_day < first_day:
        raise invalid("The period ends before it starts.", last_field)
    if (last_day - first_day).days + 1 > MAX_DAYS:
        raise invalid(f"A period spans {MAX_DAYS} days at most.", last_field)


def _midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(), tzinfo=zone).astimezone(UTC)


def _next_start(start: date, unit: CalendarUnit) -> date:
    if unit is CalendarUnit.DAY:
        return start + timedelta(days=1)
    if unit is CalendarUnit.WEEK:
        return start + timedelta(days=7)
    return (start.replace(day=28) + timedelta(days=4)).replace(day=1)
