"""The database layer: sessions, transactions and types, on the real backends."""

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import StatementError

from leadhub.db import Database, new_id
from leadhub.migrations import upgrade
from leadhub.scope import Scope
from leadhub.tenants.models import AuditEvent, Tenant
from leadhub.work import unit_of_work
from tests.builders import system_job
from tests.conftest import DatabaseUrls
from tests.services import require_service


async def test_concurrent_writers_take_turns_on_sqlite(tmp_path: Path) -> None:
    # given an embedded database and two requests that read, then write
    url = f"sqlite+aiosqlite:///{tmp_path / 'embedded.db'}"
    await asyncio.to_thread(upgrade, url, url)
    database = Database.connect(url)

    tenant_id = new_id()

    async def read_then_write(action: str) -> int:
        async with unit_of_work(database, system_job(tenant_id)) as work, work.transaction():
            session = work.session
            seen = await session.scalar(select(func.count()).select_from(AuditEvent)) or 0
            await asyncio.sleep(0.1)  # let the other request interleave here
            session.add(AuditEvent(action=action))
            return seen

    # when both run at once
    seen = await asyncio.gather(read_then_write("first"), read_then_write("second"))
    await database.dispose()
    # then neither fails: the second waited and saw the first's row
    assert sorted(seen) == [0, 1]


async def test_datetimes_come_back_aware_in_utc(database: Database) -> None:
    tenant_id = new_id()
    created = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    async with unit_of_work(database, system_job(tenant_id)) as work, work.transaction():
        session = work.session
        session.add(Tenant(id=tenant_id, name="Clock AS", created_at=created))
    async with unit_of_work(database, system_job(tenant_id)) as work:
        session = work.session
        stored = await session.scalar(select(Tenant.created_at))
    assert stored == created
    assert stored is not None and stored.utcoffset() is not None


async def test_naive_datetimes_are_refused(database: Database) -> None:
    tenant_id = new_id()
    async with unit_of_work(database, system_job(tenant_id)) as work:
        session = work.session
        session.add(Tenant(id=tenant_id, name="Naive AS", created_at=datetime(2026, 1, 1)))
        with pytest.raises(StatementError, match="naive datetimes"):
            await session.flush()


@pytest.mark.parametrize("pool_size", [1, 2])
async def test_a_read_beside_a_session_never_waits_for_a_connection(
    pool_size: int, database_urls: dict[str, DatabaseUrls]
) -> None:
    # given a pool of one or two connections and a session holding one of them
    if "postgresql" not in database_urls:
        require_service("no PostgreSQL")
    database = Database.connect(
        database_urls["postgresql"].app, pool_size=pool_size, max_overflow=0
    )
    scope = Scope(tenant_id=new_id())
    try:
        async with database.scoped_session(scope) as session:
            held = await session.scalar(text("SELECT pg_backend_pid()"))
            # when a read asks for a session beside it
            async with database.session_beside(session) as beside:
                if beside is None:
                    seen = None
                else:
                    pid = await beside.scalar(text("SELECT pg_backend_pid()"))
                    tenant = await beside.scalar(text("SELECT current_setting('app.tenant_id')"))
                    seen = (pid != held, tenant)
    finally:
        await database.dispose()
    # then it gets the idle connection, in the same scope, or there being none, none
    assert seen == ((True, str(scope.tenant_id)) if pool_size == 2 else None)


async def test_a_database_bound_to_one_connection_has_none_beside_it(
    database: Database,
) -> None:
    async with (
        database.scoped_session(Scope()) as session,
        database.session_beside(session) as beside,
    ):
        assert beside is None
