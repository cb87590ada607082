"""The client side: one request checked, sequential latencies, and concurrent throughput.

Every response is checked, so a server that answers fast but wrongly fails the run
instead of winning it.
"""

import asyncio
import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx

Check = Callable[[dict[str, Any]], None]


class BrokenResponse(Exception):
    """A server answered something other than what was asked for."""


@dataclass(frozen=True)
class Target:
    """One server's endpoint for a request, and how to ask it."""

    name: str
    url: str
    bodies: Iterator[dict[str, Any]]  # each request's (``itertools.repeat`` for one)
    headers: dict[str, str]


async def fetch(client: httpx.AsyncClient, target: Target) -> dict[str, Any]:
    """One request's JSON body, if the status is 200 and the body has no errors."""
    return _body(target, await _post(client, target))


def percentile(latencies: list[float], quantile: int) -> float:
    """The ``quantile``-th percentile of ``latencies`` (seconds), in milliseconds."""
    return statistics.quantiles(latencies, n=100)[quantile - 1] * 1000


async def latencies(target: Target, count: int, check: Check) -> list[float]:
    """Seconds taken by each of ``count`` requests sent one after another."""
    taken = []
    async with httpx.AsyncClient() as client:
        for _ in range(count):
            start = time.perf_counter()
            response = await _post(client, target)
            taken.append(time.perf_counter() - start)
            check(_body(target, response))
    return taken


async def requests_per_second(target: Target, concurrency: int, seconds: float) -> float:
    """Requests answered per second by ``concurrency`` connections sending back to back."""
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits) as client:
        deadline = time.perf_counter() + seconds

        async def connection() -> int:
            answered = 0
            while time.perf_counter() < deadline:
                await _answered(client, target)
                answered += 1
            return answered

        start = time.perf_counter()
        answered = await asyncio.gather(*(connection() for _ in range(concurrency)))
        return sum(answered) / (time.perf_counter() - start)


async def _answered(client: httpx.AsyncClient, target: Target) -> None:
    # Under load, a cheap check: parsing every body would load the client more
    # than the servers.
    response = await _post(client, target)
    if response.status_code != 200 or b'"errors"' in response.content:
        raise _broken(target, response)


async def _post(client: httpx.AsyncClient, target: Target) -> httpx.Response:
    try:
        return await client.post(target.url, json=next(target.bodies), headers=target.headers)
    except httpx.TransportError as error:  # a server that stops answering is broken too
        raise BrokenResponse(f"{target.name}: {error!r}") from error


def _body(target: Target, response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json() if response.status_code == 200 else None
    except ValueError:
        body = None
    if not isinstance(body, dict) or "errors" in body:
        raise _broken(target, response)
    return body


def _broken(target: Target, response: httpx.Response) -> BrokenResponse:
    return BrokenResponse(f"{target.name}: {response.status_code} {response.text[:500]}")
