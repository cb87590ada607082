"""A tenant grown by COPY: leads with their feed, stage history and tags, as two
years of a tenant's work leave them.

Each lead was created at a time of the last two years (its id is a UUIDv7 of that
time, as the product's are), in a stage of the default funnel, weighted as a
funnel is; moved there from the first stage after a while, recorded in its stage
history and feed; engaged by web visits, emails, calls and meetings mostly in its
first weeks, then cooling; tagged, sometimes; scored as of the last daily sweep
(``bench.engagement``); some parked for nurture, a few of them due back. Rows are
built in chunks, and copied by the administrator (COPY cannot run under
row-level security); the database's own triggers and checks run as for any insert.
"""

import asyncio
import json
import random
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from multiprocessing import get_context

import asyncpg
import uuid_utils.compat

from bench.contacts import Contacts
from bench.engagement import EngagementRule, Occurrence, copy_rules, score
from bench.seed import SeededTenant
from leadhub.activity.models import ActivityKind, ActorKind
from leadhub.leads.models import PurchaseTimeframe
from leadhub.leads.searchable import search_text

CHUNK = 5_000  # leads built and copied at a time
HISTORY = timedelta(days=730)  # leads were created over the two years before now
# Engagement comes mostly early: each activity this long after creation on average.
ENGAGED_WITHIN = timedelta(days=30)
MOVED_WITHIN = timedelta(days=20)  # a lead's move to its stage, likewise
ENGAGEMENTS_PER_LEAD = 3.0  # on average; activities not yet due are left out
ENGAGEMENT_KINDS = {
    ActivityKind.WEB_VISIT: 40,
    ActivityKind.EMAIL: 35,
    ActivityKind.CALL: 15,
    ActivityKind.MEETING: 10,
}
LOGGED_BODIES = {
    ActivityKind.EMAIL: "Sendte tilbud og prisliste.",
    ActivityKind.CALL: "Ringte om behovet; vil ha et møte.",
    ActivityKind.MEETING: "Møte hos kunden med demo.",
}
STAGE_SHARES = (35, 20, 10, 7, 8, 15, 5)  # of leads, by position in the default funnel
TAGS = (
    "nyhetsbrev", "messe-2025", "webinar", "partner", "vip", "offentlig", "kommune",
    "eksport", "startup", "gjenkjøp", "kald-ringing", "konferanse",
)  # fmt: skip
TAG_COUNTS = (0, 0, 0, 1, 1, 2, 3)  # a lead's, drawn alike
PARKED_SHARE = 0.015  # of leads, parked for nurture
DUE_SHARE = 0.1  # of parked leads, due back: the nurture sweep returns them

LEAD_COLUMNS = (
    "tenant_id", "id", "name", "email", "phone", "company", "domain", "search_text",
    "stage_id", "source_id", "owner_id", "purchase_timeframe", "temperature",
    "temperature_overridden", "score", "score_breakdown", "custom_fields", "nurture_until",
    "created_at", "updated_at",
)  # fmt: skip
ACTIVITY_COLUMNS = (
    "tenant_id", "id", "lead_id", "kind", "actor_kind", "actor_id", "payload", "occurred_at",
)  # fmt: skip
STAGE_CHANGE_COLUMNS = (
    "tenant_id", "id", "lead_id", "from_stage_id", "to_stage_id", "changed_by_id", "changed_at",
)  # fmt: skip
TAG_COLUMNS = ("tenant_id", "id", "lead_id", "tag")

Row = tuple[object, ...]


@dataclass(frozen=True)
class Stage:
    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class Growth:
    """What a tenant's rows are made of."""

    tenant: SeededTenant
    stages: tuple[Stage, ...]  # in funnel order
    rules: tuple[EngagementRule, ...]


@dataclass
class _Chunk:
    leads: list[Row] = field(default_factory=list)
    activities: list[Row] = field(default_factory=list)
    stage_changes: list[Row] = field(default_factory=list)
    tags: list[Row] = field(default_factory=list)


