"""Working hours read in a member's own time zone, and time away."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from leadhub.routing.availability import (
    MAX_SHIFTS,
    Away,
    Shift,
    Weekday,
    WorkingHours,
    clock_minutes,
)
from leadhub.routing.errors import RoutingError

OSLO = ZoneInfo("Europe/Oslo")
NEW_YORK = ZoneInfo("America/New_York")


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


@pytest.mark.parametrize(("clock", "minutes"), [("00:00", 0), ("08:30", 510), ("24:00", 1440)])
def test_a_clock_reads_as_minutes_after_midnight(clock: str, minutes: int) -> None:
    assert clock_minutes(clock, "starts") == minutes


@pytest.mark.parametrize(
    "clock",
    ["8:00", "24:01", "25:00", "12:60", "", "12:00:00", "\u0660\u0668:\u0660\u0660", "0\u0668:00"],
)
def test_a_clock_that_is_no_time_of_day_is_refused(clock: str) -> None:
    with pytest.raises(RoutingError) as refused:
        clock_minutes(clock, "starts")
    assert refused.value.field == "starts"


def test_an_office_day_in_oslo_keeps_its_local_hours_when_the_clocks_change() -> None:
    hours = WorkingHours((Shift(Weekday.MONDAY, 8 * 60, 16 * 60),))
    # winter (UTC+1): 08:30 local is 07:30 UTC
    assert hours.covers(utc(2026, 3, 23, 7, 30), OSLO)
    assert not hours.covers(utc(2026, 3, 23, 6, 30), OSLO)
    # summer (UTC+2), the Monday after the change: 08:30 local is 06:30 UTC
    assert hours.covers(utc(2026, 3, 30, 6, 30), OSLO)
    assert not hours.covers(utc(2026, 3, 30, 14, 30), OSLO)  # 16:30 local
    # a Tuesday at the same hour is not a Monday
    assert not hours.covers(utc(2026, 3, 31, 7, 30), OSLO)


def test_the_night_the_clocks_go_forward_skips_the_lost_hour() -> None:
    # 29 March 2026: at 02:00 Oslo time the clocks go to 03:00
    hours = WorkingHours((Shift(Weekday.SUNDAY, 2 * 60, 4 * 60),))
    assert not hours.covers(utc(2026, 3, 29, 0, 59), OSLO)  # 01:59 local
    assert hours.covers(utc(2026, 3, 29, 1, 0), OSLO)  # 03:00 local
    assert not hours.covers(utc(2026, 3, 29, 2, 0), OSLO)  # 04:00 local


def test_hours_are_read_in_the_members_own_time_zone() -> None:
    hours = WorkingHours((Shift(Weekday.MONDAY, 9 * 60, 17 * 60),))
    monday_afternoon_in_oslo = utc(2026, 1, 5, 14, 30)  # 15:30 in Oslo, 09:30 in New York
    assert hours.covers(monday_afternoon_in_oslo, NEW_YORK)
    assert hours.covers(monday_afternoon_in_oslo, OSLO)
    assert not hours.covers(utc(2026, 1, 5, 13, 30), NEW_YORK)


def test_a_shift_ends_after_it_starts_and_shifts_of_a_day_do_not_overlap() -> None:
    with pytest.raises(RoutingError):
        Shift(Weekday.MONDAY, 16 * 60, 8 * 60)
    with pytest.raises(RoutingError):
        Shift(Weekday.MONDAY, 8 * 60, 8 * 60)
    with pytest.raises(RoutingError) as overlapping:
        WorkingHours(
            (Shift(Weekday.FRIDAY, 8 * 60, 12 * 60), Shift(Weekday.FRIDAY, 11 * 60, 15 * 60))
        )
    assert "Friday" in overlapping.value.message
    # back to back, or on other days, they may
    WorkingHours((Shift(Weekday.FRIDAY, 8 * 60, 12 * 60), Shift(Weekday.FRIDAY, 12 * 60, 15 * 60)))
    WorkingHours((Shift(Weekday.FRIDAY, 8 * 60, 12 * 60), Shift(Weekday.MONDAY, 8 * 60, 12 * 60)))


def test_a_week_without_shifts_is_refused_for_any_hour_is_null() -> None:
    with pytest.raises(RoutingError) as refused:
        WorkingHours(())
    assert refused.value.field == "workingHours"


def test_a_week_has_at_most_so_many_shifts() -> None:
    four_a_day = tuple(
        Shift(day, start, start + 60) for day in Weekday for start in (0, 120, 240, 360)
    )
    assert len(WorkingHours(four_a_day).shifts) == MAX_SHIFTS
    with pytest.raises(RoutingError):
        WorkingHours((*four_a_day, Shift(Weekday.MONDAY, 600, 660)))


def test_working_hours_are_stored_and_read_back_alike() -> None:
    hours = WorkingHours((Shift(Weekday.TUESDAY, 480, 720), Shift(Weekday.MONDAY, 780, 1440)))
    assert WorkingHours.from_json(hours.to_json()) == hours
    assert hours.to_json()[0] == {"weekday": 0, "starts": 780, "ends": 1440}


def test_away_covers_from_its_start_until_its_end() -> None:
    away = Away(utc(2026, 7, 1, 6, 0), utc(2026, 7, 20, 6, 0))
    assert not away.covers(utc(2026, 7, 1, 5, 59))
    assert away.covers(utc(2026, 7, 1, 6, 0))
    assert not away.covers(utc(2026, 7, 20, 6, 0))
    assert Away(None, utc(2026, 7, 20)).covers(utc(2020, 1, 1))
    assert Away(utc(2026, 7, 1), None).covers(utc(2030, 1, 1))
    assert not Away(None, None).covers(utc(2026, 7, 1))
    with pytest.raises(RoutingError) as refused:
        Away(utc(2026, 7, 20), utc(2026, 7, 1))
    assert refused.value.field == "awayUntil"
