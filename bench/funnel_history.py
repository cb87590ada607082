"""Tenants' leads with their way through the funnel, copied in bulk: each lead's
stage history, from its creation in the first stage to where it stands now, and
what that history left on the lead: its stage, the stages it has reached (one
bit each, ``reached_stages``), when it closed and what it won.

Leads were created over the three years before now, in the order they arrived,
the tenants' leads interleaved; a lead's id, and each entry's, is a UUIDv7 of
when it was made, as the product makes them. From the first stage a lead is
worked after a while: moved on, sometimes past a stage; moved back one (a deal
that stalls, qualified again later); won, lost or disqualified; or left where it
is, for good. Some lost leads are reopened and worked again. Moves not yet due
are left out, so that recent leads are still open. The weights give a funnel
that narrows as real ones do (of the leads of a year, about 4 in 5 reach MQL,
1 in 2 SQL, 1 in 3 Prospect, 1 in 8 are won) and a history of five entries a
lead on average, creation included: the issue's 5,000,000 for 1,000,000 leads.

Rows are built in chunks by a forked process while the last chunk is copied,
and copied by the administrator (COPY cannot run under row-level security), as
``bench.growth`` does: the leads' trigger and checks run as for any insert.
"""

import asyncio
import math
import random
import time
import uuid
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from itertools import accumulate
from multiprocessing import get_context

import asyncpg
import uuid_utils.compat

from bench.contacts import Contacts
from leadhub.leads.models import Milestone, PurchaseTimeframe

CHUNK = 5_000  # leads built and copied at a time
HISTORY = timedelta(days=3 * 365)  # leads were created over the three years before now

# Where a lead in each open stage goes next, by weight; None leaves it there for good.
MOVES: dict[Milestone, tuple[tuple[Milestone | None, int], ...]] = {
    Milestone.SUSPECT: (
        (Milestone.MQL, 75),
        (Milestone.SQL, 5),
        (Milestone.DISQUALIFIED, 10),
        (None, 10),
    ),
    Milestone.MQL: (
        (Milestone.SQL, 44),
        (Milestone.OPPORTUNITY, 3),
        (Milestone.SUSPECT, 35),
        (Milestone.DISQUALIFIED, 6),
        (Milestone.LOST, 3),
        (None, 9),
    ),
    Milestone.SQL: (
        (Milestone.OPPORTUNITY, 44),
        (Milestone.CUSTOMER, 3),
        (Milestone.MQL, 35),
        (Milestone.LOST, 9),
        (Milestone.DISQUALIFIED, 2),
        (None, 7),
    ),
    Milestone.OPPORTUNITY: (
        (Milestone.CUSTOMER, 25),
        (Milestone.SQL, 44),
        (Milestone.LOST, 24),
        (None, 7),
    ),
}
REOPENED_SHARE = 0.4  # of lost leads, worked again from MQL or SQL
REOPENED_INTO = (Milestone.MQL, Milestone.SQL)
# How long a lead stays in a stage before its next move, on average.
STAYS = {
    Milestone.SUSPECT: timedelta(days=10),
    Milestone.MQL: timedelta(days=14),
    Milestone.SQL: timedelta(days=21),
    Milestone.OPPORTUNITY: timedelta(days=30),
    Milestone.LOST: timedelta(days=120),  # before a lost lead is reopened
}
CLOSED = (Milestone.CUSTOMER, Milestone.LOST, Milestone.DISQUALIFIED)
# A deal's value is estimated once the lead is sales qualified: NOK, log-normal
# about a median of 60,000; what is won comes near the estimate.
VALUED = (Milestone.SQL, Milestone.OPPORTUNITY, Milestone.CUSTOMER)
MEDIAN_VALUE = 60_000
VALUE_SIGMA = 0.9
WON_SIGMA = 0.2
REASONS = {
    Milestone.LOST: ("Valgte en konkurrent", "For dyrt", "Ingen budsjett", "Sluttet å svare"),
    Milestone.DISQUALIFIED: ("Utenfor målgruppen", "Student", "Ugyldig kontaktinformasjon"),
}

LEAD_COLUMNS = (
    "tenant_id", "id", "name", "email", "phone", "company", "domain", "search_text",
    "stage_id", "source_id", "owner_id", "purchase_timeframe", "temperature",
    "temperature_overridden", "score", "custom_fields", "expected_value", "won_amount",
    "closed_reason", "closed_at", "reached_stages", "created_at", "updated_at",
)  # fmt: skip
STAGE_CHANGE_COLUMNS = (
    "tenant_id", "id", "lead_id", "from_stage_id", "to_stage_id", "changed_by_id", "changed_at",
)  # fmt: skip

Row = tuple[object, ...]


@dataclass(frozen=True)
class Stage:
    id: uuid.UUID
    bit: int  # in ``leads.reached_stages``


