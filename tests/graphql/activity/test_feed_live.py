"""The feed live, over graphql-transport-ws: each activity as its transaction
commits, as the subscriber may see it; resumed after the last one seen without a
gap; and heard across processes, by PostgreSQL's NOTIFY, from another API process
and from work done outside any (a job)."""

import asyncio
import base64
import os
import socket
import sys
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from strawberry import relay

from leadhub.app import create_app
from leadhub.db import Database
from leadhub.graphql import live as feed_live
from leadhub.graphql.activity import feed as feed_api
from leadhub.graphql.activity.feed import LOOK_ANYWAY_SECONDS
from leadhub.leads import service as lead_service
from leadhub.settings import Settings
from leadhub.work import unit_of_work
from tests.builders import Account, graphql, join, sign_up, system_job
from tests.conftest import DatabaseUrls
from tests.graphql.activity.test_feed import CREATE
from tests.graphql.live import Subscriber, errors_of, served, subscriber

LIVE = """
subscription($feed: FeedInput, $after: String) {
  activityFeed(feed: $feed, after: $after) {
    cursor
    activity { id kind lead { name } details { ... on CreatedDetails { stageName } } }
  }
}
"""
NAMES = "query($id: ID!) { lead(id: $id) { name } }"
FROM_THE_START = base64.urlsafe_b64encode(b"0:").decode()
SERVER_START_SECONDS = 30


async def create(client: httpx.AsyncClient, account: Account, name: str, **lead: Any) -> str:
    body = await graphql(client, CREATE, {"lead": {"name": name, **lead}}, account=account)
    lead_id: str = body["data"]["createLead"]["lead"]["id"]
    return lead_id


async def next_event(live: Subscriber, operation_id: str = "1") -> dict[str, Any]:
    message = await live.receive()
    assert (message["id"], message["type"]) == (operation_id, "next"), message
    event: dict[str, Any] = message["payload"]["data"]["activityFeed"]
    return event


@pytest.fixture
def live_app(settings: Settings, committing: Database) -> Starlette:
    """The app on a database whose transactions commit: a subscriber reads on
    connections of its own, beside the requests that write."""
    return create_app(settings, committing)


