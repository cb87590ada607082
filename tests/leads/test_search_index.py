"""Search under row-level security (PostgreSQL, migrations 0014, 0018 and 0019):
the search texts in a table the application role cannot read, kept by a trigger,
reached only through functions that apply the transaction's tenant and a rep's
reach themselves, and answer a page newest first or a count up to a cap."""

import uuid

import pytest
from sqlalchemy import Select, delete, select, text, update
from sqlalchemy.exc import ProgrammingError

from leadhub.db import Database
from leadhub.leads import service as lead_service
from leadhub.leads.models import Lead
from leadhub.leads.searchable import matches_counted, newest_matches
from leadhub.principal import Member, Reach, Role
from leadhub.settings import Settings
from leadhub.teams.models import Team
from leadhub.work import unit_of_work
from tests.builders import make_tenant, owner_of, system_job


def _matching(
    *patterns: str, older_than: uuid.UUID | None = None, max_rows: int | None = None
) -> Select[tuple[uuid.UUID]]:
    matches = newest_matches(patterns, older_than=older_than, max_rows=max_rows)
    return select(matches.c.lead_id)


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


async def test_a_page_is_the_newest_matches_older_than_its_cursor(
    postgres: Database, settings: Settings
) -> None:
    signed_up = await make_tenant(postgres, settings)
    async with unit_of_work(postgres, owner_of(signed_up)) as work, work.transaction():
        names = ("Kari Hansen", "Per Olsen", "Ola Hansen", "Åse Hansen", "Siri Hansen")
        ids = [
            (await lead_service.create_lead(work, lead_service.LeadFields(name=name))).id
            for name in names
        ]
        session = work.session
        hansens = [ids[4], ids[3], ids[2], ids[0]]  # newest first
        assert list(await session.scalars(_matching("%hansen%", max_rows=2))) == hansens[:2]
        after_second = _matching("%hansen%", older_than=hansens[1], max_rows=2)
        assert list(await session.scalars(after_second)) == hansens[2:]
        assert await session.scalar(matches_counted(["%hansen%"], 3)) == 3
        assert await session.scalar(matches_counted(["%hansen%"], 10)) == 4


async def test_a_page_and_a_count_keep_to_the_tenant_and_a_reps_reach(
    postgres: Database, settings: Settings
) -> None:
    signed_up = await make_tenant(postgres, settings)
    other = await make_tenant(postgres, settings, "Andre AS")
    tenant, owner = signed_up.tenant.id, signed_up.user.id
    async with unit_of_work(postgres, system_job(tenant)) as work, work.transaction():
        team = Team(name="Nord")
        work.session.add(team)
        await work.session.flush()
        in_reach = [
            (await lead_service.create_lead(work, fields)).id
            for fields in (
                lead_service.LeadFields(name="Kari Hansen", owner_id=owner),
                lead_service.LeadFields(name="Per Hansen", owner_team_id=team.id),
            )
        ]
        # the newest three are out of the rep's reach: a page cut before the
        # reach applied would hold none of the rep's
        for _ in range(3):
            await lead_service.create_lead(work, lead_service.LeadFields(name="Ola Hansen"))
    async with unit_of_work(postgres, owner_of(other)) as work, work.transaction():
        await lead_service.create_lead(work, lead_service.LeadFields(name="Eva Hansen"))
    rep = Member(tenant, owner, Role.SALES_REP, Reach(owner, frozenset({team.id})))
    async with unit_of_work(postgres, rep) as work:
        page = await work.session.scalars(_matching("%hansen%", max_rows=2))
        assert list(page) == in_reach[::-1]
        assert await work.session.scalar(matches_counted(["%hansen%"], 10)) == 2
    async with unit_of_work(postgres, owner_of(signed_up)) as work:
        assert await work.session.scalar(matches_counted(["%hansen%"], 10)) == 5


async def test_a_lead_given_away_leaves_the_reps_search(
    postgres: Database, settings: Settings
) -> None:
    signed_up = await make_tenant(postgres, settings)
    tenant, owner = signed_up.tenant.id, signed_up.user.id
    async with unit_of_work(postgres, system_job(tenant)) as work, work.transaction():
        fields = lead_service.LeadFields(name="Kari Hansen", owner_id=owner)
        lead = await lead_service.create_lead(work, fields)
    rep = Member(tenant, owner, Role.SALES_REP, Reach(owner))
    async with unit_of_work(postgres, rep) as work:
        assert await work.session.scalar(matches_counted(["%hansen%"], 10)) == 1
    async with unit_of_work(postgres, system_job(tenant)) as work, work.transaction():
        await lead_service.update_lead(work, lead.id, {"owner_id": None})
    async with unit_of_work(postgres, rep) as work:
        assert await work.session.scalar(matches_counted(["%hansen%"], 10)) == 0
        assert list(await work.session.scalars(_matching("%hansen%", max_rows=2))) == []


async def test_one_statement_of_many_leads_keeps_each_in_the_copy(
    postgres: Database, settings: Settings
) -> None:
    signed_up = await make_tenant(postgres, settings)
    tenant, owner = signed_up.tenant.id, signed_up.user.id
    rep = Member(tenant, owner, Role.SALES_REP, Reach(owner))
    names = ("Kari Hansen", "Per Hansen", "Åse Hansen")
    async with unit_of_work(postgres, system_job(tenant)) as work, work.transaction():
        ids = [
            (await lead_service.create_lead(work, lead_service.LeadFields(name=name))).id
            for name in names
        ]
        await work.session.execute(
            update(Lead).where(Lead.id.in_(ids[:2])).values(owner_id=owner, score=7)
        )
    async with unit_of_work(postgres, rep) as work:
        assert set(await work.session.scalars(_matching("%hansen%"))) == set(ids[:2])
    async with unit_of_work(postgres, system_job(tenant)) as work, work.transaction():
        await work.session.execute(delete(Lead).where(Lead.id.in_(ids[1:])))
        assert list(await work.session.scalars(_matching("%hansen%"))) == ids[:1]