@dataclass(frozen=True)
class TenantFunnel:
    """What one tenant's leads are made of: its funnel's stages by milestone, the
    members who own and work them, and its sources."""

    tenant_id: uuid.UUID
    stages: dict[Milestone, Stage]
    member_ids: tuple[uuid.UUID, ...]  # its owner first, who works the unowned leads
    source_ids: tuple[uuid.UUID, ...]


@dataclass
class _Chunk:
    leads: list[Row] = field(default_factory=list)
    stage_changes: list[Row] = field(default_factory=list)


# Each open stage's next moves, with cumulative weights for ``random.choices``.
_NEXT = {
    stage: (tuple(target for target, _ in moves), tuple(accumulate(w for _, w in moves)))
    for stage, moves in MOVES.items()
}


async def tenant_funnels(admin: asyncpg.Connection, first: uuid.UUID) -> list[TenantFunnel]:
    """Every tenant's, as sign-up and seeding made them; tenant ``first`` first."""
    stages: dict[uuid.UUID, dict[Milestone, Stage]] = {}
    for row in await admin.fetch(
        "SELECT tenant_id, id, bit, milestone FROM funnel_stages WHERE milestone IS NOT NULL"
    ):
        stages.setdefault(row["tenant_id"], {})[Milestone(row["milestone"])] = Stage(
            row["id"], row["bit"]
        )
    members: dict[uuid.UUID, list[uuid.UUID]] = {}
    for row in await admin.fetch(
        "SELECT tenant_id, user_id FROM memberships ORDER BY created_at, id"
    ):
        members.setdefault(row["tenant_id"], []).append(row["user_id"])
    sources: dict[uuid.UUID, list[uuid.UUID]] = {}
    for row in await admin.fetch("SELECT tenant_id, id FROM sources ORDER BY id"):
        sources.setdefault(row["tenant_id"], []).append(row["id"])
    tenant_ids = sorted(stages, key=lambda tenant_id: (tenant_id != first, tenant_id))
    return [
        TenantFunnel(
            tenant_id,
            stages[tenant_id],
            tuple(members[tenant_id]),
            tuple(sources.get(tenant_id, ())),
        )
        for tenant_id in tenant_ids
    ]


async def populate(
    admin: asyncpg.Connection,
    funnels: Sequence[TenantFunnel],
    leads: Sequence[int],
    now: datetime,
) -> None:
    """``leads[n]`` leads of ``funnels[n]``, with their stage history, the tenants'
    arrivals interleaved; prints progress.

    A process of its own builds the next chunk's rows while this one copies the
    last, as in ``bench.growth``: forked, so it starts at once with the modules
    loaded; it only computes.
    """
    arrivals = [place for place, count in enumerate(leads) for _ in range(count)]
    random.Random(0).shuffle(arrivals)  # the same interleaving on every run
    total = len(arrivals)
    loop = asyncio.get_running_loop()
    started = time.monotonic()
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("fork")) as builder:

        def build(first: int) -> asyncio.Future[_Chunk]:
            chunk = arrivals[first : first + CHUNK]
            return loop.run_in_executor(builder, _chunk, funnels, chunk, first, total, now)

        next_chunk = build(0)
        for first in range(0, total, CHUNK):
            chunk = await next_chunk
            if first + CHUNK < total:
                next_chunk = build(first + CHUNK)
            await _copy(admin, chunk)
            copied = first + len(chunk.leads)
            rate = copied / (time.monotonic() - started)
            if copied == total or copied % (20 * CHUNK) == 0:
                print(f"  {copied:,} of {total:,} leads copied ({rate:,.0f} a second)", flush=True)


# Each stage change as the feed shows it: a lead created, or moved, then.
FEED_FROM_HISTORY = """
INSERT INTO activities (tenant_id, id, lead_id, kind, actor_kind, payload, occurred_at)
SELECT change.tenant_id, gen_random_uuid(), change.lead_id,
    CASE WHEN change.from_stage_id IS NULL THEN 'created' ELSE 'stage_changed' END,
    'system',
    CASE WHEN change.from_stage_id IS NULL
        THEN json_build_object('stage', target.name, 'stageId', target.id)
        ELSE json_build_object(
            'from', source.name, 'to', target.name,
            'fromStageId', source.id, 'toStageId', target.id)
    END,
    change.changed_at
FROM stage_changes AS change
JOIN funnel_stages AS target
    ON target.tenant_id = change.tenant_id AND target.id = change.to_stage_id
LEFT JOIN funnel_stages AS source
    ON source.tenant_id = change.tenant_id AND source.id = change.from_stage_id
"""


async def record_feed(admin: asyncpg.Connection) -> None:
    """The activity of every stage change, as the lifecycle records one with it."""
    await admin.execute("SET session_replication_role = replica")  # made from the leads
    try:
        await admin.execute(FEED_FROM_HISTORY)
    finally:
        await admin.execute("RESET session_replication_role")


