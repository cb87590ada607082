"""`leadhub migrate` grants only an application role that row-level security binds."""

import asyncio
import os
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from leadhub.migrations import OwnerRoleAsApplication, upgrade
from tests.conftest import DatabaseUrls, _admin, _postgres_unavailable_reason
from tests.services import require_service


@pytest.fixture
def postgres_urls(database_urls: dict[str, DatabaseUrls]) -> DatabaseUrls:
    if "postgresql" not in database_urls:
        require_service(_postgres_unavailable_reason() or "no PostgreSQL")
    return database_urls["postgresql"]


@pytest.fixture(params=["SUPERUSER", "BYPASSRLS"])
async def unbound_role(
    request: pytest.FixtureRequest, postgres_urls: DatabaseUrls
) -> AsyncIterator[str]:
    """A throwaway login role that row-level security does not bind."""
    attribute: str = request.param
    role = f"leadhub_test_{attribute.lower()}_{os.getpid()}"
    await _admin(f"DROP ROLE IF EXISTS {role}", f"CREATE ROLE {role} LOGIN {attribute}")
    yield role
    # Revoking first: a role that was granted anything cannot be dropped.
    await _admin(f"DROP OWNED BY {role}", database=make_url(postgres_urls.owner).database)
    await _admin(f"DROP ROLE {role}")


async def _granted_any_table(owner_url: str, role: str) -> bool:
    # The grants themselves: a superuser passes every privilege check without any.
    engine = create_async_engine(owner_url)
    try:
        async with engine.connect() as connection:
            granted = await connection.scalar(
                text(
                    "SELECT EXISTS (SELECT FROM information_schema.table_privileges"
                    " WHERE grantee = :role)"
                ),
                {"role": role},
            )
    finally:
        await engine.dispose()
    return bool(granted)


async def test_migrate_refuses_an_application_role_that_bypasses_row_level_security(
    postgres_urls: DatabaseUrls, unbound_role: str
) -> None:
    # given DATABASE_URL naming a superuser or a BYPASSRLS role
    app_url = make_url(postgres_urls.app).set(username=unbound_role)

    # when the migrations run
    with pytest.raises(OwnerRoleAsApplication) as refused:
        await asyncio.to_thread(
            upgrade, postgres_urls.owner, app_url.render_as_string(hide_password=False)
        )

    # then they refuse, naming the setting and the role, and grant it nothing
    assert str(refused.value).startswith(
        f"invalid setting DATABASE_URL: role '{unbound_role}' has "
    )
    assert not await _granted_any_table(postgres_urls.owner, unbound_role)


async def test_migrate_grants_an_application_role_that_row_level_security_binds(
    postgres_urls: DatabaseUrls,
) -> None:
    await asyncio.to_thread(upgrade, postgres_urls.owner, postgres_urls.app)

    assert await _granted_any_table(postgres_urls.owner, make_url(postgres_urls.app).username or "")
