"""How a rule chooses one of the members who can take a lead.

Round robin gives each in turn: the member with the fewest turns on the team,
the longest since their last at a tie. Weighted round robin counts a member's
turns against their weight, so a member of weight 2 has two turns to another's
one. Least loaded gives the member with the fewest open leads. A member new to a
team's rotation starts level with its least served member, not at zero turns,
so that they do not take every lead until they catch up.
"""

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from fractions import Fraction

from leadhub.routing.candidates import Candidate
from leadhub.routing.models import Strategy

_NEVER = datetime.min.replace(tzinfo=UTC)


@dataclass
class Turn:
    """A member's turns on a team's rotation so far."""

    turns: int
    last_at: datetime | None


def choose(
    strategy: Strategy,
    available: Sequence[Candidate],
    turns: Mapping[uuid.UUID, Turn],
    loads: Mapping[uuid.UUID, int],
) -> Candidate:
    """The member of ``available`` (not empty, each with their ``turns``) the
    strategy gives the lead to."""

    def turns_of(candidate: Candidate) -> int:
        return turns[candidate.user_id].turns

    def last_of(candidate: Candidate) -> datetime:
        return turns[candidate.user_id].last_at or _NEVER

    if strategy is Strategy.LEAST_LOADED:
        return min(
            available,
            key=lambda c: (loads[c.user_id], turns_of(c), last_of(c), c.user_id),
        )
    if strategy is Strategy.WEIGHTED_ROUND_ROBIN:
        return min(
            available,
            key=lambda c: (Fraction(turns_of(c) + 1, c.weight), last_of(c), c.user_id),
        )
    return min(available, key=lambda c: (turns_of(c), last_of(c), c.user_id))


def level(turns: Mapping[uuid.UUID, Turn], members: Sequence[Candidate]) -> dict[uuid.UUID, Turn]:
    """Every member's turns: their own, or a newcomer's level start."""
    shares = [
        turns[member.user_id].turns / member.weight
        for member in members
        if member.active and member.user_id in turns
    ]
    share = min(shares, default=0)
    return {
        member.user_id: turns.get(member.user_id) or Turn(round(share * member.weight), None)
        for member in members
    }
