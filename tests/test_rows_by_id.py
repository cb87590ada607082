"""Rows by id as plain values (leadhub.rows_by_id): on PostgreSQL read on the driver,
bound by row-level security; on SQLite through the ORM; the same values either way."""

import datetime
import uuid
from decimal import Decimal

import pytest
from sqlalchemy import select

from leadhub.db import Database
from leadhub.graphql.leads.types import SOURCE_COLUMNS
from leadhub.leads import sources
from leadhub.leads.models import FunnelStage, Lead, Source, SourceKind
from leadhub.rows_by_id import column_values, rows_by_id
from leadhub.settings import Settings
from leadhub.tenants.models import User
from leadhub.work import unit_of_work
from tests.builders import make_tenant, owner_of


async def test_the_values_are_the_ones_the_orm_loads(
    database: Database, settings: Settings
) -> None:
    signed_up = await make_tenant(database, settings)
    fields = sources.SourceFields(
        name="Messe på Lillestrøm",
        kind=SourceKind.TRADE_FAIR,
        campaign="Høst",
        event_date=datetime.date(2026, 10, 14),
        cost=Decimal("12500.50"),
    )
    async with unit_of_work(database, owner_of(signed_up)) as work, work.transaction():
        source = await sources.create_source(work, fields)
    async with unit_of_work(database, owner_of(signed_up)) as work:
        found = await rows_by_id(work.session, Source, SOURCE_COLUMNS, [source.id])
        loaded = await work.session.get(Source, (signed_up.tenant.id, source.id))
    assert found == {source.id: column_values(loaded, SOURCE_COLUMNS)}
    assert type(found[source.id]["kind"]) is SourceKind
    assert found[source.id]["cost"] == Decimal("12500.50")


async def test_another_tenants_rows_are_not_found(database: Database, settings: Settings) -> None:
    ours = await make_tenant(database, settings, "Første AS")
    theirs = await make_tenant(database, settings, "Andre AS")
    stage_ids = {}
    for signed_up in (ours, theirs):
        async with unit_of_work(database, owner_of(signed_up)) as work:
            stages = await work.session.scalars(select(FunnelStage.id))
            stage_ids[signed_up.tenant.id] = list(stages)
    users = [ours.user.id, theirs.user.id]
    async with unit_of_work(database, owner_of(ours)) as work:
        every_stage = [*stage_ids[ours.tenant.id], *stage_ids[theirs.tenant.id]]
        stages = await rows_by_id(work.session, FunnelStage, ("id", "name"), every_stage)
        people = await rows_by_id(work.session, User, ("id", "email"), users)
    assert set(stages) == set(stage_ids[ours.tenant.id])
    assert set(people) == {ours.user.id}


async def test_no_ids_ask_nothing(database: Database, settings: Settings) -> None:
    signed_up = await make_tenant(database, settings)
    async with unit_of_work(database, owner_of(signed_up)) as work:
        assert await rows_by_id(work.session, User, ("id",), []) == {}


async def test_a_column_the_driver_reads_otherwise_is_refused(
    postgres: Database, settings: Settings
) -> None:
    # custom fields are JSON, which the driver gives as text
    signed_up = await make_tenant(postgres, settings)
    async with unit_of_work(postgres, owner_of(signed_up)) as work:
        with pytest.raises(TypeError, match="custom_fields"):
            await rows_by_id(work.session, Lead, ("id", "custom_fields"), [uuid.uuid4()])
