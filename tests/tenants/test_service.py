"""Tenant service rules that the API tests cannot reach: races between requests."""

import asyncio

import pytest
from sqlalchemy import text

from leadhub.db import Database, new_id
from leadhub.settings import Settings
from leadhub.tenants import service
from leadhub.tenants.errors import TenantError, TenantErrorCode
from tests.builders import PASSWORD, unique_email


async def _wait_until_a_transaction_waits_on_a_lock(database: Database) -> None:
    async with database.identity_session() as session:
        for _ in range(500):  # bounded: five seconds at most
            waiting = await session.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
            )
            if waiting:
                return
            await asyncio.sleep(0.01)
    pytest.fail("the second sign-up never waited on the first one's row")


async def test_racing_sign_ups_with_one_email_get_a_typed_error(
    committing_postgres: Database, settings: Settings
) -> None:
    database = committing_postgres
    email = unique_email("race")

    async def sign_up(company: str) -> service.SignUp:
        async with database.tenant_session(new_id()) as session, session.begin():
            return await service.sign_up(
                session,
                settings,
                company_name=company,
                owner_name="Racer",
                email=email,
                password=PASSWORD,
                client_address=None,
            )

    # given a first sign-up that has written its user but not committed yet
    async with database.tenant_session(new_id()) as first, first.begin():
        await service.sign_up(
            first,
            settings,
            company_name="First AS",
            owner_name="Racer",
            email=email,
            password=PASSWORD,
            client_address=None,
        )
        # when a second sign-up with the same email passes the check and blocks
        second = asyncio.create_task(sign_up("Second AS"))
        await _wait_until_a_transaction_waits_on_a_lock(database)
    # then once the first commits, the second gets the typed error, not a crash
    with pytest.raises(TenantError) as refused:
        await second
    assert refused.value.code is TenantErrorCode.EMAIL_TAKEN
