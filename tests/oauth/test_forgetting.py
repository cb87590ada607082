"""The daily sweep's part for partners: codes and tokens no one can use any more are
deleted a day after their end, and nothing that still works."""

from datetime import timedelta

import httpx

from leadhub.db import Database, utcnow
from leadhub.oauth import store
from leadhub.schedule import TENANT_SWEEPS
from leadhub.work import unit_of_work
from tests.builders import Account, row_id, system_job
from tests.oauth.conftest import stored_values
from tests.oauth.partner import Registered, code_grant_tokens, introspect


async def _forget(database: Database, account: Account, days: int) -> dict[str, int]:
    tenant = system_job(row_id(account.tenant_id))
    async with unit_of_work(database, tenant) as work, work.transaction():
        return await store.forget_spent(work, utcnow() + timedelta(days=days))


async def test_spent_codes_and_tokens_are_forgotten_and_live_ones_kept(
    server_url: str, confidential: Registered, owner: Account, database: Database
) -> None:
    assert "forget_spent_credentials" in TENANT_SWEEPS
    tokens = await code_grant_tokens(server_url, confidential, owner)
    # The access token has ended, the refresh token lives 30 days: nothing goes.
    assert await _forget(database, owner, days=2) == {"codes": 1, "tokens": 0}
    assert (await introspect(server_url, confidential, tokens["refresh_token"]))["active"]
    assert await _forget(database, owner, days=32) == {"codes": 0, "tokens": 1}
    stored = await stored_values(database, owner)
    assert (stored["oauth_codes"], stored["oauth_tokens"]) == ([], [])


async def test_a_sweep_of_a_tenant_without_partners_forgets_nothing(
    client: httpx.AsyncClient, owner: Account, database: Database
) -> None:
    assert await _forget(database, owner, days=400) == {"codes": 0, "tokens": 0}
