"""The API counts the requests it is answering, and work yielding to them waits for
a moment without any, but not for ever."""

import asyncio
import time

import httpx
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from leadhub.ops.in_flight import RequestsInFlight, RequestsInFlightMiddleware


def counting_app(requests: RequestsInFlight) -> Starlette:
    async def count(_request: Request) -> PlainTextResponse:
        return PlainTextResponse(str(requests.count))

    async def fail(_request: Request) -> PlainTextResponse:
        raise RuntimeError("the request fails")

    return Starlette(
        routes=[Route("/count", count), Route("/fail", fail)],
        middleware=[Middleware(RequestsInFlightMiddleware, requests=requests)],
    )


async def test_a_request_is_counted_while_it_is_answered() -> None:
    requests = RequestsInFlight()
    transport = httpx.ASGITransport(app=counting_app(requests), raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        answered = await client.get("/count")
        failed = await client.get("/fail")

    assert answered.text == "1"
    assert failed.status_code == 500
    assert requests.count == 0  # a failed request is not counted for ever


async def test_quiet_returns_at_once_without_requests() -> None:
    started = time.monotonic()
    await RequestsInFlight().quiet(at_most=10)
    assert time.monotonic() - started < 1


async def test_quiet_returns_when_the_last_request_ends() -> None:
    requests = RequestsInFlight()
    requests.count = 1
    waiting = asyncio.create_task(requests.quiet(at_most=10))
    await asyncio.sleep(0.01)
    assert not waiting.done()

    requests.count = 0
    await asyncio.wait_for(waiting, timeout=1)


async def test_quiet_waits_at_most_its_time_beside_requests_that_never_end() -> None:
    requests = RequestsInFlight()
    requests.count = 1
    started = time.monotonic()
    await requests.quiet(at_most=0.05)
    assert 0.05 <= time.monotonic() - started < 1
