"""Why routing gave a lead to whom it did: kept with every decision, shown on the
lead, and answered without assigning by a dry run or a preview.

An explanation holds the rule that matched (none when the fallback applied) with
each of its conditions' results, how many rules before it did not match, and
each target tried in turn: the rule's, then its overflow when nobody there could
take the lead (nobody in the last: the lead waits in that team's queue, or the
tenant's). For each: the strategy, the member of
the company's other leads when the rule is sticky, who was skipped and why, how
many could take the lead, and who did. A lead nobody answered in time goes first
to the team's managers, when its rule escalates.
"""

import uuid
from dataclasses import dataclass
from typing import Any

from leadhub.leads.conditions import Condition
from leadhub.routing.candidates import Skipped
from leadhub.routing.models import Match, Strategy, Target, TargetKind


@dataclass(frozen=True)
class ConditionResult:
    condition: Condition
    holds: bool


@dataclass(frozen=True)
class Step:
    """One target tried."""

    target: Target
    strategy: Strategy | None  # for a team
    skipped: tuple[tuple[uuid.UUID, Skipped], ...] = ()
    available: int = 0
    chosen: uuid.UUID | None = None
    sticky_owner: uuid.UUID | None = None  # the company's owner a sticky rule looked for
    gone: bool = False  # the target's team or member is no longer in the tenant
    escalated: bool = False  # to the team's managers, as nobody answered in time


@dataclass(frozen=True)
class Explanation:
    rule_id: uuid.UUID | None
    rule_name: str | None
    match: Match | None
    conditions: tuple[ConditionResult, ...]
    rules_passed: int
    steps: tuple[Step, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "ruleId": _text(self.rule_id),
            "rule": self.rule_name,
            "match": self.match.value if self.match else None,
            "conditions": [_result_json(result) for result in self.conditions],
            "rulesPassed": self.rules_passed,
            "steps": [_step_json(step) for step in self.steps],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Explanation":
        return cls(
            rule_id=_id(data["ruleId"]),
            rule_name=data["rule"],
            match=Match(data["match"]) if data["match"] else None,
            conditions=tuple(_result_from_json(entry) for entry in data["conditions"]),
            rules_passed=data["rulesPassed"],
            steps=tuple(_step_from_json(entry) for entry in data["steps"]),
        )


def _result_json(result: ConditionResult) -> dict[str, Any]:
    return {**result.condition.to_json(), "holds": result.holds}


def _result_from_json(entry: dict[str, Any]) -> ConditionResult:
    return ConditionResult(Condition.from_json(entry), entry["holds"])


def _step_json(step: Step) -> dict[str, Any]:
    return {
        "target": step.target.kind.value,
        "teamId": _text(step.target.team_id),
        "userId": _text(step.target.user_id),
        "strategy": step.strategy.value if step.strategy else None,
        "skipped": {str(user_id): reason.value for user_id, reason in step.skipped},
        "available": step.available,
        "chosen": _text(step.chosen),
        "stickyOwner": _text(step.sticky_owner),
        "gone": step.gone,
        "escalated": step.escalated,
    }


def _step_from_json(entry: dict[str, Any]) -> Step:
    return Step(
        target=Target(TargetKind(entry["target"]), _id(entry["teamId"]), _id(entry["userId"])),
        strategy=Strategy(entry["strategy"]) if entry["strategy"] else None,
        skipped=tuple(
            (uuid.UUID(user_id), Skipped(reason)) for user_id, reason in entry["skipped"].items()
        ),
        available=entry["available"],
        chosen=_id(entry["chosen"]),
        sticky_owner=_id(entry["stickyOwner"]),
        gone=entry["gone"],
        escalated=entry["escalated"],
    )


def _text(value: object | None) -> str | None:
    return None if value is None else str(value)


def _id(text: str | None) -> uuid.UUID | None:
    return None if text is None else uuid.UUID(text)
