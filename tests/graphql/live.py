"""The app served by uvicorn on a port of its own, and a client of its subscriptions
speaking graphql-transport-ws over a real WebSocket (the ``websockets`` library)."""

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import uvicorn
from starlette.applications import Starlette
from websockets.asyncio.client import ClientConnection, connect

from tests.builders import Account

PROTOCOL = "graphql-transport-ws"
MESSAGE_TIMEOUT_SECONDS = 10


@asynccontextmanager
async def listening(app: Starlette) -> AsyncIterator[str]:
    """The app listening on a free port of 127.0.0.1; yields its base URL."""
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=0, lifespan="off", log_level="warning")
    )
    serving = asyncio.create_task(server.serve())
    while not server.started:
        if serving.done():
            serving.result()  # it failed to start: say why
        await asyncio.sleep(0.01)
    [port] = {
        socket.getsockname()[1] for listening in server.servers for socket in listening.sockets
    }
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await serving


@asynccontextmanager
async def served(app: Starlette) -> AsyncIterator[str]:
    """The app listening on a free port of 127.0.0.1; yields its WebSocket URL."""
    async with listening(app) as base_url:
        yield f"{base_url.replace('http://', 'ws://', 1)}/graphql"


class Subscriber:
    """One connection: its messages read as JSON, each within a timeout."""

    def __init__(self, connection: ClientConnection) -> None:
        self.connection = connection

    async def send(self, message: dict[str, Any]) -> None:
        await self.connection.send(json.dumps(message))

    async def receive(self) -> dict[str, Any]:
        frame = await asyncio.wait_for(self.connection.recv(), MESSAGE_TIMEOUT_SECONDS)
        assert isinstance(frame, str), "graphql-transport-ws sends text frames"
        message: dict[str, Any] = json.loads(frame)
        return message

    async def subscribe(
        self, operation_id: str, query: str, variables: dict[str, Any] | None = None
    ) -> None:
        payload = {"query": query, "variables": variables or {}}
        await self.send({"id": operation_id, "type": "subscribe", "payload": payload})

    async def until_complete(self, operation_id: str) -> list[dict[str, Any]]:
        """The operation's messages up to its complete (or error), that one included."""
        messages = []
        while True:
            message = await self.receive()
            assert message.get("id") == operation_id, message
            messages.append(message)
            if message["type"] in ("complete", "error"):
                return messages


@asynccontextmanager
async def subscriber(
    url: str, account: Account | None = None, **params: str
) -> AsyncIterator[Subscriber]:
    """A connection acknowledged after logging in as ``account`` (or no one), with
    further connection parameters as given."""
    if account is not None:
        login = {"Authorization": f"Bearer {account.token}", "X-Tenant-ID": account.tenant_id}
        params = {**login, **params}
    async with connect(url, subprotocols=[PROTOCOL]) as connection:  # type: ignore[list-item]
        client = Subscriber(connection)
        await client.send({"type": "connection_init", "payload": params})
        assert await client.receive() == {"type": "connection_ack"}
        yield client


def errors_of(message: dict[str, Any]) -> list[dict[str, Any]]:
    """The errors a message of an operation tells, if any."""
    payload = message.get("payload")
    if message["type"] == "error":
        return list(payload or [])
    if message["type"] == "next":
        assert payload and payload.get("data") is None, message  # nothing was told
        return list(payload.get("errors", []))
    return []
