"""Search under row-level security (PostgreSQL, migrations 0014 and 0018): the
search texts in a table the application role cannot read, kept by a trigger,
reached only through a function that applies the transaction's tenant itself and
answers newest first."""

import uuid

import pytest
from sqlalchemy import Select, select, text
from sqlalchemy.exc import ProgrammingError

from leadhub.db import Database
from leadhub.leads import service as lead_service
from leadhub.leads.searchable import newest_matches
from leadhub.settings import Settings
from leadhub.work import unit_of_work
from tests.builders import make_tenant, owner_of


def _matching(*patterns: str) -> Select[tuple[uuid.UUID]]:
    return select(newest_matches(patterns).c.lead_id)


async def test_the_function_answers_the_transactions_tenant_only(
    postgres: Database, settings: Settings
) -> None:
    first = await make_tenant(postgres, settings, "Første AS")
    second = await make_tenant(postgres, settings, "Andre AS")
    ids = {}
    for signed_up in (first, second):
        async with unit_of_work(postgres, owner_of(signed_up)) as work, work.transaction():
            lead = await lead_service.create_lead(work, lead_service.LeadFields(name="Åse Ødegård"))
            ids[signed_up.tenant.id] = lead.id
    async with unit_of_work(postgres, owner_of(first)) as work:
        found = set(await work.session.scalars(_matching("%odegard%")))
    assert found == {ids[first.tenant.id]}


async def test_the_function_answers_every_pattern_newest_first(
    postgres: Database, settings: Settings
) -> None:
    signed_up = await make_tenant(postgres, settings)
    async with unit_of_work(postgres, owner_of(signed_up)) as work, work.transaction():
        created = [
            await lead_service.create_lead(work, lead_service.LeadFields(name=name))
            for name in ("Kari Hansen", "Per Olsen", "Åse Berg", "Ola Hansen")
        ]
        found = list(await work.session.scalars(_matching("%hansen%", "%olsen%")))
    # ids are time-ordered: the newest is the last created
    assert found == [created[3].id, created[1].id, created[0].id]


async def test_the_trigger_keeps_the_copy_current(postgres: Database, settings: Settings) -> None:
    signed_up = await make_tenant(postgres, settings)
    async with unit_of_work(postgres, owner_of(signed_up)) as work, work.transaction():
        lead = await lead_service.create_lead(work, lead_service.LeadFields(name="Kari Hansen"))
        await lead_service.update_lead(work, lead.id, {"name": "Kari Bråten"})
        session = work.session
        assert list(await session.scalars(_matching("%hansen%"))) == []
        assert list(await session.scalars(_matching("%braten%"))) == [lead.id]
        await session.delete(lead)
        await session.flush()
        assert list(await session.scalars(_matching("%braten%"))) == []


async def test_the_application_role_cannot_read_the_copy(
    postgres: Database, settings: Settings
) -> None:
    signed_up = await make_tenant(postgres, settings)
    async with unit_of_work(postgres, owner_of(signed_up)) as work:
        with pytest.raises(ProgrammingError, match="permission denied"):
            await work.session.execute(text("SELECT count(*) FROM leadhub_private.lead_search"))
