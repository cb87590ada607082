"""What people log on a lead by hand: notes, calls, emails and meetings."""

import uuid
from datetime import datetime, timedelta
from enum import StrEnum

from leadhub.activity.errors import ActivityError, ActivityErrorCode
from leadhub.activity.service import Activity, ActivityKind, record
from leadhub.db import utcnow
from leadhub.errors import Problems
from leadhub.leads import lifecycle, scoring
from leadhub.principal import InTenant
from leadhub.text import multi_line
from leadhub.work import UnitOfWork

# What people log by hand; the rest the system records as it happens.
LOGGED_BY_PEOPLE = frozenset(
    {ActivityKind.NOTE, ActivityKind.CALL, ActivityKind.EMAIL, ActivityKind.MEETING}
)
MAX_BODY_LENGTH = 10_000
MAX_CALL_SECONDS = 24 * 60 * 60
# Clocks differ a little; a logged activity cannot be further in the future.
CLOCK_SKEW = timedelta(minutes=5)


class CallOutcome(StrEnum):
    CONNECTED = "connected"
    NO_ANSWER = "no_answer"
    VOICEMAIL = "voicemail"
    BUSY = "busy"
    WRONG_NUMBER = "wrong_number"


def _invalid(message: str, field: str) -> ActivityError:
    return ActivityError(ActivityErrorCode.INVALID, message, field)


def _call_details(
    kind: ActivityKind, outcome: CallOutcome | None, duration_seconds: int | None
) -> dict[str, str | int]:
    """How a call went and how long it took, as far as told; only calls tell it."""
    details: dict[str, str | int] = {}
    if outcome is not None:
        details["outcome"] = outcome.value
    if duration_seconds is not None:
        if not 0 <= duration_seconds <= MAX_CALL_SECONDS:
            raise _invalid("A call lasts from 0 seconds to a day.", "durationSeconds")
        details["durationSeconds"] = duration_seconds
    if details and kind is not ActivityKind.CALL:
        field = "outcome" if outcome is not None else "durationSeconds"
        raise _invalid("Only a call has an outcome and a duration.", field)
    return details


async def log(
    work: UnitOfWork[InTenant],
    *,
    lead_id: uuid.UUID,
    kind: ActivityKind,
    body: str,
    occurred_at: datetime | None = None,
    outcome: CallOutcome | None = None,
    duration_seconds: int | None = None,
) -> Activity:
    """A note, call, email or meeting a person logs on a lead; a call may say how
    it went and how long it took."""
    problems = Problems()
    if kind not in LOGGED_BY_PEOPLE:
        problems.add(_invalid("Log a note, call, email or meeting.", "kind"))
    with problems:
        call = _call_details(kind, outcome, duration_seconds)
    text = multi_line(body, MAX_BODY_LENGTH)
    if text is None:
        problems.add(_invalid(f"Write 1 to {MAX_BODY_LENGTH} characters.", "body"))
    now = utcnow()
    if occurred_at is not None and occurred_at.utcoffset() is None:
        # The API's DateTime has its offset; a caller in Python may still forget it.
        problems.add(
            _invalid("Give the time with its offset, such as 2026-11-27T09:30:00Z.", "occurredAt")
        )
    elif occurred_at is not None and occurred_at > now + CLOCK_SKEW:
        problems.add(_invalid("It cannot have happened in the future.", "occurredAt"))
    lead = await lifecycle.find_lead(work, lead_id)
    if lead is None:
        problems.add(ActivityError(ActivityErrorCode.NOT_FOUND, "No such lead.", "leadId"))
    problems.raise_if_any()
    assert lead is not None and text is not None  # else a problem was raised
    activity = record(work, lead_id=lead_id, kind=kind, payload={"body": text, **call})
    activity.occurred_at = occurred_at or now
    await work.session.flush()
    await scoring.rescore(work, [lead])  # engagement rules may count it
    return activity
