"""A partner's world: the app served on a real port, a tenant, and its API clients."""

from collections.abc import AsyncIterator

import httpx
import pytest
from starlette.applications import Starlette

from leadhub.db import Database
from leadhub.oauth import clients
from leadhub.principal import Member, Role
from leadhub.settings import Settings
from leadhub.work import unit_of_work
from tests.builders import Account, row_id, sign_up
from tests.graphql.live import listening
from tests.oauth.partner import REDIRECT_URI, Registered

EVERY_SCOPE = ("leads:read", "leads:write", "analytics:read", "webhooks:manage")


@pytest.fixture
async def server_url(app: Starlette) -> AsyncIterator[str]:
    async with listening(app) as url:
        yield url


@pytest.fixture
async def owner(client: httpx.AsyncClient) -> Account:
    return await sign_up(client, "Fjordkraft Salg AS", "åse.ødegård@fjordkraft.example")


async def register(
    database: Database,
    settings: Settings,
    account: Account,
    *,
    confidential: bool = True,
    redirect_uris: tuple[str, ...] = (REDIRECT_URI,),
    scopes: tuple[str, ...] = EVERY_SCOPE,
    role: Role = Role.OWNER,
) -> Registered:
    """A client registered through the service, as ``account`` with ``role``."""
    member = Member(row_id(account.tenant_id), row_id(account.user_id), role)
    form = clients.ClientForm("Kampanjeverktøy", confidential, redirect_uris, scopes)
    async with unit_of_work(database, member) as work, work.transaction():
        issued = await clients.register_client(work, settings, form)
    return Registered(issued.client_id, issued.secret)


@pytest.fixture
async def confidential(database: Database, settings: Settings, owner: Account) -> Registered:
    return await register(database, settings, owner)


@pytest.fixture
async def public(database: Database, settings: Settings, owner: Account) -> Registered:
    return await register(database, settings, owner, confidential=False)
