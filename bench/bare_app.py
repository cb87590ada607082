"""The baseline: the leads page's SQL, run by a bare Starlette endpoint and answered as JSON.

``POST /leads`` with ``{"first": 50}`` runs the statements Leadhub runs for the
benchmark's page (captured once with a ``before_cursor_execute`` listener), as the
same application role, in the same two transactions: authentication (the
identity epoch, and only when it moved since the login was kept, the login, then
the user with their memberships and tenants, which the ``tenant`` field shows);
the page with its stages, sources and owners. Each transaction publishes the
scope row-level security reads, unless it is empty, and is rolled back, as the
ORM's sessions end reads. Where the ORM repeats a criterion (``tenant_id = $1 AND
tenant_id = $2``) or lists ids (``IN ($1, $2, ...)``) this says it once, or as an
array: the plans are the same. What Leadhub adds around the same SQL is what the
benchmark's ratio measures; when Leadhub's statements change, change these.

``python -m bench.bare_app`` serves it with one uvicorn worker, as ``leadhub serve``
serves Leadhub, and reads the same settings: ``DATABASE_URL``, ``SECRET_KEY``, ``HOST``
and ``PORT``.
"""

import base64
import hashlib
import hmac
import os
import uuid
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeAlias, TypedDict

import asyncpg
import uvicorn
from asyncpg.pool import PoolConnectionProxy
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

PUBLISH_SCOPE = """
SELECT set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true),
       set_config('app.lookup_email', $3, true), set_config('app.lookup_token', $4, true),
       set_config('app.all_tenants', $5, true), set_config('app.reach_user_id', $6, true),
       set_config('app.reach_team_ids', $7, true)
"""
EPOCH = "SELECT epoch FROM identity_epoch"
# Whole rows where the ORM loads objects.
LOGIN = """
SELECT * FROM auth_sessions
WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > $2
"""
# The user, their memberships and those tenants, in one statement.
MEMBER = """
SELECT users.*, memberships.*, tenants.*
FROM users
LEFT JOIN memberships ON memberships.user_id = users.id
LEFT JOIN tenants ON tenants.id = memberships.tenant_id
  AND tenants.id IN (SELECT tenant_id FROM memberships WHERE user_id = $1)
WHERE users.id = $1
ORDER BY memberships.created_at
"""
# The page's leads: the columns its fields read, as plain rows.
LEADS = """
SELECT id, name, owner_id, source_id, stage_id FROM leads
WHERE tenant_id = $1 ORDER BY id DESC LIMIT $2
"""
# The page's stages, sources and owners: the columns their nodes show, by id (on
# the driver, as leadhub.rows_by_id reads them; row-level security binds users).
STAGES = """
SELECT id, name, position, kind, win_probability, milestone FROM funnel_stages
WHERE tenant_id = $1 AND id = ANY($2::uuid[])
"""
SOURCES = """
SELECT id, name, kind, campaign, event_date, cost FROM sources
WHERE tenant_id = $1 AND id = ANY($2::uuid[])
"""
MEMBERS = "SELECT id, name, email FROM users WHERE id = ANY($1::uuid[])"

# SQLAlchemy's default pool: 5 kept, 10 more under load.
POOL_SIZE = 15

# Only the stubs make the proxy generic, hence a string.
Connection: TypeAlias = "PoolConnectionProxy[asyncpg.Record]"


@dataclass(frozen=True)
class KeptLogin:
    epoch: int
    user_id: uuid.UUID
    tenant_ids: frozenset[uuid.UUID]


class State(TypedDict):
    pool: asyncpg.Pool
    secret_key: str
    # By token digest, as Leadhub's view keeps logins (unbounded: a benchmark's few).
    kept: dict[str, KeptLogin]


@dataclass(frozen=True)
class Scope:
    """What a transaction publishes for row-level security; empty sees nothing."""

    tenant_id: uuid.UUID | None = None
    user_id: uuid.UUID | None = None
    lookup_token: str = ""

    def settings(self) -> tuple[str, ...]:
        # The owner the benchmark reads as has no reach: every lead of the tenant.
        return (
            str(self.tenant_id or ""),
            str(self.user_id or ""),
            "",
            self.lookup_token,
            "",
            "",
            "",
        )


@asynccontextmanager
async def read_transaction(pool: asyncpg.Pool, scope: Scope) -> AsyncIterator[Connection]:
    async with pool.acquire() as connection:
        transaction = connection.transaction()
        await transaction.start()
        try:
            if scope != Scope():
                await connection.execute(PUBLISH_SCOPE, *scope.settings())
            yield connection
        finally:
            await transaction.rollback()


def global_id(type_name: str, row_id: uuid.UUID) -> str:
    """The Relay id GraphQL gives the row."""
    return base64.b64encode(f"{type_name}:{row_id}".encode()).decode()


