"""What a subscription runs with: its WebSocket connection's context.

The connection authenticates as a request does, with the same headers sent as
``connection_init``'s payload: ``{"Authorization": "Bearer <token>", "X-Tenant-ID":
"<id>"}``. Permission classes read the connection's viewer as they read a
request's; a subscription reads the database in units of work of its own, one per
look, so nothing holds a transaction open while it waits.
"""

import asyncio
import time
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Executable
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.types import Info as StrawberryInfo

from graphql import GraphQLError
from leadhub.db import Database
from leadhub.graphql.authentication import RequestIdentity, identify
from leadhub.graphql.dataloaders import Loaders
from leadhub.graphql.errors import UserInputError
from leadhub.graphql.logins import Logins
from leadhub.graphql.permissions import IsTenantMember
from leadhub.oauth.budgets import Budgets, Spent
from leadhub.principal import Member, PartnerClient, Principal, Visitor
from leadhub.settings import Settings
from leadhub.tenants.models import User
from leadhub.work import unit_of_work

# The connection parameters read, as the request headers they stand for; a value
# longer than any token or id is none of them.
LOGIN_HEADERS = ("authorization", "x-tenant-id")
MAX_PARAMETER_CHARS = 2048
# How long who the connection acts as is taken as known: its subscriptions, looking
# once a second each, then ask once a second between them.
IDENTITY_FRESH_SECONDS = 1.0


NOT_LIVE = "This is not sent live: ask for it in a query, by the id the event gives."


@dataclass
class LiveContext:
    """A WebSocket connection's context, shared by its subscriptions."""

    settings: Settings
    database: Database
    logins: Logins
    budgets: Budgets
    # What a partner's token had left of its budget as it connected: a connection
    # spends one request of it, and its subscriptions are refused if none was left.
    spent: Spent | None = None
    # The payload of connection_init, set by strawberry when it arrives, and the
    # headers read from it (``login``).
    connection_params: dict[str, object] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    identity: RequestIdentity = field(
        default_factory=lambda: RequestIdentity(Visitor(), None, token_rejected=False)
    )
    identified_at: float | None = None  # time.monotonic()
    # Subscriptions that look at once wait for one answer, not ask one each.
    identifying: asyncio.Lock = field(default_factory=asyncio.Lock)

    @property
    def principal(self) -> Principal:
        return self.identity.principal

    @property
    def user(self) -> User | None:
        return self.identity.user

    @property
    def token_rejected(self) -> bool:
        return self.identity.token_rejected

    async def login(self) -> None:
        """Log the connection in by connection_init's payload, its parameters named
        as the request headers a login sends (in any case)."""
        self.headers = {
            name.lower(): value
            for name, value in self.connection_params.items()
            if name.lower() in LOGIN_HEADERS
            and isinstance(value, str)
            and len(value) <= MAX_PARAMETER_CHARS
        }
        self.connection_params = {}  # nothing else of it is read
        self.identified_at = None
        principal = await self.identify()
        if isinstance(principal, PartnerClient):
            self.spent = await self.budgets.spend(principal)

    async def identify(self) -> Principal:
        """Who the connection acts as now, to a second: a login that has ended, or a
        role that has changed, tells here (a kept login costs one statement)."""
        async with self.identifying:
            now = time.monotonic()
            if self.identified_at is None or now - self.identified_at >= IDENTITY_FRESH_SECONDS:
                self.identity = await identify(
                    self.headers, self.database, self.settings, self.logins
                )
                self.identified_at = now
        return self.identity.principal

    async def allowed(self, permission: type[IsTenantMember]) -> Member | PartnerClient:
        """Who the connection acts as now, while ``permission`` still lets them: a
        login or token that has ended, or a role that no longer may, ends the
        subscription."""
        principal = await self.identify()
        if self.spent is not None and not self.spent.allowed:
            raise GraphQLError(
                "This API client or its tenant had spent its request budget as it connected:"
                " connect again after retryAfter seconds.",
                extensions={
                    "code": "RATE_LIMITED",
                    "retryAfter": int(self.spent.headers["Retry-After"]),
                },
            )
        if not permission.allows(self) or not isinstance(principal, Member | PartnerClient):
            raise GraphQLError(permission.message, extensions=permission.error_extensions)
        return principal

    @property
    def loaders(self) -> Loaders:
        """The loaders of what this subscription sends (``read_as``)."""
        loaders = _SENDING_LOADERS.get()
        if loaders is None:
            raise RuntimeError("a subscription sent an answer before saying who reads it")
        return loaders

    @property
    def session(self) -> AsyncSession:
        # What a request reads on its session (a lead's stage history, its feed) is
        # not sent live: an event is read by the loaders alone, each read apart.
        raise UserInputError(NOT_LIVE)

    @property
    def tenant_work(self) -> Any:
        raise UserInputError(NOT_LIVE)

    def read_as(self, principal: Principal) -> None:
        """Have what this subscription sends next loaded as ``principal`` sees it.
        Each subscription runs in a task of its own, whose loaders these are."""
        reads = ReadEachAlone(self.database, principal)
        _SENDING_LOADERS.set(Loaders(cast(AsyncSession, reads)))


class ReadEachAlone:
    """A session for the loaders of what a subscription sends: each read in a unit
    of work of its own, closed before it returns, so that no connection is held
    while a message waits for a slow client."""

    def __init__(self, database: Database, principal: Principal) -> None:
        self._database = database
        self._principal = principal

    async def scalars(self, statement: Executable, parameters: Any = None) -> list[Any]:
        async with unit_of_work(self._database, self._principal) as work:
            return list(await work.session.scalars(statement, parameters))

    async def execute(self, statement: Executable, parameters: Any = None) -> list[Any]:
        async with unit_of_work(self._database, self._principal) as work:
            return list(await work.session.execute(statement, parameters))


_SENDING_LOADERS: ContextVar[Loaders | None] = ContextVar("leadhub_sending", default=None)

LiveInfo = StrawberryInfo[LiveContext, None]
