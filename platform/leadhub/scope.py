"""What a session may see: its tenant, its user, and the one login it may look up.

Every session carries a ``Scope``, derived from the principal it was opened for
(``Scope.of``) and never moved to another tenant afterwards. The ORM turns it
into criteria on every query (each model's ``scope_criteria``, and
``scope_write_criteria`` for bulk changes) and checks every flushed row against
it (``writable_in``); on PostgreSQL each transaction also publishes it with
``set_config(..., true)``, and the row-level security policies read it back
through ``app_tenant_id()``, ``app_user_id()``, ``app_lookup_email()``,
``app_lookup_token()``, ``app_all_tenants()``, and for a sales rep's reach
``app_reach_user_id()`` and ``app_reach_team_ids()``. Both locks read the same values.
"""

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncSession

from leadhub.principal import AllTenantsSweep, Principal, Reach, reach_of

SCOPE = "leadhub.scope"
# What the session was opened for, which no later change of its scope may alter.
_BOUNDS = "leadhub.scope_bounds"


@dataclass(frozen=True)
class Scope:
    tenant_id: uuid.UUID | None = None
    user_id: uuid.UUID | None = None
    # Authentication must find one user by email, or one login by token, before
    # it knows who asks: a scope may name exactly that one.
    lookup_email: str | None = None
    lookup_token: str | None = None
    # A sales rep sees and changes only the leads in their reach (leads.models.Lead).
    reach: Reach | None = None
    # A scheduled sweep lists every tenant (the tenant rows, none of their data)
    # to visit each in a session of its own.
    all_tenants: bool = False

    @property
    def bounds(self) -> tuple[uuid.UUID | None, Reach | None, bool]:
        """What a session keeps from the scope it was opened with, whatever it looks up."""
        return self.tenant_id, self.reach, self.all_tenants

    @classmethod
    def of(cls, principal: Principal) -> "Scope":
        return cls(
            tenant_id=principal.tenant_id,
            user_id=principal.user_id,
            reach=reach_of(principal),
            all_tenants=isinstance(principal, AllTenantsSweep),
        )


def session_info(scope: Scope) -> dict[str, Any]:
    """The ``info`` of a session opened with ``scope``."""
    return {SCOPE: scope, _BOUNDS: scope.bounds}


def scope_of(session: AsyncSession | Any) -> Scope:
    """The scope a session (async or sync) has; its tenant, reach and sweep are the
    ones it was opened with, or it is refused."""
    found = session.info.get(SCOPE)
    if not isinstance(found, Scope):
        raise RuntimeError("sessions come from leadhub.db.Database, which gives them a scope")
    if found.bounds != session.info[_BOUNDS]:
        raise ScopeChanged(f"a session opened for {session.info[_BOUNDS]} now claims {found}")
    return found


class ScopeChanged(RuntimeError):
    """A session's scope was moved to another tenant or reach after it was opened (a bug)."""


async def widen_scope(
    session: AsyncSession, *, user_id: uuid.UUID | None = None, lookup_email: str | None = None
) -> Scope:
    """Let the rest of this session see more: the user it has just proven or created
    (never another tenant: a session keeps the tenant it was opened for)."""
    scope = scope_of(session)
    scope = replace(
        scope,
        user_id=user_id or scope.user_id,
        lookup_email=lookup_email or scope.lookup_email,
    )
    await _rescope(session, scope)
    return scope


@asynccontextmanager
async def looking_up(
    session: AsyncSession, *, email: str | None = None, token: str | None = None
) -> AsyncIterator[None]:
    """See one more row for the length of the block only: a login not yet proven."""
    before = scope_of(session)
    looked_up = replace(
        before,
        lookup_email=email or before.lookup_email,
        lookup_token=token or before.lookup_token,
    )
    await _rescope(session, looked_up)
    try:
        yield
    finally:
        await _rescope(session, before)


async def _rescope(session: AsyncSession, scope: Scope) -> None:
    # At once for the ORM, and on PostgreSQL for the running transaction.
    session.info[SCOPE] = scope
    if session.in_transaction():
        connection = await session.connection()
        await connection.run_sync(publish, scope)


# Built once: every transaction runs it.
_PUBLISH = text(
    "SELECT set_config('app.tenant_id', :tenant, true),"
    " set_config('app.user_id', :user, true),"
    " set_config('app.lookup_email', :email, true),"
    " set_config('app.lookup_token', :token, true),"
    " set_config('app.all_tenants', :all_tenants, true),"
    " set_config('app.reach_user_id', :reach_user, true),"
    " set_config('app.reach_team_ids', :reach_teams, true)"
)


def publish(connection: Connection, scope: Scope) -> None:
    """Hand the scope to PostgreSQL's policies for this transaction only."""
    if connection.dialect.name != "postgresql":
        return
    connection.execute(
        _PUBLISH,
        {
            "tenant": str(scope.tenant_id or ""),
            "user": str(scope.user_id or ""),
            "email": scope.lookup_email or "",
            "token": scope.lookup_token or "",
            "all_tenants": "on" if scope.all_tenants else "",
            "reach_user": str(scope.reach.user_id) if scope.reach else "",
            "reach_teams": _array(scope.reach.team_ids) if scope.reach else "",
        },
    )


def _array(ids: frozenset[uuid.UUID]) -> str:
    """A PostgreSQL array literal of the ids, sorted so the same reach reads the same."""
    return "{" + ",".join(sorted(str(id_) for id_ in ids)) + "}"
