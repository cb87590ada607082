"""Tenant service rules the API tests cannot reach: races between two real transactions."""

import asyncio
import gc

import pytest
from sqlalchemy import select, text

from leadhub.db import Database, new_id
from leadhub.principal import Member, Newcomer, Role, Visitor
from leadhub.scope import widen_scope
from leadhub.settings import Settings
from leadhub.tenants import service
from leadhub.tenants.errors import TenantError, TenantErrorCode
from leadhub.tenants.models import Membership, User
from leadhub.work import unit_of_work
from tests.builders import make_tenant, owner_of, sign_up_in, unique_email
from tests.conftest import StatementCounter


async def _wait_until_a_transaction_waits_on_a_lock(database: Database) -> None:
    for _ in range(2000):  # bounded: twenty seconds at most, on a loaded machine
        # A new transaction each time: PostgreSQL freezes pg_stat_activity in one.
        async with unit_of_work(database, Visitor()) as work:
            waiting = await work.session.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
            )
        if waiting:
            return
        await asyncio.sleep(0.01)
    pytest.fail("the second transaction never waited on the first one's rows")


async def test_racing_sign_ups_with_one_email_get_a_typed_error(
    committing_postgres: Database, settings: Settings
) -> None:
    database = committing_postgres
    email = unique_email("race")

    async def sign_up(company: str) -> service.SignUp:
        async with unit_of_work(database, Newcomer(new_id())) as work, work.transaction():
            return await sign_up_in(work, settings, company, email)

    # given a first sign-up that has written its user but not committed yet
    async with unit_of_work(database, Newcomer(new_id())) as first, first.transaction():
        await sign_up_in(first, settings, "First AS", email)
        # when a second sign-up with the same email passes the check and blocks
        second = asyncio.create_task(sign_up("Second AS"))
        await _wait_until_a_transaction_waits_on_a_lock(database)
    # then once the first commits, the second gets the typed error, not a crash
    with pytest.raises(TenantError) as refused:
        await second
    assert refused.value.code is TenantErrorCode.EMAIL_TAKEN


async def test_two_owners_demoting_each_other_leave_one_owner(
    committing_postgres: Database, settings: Settings
) -> None:
    database = committing_postgres
    # given a tenant with two owners
    async with unit_of_work(database, Newcomer(new_id())) as work, work.transaction():
        session = work.session
        founded = await sign_up_in(work, settings, "Two Owners AS")
        second_email = unique_email("second")
        await widen_scope(session, lookup_email=second_email)  # as accepting does
        second_user = User(email=second_email, name="Second", password_hash="-")
        session.add(second_user)
        await session.flush()
        second = Membership(user_id=second_user.id, role=Role.OWNER)
        session.add(second)
    tenant_id, first = founded.tenant.id, founded.membership

    def owner(membership: Membership) -> Member:
        return Member(tenant_id, membership.user_id, Role.OWNER)

    async def demote(actor: Membership, target: Membership) -> Membership:
        async with unit_of_work(database, owner(actor)) as work, work.transaction():
            return await service.change_role(work, membership_id=target.id, role=Role.ADMIN)

    # when each demotes the other at the same time
    async with unit_of_work(database, owner(first)) as work, work.transaction():
        await service.change_role(work, membership_id=second.id, role=Role.ADMIN)
        racing = asyncio.create_task(demote(second, first))
        await _wait_until_a_transaction_waits_on_a_lock(database)
    # then the second waits for the first, counts again and is refused
    with pytest.raises(TenantError) as refused:
        await racing
    assert refused.value.code is TenantErrorCode.LAST_OWNER
    async with unit_of_work(database, owner(first)) as work:
        owners = await work.session.scalars(
            select(Membership.user_id).where(Membership.role == Role.OWNER)
        )
        assert owners.all() == [first.user_id]


async def test_the_current_tenant_is_read_once_per_session(
    database: Database, settings: Settings, statements: StatementCounter
) -> None:
    signed_up = await make_tenant(database, settings)
    async with unit_of_work(database, owner_of(signed_up)) as work:
        await service.current_tenant(work)
        read = statements.count
        gc.collect()  # nothing but the session keeps it now
        await service.current_tenant(work)
        assert statements.count == read
