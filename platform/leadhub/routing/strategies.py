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
    team: "Rotation",
    loads: Mapping[uuid.UUID, int],
) -> Candidate:
    """The member of ``available`` (not empty) the strategy gives the lead to."""

    def turns_of(candidate: Candidate) -> int:
        return team.turn_of(candidate, strategy).turns

    def last_of(candidate: Candidate) -> datetime:
        return team.turn_of(candidate, strategy).last_at or _NEVER

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


@dataclass
class Rotation:
    """A team's members and their turns, as routing hands the team's leads out."""

    members: list[Candidate]
    turns: dict[uuid.UUID, Turn]

    def turn_of(self, member: Candidate, strategy: Strategy) -> Turn:
        """The member's turns; a newcomer's level start, not yet taken."""
        return self.turns.get(member.user_id) or Turn(self._start(member, strategy), None)

    def take(self, member: Candidate, strategy: Strategy, now: datetime) -> None:
        """Count a turn of the member's."""
        turn = self.turns.setdefault(member.user_id, self.turn_of(member, strategy))
        turn.turns += 1
        turn.last_at = now

    def _start(self, newcomer: Candidate, strategy: Strategy) -> int:
        """Level with the least served active member: in turns, or in turns for
        their weight in a weighted round robin."""
        served = [m for m in self.members if m.active and m.user_id in self.turns]
        if not served:
            return 0
        if strategy is Strategy.WEIGHTED_ROUND_ROBIN:
            share = min(Fraction(self.turns[m.user_id].turns, m.weight) for m in served)
            return round(share * newcomer.weight)
        return min(self.turns[m.user_id].turns for m in served)