@pytest.fixture
async def live_client(live_app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=live_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://leadhub.test") as client:
        yield client


async def test_each_activity_comes_as_it_commits_as_the_subscriber_may_see_it(
    live_app: Starlette, live_client: httpx.AsyncClient
) -> None:
    app, client = live_app, live_client
    owner = await sign_up(client, "Fjordkraft Salg AS")
    rep = await join(client, owner, "SALES_REP", name="Rønnaug")
    async with (
        served(app) as url,
        subscriber(url, owner) as owners,
        subscriber(url, rep) as reps,
    ):
        await owners.subscribe("1", LIVE, {"after": FROM_THE_START})
        await reps.subscribe("1", LIVE, {"after": FROM_THE_START, "feed": {"kinds": ["CREATED"]}})
        await create(client, owner, "Åse Ødegård")
        await create(client, owner, "Kari Nordmann", ownerId=rep.user_id)
        for_owner = [await next_event(owners), await next_event(owners)]
        assert [event["activity"]["kind"] for event in for_owner] == ["CREATED", "CREATED"]
        # Each names its lead, loaded as the subscriber sees it.
        assert [event["activity"]["lead"] for event in for_owner] == [
            {"name": "Åse Ødegård"},
            {"name": "Kari Nordmann"},
        ]
        # The rep hears of their own lead only: the first event is the second lead's.
        for_rep = await next_event(reps)
        assert for_rep["cursor"] == for_owner[1]["cursor"]
        # A lead of the owner's and a note on it: the owner hears both, the rep neither,
        # and hears next of the next lead of theirs.
        await log_on(client, owner)
        assert [(await next_event(owners))["activity"]["kind"] for _ in range(2)] == [
            "CREATED",
            "NOTE",
        ]
        await create(client, owner, "Lars Kyst", ownerId=rep.user_id)
        assert (await next_event(reps))["cursor"] == (await next_event(owners))["cursor"]


async def test_another_tenant_hears_nothing_of_this_ones(
    live_app: Starlette, live_client: httpx.AsyncClient
) -> None:
    client = live_client
    owner = await sign_up(client, "Fjordkraft Salg AS")
    stranger = await sign_up(client, "Havbris AS")
    async with served(live_app) as url, subscriber(url, stranger) as strangers:
        await strangers.subscribe("1", LIVE, {"after": FROM_THE_START})
        for name in ("Åse Ødegård", "Bjørn Bø"):
            await create(client, owner, name)
        await create(client, stranger, "Kari Nordmann")
        heard = await next_event(strangers)
    page = await graphql(client, "{ activityFeed { edges { node { id } } } }", account=stranger)
    [own] = page["data"]["activityFeed"]["edges"]
    assert heard["activity"]["id"] == own["node"]["id"]
    assert heard["activity"]["lead"] == {"name": "Kari Nordmann"}


async def log_on(client: httpx.AsyncClient, owner: Account) -> None:
    """A new lead of the owner's, and a note on it."""
    lead_id = await create(client, owner, "Per Ås")
    note = """
    mutation($id: ID!) {
      logActivity(input: {leadId: $id, kind: NOTE, body: "Ringte"}) { errors { code } }
    }
    """
    await graphql(client, note, {"id": lead_id}, account=owner)


async def test_a_subscriber_resumes_after_the_last_activity_it_saw(
    live_app: Starlette, live_client: httpx.AsyncClient
) -> None:
    app, client = live_app, live_client
    owner = await sign_up(client)
    async with served(app) as url:
        async with subscriber(url, owner) as live:
            await live.subscribe("1", LIVE, {"after": FROM_THE_START})
            await create(client, owner, "Åse")
            seen = await next_event(live)
        # while it is away, three more come
        for name in ("Bjørn", "Cecilie", "Dag"):
            await create(client, owner, name)
        async with subscriber(url, owner) as live:
            await live.subscribe("1", LIVE, {"after": seen["cursor"]})
            missed = [await next_event(live) for _ in range(3)]
            await create(client, owner, "Eva")
            then = await next_event(live)
    cursors = [event["cursor"] for event in (seen, *missed, then)]
    assert len(set(cursors)) == 5  # each once, none again


@pytest.mark.parametrize(
    "after",
    [
        "not a cursor",
        base64.urlsafe_b64encode(b"-1:").decode(),
        base64.urlsafe_b64encode(b"99999999999999999999:").decode(),
    ],
    ids=["not base64", "before the first", "past a bigint"],
)
async def test_a_cursor_it_never_gave_is_refused(
    live_app: Starlette, live_client: httpx.AsyncClient, after: str
) -> None:
    app, client = live_app, live_client
    owner = await sign_up(client)
    async with served(app) as url, subscriber(url, owner) as live:
        await live.subscribe("1", LIVE, {"after": after})
        messages = await live.until_complete("1")
    [error] = [error for message in messages for error in errors_of(message)]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@asynccontextmanager
async def api_process(database_url: str, var_dir: Path) -> AsyncIterator[str]:
    """``leadhub serve`` in a process of its own on ``database_url``; yields its
    WebSocket URL once it answers."""
    port = _free_port()
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "leadhub",
        "serve",
        env={
            **os.environ,
            "ENVIRONMENT": "test",
            "DATABASE_URL": database_url,
            "VAR_DIR": str(var_dir),
            "PORT": str(port),
            "LOG_LEVEL": "WARNING",
        },
    )
    try:
        deadline = time.monotonic() + SERVER_START_SECONDS
        async with httpx.AsyncClient() as probe:
            while True:
                try:
                    if (await probe.get(f"http://127.0.0.1:{port}/healthz")).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert process.returncode is None, "the API process stopped"
                assert time.monotonic() < deadline, "the API process did not start"
                await asyncio.sleep(0.1)
        yield f"ws://127.0.0.1:{port}/graphql"
    finally:
        process.terminate()
        await process.wait()


async def test_another_process_hears_each_commit_and_a_reconnect_misses_nothing(
    committing_postgres: Database,
    database_urls: dict[str, DatabaseUrls],
    settings: Settings,
    tmp_path: Path,
) -> None:
    writer = create_app(settings, committing_postgres)
    transport = httpx.ASGITransport(app=writer)
    async with (
        httpx.AsyncClient(transport=transport, base_url="http://leadhub.test") as client,
        api_process(database_urls["postgresql"].app, tmp_path) as url,
    ):
        owner = await sign_up(client, "Havbris AS")
        async with subscriber(url, owner) as live:
            await live.subscribe("1", LIVE, {"after": FROM_THE_START})
            await asyncio.sleep(0.5)  # its first look is done: what follows is news
            started = time.monotonic()
            await create(client, owner, "Åse Ødegård")
            first = await next_event(live)
            # Heard at once, not found by the look it takes anyway every few seconds.
            assert time.monotonic() - started < LOOK_ANYWAY_SECONDS / 2
        # Away: the API process writes one, and a job outside any API another.
        await create(client, owner, "Bjørn Bø")
        tenant_id = relay.GlobalID.from_id(owner.tenant_id).node_id
        job = system_job(uuid.UUID(tenant_id))
        async with unit_of_work(committing_postgres, job) as work, work.transaction():
            await lead_service.create_lead(work, lead_service.LeadFields(name="Cecilie Dæhli"))
        async with subscriber(url, owner) as live:
            await live.subscribe("1", LIVE, {"after": first["cursor"]})
            missed = [await next_event(live), await next_event(live)]
            await create(client, owner, "Dag Året")
            then = await next_event(live)
    cursors = [event["cursor"] for event in (first, *missed, then)]
    assert len(set(cursors)) == 4
    assert [event["activity"]["kind"] for event in missed] == ["CREATED", "CREATED"]