async def prepare(admin: asyncpg.Connection, tenant: SeededTenant, now: datetime) -> Growth:
    """The tenant's funnel, and engagement rules for its leads to be scored by."""
    stages = await admin.fetch(
        "SELECT id, name FROM funnel_stages WHERE tenant_id = $1 ORDER BY position", tenant.id
    )
    return Growth(
        tenant=tenant,
        stages=tuple(Stage(stage["id"], stage["name"]) for stage in stages),
        rules=await copy_rules(admin, tenant.id, now),
    )


async def grow(
    admin: asyncpg.Connection, growth: Growth, first: int, count: int, now: datetime
) -> None:
    """Leads number ``first`` to ``first + count`` of the tenant, printing progress.

    A process of its own builds the next chunk's rows while this one copies the
    last: building takes as long as copying, and the machine has a core for each.
    It is forked, so it starts at once with the modules loaded; it only computes.
    """
    loop = asyncio.get_running_loop()
    started = time.monotonic()
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("fork")) as builder:

        def build(done: int) -> asyncio.Future[_Chunk]:
            size = min(CHUNK, count - done)
            return loop.run_in_executor(builder, _chunk, growth, first + done, size, now)

        next_chunk = build(0)
        for done in range(0, count, CHUNK):
            chunk = await next_chunk
            if done + CHUNK < count:
                next_chunk = build(done + CHUNK)
            await _copy(admin, chunk)
            copied = done + len(chunk.leads)
            rate = copied / (time.monotonic() - started)
            print(f"  {copied:,} of {count:,} leads copied ({rate:,.0f} a second)", flush=True)


async def _copy(admin: asyncpg.Connection, chunk: _Chunk) -> None:
    # Leads as any insert goes: their foreign keys checked, and the trigger that
    # keeps search's index (migration 0014) run.
    await admin.copy_records_to_table("leads", records=chunk.leads, columns=LEAD_COLUMNS)
    # The rows about them are made from the leads just copied, so checking their
    # foreign keys, which locks each lead, would only halve the speed.
    await admin.execute("SET session_replication_role = replica")
    try:
        for table, rows, columns in (
            ("activities", chunk.activities, ACTIVITY_COLUMNS),
            ("stage_changes", chunk.stage_changes, STAGE_CHANGE_COLUMNS),
            ("lead_tags", chunk.tags, TAG_COLUMNS),
        ):
            await admin.copy_records_to_table(table, records=rows, columns=columns)
    finally:
        await admin.execute("RESET session_replication_role")


def _chunk(growth: Growth, first: int, count: int, now: datetime) -> _Chunk:
    """The rows of leads number ``first`` to ``first + count``, the same on every run."""
    rng = random.Random(first)
    contacts = Contacts(rng)
    chunk = _Chunk()
    for _ in range(count):
        _add_lead(chunk, growth, contacts, rng, now)
    return chunk


