"""A benchmark's Leadhub as production runs it: its database migrated, the environment
its servers run with, and the settings its seeding signs up with."""

import asyncio
import os
import secrets
import tempfile
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from pathlib import Path

import asyncpg

from bench.database import APP_ROLE, OWNER_ROLE, BenchDatabase
from leadhub.db import Database
from leadhub.settings import Environment, Settings

BENCH_PUBLIC_URL = "https://leadhub.bench.invalid"  # production needs one; nothing is mailed


@dataclass(frozen=True)
class Deployment:
    database: BenchDatabase
    environment: dict[str, str]  # what ``leadhub migrate`` and the servers run with
    settings: Settings  # the servers', with cheap hashing, for seeding

    @asynccontextmanager
    async def seeding(self) -> AsyncIterator[tuple[Database, asyncpg.Connection]]:
        """The application role, for sign-up, bound by row-level security like the API;
        and the administrator, for the bulk, which COPY needs (row-level security
        binds every other role)."""
        app_database = Database.connect(self.database.url(APP_ROLE))
        try:
            async with self.database.admin_connection() as admin:
                yield app_database, admin
        finally:
            await app_database.dispose()


@contextmanager
def deployed(database: BenchDatabase) -> Iterator[Deployment]:
    """The benchmark's database created and migrated; dropped when the block ends."""
    secret_key = secrets.token_urlsafe(48)
    with tempfile.TemporaryDirectory() as var_dir:
        asyncio.run(database.create())
        try:
            environment = _production_environment(database, secret_key, var_dir)
            database.migrate(environment)
            yield Deployment(database, environment, _seeding_settings(secret_key, Path(var_dir)))
        finally:
            asyncio.run(database.drop())


def _production_environment(
    database: BenchDatabase, secret_key: str, var_dir: str
) -> dict[str, str]:
    return {
        **os.environ,
        "ENVIRONMENT": Environment.PRODUCTION.value,
        "SECRET_KEY": secret_key,
        "PUBLIC_URL": BENCH_PUBLIC_URL,
        "MIGRATION_DATABASE_URL": database.url(OWNER_ROLE),
        "DATABASE_URL": database.url(APP_ROLE),
        "VAR_DIR": var_dir,
        "LOG_LEVEL": "WARNING",  # so that logging does not weigh on the figures
    }


def _seeding_settings(secret_key: str, var_dir: Path) -> Settings:
    # The servers' secret, so the logins made here are valid there; cheap hashing,
    # since nobody logs in with a password.
    return Settings(
        environment=Environment.PRODUCTION,
        secret_key=secret_key,
        public_url=BENCH_PUBLIC_URL,
        var_dir=var_dir,
        password_hash_time_cost=1,
        password_hash_memory_kib=1024,
    )
