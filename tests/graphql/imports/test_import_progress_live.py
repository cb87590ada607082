"""An import's progress pushed over a WebSocket (graphql-transport-ws) to a client
of the app served by uvicorn: each chunk as it commits, then the end; and who may
watch, with what a bad message gets."""

import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosedError

from leadhub.app import create_app
from leadhub.db import Database
from leadhub.graphql import live as connection
from leadhub.graphql.imports import live
from leadhub.imports import service
from leadhub.settings import Settings
from tests.builders import Account, graphql, join, sign_up
from tests.graphql.live import PROTOCOL, errors_of, served, subscriber
from tests.imports.lists import carry_on, jobs_of, run_import_jobs, uploaded_list

LIST = (
    "Navn;E-post;Telefon;Firma\n"
    "Åse Ødegård;ase@havbruk.no;412 34 567;Havbruk Øst AS\n"
    "Kari Nordmann;kari@;1;Kari AS\n"
    "Bjørn Ærø;bjorn@fisk.no;(+47) 92 67 88 28;Fisk AS\n"
).encode("cp1252")
PROGRESS = """
subscription Progress($id: ID!) {
  leadImportProgress(id: $id) {
    leadImportId status failure
    progress { totalRows read created updated skipped failed percent }
  }
}
"""
START = """
mutation Start($input: LeadImportInput!) {
  startLeadImport(input: $input) { errors { code } }
}
"""
LOG_OUT = "mutation { logOut(input: {}) { endedSessions } }"


@pytest.fixture
def looks_often(monkeypatch: pytest.MonkeyPatch) -> None:
    """Subscriptions look at the import, and who they act as, every 20 ms, not every
    second."""
    monkeypatch.setattr(live, "LOOK_EVERY_SECONDS", 0.02)
    monkeypatch.setattr(connection, "IDENTITY_FRESH_SECONDS", 0.02)


@pytest.fixture
async def owner(client: httpx.AsyncClient) -> Account:
    return await sign_up(client, "Fjordkraft Salg AS", default_region="NO")


async def _started(client: httpx.AsyncClient, owner: Account) -> str:
    """A list uploaded and started: its import's global id."""
    draft = await uploaded_list(client, owner, LIST)
    started = await graphql(client, START, {"input": {"importId": draft["id"]}}, account=owner)
    assert started["data"]["startLeadImport"]["errors"] == []
    return str(draft["id"])


def _update(message: dict[str, Any]) -> dict[str, Any]:
    assert message["type"] == "next", message
    assert "errors" not in message["payload"], message
    update: dict[str, Any] = message["payload"]["data"]["leadImportProgress"]
    return update


@pytest.fixture
async def finished_import(
    client: httpx.AsyncClient, owner: Account, database: Database, settings: Settings
) -> str:
    """The owner's list, imported to the end: its import's global id."""
    import_id = await _started(client, owner)
    await run_import_jobs(database, settings)
    return import_id


async def test_a_finished_import_is_told_once_then_the_subscription_completes(
    app: Starlette, owner: Account, finished_import: str
) -> None:
    import_id = finished_import
    async with served(app) as url, subscriber(url, owner) as watcher:
        await watcher.subscribe("1", PROGRESS, {"id": import_id})
        told, completed = await watcher.until_complete("1")
    assert _update(told) == {
        "leadImportId": import_id,
        "status": "FINISHED",
        "failure": None,
        "progress": {
            "totalRows": 3,
            "read": 3,
            "created": 2,
            "updated": 0,
            "skipped": 0,
            "failed": 1,
            "percent": 100.0,
        },
    }
    assert completed == {"id": "1", "type": "complete"}


@pytest.fixture
def committing_app(settings: Settings, committing_postgres: Database) -> Starlette:
    return create_app(settings, committing_postgres)


