"""Tests of a lead's facts combined (leads.conditions): all of them, or any, asked
in order and only as far as the answer needs."""

from leadhub.leads.conditions import Facts, LeadField, Predicate, all_of, any_of

NORWEGIAN = Facts({LeadField.COUNTRY: "NO", LeadField.SCORE: 40}, {})


def _asked(answer: bool, log: list[str], name: str) -> Predicate:
    def test(_facts: Facts) -> bool:
        log.append(name)
        return answer

    return test


def test_all_of_holds_when_each_does_and_stops_at_the_first_that_does_not() -> None:
    log: list[str] = []
    holds = all_of([_asked(True, log, "land"), _asked(True, log, "score")])
    fails = all_of([_asked(True, log, "a"), _asked(False, log, "b"), _asked(True, log, "c")])
    assert holds(NORWEGIAN) is True
    assert fails(NORWEGIAN) is False
    assert log == ["land", "score", "a", "b"]


def test_any_of_holds_when_one_does_and_stops_at_the_first_that_does() -> None:
    log: list[str] = []
    holds = any_of([_asked(False, log, "a"), _asked(True, log, "b"), _asked(True, log, "c")])
    fails = any_of([_asked(False, log, "d"), _asked(False, log, "e")])
    assert holds(NORWEGIAN) is True
    assert fails(NORWEGIAN) is False
    assert log == ["a", "b", "d", "e"]


def test_of_no_tests_all_hold_and_none_does() -> None:
    assert all_of([])(NORWEGIAN) is True
    assert any_of([])(NORWEGIAN) is False
