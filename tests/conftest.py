"""Fixtures: a migrated SQLite and PostgreSQL database, the app, and a GraphQL client.

Every database test runs on both backends. PostgreSQL comes from TEST_DATABASE_URL
(a role that may create databases and roles); the test database is built by the
real migrations once per run, and tests connect as the application role, which
row-level security binds, exactly as production does. Each test runs inside a
transaction that is rolled back.
"""

import asyncio
import os
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest
from sqlalchemy import event
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.orm import Session
from starlette.applications import Starlette

from leadhub import tasks
from leadhub.app import create_app
from leadhub.db import Database
from leadhub.migrations import upgrade
from leadhub.models import Base
from leadhub.scope import Scope, publish
from leadhub.settings import Environment, Settings
from tests.services import require_service

DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
OWNER_ROLE = "leadhub_test_owner"
APP_ROLE = "leadhub_test_app"
# One per process: the suite runs on several workers (pytest-xdist), each its own.
TEST_DATABASE = f"leadhub_test_{os.getpid()}"
ROLES_LOCK = 7_341_001  # an advisory lock's key, any number no one else uses
BACKENDS = ["sqlite", "postgresql"]


@dataclass(frozen=True)
class DatabaseUrls:
    owner: str
    app: str


def _admin_url() -> str:
    return os.environ.get("TEST_DATABASE_URL", DEFAULT_ADMIN_URL)


async def _admin(*statements: str, database: str | None = None) -> None:
    url = make_url(_admin_url())
    connection = await asyncpg.connect(
        host=url.host,
        port=url.port,
        user=url.username,
        password=url.password,
        database=database or url.database,
    )
    try:
        for statement in statements:
            await connection.execute(statement)
    finally:
        await connection.close()


def _create_role_if_missing(role: str, attributes: str) -> str:
    return (
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}')"
        f" THEN CREATE ROLE {role} {attributes}; END IF; END $$"
    )


def _create_postgres_database() -> DatabaseUrls:
    asyncio.run(
        _admin(
            f"DROP DATABASE IF EXISTS {TEST_DATABASE} WITH (FORCE)",
            # The suite's workers share the cluster's roles: one creates them at a time.
            f"SELECT pg_advisory_lock({ROLES_LOCK})",
            _create_role_if_missing(OWNER_ROLE, "LOGIN CREATEROLE"),
            # As `leadhub migrate` would (``grant_application_role``), before two
            # workers' migrations race to.
            _create_role_if_missing(APP_ROLE, "LOGIN NOBYPASSRLS"),
            f"SELECT pg_advisory_unlock({ROLES_LOCK})",
            f"CREATE DATABASE {TEST_DATABASE} OWNER {OWNER_ROLE}",
        )
    )
    base = make_url(_admin_url()).set(drivername="postgresql+asyncpg", database=TEST_DATABASE)
    return DatabaseUrls(
        owner=base.set(username=OWNER_ROLE).render_as_string(hide_password=False),
        app=base.set(username=APP_ROLE).render_as_string(hide_password=False),
    )


def _postgres_unavailable_reason() -> str | None:
    try:
        asyncio.run(_admin("SELECT 1"))
    except (OSError, asyncpg.PostgresError) as error:
        return f"PostgreSQL at TEST_DATABASE_URL is unreachable: {error}"
    return None


@pytest.fixture(scope="session")
def database_urls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, DatabaseUrls]]:
    """Each backend's database, built once per run by the real migrations."""
    sqlite_file = tmp_path_factory.mktemp("sqlite") / "leadhub.db"
    sqlite_url = f"sqlite+aiosqlite:///{sqlite_file}"
    upgrade(sqlite_url, sqlite_url)
    urls = {"sqlite": DatabaseUrls(owner=sqlite_url, app=sqlite_url)}
    reason = _postgres_unavailable_reason()
    if reason is None:
        urls["postgresql"] = _create_postgres_database()
        upgrade(urls["postgresql"].owner, urls["postgresql"].app)
    yield urls
    if "postgresql" in urls:
        asyncio.run(_admin(f"DROP DATABASE IF EXISTS {TEST_DATABASE} WITH (FORCE)"))


@pytest.fixture(scope="session")
async def engines(database_urls: dict[str, DatabaseUrls]) -> AsyncIterator[dict[str, Database]]:
    databases = {backend: Database.connect(urls.app) for backend, urls in database_urls.items()}
    yield databases
    for database in databases.values():
        await database.dispose()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest, database_urls: dict[str, DatabaseUrls]) -> str:
    name: str = request.param
    if name not in database_urls:
        require_service(_postgres_unavailable_reason() or "no PostgreSQL")
    return name


@asynccontextmanager
async def _rolled_back(database: Database) -> AsyncIterator[Database]:
    async with database.engine.connect() as connection:
        transaction = await connection.begin()
        yield Database(database.engine, bind=connection)
        await transaction.rollback()


@event.listens_for(Session, "after_commit")
def _end_published_scope(session: Session) -> None:
    """A session joined to a test's transaction commits a savepoint, which would hand
    its scope's settings to the sessions after it: clear them, as the end of a
    transaction of its own does."""
    if session.get_nested_transaction() is None and isinstance(session.bind, Connection):
        publish(session.bind, Scope())


