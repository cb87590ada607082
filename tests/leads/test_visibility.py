"""Lead visibility lives in the session's scope, so workers and the CLI obey it too."""

import pytest
from sqlalchemy import func, select, update

from leadhub.activity.models import Activity
from leadhub.db import Database, TenantIsolationError
from leadhub.leads import service as lead_service
from leadhub.leads.models import Lead, StageChange, Temperature
from leadhub.principal import Member, Reach, Role
from leadhub.settings import Settings
from leadhub.teams.models import Team
from leadhub.work import unit_of_work
from tests.builders import make_tenant, system_job


async def test_a_rep_scope_hides_other_leads_and_their_rows(
    database: Database, settings: Settings
) -> None:
    signed_up = await make_tenant(database, settings)
    tenant, owner = signed_up.tenant.id, signed_up.user.id
    async with unit_of_work(database, system_job(tenant)) as work, work.transaction():
        session = work.session
        for name, lead_owner in (("Owned", owner), ("Unowned", None)):
            fields = lead_service.LeadFields(name=name, owner_id=lead_owner)
            await lead_service.create_lead(work, fields)
    rep = Member(tenant, owner, Role.SALES_REP, Reach(owner))
    async with unit_of_work(database, rep) as work:
        session = work.session
        assert list(await session.scalars(select(Lead.name))) == ["Owned"]
        # the rows about leads follow their lead
        for model in (Activity, StageChange):
            assert await session.scalar(select(func.count()).select_from(model)) == 1
        # and bulk changes reach only the visible lead
        retitled = await session.execute(update(Lead).values(title="Renamed"))
        assert retitled.rowcount == 1  # type: ignore[attr-defined]


async def test_a_rep_scope_reaches_their_teams_leads_and_writes_no_further(
    database: Database, settings: Settings
) -> None:
    signed_up = await make_tenant(database, settings)
    tenant, owner = signed_up.tenant.id, signed_up.user.id
    async with unit_of_work(database, system_job(tenant)) as work, work.transaction():
        session = work.session
        team = Team(name="North")
        session.add(team)
        await session.flush()
        for name, owner_team in (("Team's", team.id), ("Unowned", None)):
            fields = lead_service.LeadFields(name=name, owner_team_id=owner_team)
            await lead_service.create_lead(work, fields)
    rep = Member(tenant, owner, Role.SALES_REP, Reach(owner, frozenset({team.id})))
    async with unit_of_work(database, rep) as work:
        session = work.session
        assert list(await session.scalars(select(Lead.name))) == ["Team's"]
        stage_id = await session.scalar(select(Lead.stage_id))
        # a row the rep could not see afterwards is refused before it is written
        session.add(Lead(name="Stray", stage_id=stage_id, temperature=Temperature.COLD))
        with pytest.raises(TenantIsolationError):
            await session.flush()
