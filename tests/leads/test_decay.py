"""The daily decay sweep: only leads whose whole points change are rewritten, in
batches that continue from the last lead done."""

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event, select, update

from leadhub import sweeps, tasks
from leadhub.activity import service as activity
from leadhub.activity.models import ActivityKind
from leadhub.db import Database, utcnow
from leadhub.leads import logbook, scoring, scoring_rules
from leadhub.leads import service as lead_service
from leadhub.leads.models import ConditionOperator, Lead, ScoringField
from leadhub.leads.scoring_rules import Engagement, FitCondition, RuleFields
from leadhub.settings import Settings
from leadhub.sweeps import Batch
from leadhub.tenants.service import SignUp
from leadhub.work import UnitOfWork, unit_of_work
from tests.builders import make_tenant, owner_of, system_job


@pytest.fixture
async def signed_up(database: Database, settings: Settings) -> SignUp:
    """A tenant, with jobs sent to the in-process broker (its rules queue rescorings)."""
    tasks.configure(settings)
    return await make_tenant(database, settings)


async def called_leads(
    database: Database, signed_up: SignUp, now: datetime, days_ago: Mapping[str, int | None]
) -> dict[str, uuid.UUID]:
    """Leads under one rule (10 points a call, halving weekly), each called that many
    days before ``now`` (None: never); their ids by name."""
    async with unit_of_work(database, owner_of(signed_up)) as work, work.transaction():
        await scoring_rules.create_rule(
            work,
            RuleFields(name="Calls", points=10, engagement=Engagement(ActivityKind.CALL, 7)),
        )
        ids = {}
        for name, days in days_ago.items():
            lead = await lead_service.create_lead(work, lead_service.LeadFields(name=name))
            ids[name] = lead.id
            if days is not None:
                occurred_at = now - timedelta(days=days)
                await logbook.log(
                    work,
                    lead_id=lead.id,
                    kind=ActivityKind.CALL,
                    body="Called",
                    occurred_at=occurred_at,
                )
    return ids


async def decay_a_day_on(
    database: Database, tenant_id: uuid.UUID, now: datetime
) -> Batch[uuid.UUID]:
    """The tenant's decay a day after ``now``, in one batch."""
    async with unit_of_work(database, system_job(tenant_id)) as work, work.transaction():
        return await scoring.decay_tenant(
            work, None, now + timedelta(days=1), batch_size=sweeps.BATCH_SIZE
        )


async def test_the_decay_rewrites_only_the_leads_whose_points_change(
    database: Database, signed_up: SignUp
) -> None:
    tenant_id, now = signed_up.tenant.id, utcnow()
    # A day later the call of today drops from 10 points to 9 (0.5 ** (1/7) * 10);
    # the one of three weeks ago stays at 1 (1.25 then 1.13), of five weeks at 0.
    await called_leads(
        database, signed_up, now, {"Today": 0, "Three weeks": 21, "Five weeks": 35, "Never": None}
    )
    long_ago = now - timedelta(days=365)
    async with unit_of_work(database, system_job(tenant_id)) as work, work.transaction():
        await work.session.execute(update(Lead).values(updated_at=long_ago))

    loaded: list[str] = []

    def record_load(lead: Lead, _context: Any) -> None:
        loaded.append(lead.name)

    event.listen(Lead, "load", record_load)
    try:
        batch = await decay_a_day_on(database, tenant_id, now)
    finally:
        event.remove(Lead, "load", record_load)

    assert batch == Batch(None, read=3, changed=1)  # the never-called lead is not read
    assert loaded == ["Today"]  # the leads whose points stay are not even loaded
    async with unit_of_work(database, system_job(tenant_id)) as work:
        session = work.session
        scores = dict(list(await session.execute(select(Lead.name, Lead.score))))
        assert scores == {"Today": 9, "Three weeks": 1, "Five weeks": 0, "Never": 0}
        rewritten = await session.scalars(select(Lead.name).where(Lead.updated_at > long_ago))
        assert list(rewritten) == ["Today"]


