"""A partner's world: the app served on a real port, a tenant, and its API clients."""

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from starlette.applications import Starlette

from leadhub.db import Database
from leadhub.oauth.models import OAuthClient, OAuthCode, OAuthToken
from leadhub.oauth.scopes import SCOPES
from leadhub.work import unit_of_work
from tests.builders import Account, graphql, row_id, sign_up, system_job
from tests.graphql.live import listening
from tests.oauth.partner import REDIRECT_URI, Registered

EVERY_SCOPE = tuple(SCOPES)
REGISTER = """
mutation($input: RegisterApiClientInput!) {
  registerApiClient(input: $input) {
    apiClient { id clientId name confidential redirectUris scopes }
    clientSecret
    errors { field code message }
  }
}
"""


@pytest.fixture
async def server_url(app: Starlette) -> AsyncIterator[str]:
    async with listening(app) as url:
        yield url


@pytest.fixture
async def owner(client: httpx.AsyncClient) -> Account:
    return await sign_up(client, "Fjordkraft Salg AS", "åse.ødegård@fjordkraft.example")


async def register_payload(
    client: httpx.AsyncClient, account: Account, **fields: Any
) -> dict[str, Any]:
    """registerApiClient's payload, asked by ``account``."""
    form = {
        "name": "Kampanjeverktøy",
        "confidential": True,
        "redirectUris": [REDIRECT_URI],
        "scopes": list(EVERY_SCOPE),
        **fields,
    }
    body = await graphql(client, REGISTER, {"input": form}, account=account)
    payload: dict[str, Any] = body["data"]["registerApiClient"]
    return payload


async def register(client: httpx.AsyncClient, account: Account, **fields: Any) -> Registered:
    """A client registered through the API by ``account``."""
    payload = await register_payload(client, account, **fields)
    assert payload["errors"] == [], payload
    return Registered(
        payload["apiClient"]["clientId"], payload["clientSecret"], payload["apiClient"]["id"]
    )


@pytest.fixture
async def confidential(client: httpx.AsyncClient, owner: Account) -> Registered:
    return await register(client, owner)


@pytest.fixture
async def public(client: httpx.AsyncClient, owner: Account) -> Registered:
    return await register(client, owner, confidential=False)


async def revoke(client: httpx.AsyncClient, account: Account, registered: Registered) -> None:
    body = await graphql(
        client,
        "mutation($id: ID!) { revokeApiClient(input: {apiClientId: $id}) { errors { code } } }",
        {"id": registered.id},
        account=account,
    )
    assert body["data"]["revokeApiClient"]["errors"] == [], body


async def stored_values(database: Database, account: Account) -> dict[str, list[str]]:
    """Every value of the account's tenant's rows of the OAuth tables, as text, by table."""
    found: dict[str, list[str]] = {}
    async with unit_of_work(database, system_job(row_id(account.tenant_id))) as work:
        for model in (OAuthClient, OAuthCode, OAuthToken):
            rows = await work.session.scalars(select(model))
            found[model.__tablename__] = [
                str(getattr(row, column.key)) for row in rows for column in model.__table__.columns
            ]
    return found
