"""News that a tenant's feed moved on, for the live subscribers of this process.

A transaction that recorded activities tells this process once it commits
(``activity.positions``); on PostgreSQL it also sends ``NOTIFY`` with its commit,
which ``PostgresListener`` hears in every API process, whichever process (an API,
a worker) committed. The news says only which tenant: each subscriber then reads
what is new to it, as itself, from the database.
"""

import asyncio
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import asyncpg
import structlog

from leadhub.db import Database

CHANNEL = "leadhub_feed"
RECONNECT_SECONDS = 1.0

log = structlog.get_logger(__name__)


@dataclass(frozen=True, eq=False)
class _Waiter:
    event: asyncio.Event
    loop: asyncio.AbstractEventLoop


class _Subscribers:
    """The subscribers waiting in this process, by tenant. News may come from
    another thread (the embedded worker's): each waiter is woken on its own loop."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_tenant: dict[uuid.UUID, set[_Waiter]] = {}

    @contextmanager
    def watching(self, tenant_id: uuid.UUID) -> Iterator[asyncio.Event]:
        """An event set each time the tenant's feed moves on, while the block runs."""
        waiter = _Waiter(asyncio.Event(), asyncio.get_running_loop())
        with self._lock:
            self._by_tenant.setdefault(tenant_id, set()).add(waiter)
        try:
            yield waiter.event
        finally:
            with self._lock:
                waiting = self._by_tenant[tenant_id]
                waiting.discard(waiter)
                if not waiting:
                    del self._by_tenant[tenant_id]

    def tell(self, tenant_id: uuid.UUID) -> None:
        with self._lock:
            waiting = list(self._by_tenant.get(tenant_id, ()))
        for waiter in waiting:
            if not waiter.loop.is_closed():
                waiter.loop.call_soon_threadsafe(waiter.event.set)


subscribers = _Subscribers()
watching = subscribers.watching
tell = subscribers.tell


class PostgresListener:
    """LISTEN on a connection of its own, for as long as the process serves,
    connecting again when the connection is lost."""

    def __init__(self, dsn: str) -> None:
        self._dsn = dsn
        self._task: asyncio.Task[None] | None = None
        self._lost = asyncio.Event()

    @classmethod
    def of(cls, database: Database) -> "PostgresListener | None":
        """A listener on the database's server, if it is PostgreSQL."""
        if database.dialect != "postgresql":
            return None
        url = database.engine.url.set(drivername="postgresql")
        return cls(url.render_as_string(hide_password=False))

    async def start(self) -> None:
        self._task = asyncio.create_task(self._listen())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    async def _listen(self) -> None:
        while True:
            try:
                await self._listen_once()
            except Exception as failed:
                log.warning("feed.listen_failed", error=repr(failed))
            await asyncio.sleep(RECONNECT_SECONDS)

    async def _listen_once(self) -> None:
        """Listen on a new connection until it is lost."""
        connection = await asyncpg.connect(self._dsn)
        try:
            self._lost.clear()
            connection.add_termination_listener(lambda _connection: self._lost.set())
            await connection.add_listener(CHANNEL, self._heard)
            await self._lost.wait()
        finally:
            connection.terminate()

    @staticmethod
    def _heard(_connection: object, _pid: int, _channel: str, payload: object) -> None:
        try:
            tenant_id = uuid.UUID(str(payload))
        except ValueError:
            return
        tell(tenant_id)
