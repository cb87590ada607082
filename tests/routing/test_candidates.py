"""Who of a team can take a lead at a moment, and why the others cannot."""

import uuid
from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from leadhub.routing.availability import Away, Shift, Weekday, WorkingHours
from leadhub.routing.candidates import Candidate, Skipped, sorted_out

OSLO = ZoneInfo("Europe/Oslo")
OFFICE = WorkingHours(tuple(Shift(day, 8 * 60, 16 * 60) for day in list(Weekday)[:5]))
# Monday 30 March 2026, 06:30 UTC: 08:30 in Oslo (summer time), 02:30 in New York
MONDAY_MORNING = datetime(2026, 3, 30, 6, 30, tzinfo=UTC)


def member(**part: object) -> Candidate:
    fields: dict[str, object] = {"user_id": uuid.uuid4(), "active": True, "weight": 1}
    fields.update(capacity=None, open_leads=0, away=Away(None, None), hours=OFFICE, zone=OSLO)
    fields.update(part)
    return Candidate(**fields)  # type: ignore[arg-type]


def test_each_member_who_cannot_take_a_lead_says_why() -> None:
    ready = member()
    inactive = member(active=False)
    away = member(away=Away(datetime(2026, 3, 27, tzinfo=UTC), datetime(2026, 4, 6, tzinfo=UTC)))
    in_new_york = member(zone=ZoneInfo("America/New_York"))
    full = member(capacity=3, open_leads=3)
    room_left = member(capacity=3, open_leads=2)
    everyone = (ready, inactive, away, in_new_york, full, room_left)
    found = sorted_out(everyone, MONDAY_MORNING, within_hours=True)
    assert found.available == (ready, room_left)
    assert found.skipped == {
        inactive.user_id: Skipped.INACTIVE,
        away.user_id: Skipped.AWAY,
        in_new_york.user_id: Skipped.OFF_HOURS,
        full.user_id: Skipped.FULL,
    }


def test_working_hours_count_only_when_the_rule_asks() -> None:
    in_new_york = member(zone=ZoneInfo("America/New_York"))
    assert sorted_out([in_new_york], MONDAY_MORNING, within_hours=False).available == (in_new_york,)


def test_the_first_reason_is_the_one_given() -> None:
    # inactive, away, off hours and full all at once
    everything = member(
        active=False,
        away=Away(None, datetime(2027, 1, 1, tzinfo=UTC)),
        zone=ZoneInfo("America/New_York"),
        capacity=0,
    )
    assert everything.skipped(MONDAY_MORNING, within_hours=True) is Skipped.INACTIVE
    away_too = replace(everything, active=True)
    assert away_too.skipped(MONDAY_MORNING, within_hours=True) is Skipped.AWAY
    in_new_york = member(capacity=0, zone=ZoneInfo("America/New_York"))  # 02:30 there
    assert in_new_york.skipped(MONDAY_MORNING, within_hours=True) is Skipped.OFF_HOURS
    in_tokyo = member(capacity=0, zone=ZoneInfo("Asia/Tokyo"))  # 15:30 there: in hours
    assert in_tokyo.skipped(MONDAY_MORNING, within_hours=True) is Skipped.FULL


def test_a_member_without_hours_takes_leads_at_any_hour() -> None:
    night_owl = member(hours=None)
    sunday_night = datetime(2026, 3, 29, 23, 0, tzinfo=UTC)
    assert night_owl.skipped(sunday_night, within_hours=True) is None
    assert member().skipped(sunday_night, within_hours=True) is Skipped.OFF_HOURS
