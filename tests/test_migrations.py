"""The migrations build exactly the schema the models declare, on both databases."""

import asyncio
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Connection, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from leadhub.db import Database, utcnow
from leadhub.leads import lifecycle, nurture
from leadhub.leads import service as lead_service
from leadhub.leads.models import FunnelStage, Lead, Milestone
from leadhub.migrations import alembic_config, upgrade
from leadhub.models import Base
from leadhub.scope import Scope, publish
from leadhub.settings import Settings
from leadhub.teams import service as teams
from leadhub.teams.models import TeamMember
from leadhub.work import unit_of_work
from tests.builders import make_tenant, owner_of, system_job
from tests.conftest import OWNER_ROLE, TEST_DATABASE, DatabaseUrls, _admin


def _drift(connection: Connection) -> list[object]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return list(compare_metadata(context, Base.metadata))


async def test_models_and_migrations_agree(
    backend: str, database_urls: dict[str, DatabaseUrls]
) -> None:
    engine = create_async_engine(database_urls[backend].owner)
    async with engine.connect() as connection:
        drift = await connection.run_sync(_drift)
    await engine.dispose()
    assert drift == [], "models and migrations differ; write a migration"


@pytest.fixture
def fresh_database(
    backend: str, database_urls: dict[str, DatabaseUrls], tmp_path: Path
) -> Iterator[DatabaseUrls]:
    """An empty database of the backend, for migrating up and down."""
    if backend == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'roundtrip.db'}"
        yield DatabaseUrls(owner=url, app=url)
        return
    name = f"{TEST_DATABASE}_roundtrip"
    asyncio.run(
        _admin(f"DROP DATABASE IF EXISTS {name}", f"CREATE DATABASE {name} OWNER {OWNER_ROLE}")
    )
    urls = database_urls["postgresql"]
    yield DatabaseUrls(
        owner=make_url(urls.owner).set(database=name).render_as_string(hide_password=False),
        app=make_url(urls.app).set(database=name).render_as_string(hide_password=False),
    )
    asyncio.run(_admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))


async def test_migrations_go_down_and_up_again_with_data(
    fresh_database: DatabaseUrls, settings: Settings
) -> None:
    owner, app = fresh_database.owner, fresh_database.app
    await asyncio.to_thread(upgrade, owner, app)
    database = Database.connect(app)
    signed_up = await make_tenant(database, settings)
    tenant_id = signed_up.tenant.id
    async with unit_of_work(database, system_job(tenant_id)) as work, work.transaction():
        lead = await lead_service.create_lead(work, lead_service.LeadFields(name="Kari"))
        await nurture.park(work, lead.id, utcnow().date() + timedelta(days=3))

    # 0006 added the nurture activities: going below it takes them away
    await asyncio.to_thread(command.downgrade, alembic_config(owner, app), "0005")
    # the models are the head's: read below it in SQL, as the owner sees the table
    async with database.engine.connect() as connection:
        await connection.run_sync(lambda sync: publish(sync, Scope(tenant_id=tenant_id)))
        kinds = set(await connection.scalars(text("SELECT kind FROM activities")))
    assert kinds == {"created"}
    await database.dispose()

    await asyncio.to_thread(command.downgrade, alembic_config(owner, app), "base")
    await asyncio.to_thread(upgrade, owner, app)


async def test_activities_from_before_actors_were_kept_are_a_members_or_the_systems(
    fresh_database: DatabaseUrls, settings: Settings
) -> None:
    owner, app = fresh_database.owner, fresh_database.app
    await asyncio.to_thread(upgrade, owner, app)
    database = Database.connect(app)
    signed_up = await make_tenant(database, settings)
    tenant_id = signed_up.tenant.id
    for principal in (owner_of(signed_up), system_job(tenant_id)):
        async with unit_of_work(database, principal) as work, work.transaction():
            await lead_service.create_lead(work, lead_service.LeadFields(name=str(principal)))

    # 0012 added the actors: back below it and up again, they are filled in
    await asyncio.to_thread(command.downgrade, alembic_config(owner, app), "0011")
    await asyncio.to_thread(upgrade, owner, app)
    async with database.engine.connect() as connection:
        await connection.run_sync(lambda sync: publish(sync, Scope(tenant_id=tenant_id)))
        actors = set(
            await connection.execute(
                text("SELECT actor_kind, actor_id IS NULL, actor_job FROM activities")
            )
        )
    await database.dispose()
    assert actors == {("member", False, None), ("system", True, None)}