@pytest.fixture
async def database(backend: str, engines: dict[str, Database]) -> AsyncIterator[Database]:
    """The backend's database, inside a transaction rolled back after the test."""
    async with _rolled_back(engines[backend]) as database:
        yield database


@pytest.fixture
async def postgres(
    database_urls: dict[str, DatabaseUrls], engines: dict[str, Database]
) -> AsyncIterator[Database]:
    """PostgreSQL alone, for what only it has (row-level security), rolled back."""
    if "postgresql" not in database_urls:
        require_service(_postgres_unavailable_reason() or "no PostgreSQL")
    async with _rolled_back(engines["postgresql"]) as database:
        yield database


@pytest.fixture
async def committing_postgres(
    database_urls: dict[str, DatabaseUrls], engines: dict[str, Database]
) -> AsyncIterator[Database]:
    """PostgreSQL whose transactions really commit (races, several connections).

    Emptied afterwards by the administrator role, which row-level security
    does not bind.
    """
    if "postgresql" not in database_urls:
        require_service(_postgres_unavailable_reason() or "no PostgreSQL")
    yield engines["postgresql"]
    await _empty_postgres()


async def _empty_postgres() -> None:
    # The identity epoch's one row is the schema's, as the migration made it: kept.
    tables = ", ".join(name for name in Base.metadata.tables if name != "identity_epoch")
    await _admin(f"TRUNCATE {tables} CASCADE", database=TEST_DATABASE)


async def _empty_sqlite(database: Database) -> None:
    async with database.engine.begin() as connection:
        await connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        for table in reversed(Base.metadata.sorted_tables):
            if table.name != "identity_epoch":
                await connection.execute(table.delete())
        await connection.exec_driver_sql("PRAGMA foreign_keys=ON")


@pytest.fixture
async def committing(backend: str, engines: dict[str, Database]) -> AsyncIterator[Database]:
    """Either backend, its transactions really committing: for work spread over
    several connections at once (live subscribers beside their writers). Emptied
    afterwards."""
    yield engines[backend]
    if backend == "postgresql":
        await _empty_postgres()
    else:
        await _empty_sqlite(engines[backend])


@pytest.fixture
async def superuser_postgres(committing_postgres: Database) -> AsyncIterator[Database]:
    """The same database as the administrator, whom row-level security does not
    bind: what its sessions see is what the ORM's criteria alone let through."""
    url = make_url(_admin_url()).set(drivername="postgresql+asyncpg", database=TEST_DATABASE)
    database = Database.connect(url.render_as_string(hide_password=False))
    yield database
    await database.dispose()


_TRANSACTION_CONTROL = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")


class StatementCounter:
    """The statements a test's work sends: the ORM's, and on PostgreSQL the ones
    sent on the driver directly (leadhub.rows_by_id), which only it sees."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, *_: Any) -> None:
        self.count += 1

    def driver_query(self, query: asyncpg.connection.LoggedQuery) -> None:
        # The ORM's statements are prepared ones, which the driver does not log; it
        # does log the transactions the ORM begins and ends, which are not statements.
        if not query.query.lstrip().upper().startswith(_TRANSACTION_CONTROL):
            self.count += 1


@pytest.fixture
async def statements(database: Database) -> AsyncIterator[StatementCounter]:
    counter = StatementCounter()
    event.listen(database.engine.sync_engine, "before_cursor_execute", counter)
    driver = await _driver_connection(database) if database.dialect == "postgresql" else None
    if driver is not None:
        # The driver looks a type up the first time its connection sends it (its
        # own statements, not the work's): the arrays of ids rows_by_id sends.
        await driver.fetch("SELECT $1::uuid[]", [])
        driver.add_query_logger(counter.driver_query)
    yield counter
    if driver is not None:
        driver.remove_query_logger(counter.driver_query)
    event.remove(database.engine.sync_engine, "before_cursor_execute", counter)


async def _driver_connection(database: Database) -> asyncpg.Connection:
    """The driver's connection under the test's transaction, which every session shares."""
    async with database.scoped_session(Scope()) as session:
        connection = await session.connection()
        return (await connection.get_raw_connection()).driver_connection


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        environment=Environment.TEST,
        var_dir=tmp_path,
        web_app_dir=tmp_path / "web",  # unbuilt, unless a test builds one there
        log_json=True,
        # Real argon2id, at a cost fit for tests.
        password_hash_time_cost=1,
        password_hash_memory_kib=1024,
    )


@pytest.fixture(autouse=True)
def jobs_broker(settings: Settings) -> None:
    """The in-process broker, as embedded mode has it: services queue jobs when they
    commit (a lead created without an owner queues its routing)."""
    tasks.configure(settings)


@pytest.fixture
def app(settings: Settings, database: Database) -> Starlette:
    return create_app(settings, database)


@pytest.fixture
async def client(app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, client=("203.0.113.7", 4711))
    async with httpx.AsyncClient(transport=transport, base_url="http://leadhub.test") as client:
        yield client
