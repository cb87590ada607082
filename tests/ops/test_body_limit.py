import json
from collections.abc import AsyncIterator

import httpx
import pytest
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from starlette.types import Message, Receive, Scope, Send

from leadhub.ops.body_limit import DEFAULT_MAX_BYTES, BodySizeLimitMiddleware

LIMIT = 16


class Leads:
    """An inline app that records what reached it of the last request."""

    def __init__(self) -> None:
        self.calls = 0
        self.received = b""

    async def import_leads(self, request: Request) -> PlainTextResponse:
        self.calls += 1
        self.received = b""
        async for chunk in request.stream():
            self.received += chunk
        return PlainTextResponse(self.received)

    async def import_leads_forgiving(self, request: Request) -> PlainTextResponse:
        # An app that catches everything and answers something else.
        try:
            await request.body()
        except Exception:
            return PlainTextResponse("could not read the leads", status_code=400)
        return PlainTextResponse("ok")

    def client(self) -> httpx.AsyncClient:
        app = Starlette(
            routes=[
                Route("/leads/import", self.import_leads, methods=["POST"]),
                Route("/leads/import-forgiving", self.import_leads_forgiving, methods=["POST"]),
            ],
            middleware=[Middleware(BodySizeLimitMiddleware, max_bytes=LIMIT)],
        )
        return httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://test")


async def chunks(*parts: bytes) -> AsyncIterator[bytes]:
    for part in parts:
        yield part


async def test_a_body_within_the_limit_reaches_the_app_intact() -> None:
    leads = Leads()
    async with leads.client() as http:
        declared = await http.post("/leads/import", content=b"a" * LIMIT)
        streamed = await http.post("/leads/import", content=chunks(b"b" * 8, b"c" * 8))

    assert (declared.status_code, declared.content) == (200, b"a" * LIMIT)
    assert (streamed.status_code, streamed.content) == (200, b"b" * 8 + b"c" * 8)


async def test_a_declared_length_over_the_limit_is_refused_before_the_app_runs() -> None:
    leads = Leads()
    async with leads.client() as http:
        response = await http.post("/leads/import", content=b"a" * (LIMIT + 1))

    assert response.status_code == 413
    assert response.headers["content-type"].startswith("text/plain")
    assert response.text == f"Request body too large; the limit is {LIMIT} bytes."
    assert leads.calls == 0


async def test_a_streamed_body_over_the_limit_is_refused_before_the_app_sees_more() -> None:
    leads = Leads()
    async with leads.client() as http:
        response = await http.post("/leads/import", content=chunks(b"a" * 10, b"b" * 10, b"c"))

    assert "content-length" not in response.request.headers
    assert response.status_code == 413
    assert leads.received == b"a" * 10


async def test_an_app_that_swallows_the_refusal_still_answers_413() -> None:
    leads = Leads()
    async with leads.client() as http:
        response = await http.post("/leads/import-forgiving", content=chunks(b"a" * (LIMIT + 1)))

    assert response.status_code == 413


async def test_other_scopes_pass_through() -> None:
    seen: list[str] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        seen.append(scope["type"])

    async def receive() -> Message:
        return {"type": "lifespan.startup"}

    async def send(message: Message) -> None:
        pass

    await BodySizeLimitMiddleware(app, max_bytes=0)({"type": "lifespan"}, receive, send)

    assert seen == ["lifespan"]


@pytest.mark.parametrize("streamed", [False, True], ids=["declared", "streamed"])
async def test_the_platform_refuses_an_oversized_request_and_logs_it(
    client: httpx.AsyncClient, capsys: pytest.CaptureFixture[str], streamed: bool
) -> None:
    body = b" " * (DEFAULT_MAX_BYTES + 1)
    response = await client.post(
        "/graphql",
        content=chunks(body[:65536], body[65536:]) if streamed else body,
        headers={"content-type": "application/json"},
    )

    assert response.status_code == 413
    lines = [json.loads(line) for line in capsys.readouterr().err.splitlines() if line[:1] == "{"]
    (access,) = [line for line in lines if line.get("logger") == "leadhub.access"]
    assert (access["path"], access["status"]) == ("/graphql", 413)
