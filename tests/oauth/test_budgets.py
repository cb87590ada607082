"""Partners' request budgets: token buckets per client and per tenant, in memory and
in a real Redis shared by processes, told in each answer and refused with 429."""

import asyncio
import os
import uuid
from collections.abc import AsyncIterator

import httpx
import pytest
from starlette.applications import Starlette

from leadhub.app import create_app
from leadhub.db import Database
from leadhub.oauth.budgets import Bucket, Budgets, MemoryStore, RedisStore, Store
from leadhub.principal import PartnerClient, Role
from leadhub.settings import Settings
from tests.builders import Account
from tests.graphql.live import errors_of, served, subscriber
from tests.oauth.conftest import register
from tests.oauth.partner import access_token
from tests.services import require_service

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
TENANT = "{ tenant { name } }"


@pytest.fixture(params=["memory", "redis"])
async def store(request: pytest.FixtureRequest) -> Store:
    if request.param == "memory":
        return MemoryStore()
    redis = RedisStore(REDIS_URL)
    try:
        await redis.take(f"probe:{uuid.uuid4()}", Bucket(1, 1))
    except OSError as error:
        require_service(f"no Redis answers at {REDIS_URL}: {error}")
    return redis


def _partner(tenant_id: uuid.UUID | None = None) -> PartnerClient:
    return PartnerClient(
        tenant_id=tenant_id or uuid.uuid4(),
        client_id=uuid.uuid4(),
        scopes=frozenset({"leads:read"}),
        installer_role=Role.OWNER,
    )


async def test_a_bucket_gives_its_burst_then_a_token_per_interval(store: Store) -> None:
    bucket = Bucket(capacity=3, per_minute=600)  # a token back every 0.1 s
    key = f"test:{uuid.uuid4()}"
    taken = [await store.take(key, bucket) for _ in range(4)]
    assert [t.allowed for t in taken] == [True, True, True, False]
    assert [t.remaining for t in taken] == [2, 1, 0, 0]
    assert 0 < taken[3].retry_after <= 0.1
    assert 0.2 < taken[2].full_in <= 0.3
    await asyncio.sleep(taken[3].retry_after + 0.02)
    assert (await store.take(key, bucket)).allowed


async def test_processes_share_their_buckets_in_redis() -> None:
    """Two API processes, each with its own store, spend one bucket."""
    first, second = RedisStore(REDIS_URL), RedisStore(REDIS_URL)
    bucket = Bucket(capacity=2, per_minute=1)
    key = f"test:{uuid.uuid4()}"
    assert (await first.take(key, bucket)).allowed
    assert (await second.take(key, bucket)).allowed
    assert not (await first.take(key, bucket)).allowed
    assert not (await second.take(key, bucket)).allowed


async def test_the_tenants_bucket_holds_all_its_clients_together() -> None:
    budgets = Budgets(MemoryStore(), Bucket(5, 1), Bucket(3, 1))
    tenant_id = uuid.uuid4()
    first, second = _partner(tenant_id), _partner(tenant_id)
    spent = [await budgets.spend(first) for _ in range(2)] + [await budgets.spend(second)]
    assert all(s.allowed for s in spent)
    # The tenant's is the tighter: it is the one told.
    assert [s.headers["RateLimit-Remaining"] for s in spent] == ["2", "1", "0"]
    refused = await budgets.spend(second)
    assert not refused.allowed
    assert refused.headers["RateLimit-Limit"] == "3"
    assert int(refused.headers["Retry-After"]) >= 1
    # Another tenant's client has its own.
    assert (await budgets.spend(_partner())).allowed


@pytest.fixture
def tight_settings(settings: Settings) -> Settings:
    return settings.model_copy(
        update={
            "partner_burst_per_client": 2,
            "partner_requests_per_minute": 1,
            "partner_burst_per_tenant": 3,
            "partner_requests_per_minute_tenant": 1,
        }
    )


@pytest.fixture
async def tight_client(
    tight_settings: Settings, database: Database
) -> AsyncIterator[httpx.AsyncClient]:
    app: Starlette = create_app(tight_settings, database)
    transport = httpx.ASGITransport(app=app, client=("203.0.113.7", 4711))
    async with httpx.AsyncClient(transport=transport, base_url="http://leadhub.test") as client:
        yield client


async def _ask(client: httpx.AsyncClient, token: str) -> httpx.Response:
    return await client.post(
        "/graphql", json={"query": TENANT}, headers={"authorization": f"Bearer {token}"}
    )


async def test_a_partner_past_its_budget_is_answered_429_with_when_to_come_back(
    tight_client: httpx.AsyncClient, owner: Account, client: httpx.AsyncClient
) -> None:
    first = await access_token(tight_client, await register(client, owner))
    answers = [await _ask(tight_client, first) for _ in range(3)]
    assert [a.status_code for a in answers] == [200, 200, 429]
    assert [a.headers["RateLimit-Remaining"] for a in answers] == ["1", "0", "0"]
    refused = answers[2]
    assert refused.headers["RateLimit-Limit"] == "2"
    assert 1 <= int(refused.headers["Retry-After"]) <= 60
    [error] = refused.json()["errors"]
    assert error["extensions"] == {"code": "RATE_LIMITED"}
    # Another client of the tenant: its own bucket is full, the tenant's has one left.
    second = await access_token(tight_client, await register(client, owner))
    assert [(await _ask(tight_client, second)).status_code for _ in range(2)] == [200, 429]


async def test_people_spend_no_partners_budget(
    tight_client: httpx.AsyncClient, owner: Account
) -> None:
    answers = [
        await tight_client.post(
            "/graphql",
            json={"query": TENANT},
            headers={"authorization": f"Bearer {owner.token}"},
        )
        for _ in range(5)
    ]
    assert {a.status_code for a in answers} == {200}
    assert "RateLimit-Remaining" not in answers[0].headers


async def test_a_partners_connection_spends_its_budget_and_is_told_when_none_was_left(
    tight_settings: Settings, database: Database, client: httpx.AsyncClient, owner: Account
) -> None:
    app = create_app(tight_settings, database)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://leadhub.test") as tight:
        registered = await register(client, owner)
        token = await access_token(tight, registered, "activity:read")
    feed = "subscription { activityFeed { cursor } }"
    as_partner = Account(email="", token=token, user_id="", tenant_id="")
    async with served(app) as url:
        for _ in range(2):  # the client's burst: two connections
            async with subscriber(url, as_partner) as live:
                await live.subscribe("1", feed)
        async with subscriber(url, as_partner) as live:
            await live.subscribe("1", feed)
            [error] = errors_of(await live.receive())
    assert error["extensions"]["code"] == "RATE_LIMITED"
    assert error["extensions"]["retryAfter"] >= 1


async def test_the_token_endpoint_holds_each_address_to_its_budget(
    tight_client: httpx.AsyncClient, client: httpx.AsyncClient, owner: Account
) -> None:
    """Before a client is proven anyone may name it: the asking address is held."""
    registered = await register(client, owner)
    assert registered.secret is not None
    answers = [
        await tight_client.post(
            "/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(registered.client_id, registered.secret),
        )
        for _ in range(3)
    ]
    assert [answer.status_code for answer in answers] == [200, 200, 429]
    refused = answers[2]
    assert refused.json()["error"] == "rate_limited"
    assert int(refused.headers["Retry-After"]) >= 1
