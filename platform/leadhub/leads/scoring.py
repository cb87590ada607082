"""Scores: fit points plus decaying engagement points, stored with their breakdown.

A lead's score is computed from the tenant's rules (``scoring_rules.py``) and
stored together with the contribution of each rule, so ``scoreBreakdown``
explains exactly the number lists sort by. Services rescore a lead when it or
its activities change; a daily sweep rewrites the engaged leads whose points
have decayed by a whole point; a rule change rescores every lead in batches.
Reaching the tenant's threshold moves a suspect to MQL.
"""

import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select, true
from sqlalchemy.ext.asyncio import AsyncSession

from leadhub.activity import service as activity
from leadhub.activity.service import ActivityKind
from leadhub.db import utcnow
from leadhub.leads import conditions, lifecycle
from leadhub.leads.conditions import Condition, Facts, LeadField
from leadhub.leads.models import Lead, ScoringRule, ScoringRuleKind, Source
from leadhub.principal import InTenant
from leadhub.sweeps import BATCH_SIZE, Batch
from leadhub.tenants import service as tenants
from leadhub.work import UnitOfWork

# Past this many half-lives an activity is worth under a thousandth of its points.
FORGOTTEN_AFTER_HALF_LIVES = 10
# How near a rounding boundary the decay rescores a lead to be sure: far wider than
# what floating point and SQLite's times to the millisecond can make of its points.
_ROUNDING_MARGIN = 0.01

Breakdown = list[dict[str, Any]]


async def rescore(
    work: UnitOfWork[InTenant],
    leads: Sequence[Lead],
    now: datetime | None = None,
    *,
    locked: bool = False,
) -> int:
    """Compute and store the leads' scores, and move suspects past the threshold to
    MQL; how many scores changed. ``locked``: the work holds the leads locked and
    current already (``_locked``), or created them, which no other transaction sees."""
    session = work.session
    if not leads:
        return 0
    now = now or utcnow()
    if not locked:
        await _locked(session, [lead.id for lead in leads])
    scores = await _scores(work, leads, await _rules(session), now)
    threshold = (await tenants.current_tenant(work)).mql_score_threshold
    changed = 0
    for lead in leads:
        score, breakdown = scores[lead.id]
        if (lead.score, lead.score_breakdown) != (score, breakdown):
            lead.score, lead.score_breakdown = score, breakdown
            changed += 1
        if threshold is not None and score >= threshold:
            await lifecycle.qualify_by_score(work, lead, threshold)
    return changed


async def score_new(
    work: UnitOfWork[InTenant], rows: Sequence[dict[str, Any]], now: datetime | None = None
) -> None:
    """Score leads before they are inserted in bulk (an import's), given as the rows
    to insert: set each row's score and breakdown. Read as attributes, not as Lead
    objects, whose instrumentation cost more than the scoring. Once the rows are
    written, ``qualify_written`` qualifies them."""
    if not rows:
        return
    leads = [SimpleNamespace(**row) for row in rows]
    scores = await _scores(work, leads, await _rules(work.session), now or utcnow())
    for row in rows:
        row["score"], row["score_breakdown"] = scores[row["id"]]


async def qualify_written(work: UnitOfWork[InTenant], scored: Sequence[dict[str, Any]]) -> None:
    """Move the suspects among the rows ``score_new`` scored, now written, whose
    score reached the tenant's threshold to MQL, as ``rescore`` does."""
    threshold = (await tenants.current_tenant(work)).mql_score_threshold
    if threshold is None:
        return
    for row in scored:
        if row["score"] >= threshold:
            written = await work.session.get_one(Lead, (work.tenant_id, row["id"]))
            await lifecycle.qualify_by_score(work, written, threshold)


async def rescore_tenant(
    work: UnitOfWork[InTenant],
    after: uuid.UUID | None,
    now: datetime,
    *,
    batch_size: int = BATCH_SIZE,
) -> Batch[uuid.UUID]:
    """Rescore the next ``batch_size`` of the tenant's leads after ``after`` (in id
    order), after its rules or threshold changed."""
    leads = list(
        await work.session.scalars(
            select(Lead)
            .where(Lead.id > after if after is not None else true())
            .order_by(Lead.id)
            .limit(batch_size)
        )
    )
    changed = await rescore(work, leads, now)
    return Batch(
        _next_after([lead.id for lead in leads], batch_size), read=len(leads), changed=changed
    )