async def test_decay_batches_continue_from_the_last_lead_done(
    database: Database, signed_up: SignUp
) -> None:
    tenant_id, now = signed_up.tenant.id, utcnow()
    ids = await called_leads(
        database, signed_up, now, {"A": 0, "B": 1, "C": 2, "D": 4, "E": 6, "Never": None}
    )
    called = sorted(lead_id for name, lead_id in ids.items() if name != "Never")
    batches: list[tuple[uuid.UUID | None, Batch[uuid.UUID]]] = []
    feed_reads: list[str] = []

    async def decay(work: UnitOfWork[Any], after: uuid.UUID | None, size: int) -> Batch[uuid.UUID]:
        batch = await scoring.decay_tenant(work, after, now + timedelta(days=1), batch_size=size)
        batches.append((after, batch))
        return batch

    def record_feed_read(_c: Any, _cur: Any, statement: str, parameters: Any, *_: Any) -> None:
        if "FROM activities" in statement and "LIMIT" in statement:
            feed_reads.append(" ".join(str(value).replace("-", "") for value in parameters))

    event.listen(database.engine.sync_engine, "before_cursor_execute", record_feed_read)
    try:
        progress = await sweeps.run(
            database, system_job(tenant_id), decay, pace=sweeps.Pace(batch_size=2)
        )
    finally:
        event.remove(database.engine.sync_engine, "before_cursor_execute", record_feed_read)

    # each loses a point (10 to 9, 9 to 8, 8 to 7, 7 to 6, 6 to 5), two leads a batch
    # in id order, each batch starting after the last one's last lead
    assert batches == [
        (None, Batch(called[1], read=2, changed=2)),
        (called[1], Batch(called[3], read=2, changed=2)),
        (called[3], Batch(None, read=1, changed=1)),
    ]
    assert (progress.batches, progress.read, progress.changed) == (3, 5, 5)
    # and the feed is read from there on, not from the tenant's first activity
    assert len(feed_reads) == 3
    assert called[1].hex not in feed_reads[0]
    assert called[1].hex in feed_reads[1]
    assert called[3].hex in feed_reads[2]


async def test_the_decay_keeps_the_fit_points_of_the_leads_it_rewrites(
    database: Database, signed_up: SignUp
) -> None:
    tenant_id, now = signed_up.tenant.id, utcnow()
    ids = await called_leads(database, signed_up, now, {"Today": 0, "Three weeks": 21})
    async with unit_of_work(database, owner_of(signed_up)) as work, work.transaction():
        await scoring_rules.create_rule(
            work,
            RuleFields(
                name="Chief",
                points=20,
                fit=FitCondition(ScoringField.TITLE, ConditionOperator.IS_ONE_OF, ("cto",)),
            ),
        )
        for lead_id in ids.values():
            await lead_service.update_lead(work, lead_id, {"title": "CTO"})

    batch = await decay_a_day_on(database, tenant_id, now)

    # Only the call of today loses a point (10 to 9); the fit points stay, and the
    # lead of three weeks ago (20 + 1) is left alone.
    assert batch == Batch(None, read=2, changed=1)
    async with unit_of_work(database, system_job(tenant_id)) as work:
        rows = await work.session.execute(select(Lead.name, Lead.score, Lead.score_breakdown))
        scored = {
            name: (score, {part["rule"]: part["points"] for part in breakdown})
            for name, score, breakdown in rows
        }
    assert scored == {
        "Today": (29, {"Calls": 9, "Chief": 20}),
        "Three weeks": (21, {"Calls": 1, "Chief": 20}),
    }


async def test_the_decay_tells_apart_rules_of_one_kind_by_their_half_lives(
    database: Database, signed_up: SignUp
) -> None:
    tenant_id, now = signed_up.tenant.id, utcnow()
    await called_leads(database, signed_up, now, {"Called": 0})  # "Calls": 10 points, a week
    async with unit_of_work(database, owner_of(signed_up)) as work, work.transaction():
        remembered = Engagement(ActivityKind.CALL, 300)
        await scoring_rules.create_rule(
            work, RuleFields(name="Calls remembered", points=1, engagement=remembered)
        )
        await scoring.rescore_tenant(work, None, now)  # as the job queued by the rule would
    # A day on, "Calls" has 9.06 points and "Calls remembered" 0.998. Taken with each
    # other's half-life they would be 9.98 and 0.91, both unchanged.
    batch = await decay_a_day_on(database, tenant_id, now)

    assert batch == Batch(None, read=1, changed=1)
    async with unit_of_work(database, system_job(tenant_id)) as work:
        breakdown = await work.session.scalar(select(Lead.score_breakdown))
    assert {part["rule"]: part["points"] for part in breakdown} == {
        "Calls": 9,
        "Calls remembered": 1,
    }