async def test_a_transaction_that_began_first_and_committed_last_is_not_skipped(
    committing_postgres: Database, settings: Settings
) -> None:
    app = create_app(settings, committing_postgres)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://leadhub.test") as client:
        owner = await sign_up(client, "Havbris AS")
    job = system_job(uuid.UUID(relay.GlobalID.from_id(owner.tenant_id).node_id))
    async with served(app) as url, subscriber(url, owner) as live:
        await live.subscribe("1", LIVE, {"after": FROM_THE_START})
        async with (
            unit_of_work(committing_postgres, job) as first,
            unit_of_work(committing_postgres, job) as second,
            first.transaction(),
        ):
            await lead_service.create_lead(first, lead_service.LeadFields(name="Først"))
            async with second.transaction():
                await lead_service.create_lead(second, lead_service.LeadFields(name="Andre"))
            committed_first = await next_event(live)  # the second's, committed
        committed_last = await next_event(live)
    # The first began first, and its activity's id (time-ordered) is the earlier, yet
    # it comes second: after the other's cursor, where an order by id would skip it.
    assert _row_id(committed_last) < _row_id(committed_first)
    async with served(app) as url, subscriber(url, owner) as live:
        await live.subscribe("1", LIVE, {"after": committed_first["cursor"]})
        assert (await next_event(live))["activity"]["id"] == committed_last["activity"]["id"]


def _row_id(event: dict[str, Any]) -> uuid.UUID:
    return uuid.UUID(relay.GlobalID.from_id(event["activity"]["id"]).node_id)


async def test_a_subscriber_far_behind_catches_up_in_steps(
    live_app: Starlette, live_client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(feed_api, "SENT_AT_ONCE", 2)
    owner = await sign_up(live_client)
    for name in ("Åse", "Bjørn", "Cecilie", "Dag", "Eva"):
        await create(live_client, owner, name)
    page = await graphql(live_client, "{ activityFeed { edges { node { id } } } }", account=owner)
    oldest_first = [edge["node"]["id"] for edge in reversed(page["data"]["activityFeed"]["edges"])]
    async with served(live_app) as url, subscriber(url, owner) as live:
        await live.subscribe("1", LIVE, {"after": FROM_THE_START})
        heard = [(await next_event(live))["activity"]["id"] for _ in oldest_first]
    assert heard == oldest_first


DEEP = """
subscription($after: String) {
  activityFeed(after: $after) {
    activity {
      lead { name stage { name } owner { name } score tags stageHistory { toStage { name } } }
    }
  }
}
"""


async def test_a_live_lead_tells_what_its_loaders_read_and_refuses_the_rest(
    live_app: Starlette, live_client: httpx.AsyncClient
) -> None:
    client = live_client
    owner = await sign_up(client, "Fjordkraft Salg AS")
    async with served(live_app) as url, subscriber(url, owner) as live:
        await live.subscribe("1", DEEP, {"after": FROM_THE_START})
        await create(client, owner, "Åse Ødegård")
        message = await live.receive()
    payload = message["payload"]
    # what the loaders read comes; the lead's history is a query's, and says so
    assert payload["data"]["activityFeed"]["activity"]["lead"] is None
    [error] = payload["errors"]
    assert error["path"] == ["activityFeed", "activity", "lead", "stageHistory"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["message"] == feed_live.NOT_LIVE
    shallow = DEEP.replace("stageHistory { toStage { name } }", "")
    async with served(live_app) as url, subscriber(url, owner) as live:
        await live.subscribe("1", shallow, {"after": FROM_THE_START})
        lead = (await next_event(live))["activity"]["lead"]
    assert isinstance(lead.pop("score"), int)
    assert lead == {"name": "Åse Ødegård", "stage": {"name": "Suspect"}, "owner": None, "tags": []}
