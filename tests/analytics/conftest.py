"""The quarter of history the KPIs and goals are tested on, built once a test."""

from collections.abc import AsyncIterator

import pytest

from leadhub.db import Database
from leadhub.principal import Member
from leadhub.settings import Settings
from leadhub.teams import service as teams
from leadhub.work import UnitOfWork, unit_of_work
from tests.analytics.history import History
from tests.analytics.scenario import Built, build
from tests.builders import make_tenant, owner_of


@pytest.fixture
async def owner(database: Database, settings: Settings) -> Member:
    return owner_of(await make_tenant(database, settings, "Fjordkraft Salg AS"))


@pytest.fixture
async def built(database: Database, owner: Member) -> Built:
    async with unit_of_work(database, owner) as work, work.transaction():
        team_id = (await teams.create_team(work, "Salg Vest")).id
    return await build(History(database, owner.tenant_id), team_id, owner.user_id)


@pytest.fixture
async def work(
    database: Database, owner: Member, built: Built
) -> AsyncIterator[UnitOfWork[Member]]:
    async with unit_of_work(database, owner) as work:
        yield work
