"""Who of a team can take a lead at a moment, and why the others cannot."""

import uuid
from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from leadhub.routing.availability import Away, Shift, Weekday, WorkingHours
from leadhub.routing.candidates import Candidate, Skipped

OSLO = ZoneInfo("Europe/Oslo")
OFFICE = WorkingHours(tuple(Shift(day, 8 * 60, 16 * 60) for day in list(Weekday)[:5]))
# Monday 30 March 2026, 06:30 UTC: 08:30 in Oslo (summer time), 02:30 in New York
MONDAY_MORNING = datetime(2026, 3, 30, 6, 30, tzinfo=UTC)


def member(**part: object) -> Candidate:
    fields: dict[str, object] = {"user_id": uuid.uuid4(), "active": True, "weight": 1}
    fields.update(capacity=None, away=Away(None, None), hours=OFFICE, zone=OSLO)
    fields.update(part)
    return Candidate(**fields)  # type: ignore[arg-type]


def test_each_member_who_cannot_take_a_lead_says_why() -> None:
    away = member(away=Away(datetime(2026, 3, 27, tzinfo=UTC), datetime(2026, 4, 6, tzinfo=UTC)))
    reasons = {
        member(): None,
        member(active=False): Skipped.INACTIVE,
        away: Skipped.AWAY,
        member(zone=ZoneInfo("America/New_York")): Skipped.OFF_HOURS,
    }
    for candidate, reason in reasons.items():
        assert candidate.unavailable(MONDAY_MORNING, within_hours=True) is reason


def test_a_member_is_full_at_their_capacity_and_never_without_one() -> None:
    assert member(capacity=3).full(3)
    assert not member(capacity=3).full(2)
    assert member(capacity=0).full(0)
    assert not member().full(100_000)


def test_working_hours_count_only_when_the_rule_asks() -> None:
    in_new_york = member(zone=ZoneInfo("America/New_York"))
    assert in_new_york.unavailable(MONDAY_MORNING, within_hours=False) is None


def test_the_first_reason_is_the_one_given() -> None:
    # inactive, away and off hours all at once
    everything = member(
        active=False,
        away=Away(None, datetime(2027, 1, 1, tzinfo=UTC)),
        zone=ZoneInfo("America/New_York"),
    )
    assert everything.unavailable(MONDAY_MORNING, within_hours=True) is Skipped.INACTIVE
    away_too = replace(everything, active=True)
    assert away_too.unavailable(MONDAY_MORNING, within_hours=True) is Skipped.AWAY
    in_tokyo = member(zone=ZoneInfo("Asia/Tokyo"))  # 15:30 there: in hours
    assert in_tokyo.unavailable(MONDAY_MORNING, within_hours=True) is None


def test_a_member_without_hours_takes_leads_at_any_hour() -> None:
    night_owl = member(hours=None)
    sunday_night = datetime(2026, 3, 29, 23, 0, tzinfo=UTC)
    assert night_owl.unavailable(sunday_night, within_hours=True) is None
    assert member().unavailable(sunday_night, within_hours=True) is Skipped.OFF_HOURS