async def decay_tenant(
    work: UnitOfWork[InTenant],
    after: uuid.UUID | None,
    now: datetime,
    *,
    batch_size: int = BATCH_SIZE,
) -> Batch[uuid.UUID]:
    """Rescore as of ``now`` the next ``batch_size``, after ``after`` in id order, of the leads
    with activities young enough to count, rewriting only those whose points change.

    Decay only lowers points, which are whole: most leads keep theirs from one day
    to the next (nine in ten, in a grown tenant's daily sweep). The database sums
    how their activities decayed, and only the leads whose breakdown that may
    contradict (``_moved``) are locked, loaded and rescored."""
    rules = await _rules(work.session)
    engagement = [rule for rule in rules if rule.kind is ScoringRuleKind.ENGAGEMENT]
    if not engagement:
        return Batch(None, read=0, changed=0)
    remembered = [(_kind(rule), _remembered_since(rule, now)) for rule in engagement]
    lead_ids = await activity.leads_active_since(work, remembered, after=after, limit=batch_size)
    moved = await _moved(work, lead_ids, rules, now)
    changed = (
        await rescore(work, await _locked(work.session, moved), now, locked=True) if moved else 0
    )
    return Batch(_next_after(lead_ids, batch_size), read=len(lead_ids), changed=changed)


async def _moved(
    work: UnitOfWork[InTenant],
    lead_ids: Sequence[uuid.UUID],
    rules: list[ScoringRule],
    now: datetime,
) -> list[uuid.UUID]:
    """Those of the leads whose stored breakdown their score as of ``now`` may
    contradict: an engagement rule's points that may round to other whole points,
    or a rule gone, renamed or worth other points since. Whether a fit rule's
    condition still matches is not asked: a change of it rescores every lead."""
    if not lead_ids:
        return []
    engagement = [rule for rule in rules if rule.kind is ScoringRuleKind.ENGAGEMENT]
    decays = sorted({(_kind(rule), _half_life_days(rule)) for rule in engagement})
    sums = await activity.decayed_counts(
        work, lead_ids, decays, _engagement_since(engagement, now), now
    )
    # Each engagement rule's points per activity, and the place of its sum.
    weights = [
        (str(rule.id), rule.points, decays.index((_kind(rule), _half_life_days(rule))))
        for rule in engagement
    ]
    by_id = {str(rule.id): rule for rule in rules}
    stored = await work.session.execute(
        select(Lead.id, Lead.score_breakdown).where(Lead.id.in_(lead_ids))
    )
    return [
        lead_id
        for lead_id, breakdown in stored
        if _contradicted(breakdown, by_id, weights, sums.get(lead_id))
    ]


def _contradicted(
    breakdown: Breakdown,
    rules: dict[str, ScoringRule],
    weights: list[tuple[str, int, int]],
    sums: list[float] | None,
) -> bool:
    """Whether the rules and the engagement ``weights``, with the lead's decayed
    ``sums`` of activities, may make another breakdown than the one stored. The
    sums are the database's: in floating point like ``_scores``, but added in
    another order and, on SQLite, from times to the millisecond. Points within
    ``_ROUNDING_MARGIN`` of a rounding boundary count as moved, and rescoring decides."""
    held = {}
    for entry in breakdown:
        rule = rules.get(entry["ruleId"])
        if rule is None or rule.name != entry["rule"]:
            return True
        if rule.kind is ScoringRuleKind.FIT and entry["points"] != rule.points:
            return True
        held[entry["ruleId"]] = entry["points"]
    return any(
        abs((points * sums[place] if sums else 0.0) - held.get(rule_id, 0)) > 0.5 - _ROUNDING_MARGIN
        for rule_id, points, place in weights
    )


