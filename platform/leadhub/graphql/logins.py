"""The logins and partners' tokens requests come with, kept a minute, so that one
statement authenticates a request.

What a bearer token acts as (its login, the user, their memberships and tenants,
a sales rep's reach in each) is read once and kept by the token's digest, with
the identity epoch it was read at (``leadhub.identity_epoch``). A request reads
the epoch, one statement, and uses what is kept only if no change to any
identity has committed since (``leadhub.graphql.authentication``): logging out, a
password reset, a role, a membership, a team or a tenant's settings changed, by
any process, is seen by the next request. A login past its expiry is never used;
the minute bounds what a change made outside the application (by hand in the
database) could leave behind, and the size bounds the memory. A partner's access
token (``leadhub.oauth.access``) is kept the same way, until it expires.
"""

import uuid
from dataclasses import dataclass, field

from cachetools import TTLCache

from leadhub.db import utcnow
from leadhub.oauth.access import Access
from leadhub.principal import Reach
from leadhub.tenants.service import Authenticated

KEPT_SECONDS = 60
KEPT_LOGINS = 10_000


@dataclass
class KnownLogin:
    authenticated: Authenticated
    epoch: int | None  # None: the epoch's row is gone, and nothing is kept
    # A sales rep's reach in each tenant a request named, looked up on first use.
    reaches: dict[uuid.UUID, Reach] = field(default_factory=dict)


@dataclass(frozen=True)
class KnownAccess:
    access: Access
    epoch: int


class Logins:
    def __init__(self, *, size: int = KEPT_LOGINS, seconds: float = KEPT_SECONDS) -> None:
        self._known: TTLCache[str, KnownLogin] = TTLCache(maxsize=size, ttl=seconds)
        self._accesses: TTLCache[str, KnownAccess] = TTLCache(maxsize=size, ttl=seconds)

    def get(self, digest: str) -> KnownLogin | None:
        """The login kept for ``digest``, unless it has expired; whether it still
        holds is for its epoch to say."""
        known = self._known.get(digest)
        if known is not None and known.authenticated.auth_session.expires_at <= utcnow():
            self.forget(digest)
            return None
        return known

    def keep(self, digest: str, epoch: int | None, authenticated: Authenticated) -> KnownLogin:
        """Keep ``authenticated``, read after ``epoch`` was: a change committed between
        the two moved the epoch on, and the next request reads the login again."""
        known = KnownLogin(authenticated, epoch)
        if epoch is not None:
            self._known[digest] = known
        return known

    def forget(self, digest: str) -> None:
        self._known.pop(digest, None)

    def access(self, digest: str) -> KnownAccess | None:
        """What the access token with ``digest`` was kept as, unless it has expired."""
        known = self._accesses.get(digest)
        if known is not None and known.access.expires_at <= utcnow():
            self._accesses.pop(digest, None)
            return None
        return known

    def keep_access(self, digest: str, epoch: int | None, access: Access) -> None:
        """Keep ``access``, read after ``epoch`` was (as ``keep`` keeps a login)."""
        if epoch is not None:
            self._accesses[digest] = KnownAccess(access, epoch)
