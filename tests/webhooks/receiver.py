"""A partner's webhook receiver, served on a port of this machine: it answers each
message with the next status it was given, and keeps what it received."""

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

WAIT_SECONDS = 20


@dataclass
class Received:
    headers: dict[str, str]
    body: str


@dataclass
class Receiver:
    """Answers its messages with ``answers`` in turn, the last one from then on (or,
    ``per_message``, each message id's attempts so); a 3xx sends the sender to
    /elsewhere, which counts who came."""

    answers: list[int]
    per_message: bool = False
    received: list[Received] = field(default_factory=list)
    elsewhere: int = 0

    def app(self) -> Starlette:
        async def hook(request: Request) -> Response:
            message = Received(dict(request.headers), (await request.body()).decode())
            self.received.append(message)
            earlier = self.received
            if self.per_message:
                message_id = message.headers.get("webhook-id")
                earlier = [each for each in earlier if each.headers.get("webhook-id") == message_id]
            status = self.answers[min(len(earlier), len(self.answers)) - 1]
            redirect = {"location": "/elsewhere"} if 300 <= status < 400 else {}
            return Response(status_code=status, headers=redirect)

        async def elsewhere(_request: Request) -> Response:
            self.elsewhere += 1
            return Response(status_code=204)

        return Starlette(
            routes=[
                Route("/hook", hook, methods=["POST"]),
                Route("/elsewhere", elsewhere, methods=["GET", "POST"]),
            ]
        )

    async def until(self, count: int) -> list[Received]:
        """What it received once it has ``count`` messages (failing after a while)."""
        await until(lambda: len(self.received) >= count)
        return self.received


async def until(condition: Callable[[], bool]) -> None:
    async with asyncio.timeout(WAIT_SECONDS):
        while not condition():  # noqa: ASYNC110 (files, other threads: no event tells)
            await asyncio.sleep(0.02)
