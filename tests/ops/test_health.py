import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette
from starlette.routing import Route

from leadhub.app import create_app
from leadhub.db import Database
from leadhub.ops import health
from leadhub.settings import Settings


def broker_up() -> bool:
    return True


def broker_down() -> bool:
    return False


def broker_broken() -> bool:
    raise OSError("connection to amqp://leadhub:hunter2@rabbit:5672 refused")


@pytest.fixture
async def sqlite(tmp_path: Path) -> AsyncIterator[Database]:
    database = Database.connect(f"sqlite+aiosqlite:///{tmp_path / 'ready.db'}")
    yield database
    await database.dispose()


@pytest.fixture
async def unreachable_postgres() -> AsyncIterator[Database]:
    # Port 1 on loopback: nothing listens, so the connection is refused at once.
    database = Database.connect("postgresql+asyncpg://nobody@127.0.0.1:1/leadhub")
    yield database
    await database.dispose()


@pytest.fixture
async def silent_postgres() -> AsyncIterator[Database]:
    """A server that accepts connections and never answers, as a hung database does."""

    async def never_answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read()
        writer.close()

    server = await asyncio.start_server(never_answer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    database = Database.connect(f"postgresql+asyncpg://nobody@127.0.0.1:{port}/leadhub")
    yield database
    await database.dispose()
    server.close()
    await server.wait_closed()


async def test_healthz_answers_ok() -> None:
    app = Starlette(routes=[Route("/healthz", health.healthz)])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://t") as http:
        response = await http.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


async def test_ready_when_the_database_and_the_broker_answer(sqlite: Database) -> None:
    status, body = await health.readiness(sqlite, broker_up)

    assert status == 200
    assert body == {"status": "ready", "checks": {"database": "ok", "broker": "ok"}}


async def test_not_ready_when_the_database_refuses_connections(
    unreachable_postgres: Database,
) -> None:
    status, body = await health.readiness(unreachable_postgres, broker_up)

    assert status == 503
    assert body["status"] == "not_ready"
    assert body["checks"]["database"].startswith("error: ")
    assert body["checks"]["broker"] == "ok"


async def test_a_hung_database_fails_after_the_timeout(silent_postgres: Database) -> None:
    started = time.perf_counter()
    status, body = await health.readiness(silent_postgres, broker_up, check_timeout=0.2)

    assert time.perf_counter() - started < 2
    assert status == 503
    assert body["checks"] == {"database": "error: timeout", "broker": "ok"}


async def test_not_ready_when_the_broker_is_unreachable(sqlite: Database) -> None:
    status, body = await health.readiness(sqlite, broker_down)

    assert status == 503
    assert body["checks"] == {"database": "ok", "broker": "error: unreachable"}


async def test_a_failing_check_names_the_error_type_only(sqlite: Database) -> None:
    status, body = await health.readiness(sqlite, broker_broken)

    assert status == 503
    assert body["checks"] == {"database": "ok", "broker": "error: OSError"}


async def test_readyz_checks_the_app_database_and_broker(client: httpx.AsyncClient) -> None:
    response = await client.get("/readyz")

    assert response.status_code == 200
    assert response.json() == {"status": "ready", "checks": {"database": "ok", "broker": "ok"}}


async def test_readyz_answers_503_naming_the_database(
    settings: Settings, unreachable_postgres: Database
) -> None:
    app = create_app(settings, unreachable_postgres)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://t") as http:
        response = await http.get("/readyz")

    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "not_ready"
    assert body["checks"]["database"].startswith("error: ")
    assert body["checks"]["broker"] == "ok"
