"""Values as people write them in lists and spreadsheets, read: amounts and
moments, in Norwegian and English habits."""

import re
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo


class UnreadableValue(ValueError):
    """A value that is not what its column says; the message is for people."""


# Currency signs and codes an amount may carry, before or after it.
_CURRENCY = re.compile(
    r"^(kr\.?|nok|sek|dkk|eur|usd|gbp|[$€£])\s*|\s*(,-|kr\.?|nok|sek|dkk|eur|usd|gbp|[$€£])$"
)
_GROUPING = re.compile(r"[\s\u00a0\u202f']")


def amount(text: str) -> Decimal:
    """An amount as written: "12 500", "12 500,50", "kr 12.500,-", "12,500.50", "$1,200".

    A lone comma or point followed by three digits groups thousands ("12.500" is
    twelve thousand five hundred); else it separates decimals ("12,5")."""
    cleaned = _GROUPING.sub("", _CURRENCY.sub("", text.strip().casefold()))
    last_comma, last_point = cleaned.rfind(","), cleaned.rfind(".")
    if last_comma >= 0 and last_point >= 0:
        decimal_mark = "," if last_comma > last_point else "."
        grouping = "." if decimal_mark == "," else ","
        cleaned = cleaned.replace(grouping, "").replace(decimal_mark, ".")
    elif last_comma >= 0 or last_point >= 0:
        mark = "," if last_comma >= 0 else "."
        whole, _, decimals = cleaned.rpartition(mark)
        groups_thousands = len(decimals) == 3 and (cleaned.count(mark) > 1 or whole != "0")
        cleaned = (
            cleaned.replace(mark, "")
            if groups_thousands
            else f"{whole.replace(mark, '')}.{decimals}"
        )
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise UnreadableValue(f"{text!r} is not an amount.") from None
    if not value.is_finite():
        raise UnreadableValue(f"{text!r} is not an amount.")
    return value


def number_text(value: float | Decimal) -> str:
    """A number written so that ``amount`` reads it back the same: a point before
    exactly three decimals reads as thousands (12.500), so those get a fourth, 0."""
    text = str(value)
    _, point, decimals = text.partition(".")
    if point and len(decimals) == 3 and decimals.isdigit():
        return f"{text}0"
    return text


_DAY_FIRST = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})")
_TIME = re.compile(r"(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?")


def moment(text: str, zone: ZoneInfo) -> datetime:
    """When something happened, as written: ISO 8601 ("2024-03-05", "2024-03-05T14:30",
    with or without an offset), or day first as in Norway ("05.03.2024", "5/3/2024
    14:30"). A time without an offset, or a date alone, is read in ``zone``; a time
    the clocks skipped (a spring night's) as the offset before it."""
    written = text.strip()
    try:
        parsed = datetime.fromisoformat(written)
    except ValueError:
        parsed = _day_first(written)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=zone)
    try:
        # In UTC: a time in a zone's gap or fold compares unequal to every other zone's.
        return parsed.astimezone(UTC)
    except OverflowError:  # the first or last day there is, moved past it
        raise UnreadableValue(f"{text!r} is not a date we can store.") from None


def day(text: str) -> date:
    """A day as written, as ``moment`` reads it but for the time, which is left out
    (a date in a spreadsheet is often one at midnight)."""
    written = text.strip()
    try:
        return datetime.fromisoformat(written).date()
    except ValueError:
        return _day_first(written).date()


def _day_first(text: str) -> datetime:
    day_part, _, time_part = text.partition(" ")
    found = _DAY_FIRST.fullmatch(day_part)
    clock = _TIME.fullmatch(time_part.strip()) if time_part.strip() else None
    if found is None or (time_part.strip() and clock is None):
        raise UnreadableValue(f"{text!r} is not a date: write it as 2024-03-05 or 05.03.2024.")
    day, month, year = (int(part) for part in found.groups())
    hour, minute, second = (int(part or 0) for part in clock.groups()) if clock else (0, 0, 0)
    try:
        return datetime.combine(date(year, month, day), time(hour, minute, second))
    except ValueError:
        raise UnreadableValue(f"{text!r} is not a date.") from None