@pytest.mark.parametrize("zone", ["UTC", "Europe/Oslo"])
async def test_the_database_sums_decayed_activities_by_lead_kind_and_half_life(
    database: Database, signed_up: SignUp, zone: str
) -> None:
    # The day Oslo's clocks move: ages are told in elapsed time, so they are built
    # in UTC (Oslo's wall clock puts 14 days less an hour between noon and noon).
    now = datetime(2026, 3, 29, 12, 0, tzinfo=ZoneInfo(zone))
    in_utc = now.astimezone(UTC)
    since = in_utc - timedelta(days=30)
    ids = await called_leads(database, signed_up, in_utc, {"Called": 7, "Other": 7})
    async with unit_of_work(database, owner_of(signed_up)) as work, work.transaction():
        for kind, days in [
            (ActivityKind.CALL, 14),
            (ActivityKind.CALL, -2),  # logged ahead of time: counts whole
            (ActivityKind.CALL, 31),  # before ``since``: not counted
            (ActivityKind.EMAIL, 3.5),
        ]:
            await logbook.log(
                work,
                lead_id=ids["Called"],
                kind=kind,
                body="Ærlig talt, Øyvind og Åse",
                occurred_at=in_utc - timedelta(days=days),
            )

        counts = await activity.decayed_counts(
            work,
            [ids["Called"]],
            [
                (kind, half_life)
                for kind in (ActivityKind.CALL, ActivityKind.EMAIL, ActivityKind.MEETING)
                for half_life in (7, 14)
            ],
            since,
            now,
        )

    # Half-lives of 7 and 14 days: a call a week ago is worth 0.5 and 0.5 ** 0.5,
    # one two weeks ago 0.25 and 0.5, one to come 1 and 1; an email 3.5 days ago
    # 0.5 ** 0.5 and 0.5 ** 0.25; there is no meeting. The other lead's call is
    # not asked for.
    assert counts.keys() == {ids["Called"]}
    calls, emails, meetings = (0.5 + 0.25 + 1, 2**-0.5 + 0.5 + 1), (2**-0.5, 2**-0.25), (0, 0)
    assert counts[ids["Called"]] == pytest.approx([*calls, *emails, *meetings], rel=1e-9)


async def test_the_decay_rewrites_breakdowns_that_name_a_rule_gone_or_renamed(
    database: Database, signed_up: SignUp
) -> None:
    tenant_id, now = signed_up.tenant.id, utcnow()
    # Called three weeks ago: 1 point now and a day on, so decay alone moves nothing.
    ids = await called_leads(database, signed_up, now, {"Renamed": 21, "Gone": 21, "Kept": 21})
    gone = {"ruleId": str(uuid.uuid4()), "rule": "Deleted rule", "points": 5}
    async with unit_of_work(database, system_job(tenant_id)) as work, work.transaction():
        for name, change in (("Renamed", "Samtaler"), ("Gone", None)):
            breakdown = await work.session.scalar(
                select(Lead.score_breakdown).where(Lead.id == ids[name])
            )
            if change is None:
                breakdown = [*breakdown, gone]
            else:
                breakdown = [{**entry, "rule": change} for entry in breakdown]
            await work.session.execute(
                update(Lead).where(Lead.id == ids[name]).values(score_breakdown=breakdown)
            )

    batch = await decay_a_day_on(database, tenant_id, now)

    assert batch == Batch(None, read=3, changed=2)
    async with unit_of_work(database, system_job(tenant_id)) as work:
        rows = await work.session.execute(select(Lead.name, Lead.score, Lead.score_breakdown))
        scored = {
            name: (score, [(part["rule"], part["points"]) for part in breakdown])
            for name, score, breakdown in rows
        }
    assert scored == {name: (1, [("Calls", 1)]) for name in ("Renamed", "Gone", "Kept")}


async def test_activities_past_a_thousand_half_lives_count_nothing(
    database: Database, signed_up: SignUp
) -> None:
    now = utcnow()
    # A half-life of a day beside one of a year remembers calls ten years back:
    # 0.5 ** 1461 is too small for a float, which PostgreSQL's power() refuses.
    ids = await called_leads(database, signed_up, now, {"Called long ago": 4 * 365 + 1})
    async with unit_of_work(database, owner_of(signed_up)) as work:
        counts = await activity.decayed_counts(
            work,
            [ids["Called long ago"]],
            [(ActivityKind.CALL, 1), (ActivityKind.CALL, 365)],
            now - timedelta(days=3650),
            now,
        )
    assert counts[ids["Called long ago"]] == pytest.approx([0.0, 0.5 ** (1461 / 365)], rel=1e-9)
