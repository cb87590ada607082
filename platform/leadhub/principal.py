"""Who acts: the one typed answer every operation is given.

Each entry point (a GraphQL request, an actor, the CLI, the scheduler) works out
its principal once and opens a unit of work for it (``leadhub.work``); services
read it from there and from nowhere else. The session's scope, which both tenant
locks enforce, is derived from it (``leadhub.scope.Scope.of``).

Every principal answers ``tenant_id`` (the tenant whose data it may reach, if
one) and ``user_id`` (the person it acts as or for, if one): the rows it writes
are stamped and credited with them.
"""

import uuid
from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    """What a member may do in a tenant (DOMAIN.md's roles)."""

    OWNER = "owner"
    ADMIN = "admin"
    MARKETING = "marketing"
    SALES_MANAGER = "sales_manager"
    SALES_REP = "sales_rep"


@dataclass(frozen=True)
class Reach:
    """The leads a sales rep may see and change: their own and their teams'."""

    user_id: uuid.UUID
    team_ids: frozenset[uuid.UUID] = frozenset()


@dataclass(frozen=True)
class Member:
    """A person acting in a tenant they belong to, with their role there."""

    tenant_id: uuid.UUID
    user_id: uuid.UUID
    role: Role
    # None: every lead of the tenant. A sales rep's is their reach, unless the
    # tenant lets reps see all leads.
    reach: Reach | None = None


@dataclass(frozen=True)
class PartnerClient:
    """A partner's API client installed in a tenant: it acts within its OAuth scopes,
    and never beyond the role of the person who installed it."""

    tenant_id: uuid.UUID
    client_id: uuid.UUID
    scopes: frozenset[str]
    installer_role: Role
    # A client installed by a sales rep reaches the leads that rep does, no more.
    reach: Reach | None = None

    @property
    def user_id(self) -> None:
        return None


@dataclass(frozen=True)
class SystemJob:
    """Work the system does for one tenant (a sweep, a rescoring), named for the
    logs and audit trail, and done on behalf of the person who caused it, if any."""

    tenant_id: uuid.UUID
    name: str
    on_behalf_of: uuid.UUID | None = None

    @property
    def user_id(self) -> uuid.UUID | None:
        return self.on_behalf_of


class _ForNoOne:
    """A principal that acts in no tenant and for no person."""

    @property
    def tenant_id(self) -> None:
        return None

    @property
    def user_id(self) -> None:
        return None


@dataclass(frozen=True)
class AllTenantsSweep(_ForNoOne):
    """A scheduled job that lists every tenant (the tenant rows, nothing of theirs)
    to visit each as a ``SystemJob`` of its own."""

    name: str


@dataclass(frozen=True)
class Newcomer:
    """Someone becoming a member of a tenant: its founder signing up, or an invitee
    accepting (as the person they are logged in as, or as a new account)."""

    tenant_id: uuid.UUID
    user_id: uuid.UUID | None = None


@dataclass(frozen=True)
class Person:
    """A logged-in person acting outside any tenant: their own account and logins."""

    user_id: uuid.UUID

    @property
    def tenant_id(self) -> None:
        return None


@dataclass(frozen=True)
class Visitor(_ForNoOne):
    """Nobody known yet: logging in, or a request without a valid login."""


InTenant = Member | PartnerClient | SystemJob
"""The principals that work on a tenant's data."""

Principal = InTenant | Newcomer | Person | Visitor | AllTenantsSweep


def reach_of(principal: Principal) -> Reach | None:
    """The leads the principal is limited to, or None for every lead of its tenant."""
    return principal.reach if isinstance(principal, Member | PartnerClient) else None