async def leads_page(request: Request[State]) -> Response:
    pool = request.state["pool"]
    first = int((await request.json())["first"])
    _, _, token = request.headers.get("authorization", "").partition(" ")
    digest = hmac.new(
        request.state["secret_key"].encode(), token.strip().encode(), hashlib.sha256
    ).hexdigest()
    tenant_id = uuid.UUID(request.headers["x-tenant-id"])
    user_id = await _member_id(request.state, digest, tenant_id)
    if user_id is None:
        return PlainTextResponse("Not a member of that tenant.", status_code=403)
    async with read_transaction(pool, Scope(tenant_id, user_id)) as connection:
        leads = (await connection.fetch(LEADS, tenant_id, first + 1))[:first]
        stages = await _by_id(connection, STAGES, tenant_id, _ids(leads, "stage_id"))
        sources = await _by_id(connection, SOURCES, tenant_id, _ids(leads, "source_id"))
        owners = await _by_id(connection, MEMBERS, _ids(leads, "owner_id"))
    edges = [
        {
            "node": {
                "id": global_id("Lead", lead["id"]),
                "name": lead["name"],
                "owner": _user(owners.get(lead["owner_id"])),
                "source": _source(sources.get(lead["source_id"])),
                "stage": _stage(stages[lead["stage_id"]]),
            }
        }
        for lead in leads
    ]
    return JSONResponse({"data": {"tenant": {"leads": {"edges": edges}}}})


async def _member_id(state: State, digest: str, tenant_id: uuid.UUID) -> uuid.UUID | None:
    """The user whose login has this digest, if a member of the tenant: authentication."""
    async with read_transaction(state["pool"], Scope()) as connection:
        epoch: int = await connection.fetchval(EPOCH)
        login = state["kept"].get(digest)
        if login is None or login.epoch != epoch:
            login = await _login(connection, digest, epoch)
            if login is None:
                return None
            state["kept"][digest] = login
    return login.user_id if tenant_id in login.tenant_ids else None


async def _login(connection: Connection, digest: str, epoch: int) -> KeptLogin | None:
    await connection.execute(PUBLISH_SCOPE, *Scope(lookup_token=digest).settings())
    login = await connection.fetchrow(LOGIN, digest, datetime.now(UTC))
    if login is None:
        return None
    user_id: uuid.UUID = login["user_id"]
    # The token's lookup ends, then the scope takes in the user it proved.
    await connection.execute(PUBLISH_SCOPE, *Scope().settings())
    await connection.execute(PUBLISH_SCOPE, *Scope(user_id=user_id).settings())
    memberships = await connection.fetch(MEMBER, user_id)
    return KeptLogin(epoch, user_id, frozenset(row["tenant_id"] for row in memberships))


def _ids(rows: Sequence[asyncpg.Record], column: str) -> list[uuid.UUID]:
    """The distinct ids in ``column``, in first-seen order, as Leadhub asks for them."""
    return list(dict.fromkeys(row[column] for row in rows if row[column] is not None))


async def _by_id(
    connection: Connection, query: str, *arguments: uuid.UUID | list[uuid.UUID]
) -> dict[uuid.UUID, asyncpg.Record]:
    return {row["id"]: row for row in await connection.fetch(query, *arguments)}


def _user(row: asyncpg.Record | None) -> dict[str, Any] | None:
    if row is None:
        return None
    return {"id": global_id("User", row["id"]), "name": row["name"], "email": row["email"]}


def _source(row: asyncpg.Record | None) -> dict[str, Any] | None:
    if row is None:
        return None
    # GraphQL names an enum value by its member, the stored value upper-cased.
    return {"id": global_id("Source", row["id"]), "name": row["name"], "kind": row["kind"].upper()}


def _stage(row: asyncpg.Record) -> dict[str, Any]:
    return {"id": global_id("FunnelStage", row["id"]), "name": row["name"]}


async def _keep_session(_connection: asyncpg.Connection) -> None:
    """Nothing to reset: every transaction was ended. (SQLAlchemy's pool sends nothing
    here; asyncpg's default reset would add a round trip per request.)"""


@asynccontextmanager
async def lifespan(_app: Starlette) -> AsyncIterator[State]:
    database_url = os.environ["DATABASE_URL"].replace("postgresql+asyncpg://", "postgresql://", 1)
    async with asyncpg.create_pool(
        database_url, min_size=1, max_size=POOL_SIZE, reset=_keep_session
    ) as pool:
        yield State(pool=pool, secret_key=os.environ["SECRET_KEY"], kept={})


app = Starlette(routes=[Route("/leads", leads_page, methods=["POST"])], lifespan=lifespan)


if __name__ == "__main__":
    uvicorn.run(
        app,
        host=os.environ["HOST"],
        port=int(os.environ["PORT"]),
        log_level="warning",
        access_log=False,
    )
