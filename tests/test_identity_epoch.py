"""The identity epoch moves on with a committed change to who a login acts as, and only then."""

from collections.abc import Awaitable, Callable

import pytest

from leadhub.db import Database
from leadhub.identity_epoch import current_epoch
from leadhub.leads import service as leads
from leadhub.principal import Member, Visitor
from leadhub.settings import Settings
from leadhub.tenants import service as tenants
from leadhub.tenants.service import SignUp
from leadhub.work import UnitOfWork, unit_of_work
from tests.builders import PASSWORD, make_tenant, owner_of

Change = Callable[[UnitOfWork[Member]], Awaitable[object]]


async def epoch(database: Database) -> int | None:
    async with unit_of_work(database, Visitor()) as work:
        return await current_epoch(work.session)


async def change(database: Database, signed_up: SignUp, what: Change) -> None:
    async with unit_of_work(database, owner_of(signed_up)) as work:
        outcome = await work.run(what)
        assert not isinstance(outcome, Exception), outcome


async def test_a_changed_tenant_moves_it_on(database: Database, settings: Settings) -> None:
    signed_up = await make_tenant(database, settings)
    before = await epoch(database)
    await change(database, signed_up, lambda w: tenants.update_settings(w, {"name": "Fjord AS"}))
    assert before is not None
    assert await epoch(database) == before + 1


async def test_ending_logins_in_bulk_moves_it_on(database: Database, settings: Settings) -> None:
    signed_up = await make_tenant(database, settings)
    before = await epoch(database)
    await change(
        database,
        signed_up,
        lambda w: tenants.log_out(w, signed_up.login.auth_session, everywhere=True),
    )
    assert before is not None
    assert await epoch(database) == before + 1


async def test_a_new_login_and_a_lead_leave_it(database: Database, settings: Settings) -> None:
    signed_up = await make_tenant(database, settings)
    before = await epoch(database)
    async with unit_of_work(database, Visitor()) as work:
        await work.run(
            lambda w: tenants.log_in(
                w, settings, email=signed_up.user.email, password=PASSWORD, client_address=None
            )
        )
    await change(database, signed_up, lambda w: leads.create_lead(w, leads.LeadFields(name="Ola")))
    assert await epoch(database) == before


async def test_a_change_rolled_back_leaves_it(database: Database, settings: Settings) -> None:
    signed_up = await make_tenant(database, settings)
    before = await epoch(database)

    async def rename_then_fail(work: UnitOfWork[Member]) -> None:
        await tenants.update_settings(work, {"name": "Fjord AS"})
        await work.session.flush()
        raise RuntimeError("a bug after the write")

    async with unit_of_work(database, owner_of(signed_up)) as work:
        with pytest.raises(RuntimeError):
            await work.run(rename_then_fail)
    assert await epoch(database) == before
