"""What a subscription runs with: its WebSocket connection's context.

The connection authenticates as a request does, with the same headers sent as
``connection_init``'s payload: ``{"Authorization": "Bearer <token>", "X-Tenant-ID":
"<id>"}``. Permission classes read the connection's viewer as they read a
request's; a subscription reads the database in units of work of its own, one per
look, so nothing holds a transaction open while it waits.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field

from strawberry.types import Info as StrawberryInfo

from leadhub.db import Database
from leadhub.graphql.authentication import RequestIdentity, identify
from leadhub.graphql.logins import Logins
from leadhub.principal import Principal, Visitor
from leadhub.settings import Settings
from leadhub.tenants.models import User

# Parameters longer than any header we read are not headers we read.
MAX_PARAMETER_CHARS = 2048


@dataclass
class LiveContext:
    """A WebSocket connection's context, shared by its subscriptions."""

    settings: Settings
    database: Database
    logins: Logins
    # The payload of connection_init, set by strawberry when it arrives.
    connection_params: dict[str, object] = field(default_factory=dict)
    identity: RequestIdentity = field(
        default_factory=lambda: RequestIdentity(Visitor(), None, token_rejected=False)
    )

    @property
    def principal(self) -> Principal:
        return self.identity.principal

    @property
    def user(self) -> User | None:
        return self.identity.authenticated.user if self.identity.authenticated else None

    @property
    def token_rejected(self) -> bool:
        return self.identity.token_rejected

    async def identify(self) -> Principal:
        """Who the connection acts as now: a login that has ended, or a role that has
        changed, tells here (a kept login costs one statement)."""
        self.identity = await identify(
            _headers(self.connection_params), self.database, self.settings, self.logins
        )
        return self.identity.principal


LiveInfo = StrawberryInfo[LiveContext, None]


def _headers(params: Mapping[str, object]) -> dict[str, str]:
    """The connection parameters that can be headers, named as Starlette names them."""
    return {
        name.lower(): value
        for name, value in params.items()
        if isinstance(value, str) and len(value) <= MAX_PARAMETER_CHARS
    }
