"""The typed request context every resolver receives."""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from starlette.requests import Request
from strawberry.types import Info as StrawberryInfo

from leadhub.db import Database, SerializedSession
from leadhub.errors import DomainError
from leadhub.graphql.dataloaders import Loaders
from leadhub.principal import InTenant, Member, Principal
from leadhub.settings import Settings
from leadhub.tenants.models import AuthSession, Membership, Tenant, User
from leadhub.tenants.ratelimit import RateLimits
from leadhub.tenants.service import Authenticated
from leadhub.work import UnitOfWork, unit_of_work

T = TypeVar("T")
Q = TypeVar("Q", bound=Principal)


class Viewer(Protocol):
    """Who asks, as permission classes read it: over HTTP the request's context,
    over a WebSocket its connection's (``leadhub.graphql.websocket``)."""

    @property
    def principal(self) -> Principal: ...

    @property
    def user(self) -> User | None: ...

    @property
    def token_rejected(self) -> bool: ...


@dataclass
class Context:
    request: Request
    settings: Settings
    database: Database
    rate_limits: RateLimits
    client_address: str
    # The request's unit of work, for the principal the request authenticated as.
    work: UnitOfWork[Principal]
    authenticated: Authenticated | None = None
    # The request sent a token that proved nothing (unknown, expired, revoked).
    token_rejected: bool = False
    # What a partner's token has left of its request budget, told in the response.
    budget_headers: dict[str, str] = field(default_factory=dict)
    loaders: Loaders = field(init=False)
    # Previews this request asked for, each reading a file: few, whatever the query.
    previews_asked: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        self.loaders = Loaders(self.work.session)
        if self.authenticated:
            # Authentication read the viewer's tenants: `me` lists them from there.
            self.loaders.tenant.prime_many(self.authenticated.tenants)

    @property
    def principal(self) -> Principal:
        return self.work.principal

    @property
    def session(self) -> SerializedSession:
        """The request's session, for reading: what its principal may see."""
        return self.work.session

    @property
    def user(self) -> User | None:
        return self.authenticated.user if self.authenticated else None

    @property
    def auth_session(self) -> AuthSession | None:
        return self.authenticated.auth_session if self.authenticated else None

    @property
    def memberships(self) -> list[Membership]:
        return self.authenticated.memberships if self.authenticated else []

    @property
    def membership(self) -> Membership | None:
        """The viewer's membership in the tenant this request acts in."""
        tenant_id = self.principal.tenant_id
        return next((m for m in self.memberships if m.tenant_id == tenant_id), None)

    @property
    def tenant(self) -> Tenant | None:
        """The tenant this request acts in, as authentication read it."""
        tenant_id = self.principal.tenant_id
        return (
            self.authenticated.tenants.get(tenant_id) if self.authenticated and tenant_id else None
        )

    @property
    def member_work(self) -> UnitOfWork[Member]:
        """The request's unit of work, for a service that a member calls; permission
        classes (IsTenantMember) guarantee the request acts as one."""
        return self.work.narrowed(Member)

    @property
    def tenant_work(self) -> UnitOfWork[InTenant]:
        """The request's unit of work, for a service that a member or a partner's
        client calls; permission classes with a scope guarantee it acts as one."""
        return self.work.in_tenant()

    async def run(self, operation: Callable[[UnitOfWork[Member]], Awaitable[T]]) -> T | DomainError:
        """Run a mutation's operation as the request's member, in a transaction of its
        own: all of it, or nothing, with a refusal as a value."""
        return await self.member_work.run(operation)

    async def run_in_tenant(
        self, operation: Callable[[UnitOfWork[InTenant]], Awaitable[T]]
    ) -> T | DomainError:
        """As ``run``, for an operation a partner's client may ask for too."""
        return await self.tenant_work.run(operation)

    async def run_as(
        self, principal: Q, operation: Callable[[UnitOfWork[Q]], Awaitable[T]]
    ) -> T | DomainError:
        """Run an operation as another principal than the request's: a newcomer
        founding or joining a tenant, a visitor logging in."""
        async with unit_of_work(self.database, principal) as work:
            return await work.run(operation)


Info = StrawberryInfo[Context, None]
ViewerInfo = StrawberryInfo[Viewer, None]
