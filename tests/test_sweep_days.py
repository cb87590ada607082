"""A day's sweep is claimed once."""

from datetime import date

from leadhub import sweep_days
from leadhub.db import Database
from leadhub.principal import AllTenantsSweep
from leadhub.work import unit_of_work

DAY = date(2026, 11, 29)


async def test_a_day_is_claimed_once(database: Database) -> None:
    async with unit_of_work(database, AllTenantsSweep("test")) as work, work.transaction():
        assert await sweep_days.claim(work, DAY)
    async with unit_of_work(database, AllTenantsSweep("test")) as work, work.transaction():
        assert not await sweep_days.claim(work, DAY)
        assert await sweep_days.claim(work, date(2026, 11, 30))
