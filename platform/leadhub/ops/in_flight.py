"""The HTTP requests this process is answering now, for work that shares its GIL.

In embedded mode a sweep runs on a worker thread of the server's process: Python
work it does while a request is answered makes the request wait for the GIL (each
time the request's thread wakes up, up to the interpreter's switch interval). So
the API counts its requests, and the sweep starts a batch in a moment with none.
"""

import asyncio
import time

from starlette.types import ASGIApp, Receive, Scope, Send

# How often a waiting sweep looks again: short against a request's time, so that
# it seldom misses the gap between two.
POLL_SECONDS = 0.002


class RequestsInFlight:
    """A count of the requests being answered, updated on the API's event loop and
    read from any thread (an int read is atomic)."""

    def __init__(self) -> None:
        self.count = 0

    async def quiet(self, at_most: float) -> None:
        """Return once no request is being answered, or after ``at_most`` seconds, so
        that a process that is never idle still gets its work done."""
        deadline = time.monotonic() + at_most
        # Polled: the count changes on the API's event loop, another thread's, which an
        # asyncio.Event of this loop cannot be set from.
        while self.count and time.monotonic() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(POLL_SECONDS)


class RequestsInFlightMiddleware:
    """Count each HTTP request in ``requests`` while it is answered."""

    def __init__(self, app: ASGIApp, requests: RequestsInFlight) -> None:
        self.app = app
        self.requests = requests

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":  # a websocket lives on while idle
            await self.app(scope, receive, send)
            return
        self.requests.count += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.requests.count -= 1
