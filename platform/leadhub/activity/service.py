"""The activity feed's public face: appending to it, always in the transaction of
the change it records, and reading it by lead and kind.

Other domains use these functions, never the feed's table.
"""

import uuid
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, case, func, literal, or_, select, update

from leadhub import bulk_sql
from leadhub.activity import positions
from leadhub.activity.models import Activity as Activity
from leadhub.activity.models import ActivityKind as ActivityKind
from leadhub.activity.models import ActorKind
from leadhub.age_in_days import age_in_days
from leadhub.db import UTCDateTime, new_id, utcnow
from leadhub.principal import InTenant, Member, PartnerClient, SystemJob
from leadhub.work import UnitOfWork


def record(
    work: UnitOfWork[InTenant],
    *,
    lead_id: uuid.UUID,
    kind: ActivityKind,
    payload: dict[str, Any] | None = None,
    rule: str | None = None,
) -> Activity:
    """An activity on the lead, credited to who acts, or to the system when a rule
    of the tenant did it (``rule`` names it), on behalf of whom the work is for."""
    activity = Activity(
        lead_id=lead_id,
        kind=kind,
        payload=payload or {},
        batch_id=positions.batch_of(work.session, work.tenant_id),
    )
    credit = (
        _actor(ActorKind.SYSTEM, user_id=work.user_id, job=rule)
        if rule is not None
        else _actor_columns(work.principal)
    )
    for column, value in credit.items():
        setattr(activity, column, value)
    work.session.add(activity)
    return activity


def record_for_tenant(
    work: UnitOfWork[InTenant], *, kind: ActivityKind, payload: dict[str, Any]
) -> Activity:
    """An activity of the whole tenant, about no one lead, credited to who acts."""
    activity = Activity(
        lead_id=None,
        kind=kind,
        payload=payload,
        batch_id=positions.batch_of(work.session, work.tenant_id),
        **_actor_columns(work.principal),
    )
    work.session.add(activity)
    return activity


def tenant_activities(kind: ActivityKind, key: str, values: Collection[str]) -> Select[Activity]:
    """The tenant's activities of ``kind``, about no one lead, whose payloads hold one
    of ``values`` under ``key`` (imports' summaries by their ids)."""
    return select(Activity).where(
        Activity.kind == kind,
        Activity.lead_id.is_(None),
        Activity.payload[key].as_string().in_(list(values)),
    )


@dataclass(frozen=True)
class RuleActivity:
    """An activity a rule of the tenant recorded on a lead (``rule`` names it)."""

    lead_id: uuid.UUID
    rule: str
    payload: dict[str, Any]


async def record_by_rules(
    work: UnitOfWork[InTenant], kind: ActivityKind, entries: Sequence[RuleActivity]
) -> None:
    """Many activities of rules at once, in one statement rather than a flush of
    objects (bulk work, such as routing a batch): each credited to the system and
    its rule, on behalf of whom the work is for, as ``record`` credits one."""
    now = utcnow()
    await _insert_all(
        work,
        kind,
        [
            (
                entry.lead_id,
                entry.payload,
                now,
                _actor(ActorKind.SYSTEM, user_id=work.user_id, job=entry.rule),
            )
            for entry in entries
        ],
    )


@dataclass(frozen=True)
class Entry:
    """An activity of many recorded at once: its lead, what it says, and when it happened."""

    lead_id: uuid.UUID
    payload: dict[str, Any]
    occurred_at: datetime


async def record_all(
    work: UnitOfWork[InTenant], kind: ActivityKind, entries: Sequence[Entry]
) -> None:
    """Many activities of one kind at once, in one statement (an import's notes and
    history), each credited to who acts as ``record`` credits one."""
    actor = _actor_columns(work.principal)
    await _insert_all(
        work,
        kind,
        [(entry.lead_id, entry.payload, entry.occurred_at, actor) for entry in entries],
    )


async def _insert_all(
    work: UnitOfWork[InTenant],
    kind: ActivityKind,
    entries: Sequence[tuple[uuid.UUID, dict[str, Any], datetime, dict[str, Any]]],
) -> None:
    """Activities by lead, payload, time and credit, inserted in one statement."""
    if not entries:
        return
    batch_id = positions.batch_of(work.session, work.tenant_id)
    await bulk_sql.insert_rows(
        work.session,
        Activity,
        [
            {
                "id": new_id(),
                "lead_id": lead_id,
                "kind": kind,
                **actor,
                "payload": payload,
                "occurred_at": occurred_at,
                "batch_id": batch_id,
            }
            for lead_id, payload, occurred_at, actor in entries
        ],
    )


def _actor_columns(principal: InTenant) -> dict[str, Any]:
    """Who an activity is credited to, by the columns that say it."""
    match principal:
        case Member(user_id=user_id):
            return _actor(ActorKind.MEMBER, user_id=user_id)
        case PartnerClient(client_id=client_id):
            return _actor(ActorKind.PARTNER_CLIENT, client_id=client_id)
        case SystemJob(name=name, on_behalf_of=person):
            return _actor(ActorKind.SYSTEM, user_id=person, job=name)


def _actor(
    kind: ActorKind,
    *,
    user_id: uuid.UUID | None = None,
    client_id: uuid.UUID | None = None,
    job: str | None = None,
) -> dict[str, Any]:
    return {"actor_kind": kind, "actor_id": user_id, "actor_client_id": client_id, "actor_job": job}


def activities_of(lead_id: uuid.UUID) -> Select[Activity]:
    """A lead's activities, for a connection to order and page."""
    return select(Activity).where(Activity.lead_id == lead_id)


