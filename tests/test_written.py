"""Amounts and moments as people write them, in Norwegian and English habits."""

from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from leadhub.written import UnreadableValue, amount, day, moment

OSLO = ZoneInfo("Europe/Oslo")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12500", "12500"),
        ("12 500", "12500"),
        ("12\u00a0500,50", "12500.50"),
        ("kr 12.500,-", "12500"),
        ("12.500,75 NOK", "12500.75"),
        ("12,500.50", "12500.50"),
        ("$1,200", "1200"),
        ("12,5", "12.5"),
        ("12.5", "12.5"),
        ("0,500", "0.500"),
        ("1.234.567", "1234567"),
        ("€ 99", "99"),
    ],
)
def test_amounts_are_read_as_written(text: str, value: str) -> None:
    assert amount(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "abc", "12 kroner og 50 øre", "1,2,3.4.5", "NaN", "Infinity"])
def test_what_is_no_amount_is_refused(text: str) -> None:
    with pytest.raises(UnreadableValue):
        amount(text)


@pytest.mark.parametrize(
    ("text", "utc"),
    [
        ("2024-03-05", datetime(2024, 3, 4, 23, 0, tzinfo=UTC)),  # winter: UTC+1
        ("05.03.2024", datetime(2024, 3, 4, 23, 0, tzinfo=UTC)),
        ("5/3/2024 14:30", datetime(2024, 3, 5, 13, 30, tzinfo=UTC)),
        ("2024-07-01T09:00", datetime(2024, 7, 1, 7, 0, tzinfo=UTC)),  # summer: UTC+2
        ("01.07.2024 09.00", datetime(2024, 7, 1, 7, 0, tzinfo=UTC)),
        ("2024-07-01T09:00:00+00:00", datetime(2024, 7, 1, 9, 0, tzinfo=UTC)),
        ("2024-03-31 02:30", datetime(2024, 3, 31, 1, 30, tzinfo=UTC)),  # the hour that never was
    ],
)
def test_moments_are_read_in_the_tenants_time_zone(text: str, utc: datetime) -> None:
    assert moment(text, OSLO) == utc


@pytest.mark.parametrize("text", ["31.02.2024", "2024-13-01", "yesterday", "05.03.24", "12:00"])
def test_what_is_no_date_is_refused(text: str) -> None:
    with pytest.raises(UnreadableValue):
        moment(text, OSLO)


def test_a_day_is_the_day_written_whatever_the_time_zone() -> None:
    assert day("05.03.2024") == day("2024-03-05") == day("2024-03-05T23:30") == date(2024, 3, 5)
