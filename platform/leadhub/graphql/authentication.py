"""Who a request acts as: its bearer token proven, then the tenant it names.

Authentication comes first: a request whose token proves nothing acts as a
``Visitor``, whatever tenant it names. A person then acts as a ``Member`` of the
tenant the ``X-Tenant-ID`` header names (or of their only one), and otherwise as
a ``Person`` outside any tenant.
"""

import uuid
from dataclasses import dataclass

from starlette.requests import Request

from leadhub.db import Database
from leadhub.graphql.node import decode_id
from leadhub.principal import Member, Person, Principal, SystemJob, Visitor
from leadhub.settings import Settings
from leadhub.teams import service as teams
from leadhub.tenants import service
from leadhub.tenants.models import Membership
from leadhub.work import unit_of_work

TENANT_HEADER = "x-tenant-id"


@dataclass(frozen=True)
class RequestIdentity:
    principal: Principal
    authenticated: service.Authenticated | None
    # A token was sent and proved nothing (unknown, expired or revoked).
    token_rejected: bool


async def identify(request: Request, database: Database, settings: Settings) -> RequestIdentity:
    token = _bearer_token(request)
    if token is None:
        return RequestIdentity(Visitor(), None, token_rejected=False)
    async with unit_of_work(database, Visitor()) as work:
        authenticated = await service.authenticate(work, settings, token)
    if authenticated is None:
        return RequestIdentity(Visitor(), None, token_rejected=True)
    membership = _chosen_membership(authenticated.memberships, request.headers.get(TENANT_HEADER))
    if membership is None:
        return RequestIdentity(Person(authenticated.user.id), authenticated, token_rejected=False)
    reach = None
    if service.sees_only_own_leads(membership, authenticated.tenants[membership.tenant_id]):
        lookup = SystemJob(membership.tenant_id, "reach_of", on_behalf_of=membership.user_id)
        async with unit_of_work(database, lookup) as work:
            reach = await teams.reach_of(work, membership.user_id)
    member = Member(membership.tenant_id, membership.user_id, membership.role, reach)
    return RequestIdentity(member, authenticated, token_rejected=False)


def _bearer_token(request: Request) -> str | None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
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
