"""How a team's rotation counts a member new to it: level with its least served
active member, in turns, or in turns for their weight in a weighted round robin."""

import uuid
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from leadhub.routing.availability import Away
from leadhub.routing.candidates import Candidate
from leadhub.routing.models import Strategy
from leadhub.routing.strategies import Rotation, Turn, choose

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def member(weight: int = 1, *, active: bool = True) -> Candidate:
    return Candidate(
        user_id=uuid.uuid4(),
        active=active,
        weight=weight,
        capacity=None,
        away=Away(None, None),
        hours=None,
        zone=ZoneInfo("Europe/Oslo"),
    )


def test_a_newcomer_starts_level_with_the_least_served_active_member() -> None:
    heavy, light, resting, newcomer = member(2), member(1), member(active=False), member(3)
    rotation = Rotation(
        [heavy, light, resting, newcomer],
        {heavy.user_id: Turn(10, NOW), light.user_id: Turn(7, NOW), resting.user_id: Turn(0, NOW)},
    )
    # an inactive member's count sets no level; plain turns for round robin
    assert rotation.turn_of(newcomer, Strategy.ROUND_ROBIN).turns == 7
    # for their weight in a weighted one: 10 for 2 is 5 a weight, so 15 for 3
    assert rotation.turn_of(newcomer, Strategy.WEIGHTED_ROUND_ROBIN).turns == 15


def test_a_newcomer_takes_one_lead_then_waits_their_turn() -> None:
    first, second, newcomer = member(), member(), member()
    rotation = Rotation(
        [first, second, newcomer], {first.user_id: Turn(4, NOW), second.user_id: Turn(4, NOW)}
    )
    given = []
    for _ in range(6):
        chosen = choose(Strategy.ROUND_ROBIN, [first, second, newcomer], rotation, {})
        rotation.take(chosen, Strategy.ROUND_ROBIN, NOW)
        given.append(chosen)
    assert given[0] is newcomer  # never had a turn: the longest waiting
    assert [given.count(each) for each in (first, second, newcomer)] == [2, 2, 2]
