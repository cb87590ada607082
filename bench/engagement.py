"""A grown tenant's engagement rules, and its leads' scores as the last daily sweep
left them.

Scores are stored as scoring computes them (leads.scoring: each activity's
points halve every half-life, counted while younger than ten half-lives of the
longest-remembered rule, rounded to whole points), as of a day before the
benchmark: so the next sweep rewrites the leads that a day's decay moves by a
whole point, as a real day's sweep does, and no others.
"""

import json
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import asyncpg

from leadhub.activity.service import ActivityKind
from leadhub.db import new_id
from leadhub.leads.models import ScoringRuleKind
from leadhub.leads.scoring import FORGOTTEN_AFTER_HALF_LIVES, whole_points

SCORED_AS_OF = timedelta(days=1)  # before now: when the last daily sweep ran


@dataclass(frozen=True)
class EngagementRule:
    id: uuid.UUID
    name: str
    activity_kind: ActivityKind
    points: int
    half_life_days: int


# By name, the order scoring reads them in.
RULES = (
    ("Calls", ActivityKind.CALL, 8, 14),
    ("Emails", ActivityKind.EMAIL, 5, 14),
    ("Meetings", ActivityKind.MEETING, 20, 30),
    ("Web visits", ActivityKind.WEB_VISIT, 2, 7),
)

Occurrence = tuple[ActivityKind, datetime]


async def copy_rules(
    admin: asyncpg.Connection, tenant_id: uuid.UUID, now: datetime
) -> tuple[EngagementRule, ...]:
    """The tenant's engagement rules, written by the administrator: through the
    service, a rule queues a rescoring job, and the seeding process has no broker."""
    rules = tuple(EngagementRule(new_id(), *rule) for rule in RULES)
    await admin.copy_records_to_table(
        "scoring_rules",
        records=[
            (
                tenant_id,
                rule.id,
                rule.name,
                ScoringRuleKind.ENGAGEMENT.value,
                rule.points,
                "[]",
                rule.activity_kind.value,
                rule.half_life_days,
                now,
            )
            for rule in rules
        ],
        columns=(
            "tenant_id",
            "id",
            "name",
            "kind",
            "points",
            "values",
            "activity_kind",
            "half_life_days",
            "created_at",
        ),
    )
    return rules


def score(
    rules: Sequence[EngagementRule], occurrences: Sequence[Occurrence], now: datetime
) -> tuple[int, str]:
    """The score, and its breakdown as JSON, of a lead with these activities, as of
    the last sweep before ``now``."""
    as_of = now - SCORED_AS_OF
    since = as_of - timedelta(
        days=max(rule.half_life_days for rule in rules) * FORGOTTEN_AFTER_HALF_LIVES
    )
    times: defaultdict[ActivityKind, list[datetime]] = defaultdict(list)
    for kind, occurred_at in occurrences:
        if occurred_at >= since:
            times[kind].append(occurred_at)
    total, breakdown = 0, []
    for rule in rules:
        half_life = timedelta(days=rule.half_life_days)
        points = whole_points(
            sum(
                rule.points * 0.5 ** (max(as_of - at, timedelta()) / half_life)
                for at in times[rule.activity_kind]
            )
        )
        if points:
            total += points
            breakdown.append({"ruleId": str(rule.id), "rule": rule.name, "points": points})
    return total, json.dumps(breakdown)