async def _locked(session: AsyncSession, lead_ids: Sequence[uuid.UUID]) -> list[Lead]:
    """The leads, locked and read afresh (PostgreSQL): a concurrent rescore or move
    waits, so the stage a rescore reads is current and a suspect is qualified once."""
    locking = (
        select(Lead)
        .where(Lead.id.in_(lead_ids))
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return list(await session.scalars(locking))


def _next_after(lead_ids: Sequence[uuid.UUID], batch_size: int) -> uuid.UUID | None:
    """Where the next batch starts; None after a short batch, the last one."""
    return lead_ids[-1] if len(lead_ids) == batch_size else None


async def _rules(session: AsyncSession) -> list[ScoringRule]:
    return list(await session.scalars(select(ScoringRule).order_by(ScoringRule.name)))


async def _scores(
    work: UnitOfWork[InTenant],
    leads: Sequence[Lead | SimpleNamespace],
    rules: list[ScoringRule],
    now: datetime,
) -> dict[uuid.UUID, tuple[int, Breakdown]]:
    """Each lead's score and breakdown as of ``now``: Lead objects, or a new lead's
    columns as attributes."""
    source_kinds = await _source_kinds(work.session, leads)
    activity_times = await _engagement_times(work, leads, rules, now)
    fits = {
        rule.id: conditions.predicate(_condition(rule))
        for rule in rules
        if rule.kind is ScoringRuleKind.FIT
    }
    scores: dict[uuid.UUID, tuple[int, Breakdown]] = {}
    for lead in leads:
        facts = Facts.of(
            lead, source_kind=source_kinds.get(lead.source_id) if lead.source_id else None
        )
        contributions = [
            (
                rule,
                whole_points(
                    _engagement_points(rule, activity_times[lead.id, rule.activity_kind], now)
                    if rule.kind is ScoringRuleKind.ENGAGEMENT
                    else float(rule.points) * fits[rule.id](facts)
                ),
            )
            for rule in rules
        ]
        # Whole points, like a rule's and the score: the breakdown adds up to it.
        scores[lead.id] = (
            sum(points for _, points in contributions),
            [
                {"ruleId": str(rule.id), "rule": rule.name, "points": points}
                for rule, points in contributions
                if points
            ],
        )
    return scores


def _condition(rule: ScoringRule) -> Condition:
    assert rule.field is not None and rule.operator is not None
    return Condition(
        field=LeadField(rule.field),
        operator=rule.operator,
        values=tuple(rule.values),
        number=rule.number,
        custom_field_key=rule.custom_field_key,
    )


def whole_points(points: float) -> int:
    """Points rounded half up, as people round: 2.5 is 3."""
    if (whole := int(points)) == points:  # a fit rule's, or none: no Decimal needed
        return whole
    return int(Decimal(repr(points)).quantize(Decimal(1), ROUND_HALF_UP))


def _engagement_points(rule: ScoringRule, times: list[datetime], now: datetime) -> float:
    assert rule.half_life_days is not None
    half_life = timedelta(days=rule.half_life_days)
    return float(sum(rule.points * 0.5 ** (max(now - at, timedelta()) / half_life) for at in times))


def _kind(rule: ScoringRule) -> ActivityKind:
    assert rule.activity_kind is not None
    return ActivityKind(rule.activity_kind)


def _half_life_days(rule: ScoringRule) -> int:
    assert rule.half_life_days is not None
    return rule.half_life_days


def _remembered_since(rule: ScoringRule, now: datetime) -> datetime:
    return now - timedelta(days=_half_life_days(rule) * FORGOTTEN_AFTER_HALF_LIVES)


def _engagement_since(engagement: Sequence[ScoringRule], now: datetime) -> datetime:
    """Since when activities count for every engagement rule: the longest-remembered's."""
    return min(_remembered_since(rule, now) for rule in engagement)


async def _source_kinds(
    session: AsyncSession, leads: Sequence[Lead | SimpleNamespace]
) -> dict[uuid.UUID, str]:
    source_ids = {lead.source_id for lead in leads if lead.source_id is not None}
    if not source_ids:
        return {}
    rows = await session.execute(select(Source.id, Source.kind).where(Source.id.in_(source_ids)))
    return {source_id: kind.value for source_id, kind in rows}


async def _engagement_times(
    work: UnitOfWork[InTenant],
    leads: Sequence[Lead | SimpleNamespace],
    rules: list[ScoringRule],
    now: datetime,
) -> defaultdict[tuple[uuid.UUID, str | None], list[datetime]]:
    """When each lead's activities of the engagement rules' kinds happened."""
    times: defaultdict[tuple[uuid.UUID, str | None], list[datetime]] = defaultdict(list)
    engagement = [rule for rule in rules if rule.kind is ScoringRuleKind.ENGAGEMENT]
    if not engagement:
        return times
    rows = await activity.occurrences(
        work,
        (lead.id for lead in leads),
        {_kind(rule) for rule in engagement},
        _engagement_since(engagement, now),
    )
    for lead_id, kind, occurred_at in rows:
        times[lead_id, kind.value].append(occurred_at)
    return times