@pytest.fixture
async def committing_client(committing_app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=committing_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://leadhub.test") as client:
        yield client


@pytest.mark.usefixtures("looks_often")
async def test_each_chunk_is_pushed_as_it_commits(
    committing_app: Starlette,
    committing_client: httpx.AsyncClient,
    committing_postgres: Database,
    settings: Settings,
) -> None:
    owner = await sign_up(committing_client, "Havbruk Øst AS", default_region="NO")
    import_id = await _started(committing_client, owner)
    [job] = jobs_of(service.IMPORT_JOB)
    async with served(committing_app) as url, subscriber(url, owner) as watcher:
        await watcher.subscribe("progress", PROGRESS, {"id": import_id})
        first = _update(await watcher.receive())
        assert (first["status"], first["progress"]["read"]) == ("RUNNING", 0)
        for read in (1, 2):
            assert await carry_on(committing_postgres, settings, job, chunk_rows=1, seconds=0)
            pushed = _update(await watcher.receive())
            assert (pushed["status"], pushed["progress"]["read"]) == ("RUNNING", read)
        assert not await carry_on(committing_postgres, settings, job, chunk_rows=1, seconds=60)
        *told, completed = await watcher.until_complete("progress")
    last = _update(told[-1])
    assert (last["status"], last["progress"]["read"], last["progress"]["failed"]) == (
        "FINISHED",
        3,
        1,
    )
    assert completed["type"] == "complete"


async def _refusal(url: str, variables: dict[str, str], account: Account | None) -> dict[str, Any]:
    """The one error a subscription gets before it tells anything."""
    async with subscriber(url, account) as watcher:
        await watcher.subscribe("1", PROGRESS, variables)
        messages = await watcher.until_complete("1")
    errors = [error for message in messages for error in errors_of(message)]
    assert len(errors) == 1, messages
    return errors[0]


async def test_only_those_who_import_in_the_tenant_watch_its_imports(
    app: Starlette, client: httpx.AsyncClient, owner: Account
) -> None:
    import_id = await _started(client, owner)
    rep = await join(client, owner, "SALES_REP", "rep")
    stranger = await sign_up(client, "Annen Kunde AS")
    async with served(app) as url:
        nobody = await _refusal(url, {"id": import_id}, None)
        assert nobody["message"].startswith("Log in first")
        refused = await _refusal(url, {"id": import_id}, rep)
        assert refused["extensions"]["code"] == "FORBIDDEN"
        for unknown in (import_id, "not an id", str(uuid.uuid4())):
            error = await _refusal(url, {"id": unknown}, stranger)
            assert error["extensions"]["code"] == "NOT_FOUND", error


@pytest.mark.usefixtures("looks_often")
async def test_a_login_that_ends_ends_its_subscriptions(
    committing_app: Starlette, committing_client: httpx.AsyncClient
) -> None:
    # Committing: the log-out and the subscription's looks run at once, each on a
    # connection of its own, as they do in production.
    owner = await sign_up(committing_client, "Havbruk Øst AS", default_region="NO")
    import_id = await _started(committing_client, owner)  # no job runs it: it stays at 0
    async with served(committing_app) as url, subscriber(url, owner) as watcher:
        await watcher.subscribe("1", PROGRESS, {"id": import_id})
        assert _update(await watcher.receive())["progress"]["read"] == 0
        await graphql(committing_client, LOG_OUT, account=owner)
        messages = await watcher.until_complete("1")
    [error] = [error for message in messages for error in errors_of(message)]
    assert error["message"].startswith("That login has ended")


async def test_queries_and_mutations_are_sent_over_http_and_the_connection_stays(
    app: Starlette, owner: Account, finished_import: str
) -> None:
    import_id = finished_import
    async with served(app) as url, subscriber(url, owner) as watcher:
        await watcher.subscribe("query", "{ me { email } }")
        refused = await watcher.receive()
        assert refused["type"] == "error"
        assert refused["payload"][0]["message"].startswith("Only subscriptions run")
        await watcher.subscribe("progress", PROGRESS, {"id": import_id})
        told, _ = await watcher.until_complete("progress")
    assert _update(told)["status"] == "FINISHED"


@pytest.mark.parametrize(
    "frame",
    [
        '{"id": "1", "type": "subscribe", "payload": null}',
        '{"id": "1", "type": "subscribe", "payload": []}',
        '{"id": "1", "type": "subscribe", "payload": {"query": 7}}',
        '{"id": "1", "type": "subscribe", "payload": {"query": "{ a }", "variables": []}}',
        '{"id": "1", "type": "subscribe", "payload": {"query": "{ a }", "operationName": 0}}',
        '{"id": {}, "type": "subscribe", "payload": {"query": "{ a }"}}',
        '{"id": "", "type": "subscribe", "payload": {"query": "{ a }"}}',
        '{"id": [], "type": "complete"}',
        '{"type": 7}',
        "[]",
        "1",
        "null",
        "not json",
        '{"type": "ping", "payload": "\\ud800"}',  # a lone surrogate
        '{"type": "ping", "payload": ' + "[" * 500 + "]" * 500 + "}",
        '{"type": "ping", "payload": ' + "9" * 5000 + "}",
    ],
)
async def test_what_is_no_message_of_the_protocol_closes_the_connection_with_4400(
    app: Starlette, owner: Account, frame: str
) -> None:
    async with served(app) as url, subscriber(url, owner) as watcher:
        await watcher.connection.send(frame)
        with pytest.raises(ConnectionClosedError) as closed:
            await watcher.receive()
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 4400


async def test_a_login_sent_with_a_lone_surrogate_closes_the_connection_with_4400(
    app: Starlette,
) -> None:
    async with served(app) as url, connect(url, subprotocols=[PROTOCOL]) as connection:  # type: ignore[list-item]
        await connection.send(
            '{"type": "connection_init", "payload": {"Authorization": "\\ud800"}}'
        )
        with pytest.raises(ConnectionClosedError) as closed:
            await connection.recv()
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 4400
