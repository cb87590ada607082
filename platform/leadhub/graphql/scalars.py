"""Scalars the API reads more strictly than strawberry's own.

A date and time without an offset names no instant (the database compares
instants), and one that is an instant only past year 9999 in UTC cannot be
stored: both are refused as the client's mistake, not met as a bug.
"""

from datetime import UTC, datetime

import strawberry
from strawberry.exceptions import StrawberryInputCoercionError


def _instant(value: object) -> datetime:
    if not isinstance(value, str):
        raise StrawberryInputCoercionError("A DateTime is an ISO 8601 string.")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise StrawberryInputCoercionError(
            f"Not an ISO 8601 date and time: {value[:40]!r}."
        ) from None
    if parsed.tzinfo is None:
        raise StrawberryInputCoercionError(
            "Give a DateTime with its offset, such as 2026-03-01T08:00:00+01:00 or "
            "2026-03-01T07:00:00Z."
        )
    try:
        return parsed.astimezone(UTC)
    except OverflowError:
        raise StrawberryInputCoercionError("A DateTime is from year 1 to 9999 in UTC.") from None


AWARE_DATE_TIME = strawberry.scalar(
    name="DateTime",
    description="An instant: an ISO 8601 date and time with its UTC offset.",
    serialize=datetime.isoformat,
    parse_value=_instant,
)