def _add_lead(
    chunk: _Chunk, growth: Growth, contacts: Contacts, rng: random.Random, now: datetime
) -> None:
    tenant, first = growth.tenant, growth.stages[0]
    contact = contacts.next()
    created_at = now - HISTORY * rng.random()
    (stage,) = rng.choices(growth.stages, weights=STAGE_SHARES)
    owner_id = rng.choice((*tenant.member_ids, None))
    # The tenant's owner works the unowned leads.
    about = _About(tenant.id, _id_at(created_at), owner_id or tenant.member_ids[0])
    chunk.stage_changes.append(about.stage_change(None, first, created_at))
    chunk.activities.append(about.activity(ActivityKind.CREATED, _created(first), created_at))
    updated_at = created_at
    if stage != first:
        updated_at = min(created_at + MOVED_WITHIN * rng.expovariate(1), now)
        chunk.stage_changes.append(about.stage_change(first, stage, updated_at))
        moved = _moved(first, stage)
        chunk.activities.append(about.activity(ActivityKind.STAGE_CHANGED, moved, updated_at))
    engagements = _engagements(rng, created_at, now)
    chunk.activities += [about.activity(kind, _logged(kind), at) for kind, at in engagements]
    chunk.tags += [about.tag(tag, created_at) for tag in rng.sample(TAGS, rng.choice(TAG_COUNTS))]
    timeframe = rng.choice(list(PurchaseTimeframe))
    points, breakdown = score(growth.rules, engagements, now)
    searched = {
        "name": contact.name,
        "company": contact.company,
        "email": contact.email,
        "phone": contact.phone,
    }
    chunk.leads.append(
        (
            tenant.id,
            about.lead_id,
            contact.name,
            contact.email,
            contact.phone,
            contact.company,
            contact.domain,
            # COPY passes by the model, so the search text is made as the model makes it
            search_text(searched),
            stage.id,
            rng.choice((*tenant.source_ids, None)),
            owner_id,
            timeframe.value,
            timeframe.temperature.value,
            False,
            points,
            breakdown,
            "{}",
            _parked_until(rng, now.date()),
            created_at,
            updated_at,
        )
    )


@dataclass(frozen=True)
class _About:
    """Rows about one lead, credited to the member who works it."""

    tenant_id: uuid.UUID
    lead_id: uuid.UUID
    actor_id: uuid.UUID

    def activity(self, kind: ActivityKind, payload: str, at: datetime) -> Row:
        actor = ActorKind.MEMBER.value
        return (
            self.tenant_id,
            _id_at(at),
            self.lead_id,
            kind.value,
            actor,
            self.actor_id,
            payload,
            at,
        )

    def stage_change(self, source: Stage | None, target: Stage, at: datetime) -> Row:
        source_id = source.id if source else None
        return (self.tenant_id, _id_at(at), self.lead_id, source_id, target.id, self.actor_id, at)

    def tag(self, tag: str, at: datetime) -> Row:
        return (self.tenant_id, _id_at(at), self.lead_id, tag)


def _engagements(rng: random.Random, created_at: datetime, now: datetime) -> list[Occurrence]:
    kinds, weights = tuple(ENGAGEMENT_KINDS), tuple(ENGAGEMENT_KINDS.values())
    count = round(rng.expovariate(1 / ENGAGEMENTS_PER_LEAD))
    occurrences = [
        (kind, created_at + ENGAGED_WITHIN * rng.expovariate(1))
        for kind in rng.choices(kinds, weights=weights, k=count)
    ]
    return [(kind, occurred_at) for kind, occurred_at in occurrences if occurred_at < now]


def _parked_until(rng: random.Random, today: date) -> date | None:
    if rng.random() >= PARKED_SHARE:
        return None
    if rng.random() < DUE_SHARE:
        return today - timedelta(days=rng.randrange(1, 4))
    return today + timedelta(days=rng.randrange(1, 91))


# Payloads as JSON, as the services record them; made once, for they recur.
@cache
def _created(stage: Stage) -> str:
    return _json({"stage": stage.name, "stageId": str(stage.id)})


@cache
def _moved(first: Stage, stage: Stage) -> str:
    return _json(
        {
            "from": first.name,
            "to": stage.name,
            "fromStageId": str(first.id),
            "toStageId": str(stage.id),
        }
    )


@cache
def _logged(kind: ActivityKind) -> str:
    """What the logbook records for a kind a person logs; nothing for a web visit."""
    body = LOGGED_BODIES.get(kind)
    return _json({"body": body} if body else {})


def _id_at(at: datetime) -> uuid.UUID:
    """A UUIDv7 of ``at``, as the row would have had if made then."""
    identifier: uuid.UUID = uuid_utils.compat.uuid7(nanoseconds=int(at.timestamp() * 1e9))
    return identifier


def _json(payload: dict[str, object]) -> str:
    return json.dumps(payload, ensure_ascii=False)