async def occurrences(
    work: UnitOfWork[InTenant],
    lead_ids: Iterable[uuid.UUID],
    kinds: Iterable[ActivityKind],
    since: datetime,
) -> list[tuple[uuid.UUID, ActivityKind, datetime]]:
    """When the leads' activities of these kinds happened, from ``since`` on."""
    rows = await work.session.execute(
        select(Activity.lead_id, Activity.kind, Activity.occurred_at).where(
            Activity.lead_id.in_(list(lead_ids)),
            Activity.kind.in_(list(kinds)),
            Activity.occurred_at >= since,
        )
    )
    return [
        (lead_id, kind, occurred_at)
        for lead_id, kind, occurred_at in rows
        if lead_id is not None  # always, by the query: for the type checker
    ]


# Past so many half-lives an activity counts 0 in ``decayed_counts``: PostgreSQL's
# power() raises where a result is too small for a float (0.5 ** 1075), and
# 0.5 ** 1000 is already some 1e-301.
NEGLIGIBLE_AFTER_HALF_LIVES = 1000


# A sales activity: contact a person made with the lead, which answers its routing.
RESPONSES = frozenset({ActivityKind.CALL, ActivityKind.EMAIL, ActivityKind.MEETING})


async def first_responses(
    work: UnitOfWork[InTenant], since: Mapping[uuid.UUID, datetime]
) -> dict[uuid.UUID, datetime]:
    """When the first sales activity a member logged on each lead came, from the
    moment ``since`` gives for the lead on; leads without one are left out."""
    if not since:
        return {}
    rows = await work.session.execute(
        select(Activity.lead_id, Activity.occurred_at).where(
            Activity.lead_id.in_(list(since)),
            Activity.kind.in_(RESPONSES),
            Activity.actor_kind == ActorKind.MEMBER,
            Activity.occurred_at >= min(since.values()),
        )
    )
    first: dict[uuid.UUID, datetime] = {}
    for lead_id, occurred_at in rows:
        if lead_id is not None and occurred_at >= since[lead_id]:  # always a lead, by the query
            first[lead_id] = min(occurred_at, first.get(lead_id, occurred_at))
    return first


async def decayed_counts(
    work: UnitOfWork[InTenant],
    lead_ids: Collection[uuid.UUID],
    decays: Sequence[tuple[ActivityKind, int]],
    since: datetime,
    now: datetime,
) -> dict[uuid.UUID, list[float]]:
    """The leads' activities from ``since`` on, counted as they decay as of ``now``: by
    lead, for each (kind, half-life in days) of ``decays``, the sum over its
    activities of that kind of 0.5 ** (age / half-life); an activity not yet due
    counts whole. The database sums them, so that the rows never reach Python; a
    lead without such activities is left out."""
    age = age_in_days(Activity.occurred_at, literal(now, UTCDateTime()))
    sums = (
        func.sum(
            case(
                (
                    (Activity.kind == kind) & (age < NEGLIGIBLE_AFTER_HALF_LIVES * half_life),
                    func.power(0.5, age / half_life),
                ),
                else_=0.0,
            )
        )
        for kind, half_life in decays
    )
    rows = await work.session.execute(
        select(Activity.lead_id, *sums)
        .where(
            Activity.lead_id.in_(list(lead_ids)),
            Activity.kind.in_({kind for kind, _ in decays}),
            Activity.occurred_at >= since,
        )
        .group_by(Activity.lead_id)
    )
    return {lead_id: list(counts) for lead_id, *counts in rows}


async def leads_active_since(
    work: UnitOfWork[InTenant],
    kinds_since: Sequence[tuple[ActivityKind, datetime]],
    *,
    after: uuid.UUID | None,
    limit: int,
) -> list[uuid.UUID]:
    """The next ``limit`` ids, in order, of leads after ``after`` with an activity of
    a kind since its time: a keyset walk of the feed's (tenant, lead) index, so each
    batch starts where the last stopped, never at the tenant's first activity."""
    statement = (
        select(Activity.lead_id)
        .where(
            Activity.lead_id.is_not(None),  # the tenant's own activities are no lead's
            or_(
                *(
                    (Activity.kind == kind) & (Activity.occurred_at >= since)
                    for kind, since in kinds_since
                )
            ),
        )
        .group_by(Activity.lead_id)
        .order_by(Activity.lead_id)
        .limit(limit)
    )
    if after is not None:
        statement = statement.where(Activity.lead_id > after)
    return list(await work.session.scalars(statement))


async def merged_into(work: UnitOfWork[InTenant], lead_id: uuid.UUID) -> uuid.UUID | None:
    """The lead a merged-away lead lives on in, if one in reach does: the one whose
    feed holds its merge (``dedupe.merge`` records the merged id under "merged"; a
    later merge moves the feed, and so the answer, along)."""
    survivor_id: uuid.UUID | None = await work.session.scalar(
        select(Activity.lead_id)
        .where(
            Activity.kind == ActivityKind.MERGED,
            Activity.payload["merged"].as_string() == str(lead_id),
        )
        .limit(1)
    )
    return survivor_id


async def move_to_lead(
    work: UnitOfWork[InTenant], from_lead_id: uuid.UUID, to_lead_id: uuid.UUID
) -> None:
    """Hand one lead's activities to another (a merge)."""
    await work.session.execute(
        update(Activity).where(Activity.lead_id == from_lead_id).values(lead_id=to_lead_id)
    )