async def test_0009_fills_the_search_text_of_every_tenants_leads(
    fresh_database: DatabaseUrls, settings: Settings
) -> None:
    owner, app = fresh_database.owner, fresh_database.app
    await asyncio.to_thread(upgrade, owner, app)
    database = Database.connect(app)
    lead_names = {}
    for name, lead_fields in (
        (
            "Havbruk Øst AS",
            lead_service.LeadFields(name="Øyvind Ås", company="Havbruk Øst", phone="+4741234567"),
        ),
        ("Fjord AS", lead_service.LeadFields(name="ÆRLIG Bråten", email="post@fjord.no")),
    ):
        tenant_id = (await make_tenant(database, settings, name)).tenant.id
        async with unit_of_work(database, system_job(tenant_id)) as work, work.transaction():
            await lead_service.create_lead(work, lead_fields)
        lead_names[tenant_id] = lead_fields.name

    # below 0009 the column is gone; going up again fills it for every tenant
    await asyncio.to_thread(command.downgrade, alembic_config(owner, app), "0008")
    await asyncio.to_thread(upgrade, owner, app)
    texts = {}
    for tenant_id, lead_name in lead_names.items():
        async with unit_of_work(database, system_job(tenant_id)) as work:
            texts[lead_name] = await work.session.scalar(select(Lead.search_text))
    await database.dispose()
    assert texts == {
        "Øyvind Ås": "oyvind as\nhavbruk ost\n4741234567\n",
        "ÆRLIG Bråten": "aerlig braten\npost@fjord.no\n",
    }


async def test_team_members_from_before_0020_take_leads_and_manage_nothing(
    fresh_database: DatabaseUrls, settings: Settings
) -> None:
    owner, app = fresh_database.owner, fresh_database.app
    await asyncio.to_thread(upgrade, owner, app)
    database = Database.connect(app)
    signed_up = await make_tenant(database, settings, "Innsalg Øst AS")
    async with unit_of_work(database, owner_of(signed_up)) as work, work.transaction():
        team = await teams.create_team(work, "Øst")
        await teams.add_member(work, team.id, signed_up.user.id)

    # below 0020 members had no part; going up again, each is active and no manager
    await asyncio.to_thread(command.downgrade, alembic_config(owner, app), "0019")
    await asyncio.to_thread(upgrade, owner, app)
    async with unit_of_work(database, owner_of(signed_up)) as work:
        parts = (await work.session.execute(select(TeamMember.active, TeamMember.manages))).all()
        active = await work.session.scalar(select(func.count()).where(TeamMember.active))
    await database.dispose()
    assert [tuple(part) for part in parts] == [(True, False)]
    assert active == 1


async def test_0026_gives_stages_their_bits_and_leads_the_stages_they_reached(
    fresh_database: DatabaseUrls, settings: Settings
) -> None:
    owner, app = fresh_database.owner, fresh_database.app
    await asyncio.to_thread(upgrade, owner, app)
    database = Database.connect(app)
    tenants = [(await make_tenant(database, settings, name)).tenant.id for name in ("Å AS", "Ø AS")]
    for tenant_id in tenants:
        async with unit_of_work(database, system_job(tenant_id)) as work, work.transaction():
            lead = await lead_service.create_lead(work, lead_service.LeadFields(name="Åse"))
            await lifecycle.qualify(work, lead.id, Milestone.SQL)  # skips the MQL stage

    # below 0026 neither column is there; going up again fills both from the history
    await asyncio.to_thread(command.downgrade, alembic_config(owner, app), "0025")
    await asyncio.to_thread(upgrade, owner, app)
    for tenant_id in tenants:
        async with unit_of_work(database, system_job(tenant_id)) as work:
            stages = list(await work.session.scalars(select(FunnelStage)))
            reached = await work.session.scalar(select(Lead.reached_stages))
            by_milestone = {stage.milestone: stage for stage in stages}
            assert sorted(stage.bit for stage in stages) == list(range(len(stages)))
            assert (
                reached == by_milestone[Milestone.SUSPECT].mask | by_milestone[Milestone.SQL].mask
            )
    await database.dispose()
