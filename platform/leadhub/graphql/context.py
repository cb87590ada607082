"""The typed request context every resolver receives."""

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request
from strawberry.types import Info as StrawberryInfo

from leadhub.db import Database, write_transaction
from leadhub.errors import DomainError
from leadhub.graphql.dataloaders import Loaders
from leadhub.settings import Settings
from leadhub.tenants.models import AuthSession, Membership, Tenant, User
from leadhub.tenants.ratelimit import RateLimits
from leadhub.tenants.service import Actor, Authenticated

T = TypeVar("T")


@dataclass
class Context:
    request: Request
    settings: Settings
    database: Database
    rate_limits: RateLimits
    client_address: str
    # The request's session: scoped to the chosen tenant, or to no tenant at all.
    session: AsyncSession
    authenticated: Authenticated | None = None
    memberships: list[Membership] = field(default_factory=list)
    membership: Membership | None = None  # in the tenant this request chose
    tenant: Tenant | None = None  # the one this request chose, as authentication read it
    loaders: Loaders = field(init=False)

    def __post_init__(self) -> None:
        viewer_id = self.user.id if self.user else None
        self.loaders = Loaders(self.session, self.database, viewer_id)
        if self.authenticated:
            # Authentication read the viewer's tenants: no session of their own.
            self.loaders.tenant.prime_many(self.authenticated.tenants)

    @property
    def user(self) -> User | None:
        return self.authenticated.user if self.authenticated else None

    @property
    def auth_session(self) -> AuthSession | None:
        return self.authenticated.auth_session if self.authenticated else None

    @property
    def tenant_id(self) -> uuid.UUID | None:
        return self.membership.tenant_id if self.membership else None

    @property
    def actor(self) -> Actor:
        """The member acting; permission classes guarantee there is one."""
        if self.membership is None:
            raise RuntimeError("a resolver needing a member ran without IsTenantMember")
        return Actor(user_id=self.membership.user_id, role=self.membership.role)

    async def write(
        self, operation: Callable[[AsyncSession], Awaitable[T]], session: AsyncSession | None = None
    ) -> T | DomainError:
        """Run a mutation's operation in its own transaction: all of it, or nothing.

        A DomainError rolls everything back and comes back as a value, for the
        payload's user errors; any other exception is a bug and propagates.
        """
        session = session or self.session
        if session.in_transaction():
            await session.commit()  # ends the read transaction earlier fields opened
        try:
            async with write_transaction(session):
                return await operation(session)
        except DomainError as error:
            return error


Info = StrawberryInfo[Context, None]
