"""Phone numbers as people type them, read for search."""

import pytest

from leadhub.contact import phone_digits, whole_phone


@pytest.mark.parametrize(
    ("typed", "region", "expected"),
    [
        ("412 34 567", "NO", "4741234567"),
        ("41234567", "NO", "4741234567"),
        ("+47 412 34 567", None, "4741234567"),
        ("(+47) 92 67 88 28", None, "4792678828"),
        ("0047 92678828", None, "4792678828"),
        ("0047 92678828", "SE", "4792678828"),
        ("070-123 45 67", "SE", "46701234567"),
        # not a whole number in the region: its digits, less the international prefix
        ("070-123 45 67", "NO", "0701234567"),
        ("412 34 567", None, "41234567"),
        ("926 788", "NO", "926788"),
        ("00 47 412", "NO", "47412"),
        ("+47", "NO", "47"),
    ],
)
def test_a_typed_number_gives_the_digits_of_its_e164(
    typed: str, region: str | None, expected: str
) -> None:
    assert phone_digits(typed, region) == expected


@pytest.mark.parametrize(
    "typed", ["Ødegård", "412 34 567 ext. 2", "+", "  ", "4l2 34 567", "47+", "00", "(+00)"]
)
def test_text_that_is_not_typed_as_a_number_gives_none(typed: str) -> None:
    assert phone_digits(typed, "NO") is None


@pytest.mark.parametrize(
    ("typed", "region", "expected"),
    [
        ("412 34 567", "NO", "+4741234567"),
        ("(+47) 92 67 88 28", None, "+4792678828"),
        ("0047 92678828", "SE", "+4792678828"),
        # a part of a number, one not whole in the region, or no number at all
        ("926 788", "NO", None),
        ("070-123 45 67", "NO", None),
        ("412 34 567", None, None),
        ("Ødegård", "NO", None),
    ],
)
def test_a_whole_number_is_read_as_e164(typed: str, region: str | None, expected: str) -> None:
    assert whole_phone(typed, region) == expected
