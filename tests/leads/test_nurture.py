"""Parked leads come back on their day: the sweep, idempotent, and the owner's email."""

from datetime import timedelta
from email import message_from_bytes, policy
from pathlib import Path
from uuid import UUID

import pytest
from sqlalchemy import select

from leadhub import schedule, sweeps, tasks
from leadhub.activity.models import Activity, ActivityKind
from leadhub.db import Database, utcnow
from leadhub.leads import nurture
from leadhub.leads import service as lead_service
from leadhub.leads.models import Lead
from leadhub.principal import SystemJob
from leadhub.settings import Settings
from leadhub.sweeps import Batch
from leadhub.work import UnitOfWork, unit_of_work
from tests.builders import make_tenant, system_job
from tests.workers import embedded_worker

TODAY = utcnow().date()


async def park_leads(
    database: Database, tenant_id: UUID, owner_id: UUID, days_by_name: dict[str, int]
) -> None:
    async with unit_of_work(database, system_job(tenant_id)) as work, work.transaction():
        for name, days in days_by_name.items():
            fields = lead_service.LeadFields(name=name, owner_id=owner_id)
            lead = await lead_service.create_lead(work, fields)
            await nurture.park(work, lead.id, TODAY + timedelta(days=days))


async def test_the_sweep_returns_due_leads_once(database: Database, settings: Settings) -> None:
    tasks.configure(settings)  # the sweep queues the owners' emails
    signed_up = await make_tenant(database, settings)
    tenant_id = signed_up.tenant.id
    await park_leads(database, tenant_id, signed_up.user.id, {"Soon": 2, "Later": 5})

    async with unit_of_work(database, system_job(tenant_id)) as work, work.transaction():
        session = work.session
        returned = await nurture.return_due_leads(work, TODAY + timedelta(days=2))
    assert returned == Batch(None, read=1, changed=1)
    async with unit_of_work(database, system_job(tenant_id)) as work:
        session = work.session
        parked = dict(list(await session.execute(select(Lead.name, Lead.nurture_until))))
        assert parked == {"Soon": None, "Later": TODAY + timedelta(days=5)}
        ended = await session.scalar(
            select(Activity.payload).where(Activity.kind == ActivityKind.NURTURE_ENDED)
        )
        assert ended == {"parkedUntil": (TODAY + timedelta(days=2)).isoformat(), "due": True}

    # the same day again finds nothing; a later one finds the rest
    async with unit_of_work(database, system_job(tenant_id)) as work, work.transaction():
        session = work.session
        again = await nurture.return_due_leads(work, TODAY + timedelta(days=2))
        assert again == Batch(None, read=0, changed=0)
        later = await nurture.return_due_leads(work, TODAY + timedelta(days=9))
        assert later == Batch(None, read=1, changed=1)
        assert list(await session.scalars(select(Lead.nurture_until))) == [None, None]


async def test_the_scheduled_sweep_emails_the_owner_through_the_worker(
    committing_postgres: Database,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tasks, "EMBEDDED_SWEEP_BATCH", 1)  # the job repeats batches until done
    signed_up = await make_tenant(committing_postgres, settings, company="Nurture AS")
    await park_leads(
        committing_postgres, signed_up.tenant.id, signed_up.user.id, {"Kari": 3, "Ola": 2}
    )
    outbox = tmp_path / "outbox"
    async with embedded_worker(settings, committing_postgres, outbox) as jobs_done:
        schedule.queue_sweep(TODAY + timedelta(days=3))
        await jobs_done()

    messages = [
        message_from_bytes(path.read_bytes(), policy=policy.default)
        for path in outbox.glob("*.eml")
    ]
    assert {message["To"] for message in messages} == {signed_up.user.email}
    assert sorted(message["Subject"] for message in messages) == [
        "Time to revisit Kari",
        "Time to revisit Ola",
    ]
    async with unit_of_work(committing_postgres, system_job(signed_up.tenant.id)) as work:
        session = work.session
        assert list(await session.scalars(select(Lead.nurture_until))) == [None, None]


async def test_the_sweep_continues_from_its_cursor_never_from_the_top(
    database: Database, settings: Settings
) -> None:
    tasks.configure(settings)
    signed_up = await make_tenant(database, settings)
    tenant_id = signed_up.tenant.id
    days = {"First": 1, "Second": 2, "Third": 3, "Later": 9}
    await park_leads(database, tenant_id, signed_up.user.id, days)
    async with unit_of_work(database, system_job(tenant_id)) as work:
        ids = dict(list(await work.session.execute(select(Lead.name, Lead.id))))
    day = TODAY + timedelta(days=3)

    def cursor(name: str) -> nurture.DueCursor:
        return TODAY + timedelta(days=days[name]), ids[name]

    # a batch starts after its cursor: the due lead before it is not its business
    async with unit_of_work(database, system_job(tenant_id)) as work, work.transaction():
        batch = await nurture.return_due_leads(work, day, cursor("First"), batch_size=2)
    assert batch == Batch(cursor("Third"), read=2, changed=2)

    # the sweep hands each batch the cursor of the one before, until one is short:
    # First and Later make a full batch, so an empty one follows
    starts: list[nurture.DueCursor | None] = []

    async def return_due(
        work: UnitOfWork[SystemJob], after: nurture.DueCursor | None, size: int
    ) -> Batch[nurture.DueCursor]:
        starts.append(after)
        return await nurture.return_due_leads(work, day + timedelta(days=6), after, batch_size=size)

    progress = await sweeps.run(
        database, system_job(tenant_id), return_due, pace=sweeps.Pace(batch_size=2)
    )

    assert starts == [None, cursor("Later")]
    assert progress == sweeps.Progress(batches=2, read=2, changed=2)
    async with unit_of_work(database, system_job(tenant_id)) as work:
        parked = list(await work.session.scalars(select(Lead.nurture_until)))
    assert parked == [None] * 4
