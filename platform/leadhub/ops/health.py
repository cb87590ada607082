"""Probes: /healthz says the process is up, /readyz that it can serve requests."""

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypedDict

import structlog
from sqlalchemy import text
from starlette.requests import Request
from starlette.responses import JSONResponse

from leadhub.db import Database
from leadhub.runtime import runtime

CHECK_TIMEOUT_SECONDS = 2.0


class Readiness(TypedDict):
    status: str
    checks: dict[str, str]


_log = structlog.stdlib.get_logger(__name__)


async def healthz(request: Request) -> JSONResponse:
    return JSONResponse({"status": "ok"})


async def readyz(request: Request) -> JSONResponse:
    app = runtime(request)
    status_code, body = await readiness(app.database, app.broker_reachable)
    return JSONResponse(body, status_code=status_code)


async def readiness(
    database: Database,
    broker_reachable: Callable[[], bool],
    check_timeout: float = CHECK_TIMEOUT_SECONDS,
) -> tuple[int, Readiness]:
    """Check the database and the broker together; 503 names each one that failed."""
    database_check, broker_check = await asyncio.gather(
        _check("database", _select_one(database), check_timeout),
        # broker_reachable blocks on network I/O, so it runs in a thread; the timeout
        # bounds the answer, not the thread, so it must bound its own I/O too.
        _check("broker", _broker(broker_reachable), check_timeout),
    )
    checks = {"database": database_check, "broker": broker_check}
    if all(result == "ok" for result in checks.values()):
        return 200, {"status": "ready", "checks": checks}
    return 503, {"status": "not_ready", "checks": checks}


async def _select_one(database: Database) -> str | None:
    async with database.engine.connect() as connection:
        await connection.execute(text("SELECT 1"))
    return None


async def _broker(broker_reachable: Callable[[], bool]) -> str | None:
    return None if await asyncio.to_thread(broker_reachable) else "unreachable"


async def _check(name: str, probe: Awaitable[str | None], time_limit: float) -> str:
    """Return "ok", or "error: " and a short reason: an exception's type, not its
    message, which may name hosts and users (the log has that)."""
    try:
        async with asyncio.timeout(time_limit):
            reason = await probe
    except TimeoutError:
        reason = "timeout"
    except Exception as error:
        _log.warning("readiness check failed", check=name, error=repr(error))
        return f"error: {type(error).__name__}"
    if reason is None:
        return "ok"
    _log.warning("readiness check failed", check=name, error=reason)
    return f"error: {reason}"
