"""The benchmark's own PostgreSQL database, migrated and served as production does.

It is created afresh from ``TEST_DATABASE_URL`` (a role that may create databases
and roles, as for the suite), never one of the suite's databases; each run names
its own (the benchmark's name and the process id), so that two runs, of one
benchmark or two, can go at once on one server. ``leadhub
migrate`` runs as the owner role and creates the application role, which owns no
table, so row-level security binds the server being measured.
"""

import os
import subprocess
import sys
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass

import asyncpg
from sqlalchemy.engine import URL, make_url

DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
OWNER_ROLE = "leadhub_bench_owner"
APP_ROLE = "leadhub_bench_app"


class Unreachable(Exception):
    """No PostgreSQL lets the benchmark in at TEST_DATABASE_URL."""


def exit_without_postgresql(error: Unreachable, *, full: bool) -> int:
    """As the suite does: without PostgreSQL a quick mode skips; CI and a full mode fail."""
    if full or os.environ.get("CI"):
        print(f"bench: {error}", file=sys.stderr)
        return 1
    print(f"bench: skipped: {error}", file=sys.stderr)
    return 0


@dataclass(frozen=True)
class BenchDatabase:
    admin: URL
    name: str

    @classmethod
    def from_environment(cls, benchmark: str) -> "BenchDatabase":
        admin = make_url(os.environ.get("TEST_DATABASE_URL", DEFAULT_ADMIN_URL))
        return cls(admin, f"{benchmark}_{os.getpid()}")

    def url(self, role: str) -> str:
        """The benchmark database's URL as ``role``, in the form Leadhub's settings take."""
        url = self.admin.set(drivername="postgresql+asyncpg", database=self.name)
        return url.set(username=role, password=None).render_as_string(hide_password=False)

    @asynccontextmanager
    async def admin_connection(self) -> AsyncIterator[asyncpg.Connection]:
        """The administrator, whom row-level security does not bind, in the benchmark database."""
        async with _connected(self.admin.set(database=self.name)) as connection:
            yield connection

    async def create(self) -> None:
        """An empty database owned by the owner role (dropped first if a run left one)."""
        async with _connected(self.admin) as admin:
            await admin.execute(f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)")
            await admin.execute(
                f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{OWNER_ROLE}')"
                f" THEN CREATE ROLE {OWNER_ROLE} LOGIN CREATEROLE; END IF; END $$"
            )
            await admin.execute(f"CREATE DATABASE {self.name} OWNER {OWNER_ROLE}")

    def migrate(self, environment: Mapping[str, str]) -> None:
        """``leadhub migrate``, with ``environment`` naming the owner and application roles."""
        subprocess.run([sys.executable, "-m", "leadhub", "migrate"], env=environment, check=True)

    async def drop(self) -> None:
        async with _connected(self.admin) as admin:
            await admin.execute(f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)")


@asynccontextmanager
async def _connected(url: URL) -> AsyncIterator[asyncpg.Connection]:
    dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
    try:
        connection = await asyncpg.connect(dsn)
    except (OSError, asyncpg.PostgresError) as error:
        raise Unreachable(f"no PostgreSQL at TEST_DATABASE_URL lets us in: {error}") from None
    try:
        yield connection
    finally:
        await connection.close()
