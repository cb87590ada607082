"""Partners' request budgets: a token bucket per client and one per tenant.

Each request takes a token from its client's bucket and from its tenant's (every
client of the tenant together); an empty bucket refuses it until a token comes
back, and says when. The buckets are kept as GCRA keeps a token bucket: one
number per key, the moment the bucket will be full again, so that taking a token
is one atomic step. The ``limits`` library the login limits use has no token
bucket; this is that one step, in memory in embedded mode, and in one Redis
script in distributed mode, where every API process shares the buckets
(``RATE_LIMIT_STORAGE_URL``).
"""

import math
import time
from dataclasses import dataclass
from typing import Protocol

import structlog
from redis.asyncio import Redis
from redis.exceptions import RedisError

from leadhub.principal import PartnerClient
from leadhub.settings import Settings

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class Bucket:
    """``capacity`` tokens, refilled at ``per_minute`` a minute."""

    capacity: int
    per_minute: int

    @property
    def interval(self) -> int:
        """Microseconds for one token to come back: whole numbers, so that a burst
        of exactly ``capacity`` is never cut short by rounding."""
        return 60_000_000 // self.per_minute


@dataclass(frozen=True)
class Taken:
    """What taking a token from a bucket left."""

    allowed: bool
    remaining: int
    retry_after: float  # seconds until a token is back, if none was left
    full_in: float  # seconds until the bucket is full again


class Store(Protocol):
    async def take(self, key: str, bucket: Bucket) -> Taken: ...


def _taken(bucket: Bucket, now: int, full_at: int) -> tuple[Taken, int | None]:
    """GCRA, in microseconds: a token taken at ``now`` from a bucket full at
    ``full_at``; the new ``full_at`` to keep, or None if it was refused."""
    full_at = max(full_at, now)
    after = full_at + bucket.interval
    window = bucket.capacity * bucket.interval
    if after - now > window:
        return Taken(False, 0, (after - window - now) / 1e6, (full_at - now) / 1e6), None
    remaining = (window - (after - now)) // bucket.interval
    return Taken(True, remaining, 0.0, (after - now) / 1e6), after


class MemoryStore:
    """One process's buckets (embedded mode: one process serves the API), a number
    per client and per tenant."""

    def __init__(self) -> None:
        self._full_at: dict[str, int] = {}

    async def take(self, key: str, bucket: Bucket) -> Taken:
        now = time.monotonic_ns() // 1000
        taken, full_at = _taken(bucket, now, self._full_at.get(key, now))
        if full_at is not None:
            self._full_at[key] = full_at
        return taken


# The same step in Redis, atomic, in microseconds of the Redis server's clock (whole
# numbers, exact in Lua's doubles for centuries). Returns allowed (1 or 0), the
# remaining tokens, and the microseconds to wait and until full.
_TAKE = """
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
local interval = tonumber(ARGV[1])
local window = tonumber(ARGV[2]) * interval
local full_at = math.max(tonumber(redis.call('GET', KEYS[1]) or now), now)
local after = full_at + interval
if after - now > window then
  return {0, 0, after - window - now, full_at - now}
end
redis.call('SET', KEYS[1], string.format('%.0f', after), 'PX', math.ceil((after - now) / 1000))
return {1, math.floor((window - (after - now)) / interval), 0, after - now}
"""


class RedisStore:
    """Buckets every API process shares, in Redis."""

    def __init__(self, url: str) -> None:
        self._redis = Redis.from_url(url)
        self._script = self._redis.register_script(_TAKE)

    async def take(self, key: str, bucket: Bucket) -> Taken:
        try:
            allowed, remaining, wait, full_in = await self._script(
                keys=[f"leadhub:budget:{key}"], args=[bucket.interval, bucket.capacity]
            )
        except RedisError as error:
            # Budgets guard the service; without Redis they cannot, and let it serve.
            log.warning("partner_budgets.unavailable", error=str(error))
            return Taken(True, bucket.capacity, 0.0, 0.0)
        return Taken(bool(allowed), int(remaining), int(wait) / 1e6, int(full_in) / 1e6)


@dataclass(frozen=True)
class Spent:
    """A request's answer to its budgets: whether it may run, and what to tell it."""

    allowed: bool
    headers: dict[str, str]


class Budgets:
    def __init__(self, store: Store, per_client: Bucket, per_tenant: Bucket) -> None:
        self._store = store
        self._per_client = per_client
        self._per_tenant = per_tenant

    @classmethod
    def from_settings(cls, settings: Settings) -> "Budgets":
        url = settings.rate_limit_storage_url
        store: Store = MemoryStore() if url.startswith("memory://") else RedisStore(url)
        return cls(
            store,
            Bucket(settings.partner_burst_per_client, settings.partner_requests_per_minute),
            Bucket(settings.partner_burst_per_tenant, settings.partner_requests_per_minute_tenant),
        )

    async def spend(self, partner: PartnerClient) -> Spent:
        """A token from the client's bucket, then from its tenant's; headers saying
        what is left of the tighter one (the IETF RateLimit fields, and Retry-After)."""
        client = await self._store.take(f"client:{partner.client_id}", self._per_client)
        if not client.allowed:
            return _spent(client, self._per_client)
        tenant = await self._store.take(f"tenant:{partner.tenant_id}", self._per_tenant)
        if not tenant.allowed:
            return _spent(tenant, self._per_tenant)
        if tenant.remaining < client.remaining:
            return _spent(tenant, self._per_tenant)
        return _spent(client, self._per_client)

    async def spend_from(self, address: str) -> Spent:
        """A token from the bucket of an address that asks for OAuth tokens: before its
        client is proven, anyone may name any client, so the address is what is held."""
        return _spent(
            await self._store.take(f"address:{address}", self._per_client), self._per_client
        )


def _spent(taken: Taken, bucket: Bucket) -> Spent:
    headers = {
        "RateLimit-Limit": str(bucket.capacity),
        "RateLimit-Remaining": str(taken.remaining),
        "RateLimit-Reset": str(math.ceil(taken.full_in)),
    }
    if not taken.allowed:
        headers["Retry-After"] = str(max(1, math.ceil(taken.retry_after)))
    return Spent(taken.allowed, headers)
