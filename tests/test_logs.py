import json
import logging
import uuid
from typing import Any

import httpx
import pytest
import structlog
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from leadhub.logs import RequestLogMiddleware, bind_tenant, bind_user, configure_logging
from leadhub.settings import Settings
from tests.logged import json_logs, log_lines, restore_logging  # noqa: F401 - fixtures

TENANT_ID = uuid.UUID("0190d5c4-6a6e-7c3a-9b0e-3f1f2b9a7c01")
USER_ID = uuid.UUID("0190d5c4-6a6e-7c3a-9b0e-3f1f2b9a7c02")


async def signed_in(request: Request) -> PlainTextResponse:
    bind_tenant(TENANT_ID)
    bind_user(USER_ID)
    structlog.stdlib.get_logger("test").info("lead created")
    return PlainTextResponse("ok")


def signed_in_in_thread(request: Request) -> PlainTextResponse:
    # A sync endpoint: Starlette runs it in a worker thread, on a copy of the context.
    bind_tenant(TENANT_ID)
    return PlainTextResponse("ok")


async def anonymous(request: Request) -> PlainTextResponse:
    return PlainTextResponse("ok")


async def library_logs(request: Request) -> PlainTextResponse:
    logging.getLogger("sqlalchemy.engine").warning("pool %s exhausted", "main")
    return PlainTextResponse("ok")


async def broken(request: Request) -> PlainTextResponse:
    raise RuntimeError("bug")


app = Starlette(
    routes=[
        Route("/signed-in", signed_in),
        Route("/signed-in-in-thread", signed_in_in_thread),
        Route("/anonymous", anonymous),
        Route("/library-logs", library_logs),
        Route("/broken", broken),
    ],
    middleware=[Middleware(RequestLogMiddleware)],
)


pytestmark = pytest.mark.usefixtures("restore_logging")


def client(raise_app_exceptions: bool = True) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app, raise_app_exceptions=raise_app_exceptions)
    return httpx.AsyncClient(transport=transport, base_url="http://test")


def access_lines(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [line for line in lines if line.get("logger") == "leadhub.access"]


@pytest.mark.usefixtures("json_logs")
async def test_access_line_has_the_request_id_of_the_response(
    capsys: pytest.CaptureFixture[str],
) -> None:
    async with client() as http:
        response = await http.get("/anonymous?token=secret")

    (access,) = access_lines(log_lines(capsys))
    request_id = response.headers["X-Request-ID"]
    assert len(request_id) == 32
    int(request_id, 16)
    assert access["request_id"] == request_id
    assert access["event"] == "request"
    assert access["level"] == "info"
    assert (access["method"], access["path"], access["status"]) == ("GET", "/anonymous", 200)
    assert access["duration_ms"] >= 0
    assert "tenant_id" not in access


@pytest.mark.usefixtures("json_logs")
async def test_lines_after_binding_and_the_access_line_carry_tenant_and_user(
    capsys: pytest.CaptureFixture[str],
) -> None:
    async with client() as http:
        response = await http.get("/signed-in")

    lines = log_lines(capsys)
    (inside,) = [line for line in lines if line["event"] == "lead created"]
    (access,) = access_lines(lines)
    for line in (inside, access):
        assert line["request_id"] == response.headers["X-Request-ID"]
        assert line["tenant_id"] == str(TENANT_ID)
        assert line["user_id"] == str(USER_ID)


@pytest.mark.usefixtures("json_logs")
async def test_tenant_bound_in_a_threaded_endpoint_reaches_the_access_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    async with client() as http:
        await http.get("/signed-in-in-thread")

    (access,) = access_lines(log_lines(capsys))
    assert access["tenant_id"] == str(TENANT_ID)


@pytest.mark.usefixtures("json_logs")
async def test_consecutive_requests_do_not_share_context(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The test client runs both requests in this very task, as a server may.
    async with client() as http:
        await http.get("/signed-in")
        assert structlog.contextvars.get_contextvars() == {}
        await http.get("/anonymous")

    first, second = access_lines(log_lines(capsys))
    assert first["tenant_id"] == str(TENANT_ID)
    assert "tenant_id" not in second
    assert "user_id" not in second
    assert first["request_id"] != second["request_id"]


@pytest.mark.usefixtures("json_logs")
async def test_context_left_over_from_before_does_not_enter_a_request(
    capsys: pytest.CaptureFixture[str],
) -> None:
    structlog.contextvars.bind_contextvars(tenant_id="left-over")

    async with client() as http:
        await http.get("/anonymous")

    (access,) = access_lines(log_lines(capsys))
    assert "tenant_id" not in access


@pytest.mark.usefixtures("json_logs")
async def test_a_sane_incoming_request_id_is_kept(capsys: pytest.CaptureFixture[str]) -> None:
    async with client() as http:
        response = await http.get("/anonymous", headers={"X-Request-ID": "edge-7f3a.01_b"})

    assert response.headers["X-Request-ID"] == "edge-7f3a.01_b"
    (access,) = access_lines(log_lines(capsys))
    assert access["request_id"] == "edge-7f3a.01_b"


@pytest.mark.usefixtures("json_logs")
@pytest.mark.parametrize("incoming", ["x" * 65, "two words", '"}{"admin":true', ""])
async def test_an_unsafe_incoming_request_id_is_replaced(
    incoming: str, capsys: pytest.CaptureFixture[str]
) -> None:
    async with client() as http:
        response = await http.get("/anonymous", headers={"X-Request-ID": incoming})

    request_id = response.headers["X-Request-ID"]
    assert request_id != incoming
    assert len(request_id) == 32
    (access,) = access_lines(log_lines(capsys))
    assert access["request_id"] == request_id


@pytest.mark.usefixtures("json_logs")
async def test_stdlib_logs_are_json_lines_with_the_request_context(
    capsys: pytest.CaptureFixture[str],
) -> None:
    async with client() as http:
        response = await http.get("/library-logs")

    (library,) = [line for line in log_lines(capsys) if line["logger"] == "sqlalchemy.engine"]
    assert library["event"] == "pool main exhausted"
    assert library["level"] == "warning"
    assert library["request_id"] == response.headers["X-Request-ID"]
    assert "timestamp" in library


@pytest.mark.usefixtures("json_logs")
async def test_a_request_that_raises_is_logged_as_a_500_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    async with client(raise_app_exceptions=False) as http:
        response = await http.get("/broken")

    assert response.status_code == 500
    (access,) = access_lines(log_lines(capsys))
    assert (access["status"], access["level"]) == (500, "error")


def test_configuring_twice_writes_each_line_once(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging(Settings(log_json=True))
    configure_logging(Settings(log_json=True))

    structlog.stdlib.get_logger("test").warning("once")

    assert [line["event"] for line in log_lines(capsys)] == ["once"]


def test_the_level_setting_filters_structlog_and_stdlib_lines(
    capsys: pytest.CaptureFixture[str],
) -> None:
    configure_logging(Settings(log_json=True, log_level="warning"))

    structlog.stdlib.get_logger("test").info("dropped")
    logging.getLogger("dramatiq").info("dropped too")
    structlog.stdlib.get_logger("test").warning("kept")

    assert [line["event"] for line in log_lines(capsys)] == ["kept"]


def test_the_console_renderer_writes_readable_lines(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging(Settings(log_json=False))

    structlog.stdlib.get_logger("test").warning("lead routed", team="north")

    (line,) = capsys.readouterr().err.splitlines()
    assert "lead routed" in line
    assert "team=north" in line
    with pytest.raises(json.JSONDecodeError):
        json.loads(line)
