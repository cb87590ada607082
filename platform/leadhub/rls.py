"""Row-level security DDL for PostgreSQL, the third tenant lock (used by migrations).

Policies read the tenant and user that each transaction sets with
``set_config(..., true)`` (see ``leadhub.db``); an unset value matches nothing.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from alembic import op

SCOPE_FUNCTIONS = {"app_tenant_id": "app.tenant_id", "app_user_id": "app.user_id"}


def create_scope_functions() -> None:
    for function, setting in SCOPE_FUNCTIONS.items():
        op.execute(
            f"CREATE FUNCTION {function}() RETURNS uuid LANGUAGE sql STABLE AS"
            f" $$ SELECT nullif(current_setting('{setting}', true), '')::uuid $$"
        )


def drop_scope_functions() -> None:
    for function in SCOPE_FUNCTIONS:
        op.execute(f"DROP FUNCTION {function}()")


def is_postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def isolate_tenant_table(table: str) -> None:
    """Enable and force row-level security: rows of the transaction's tenant only."""
    if not is_postgresql():
        return
    op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
    op.execute(
        f"CREATE POLICY tenant_isolation ON {table} "
        "USING (tenant_id = app_tenant_id()) WITH CHECK (tenant_id = app_tenant_id())"
    )


@contextmanager
def owner_sees_every_tenant(table: str) -> Iterator[None]:
    """For a migration that changes rows of every tenant: the owner running it is
    bound by the forced policies too, so they are lifted for the block."""
    if is_postgresql():
        op.execute(f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY")
    yield
    if is_postgresql():
        op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