async def settle(admin: asyncpg.Connection) -> None:
    """Every table vacuumed and analyzed, as autovacuum would have left them, so
    that PostgreSQL answers from its indexes alone where it can (and autovacuum
    does not start while requests are timed)."""
    await admin.execute("VACUUM (ANALYZE)")


async def _copy(admin: asyncpg.Connection, chunk: _Chunk) -> None:
    # Leads as any insert goes: their foreign keys checked, and the trigger that
    # keeps search's index (migration 0014) run.
    await admin.copy_records_to_table("leads", records=chunk.leads, columns=LEAD_COLUMNS)
    # The history is made from the leads just copied, so checking its foreign
    # keys, which locks each lead, would only slow the copy.
    await admin.execute("SET session_replication_role = replica")
    try:
        await admin.copy_records_to_table(
            "stage_changes", records=chunk.stage_changes, columns=STAGE_CHANGE_COLUMNS
        )
    finally:
        await admin.execute("RESET session_replication_role")


def _chunk(
    funnels: Sequence[TenantFunnel], arrivals: Sequence[int], first: int, total: int, now: datetime
) -> _Chunk:
    """The rows of arrivals number ``first`` on, the same on every run; the
    ``total`` arrivals come evenly over the history, in order."""
    rng = random.Random(first)
    contacts = Contacts(rng)
    chunk = _Chunk()
    began = now - HISTORY
    for number, place in enumerate(arrivals, start=first):
        created_at = began + HISTORY * ((number + rng.random()) / total)
        _add_lead(chunk, funnels[place], contacts, rng, created_at, now)
    return chunk


def _add_lead(
    chunk: _Chunk,
    funnel: TenantFunnel,
    contacts: Contacts,
    rng: random.Random,
    created_at: datetime,
    now: datetime,
) -> None:
    contact = contacts.next()
    lead_id = _id_at(created_at)
    owner_id = rng.choice((*funnel.member_ids, None))
    worked_by = owner_id or funnel.member_ids[0]
    entries = _worked(rng, created_at, now)
    stages = funnel.stages
    previous: Milestone | None = None
    reached, reason = 0, None
    for stage, at in entries:
        source_id = stages[previous].id if previous else None
        chunk.stage_changes.append(
            (funnel.tenant_id, _id_at(at), lead_id, source_id, stages[stage].id, worked_by, at)
        )
        reached |= 1 << stages[stage].bit
        # A close says why, a win clears it, and a reopened lead keeps the last
        # reason, as the product does.
        if stage in REASONS:
            reason = rng.choice(REASONS[stage])
        elif stage is Milestone.CUSTOMER:
            reason = None
        previous = stage
    stage, last_moved = entries[-1]
    valued = any(milestone in VALUED for milestone, _ in entries)
    expected_value = _amount(rng.lognormvariate(math.log(MEDIAN_VALUE), VALUE_SIGMA))
    won_amount = None
    if stage is Milestone.CUSTOMER:
        won_amount = _amount(float(expected_value) * rng.lognormvariate(0, WON_SIGMA))
    timeframe = rng.choice(list(PurchaseTimeframe))
    chunk.leads.append(
        (
            funnel.tenant_id,
            lead_id,
            contact.name,
            contact.email,
            contact.phone,
            contact.company,
            contact.domain,
            # COPY passes by the model, so the search text is made as the model makes it
            contact.search_text,
            stages[stage].id,
            rng.choice((*funnel.source_ids, None)),
            owner_id,
            timeframe.value,
            timeframe.temperature.value,
            False,
            rng.randrange(100),
            "{}",
            expected_value if valued else None,
            won_amount,
            reason,
            last_moved if stage in CLOSED else None,
            reached,
            created_at,
            last_moved,
        )
    )


def _worked(
    rng: random.Random, created_at: datetime, now: datetime
) -> list[tuple[Milestone, datetime]]:
    """The stages a lead entered, and when: from its creation in the first stage
    until it is left alone, closed for good, or its next move is not yet due."""
    stage, at = Milestone.SUSPECT, created_at
    entries = [(stage, at)]
    while True:
        target: Milestone | None = None
        if stage in _NEXT:
            targets, weights = _NEXT[stage]
            (target,) = rng.choices(targets, cum_weights=weights)
        elif stage is Milestone.LOST and rng.random() < REOPENED_SHARE:
            target = rng.choice(REOPENED_INTO)
        if target is None:
            return entries
        at += STAYS[stage] * rng.expovariate(1)
        if at >= now:
            return entries
        stage = target
        entries.append((stage, at))


def _amount(value: float) -> Decimal:
    """A sum of money as people quote one: whole hundreds, and at least 1,000."""
    return Decimal(max(1_000, round(value, -2))).quantize(Decimal("0.01"))


def _id_at(at: datetime) -> uuid.UUID:
    """A UUIDv7 of ``at``, as the row would have had if made then."""
    identifier: uuid.UUID = uuid_utils.compat.uuid7(nanoseconds=int(at.timestamp() * 1e9))
    return identifier
