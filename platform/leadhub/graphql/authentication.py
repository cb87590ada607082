"""Who a request acts as: its bearer token proven, then the tenant it names.

Authentication comes first: a request whose token proves nothing acts as a
``Visitor``, whatever tenant it names. A person then acts as a ``Member`` of the
tenant the ``X-Tenant-ID`` header names (or of their only one), and otherwise as
a ``Person`` outside any tenant. A partner's OAuth access token acts as its
``PartnerClient`` in the tenant it was issued in (``leadhub.oauth.access``).

What a token acts as is kept between requests (``leadhub.graphql.logins``): a
request reads the identity epoch, one statement, and if no change to who logins
act as has committed since the login was kept, that is all authentication costs.
"""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from leadhub.db import Database
from leadhub.graphql.logins import KnownLogin, Logins
from leadhub.graphql.node import decode_id
from leadhub.identity_epoch import current_epoch
from leadhub.oauth import access as oauth_access
from leadhub.oauth import credentials
from leadhub.oauth.credentials import Credential, Kind
from leadhub.principal import Member, PartnerClient, Person, Principal, Reach, SystemJob, Visitor
from leadhub.settings import Settings
from leadhub.teams import service as teams
from leadhub.tenants import service
from leadhub.tenants.models import Membership, User
from leadhub.tenants.tokens import token_digest
from leadhub.work import unit_of_work

TENANT_HEADER = "x-tenant-id"


@dataclass(frozen=True)
class RequestIdentity:
    principal: Principal
    authenticated: service.Authenticated | None
    # A token was sent and proved nothing (unknown, expired or revoked).
    token_rejected: bool

    @property
    def user(self) -> User | None:
        return self.authenticated.user if self.authenticated else None


async def identify(
    headers: Mapping[str, str], database: Database, settings: Settings, logins: Logins
) -> RequestIdentity:
    """Who the headers act as: a request's, or a WebSocket's connection parameters
    (their names in lower case)."""
    token = _bearer_token(headers)
    if token is None:
        return RequestIdentity(Visitor(), None, token_rejected=False)
    access_token = credentials.parse(token, Kind.ACCESS_TOKEN)
    if access_token is not None:
        partner = await _partner(database, settings, logins, access_token)
        if partner is None:
            return RequestIdentity(Visitor(), None, token_rejected=True)
        return RequestIdentity(partner, None, token_rejected=False)
    login = await _login(database, logins, token_digest(settings.resolved_secret_key, token))
    if login is None:
        return RequestIdentity(Visitor(), None, token_rejected=True)
    return await _identity(database, login, headers.get(TENANT_HEADER))


async def _login(database: Database, logins: Logins, digest: str) -> KnownLogin | None:
    """The live login with this token digest: as kept, if no identity changed since."""
    async with unit_of_work(database, Visitor()) as work:
        epoch = await current_epoch(work.session)
        kept = logins.get(digest)
        if kept is not None and kept.epoch == epoch:
            return kept
        # Read after the epoch: a change committed in between leaves it stale, not kept.
        authenticated = await service.authenticate(work, digest)
    return None if authenticated is None else logins.keep(digest, epoch, authenticated)


async def _partner(
    database: Database, settings: Settings, logins: Logins, token: Credential
) -> PartnerClient | None:
    """What a live access token acts as: as kept, if no identity changed since."""
    digest = token.digest(settings.resolved_secret_key)
    async with unit_of_work(database, SystemJob(token.tenant_id, "oauth_access")) as work:
        epoch = await current_epoch(work.session)
        kept = logins.access(digest)
        if kept is not None and kept.epoch == epoch:
            return kept.access.partner
        access = await oauth_access.access_of(work, settings, token)
    if access is None:
        return None
    logins.keep_access(digest, epoch, access)
    return access.partner


async def _identity(
    database: Database, login: KnownLogin, requested_tenant: str | None
) -> RequestIdentity:
    """What a proven login acts as in the tenant the request names."""
    authenticated = login.authenticated
    membership = _chosen_membership(authenticated.memberships, requested_tenant)
    if membership is None:
        return RequestIdentity(Person(authenticated.user.id), authenticated, token_rejected=False)
    reach = None
    if service.sees_only_own_leads(membership.role, authenticated.tenants[membership.tenant_id]):
        reach = await _reach(database, login, membership)
    member = Member(membership.tenant_id, membership.user_id, membership.role, reach)
    return RequestIdentity(member, authenticated, token_rejected=False)


async def _reach(database: Database, login: KnownLogin, membership: Membership) -> Reach:
    """A sales rep's reach in the membership's tenant, looked up once per kept login."""
    reach = login.reaches.get(membership.tenant_id)
    if reach is None:
        lookup = SystemJob(membership.tenant_id, "reach_of", on_behalf_of=membership.user_id)
        async with unit_of_work(database, lookup) as work:
            reach = await teams.reach_of(work, membership.user_id)
        login.reaches[membership.tenant_id] = reach
    return reach


def _bearer_token(headers: Mapping[str, str]) -> str | None:
    scheme, _, token = headers.get("authorization", "").partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


def _chosen_membership(memberships: list[Membership], requested: str | None) -> Membership | None:
    """The tenant named by the header, or the only one the user belongs to."""
    if requested is None:
        return memberships[0] if len(memberships) == 1 else None
    try:
        tenant_id = decode_id(requested, "Tenant") or uuid.UUID(requested)
    except ValueError:
        return None
    return next((m for m in memberships if m.tenant_id == tenant_id), None)
